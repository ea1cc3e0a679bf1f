"""`dynaprune saturation`: the closed-loop client and the matrix it runs (tiny durations; no figures)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from dynaprune.errors import UserError
from dynaprune.loadtests import saturation
from dynaprune.loadtests.saturation import Batching, SaturationSettings, run_saturation
from tests.server_fixtures import GRAY


@pytest.fixture(scope="module")
def cells(server_repo: Path):
    settings = SaturationSettings(entries=(("gray", server_repo / GRAY / "1"),), concurrency=(1, 3),
                                  batching=(Batching("off", 1, 0.0),), duration_s=0.6, warmup_s=0.2, threads=1,
                                  images=8)
    return run_saturation(settings, progress=lambda _: None)


def test_every_cell_of_the_matrix_is_measured(cells):
    assert [(c.model, c.batching, c.concurrency) for c in cells] == [("gray", "off", 1), ("gray", "off", 3)]


def test_a_healthy_server_answers_every_request_with_200(cells):
    for cell in cells:
        assert cell.ok > 0 and cell.ok == cell.requests and cell.non_200 == {}
        assert cell.requests_per_s == pytest.approx(cell.ok / 0.6)
        assert 0 < cell.p50_ms <= cell.p99_ms


def test_the_cpu_of_server_and_client_is_reported(cells):
    for cell in cells:
        assert cell.client_cpu_cores > 0
        assert cell.server_cpu_cores is not None and cell.server_cpu_cores > 0


def test_the_report_has_a_table_row_and_a_plot_per_cell(cells, tmp_path):
    lines = saturation.table(cells).splitlines()
    assert len(lines) == 1 + len(cells) and lines[1].split()[:3] == ["gray", "off", "1"]
    saturation.plot(cells, tmp_path / "sat.png", "test")
    assert (tmp_path / "sat.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_entries_must_be_label_equals_model_dir(tmp_path):
    with pytest.raises(UserError, match="LABEL=MODEL_DIR"):
        saturation.run(argparse.Namespace(entries=[str(tmp_path)], concurrency=[1], duration=1.0, warmup=0.0,
                                          max_batch_size=8, max_queue_delay_ms=2.0, batching="off", threads=1,
                                          images=4, json=False, plot=None))
