"""The docker-compose stack without containers: a real server and a real Prometheus on loopback.

Prometheus runs on the repository's own deploy/prometheus/prometheus.yml, rendered with the
target pointed at the test server and a 1 s scrape interval. The Grafana dashboard's queries are
checked against the metric names the server really exports, and run through Prometheus.

Prometheus is Debian's `prometheus` package; `make test` installs it when it is missing and the
setup runs as root with apt-get. Without it these tests skip and say so.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import numpy as np
import pytest
import yaml
from tests.server_fixtures import (
    GRAY, GRAY_SHAPE, ServerProcess, free_port, infer_body, stop_process, wait_http_ready,
)

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "dynaprune.json"
PROMETHEUS_CONFIG = ROOT / "deploy" / "prometheus" / "prometheus.yml"
METRIC_NAME = re.compile(r"\bdynaprune_[a-zA-Z0-9_]+")


class Prometheus:
    def __init__(self, binary: str, config: Path, storage: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.client = httpx.Client(base_url=self.url, timeout=5.0, trust_env=False)
        self._log = open(log, "wb")
        self.log_path = log
        self.proc = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={storage}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--log.level=warn",
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 30.0) -> None:
        wait_http_ready(self.proc, self.url + "/-/ready", self.log_path, "prometheus", timeout)

    def query(self, expr: str) -> list[dict[str, Any]]:
        response = self.client.get("/api/v1/query", params={"query": expr})
        body = response.json()
        assert body.get("status") == "success", f"{expr}: {body}"
        return body["data"]["result"]

    def stop(self) -> None:
        self.client.close()
        stop_process(self.proc)
        self._log.close()


def render_config(target: str, out: Path) -> Path:
    """The repo's prometheus.yml with the compose target replaced by `target` and a 1 s interval."""
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text())
    config["global"].update(scrape_interval="1s", scrape_timeout="1s", evaluation_interval="1s")
    (job,) = config["scrape_configs"]
    for static in job["static_configs"]:
        static["targets"] = [target]
    out.write_text(yaml.safe_dump(config))
    return out


@pytest.fixture(scope="module")
def prometheus(server_process: ServerProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prometheus]:
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.skip("prometheus is not installed: `make test` installs Debian's package when run as root with apt-get")
    work = tmp_path_factory.mktemp("prometheus")
    config = render_config(f"127.0.0.1:{server_process.port}", work / "prometheus.yml")
    prom = Prometheus(binary, config, work / "data", work / "prometheus.log")
    try:
        prom.wait_ready()
        yield prom
    finally:
        prom.stop()


def send_traffic(url: str, requests: int = 6) -> None:
    """A few real inferences (digits-like random images, batches of 1 and 3) and one malformed request."""
    rng = np.random.default_rng(7)
    with httpx.Client(base_url=url, timeout=10.0, trust_env=False) as client:
        for i in range(requests):
            images = rng.random((1 + 2 * (i % 2), *GRAY_SHAPE), dtype=np.float32)
            assert client.post(f"/v2/models/{GRAY}/infer", json=infer_body(images)).status_code == 200
        bad = client.post(f"/v2/models/{GRAY}/infer", json={"inputs": []})
        assert bad.status_code == 400  # a client_error series, so the error-ratio panel has data


def scrape(url: str) -> str:
    response = httpx.get(url + "/metrics", timeout=5.0, trust_env=False)
    assert response.status_code == 200
    return response.text


def sample_value(text: str, name: str, labels: str) -> float:
    for line in text.splitlines():
        if line.startswith(f"{name}{{") and labels in line:
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name}{{{labels}}} not in /metrics")


def dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel.get("targets", [])]
    exprs += [v["query"]["query"] for v in dashboard["templating"]["list"] if v.get("type") == "query"]
    return exprs


def for_prometheus(expr: str) -> str:
    """Grafana's variables as Grafana would fill them in for this test's model."""
    return expr.replace('"$model"', f'"{GRAY}"').replace("$__rate_interval", "30s").replace("$__interval", "5s")


