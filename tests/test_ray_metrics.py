"""One scrape for many replicas (server/ray_metrics.py) read by the Grafana dashboard, without a cluster.

Two real apps (`create_app`, each with its own registry, as two Ray Serve replicas have) serve
traffic; their expositions are merged the way a replica answers `GET /metrics` on Ray. The
dashboard must find every series it queries in the merged scrape, from both replicas; and with a
real Prometheus scraping that merged text, every panel must return data and the per-unit panel
one series per unit (not one per unit and replica).
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import numpy as np
import pytest
from prometheus_client import generate_latest

from dynaprune.server.ray_metrics import merge_expositions
from tests.server_fixtures import GRAY, GRAY_SHAPE, infer_body, running_app
from tests.test_stack import Prometheus, dashboard_exprs, for_prometheus, render_config

METRIC_NAME = re.compile(r"\bdynaprune_[a-zA-Z0-9_]+")
UNITS_OF_A_RESNET20 = 19


def send_traffic(client: Any, requests: int = 4) -> None:
    """Batches of 1 and 3 images and one malformed request (a client_error series)."""
    rng = np.random.default_rng(3)
    for i in range(requests):
        images = rng.random((1 + 2 * (i % 2), *GRAY_SHAPE), dtype=np.float32)
        assert client.post(f"/v2/models/{GRAY}/infer", json=infer_body(images)).status_code == 200
    assert client.post(f"/v2/models/{GRAY}/infer", json={"inputs": []}).status_code == 400


@pytest.fixture(scope="module")
def replicas(server_repo: Path) -> Iterator[list[Any]]:
    with running_app(server_repo) as first, running_app(server_repo) as second:
        send_traffic(first)
        send_traffic(second)
        yield [first, second]


def merged(replicas: list[Any]) -> bytes:
    return merge_expositions([(f"r{i}", generate_latest(c.app.state.metrics.registry)) for i, c in enumerate(replicas)])


def replicas_by_sample_name(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            replica = re.search(r'replica="([^"]*)"', line)
            found.setdefault(line.split("{")[0].split(" ")[0], set()).add(replica.group(1) if replica else "")
    return found


def test_every_metric_the_dashboard_queries_is_in_the_merged_scrape_from_both_replicas(replicas) -> None:
    exported = replicas_by_sample_name(merged(replicas).decode())
    used = {name for expr in dashboard_exprs() for name in METRIC_NAME.findall(expr)}
    assert used and used <= set(exported), f"missing from the merged scrape: {sorted(used - set(exported))}"
    assert {name: exported[name] for name in used} == {name: {"r0", "r1"} for name in used}


@pytest.fixture(scope="module")
def prometheus_on_merged(replicas, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prometheus]:
    """Debian's Prometheus scraping, every second, the two apps' expositions merged at scrape time."""
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.skip("prometheus is not installed: `make test` installs Debian's package when run as root with apt-get")

    class Scrape(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            body = merged(replicas)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    exposition = ThreadingHTTPServer(("127.0.0.1", 0), Scrape)
    threading.Thread(target=exposition.serve_forever, daemon=True).start()
    work = tmp_path_factory.mktemp("prometheus-merged")
    config = render_config(f"127.0.0.1:{exposition.server_address[1]}", work / "prometheus.yml")
    prom = Prometheus(binary, config, work / "data", work / "prometheus.log")
    try:
        prom.wait_ready()
        yield prom
    finally:
        prom.stop()
        exposition.shutdown()
        exposition.server_close()


def test_every_dashboard_panel_has_data_on_the_merged_scrape(replicas, prometheus_on_merged) -> None:
    exprs = [for_prometheus(e) for e in dashboard_exprs() if not e.startswith("label_values(")]
    deadline, empty = time.monotonic() + 30.0, exprs
    while empty and time.monotonic() < deadline:
        for client in replicas:  # rate() needs two scrapes of every series
            send_traffic(client, requests=1)
        empty = [e for e in exprs if not prometheus_on_merged.query(e)]
        time.sleep(0.5)
    assert not empty, f"dashboard queries with no data on the merged scrape: {empty}"


def test_the_keep_ratio_panel_shows_one_series_per_unit_across_replicas(replicas, prometheus_on_merged) -> None:
    (expr,) = [e for e in dashboard_exprs() if "dynaprune_unit_keep_ratio" in e]
    deadline, series = time.monotonic() + 20.0, []
    while not series and time.monotonic() < deadline:
        series = prometheus_on_merged.query(for_prometheus(expr))
        time.sleep(0.25)
    assert len(series) == UNITS_OF_A_RESNET20
    assert len({s["metric"]["unit"] for s in series}) == UNITS_OF_A_RESNET20
    assert all(0.0 <= float(s["value"][1]) <= 1.0 for s in series)
