"""`dynaprune ray-bench`'s measuring parts, on the plain server (no Ray needed): cells hold real counts.

The whole command needs a loopback Ray cluster and minutes; its figures are committed under
docs/scale-out/. Here the plain-server phase runs for a fraction of a second per cell, so the code
that turns a closed loop into a table row is exercised on every run.
"""

from __future__ import annotations

from pathlib import Path

from tests.server_fixtures import GRAY

from dynaprune.loadtests.ray_bench import Cell, RayBenchSettings, measure, plain_phase


def test_the_plain_phase_measures_concurrency_1_and_n_with_real_answers(server_repo: Path) -> None:
    settings = RayBenchSettings(entry=server_repo / GRAY / "1", concurrency=2, duration_s=0.5, warmup_s=0.1, images=4)
    cells: list[Cell] = []
    cost = plain_phase(settings, lambda label, request, c, pids: cells.append(measure(label, request, c, settings, pids)))
    assert [(c.server, c.concurrency) for c in cells] == [("plain", 1), ("plain", 2)]
    for cell in cells:
        assert cell.requests > 0 and cell.ok == cell.requests and not cell.non_200
        assert cell.requests_per_s > 0 and cell.p50_ms is not None and cell.p50_ms <= cell.p99_ms
        assert cell.server_cpu_cores is not None and cell.server_cpu_cores > 0
    assert cost["rss_mb"] > 0 and cost["threads"] >= 1