def wait_for(predicate: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


def test_prometheus_scrapes_flops_skipped_and_skip_ratio_from_the_server(
    server_process: ServerProcess, prometheus: Prometheus
) -> None:
    send_traffic(server_process.url)
    exported = scrape(server_process.url)
    skipped = sample_value(exported, "dynaprune_flops_skipped_total", f'model="{GRAY}"')
    count = sample_value(exported, "dynaprune_skip_ratio_count", f'model="{GRAY}"')
    total = sample_value(exported, "dynaprune_skip_ratio_sum", f'model="{GRAY}"')
    assert skipped > 0 and count >= 12  # 3 batches of 1 and 3 of 3 images, at least

    def scraped() -> list[dict[str, Any]] | None:
        result = prometheus.query(f'dynaprune_flops_skipped_total{{model="{GRAY}",job="dynaprune"}}')
        return result if result and float(result[0]["value"][1]) >= skipped else None

    (series,) = wait_for(scraped, 20.0, "Prometheus to scrape the server's FLOPs counter")
    assert series["metric"]["service"] == "dynaprune"  # the label set in the repo's scrape config
    assert float(series["value"][1]) == pytest.approx(skipped)
    (ratio,) = prometheus.query(
        f'dynaprune_skip_ratio_sum{{model="{GRAY}"}} / dynaprune_skip_ratio_count{{model="{GRAY}"}}'
    )
    assert float(ratio["value"][1]) == pytest.approx(total / count)
    buckets = prometheus.query(f'dynaprune_skip_ratio_bucket{{model="{GRAY}",le="+Inf"}}')
    assert float(buckets[0]["value"][1]) == pytest.approx(count)
    (up,) = prometheus.query('up{job="dynaprune"}')
    assert up["value"][1] == "1"


def test_dashboard_queries_name_only_metrics_the_server_exports(server_process: ServerProcess) -> None:
    send_traffic(server_process.url, requests=2)
    exported = {
        line.split("{")[0].split(" ")[0] for line in scrape(server_process.url).splitlines() if line and line[0] != "#"
    }
    used = {name for expr in dashboard_exprs() for name in METRIC_NAME.findall(expr)}
    assert used, "no dynaprune_* metric in the dashboard"
    assert used <= exported, f"dashboard queries metrics the server does not export: {sorted(used - exported)}"
    families = {re.sub(r"_(bucket|sum|count|total)$", "", name) for name in used}
    required = {
        "dynaprune_requests", "dynaprune_request_duration_seconds", "dynaprune_queue_duration_seconds",
        "dynaprune_skip_ratio", "dynaprune_flops_skipped", "dynaprune_unit_keep_ratio",
    }  # fmt: skip
    assert required <= families, f"dashboard lacks panels for {sorted(required - families)}"


def test_every_dashboard_query_returns_data_in_prometheus(
    server_process: ServerProcess, prometheus: Prometheus
) -> None:
    send_traffic(server_process.url)
    exprs = [for_prometheus(e) for e in dashboard_exprs() if not e.startswith("label_values(")]
    # rate() needs two scrapes of every series; keep a trickle of traffic going meanwhile.
    deadline = time.monotonic() + 30.0
    empty = exprs
    while empty and time.monotonic() < deadline:
        send_traffic(server_process.url, requests=1)
        empty = [e for e in exprs if not prometheus.query(e)]
        time.sleep(0.5)
    assert not empty, f"dashboard queries with no data after traffic: {empty}"
    (keep,) = prometheus.query(f'count(dynaprune_unit_keep_ratio{{model="{GRAY}"}})')
    assert int(keep["value"][1]) == 19  # one series per gated unit of a ResNet-20
    models = {s["metric"]["model"] for s in prometheus.query("dynaprune_model_loaded == 1")}
    assert GRAY in models  # what the dashboard's $model variable lists
