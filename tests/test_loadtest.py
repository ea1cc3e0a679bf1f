"""`dynaprune loadtest` end to end: the real CLI (subprocess: Locust monkey-patches its process)
against a real server on loopback, with short, bounded runs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from tests.server_fixtures import GRAY, RGB, ServerProcess

from dynaprune.errors import UserError
from dynaprune.loadtests.target import parse_mix

ROOT = Path(__file__).resolve().parents[1]


def loadtest(*args: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dynaprune", "loadtest", "--quiet", "--json", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def report_of(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


def test_loadtest_report_matches_server_metrics_with_no_5xx(server_process: ServerProcess, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = loadtest("--url", server_process.url, "--model", GRAY, "--users", "3", "--spawn-rate", "10",
                      "--duration", "4", "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = report_of(result)
    assert report["requests"] > 20
    assert report["server"]["requests_delta"] == report["requests"] and report["counts_match"]
    assert report["server_errors_5xx"] == 0 and report["ok"] == report["requests"]
    assert set(report["per_kind"]) == {"json", "binary", "image"}  # 3 users: one of each kind
    assert 0 < report["latency_ms"]["p50"] <= report["latency_ms"]["p95"] <= report["latency_ms"]["p99"]
    assert report["skip_ratio"]["mean_per_request"] is not None and report["flops"]["skipped"] > 0
    assert report["flops"]["skipped"] == pytest.approx(report["server"]["flops_skipped_delta"], rel=1e-9)
    assert json.loads((out / "report.json").read_text()) == report
    markdown = (out / "report.md").read_text()
    assert f"| requests (client) | {report['requests']:,} |" in markdown and "(matches)" in markdown
    assert (out / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_loadtest_stops_after_max_requests(server_process: ServerProcess, tmp_path: Path) -> None:
    started = time.monotonic()
    result = loadtest("--url", server_process.url, "--model", RGB, "--users", "4", "--duration", "60",
                      "--max-requests", "30", "--batch-sizes", "1,4", "--out", str(tmp_path))  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = report_of(result)
    assert report["requests"] == 30 == report["server"]["requests_delta"]
    assert report["config"]["stop_reason"] == "--max-requests 30 reached"
    assert time.monotonic() - started < 30


def test_loadtest_counts_backpressure_rejections_apart_from_server_errors(
    server_repo: Path, tmp_path: Path
) -> None:
    env = {"DYNAPRUNE_MAX_INFLIGHT": "1", "DYNAPRUNE_MAX_QUEUE": "0", "DYNAPRUNE_RETRY_AFTER_S": "0"}
    server = ServerProcess(server_repo, tmp_path / "server.log", env=env)
    try:
        server.wait_ready()
        result = loadtest("--url", server.url, "--model", GRAY, "--users", "6", "--duration", "3",
                          "--mix", "binary=1", "--out", str(tmp_path / "report"))  # fmt: skip
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr  # 429s are the server protecting itself, not failures
    report = report_of(result)
    assert report["errors_by_status"].get("429", 0) > 0 and report["server_errors_5xx"] == 0
    assert report["server"]["delta_by_outcome"]["rejected"] == report["errors_by_status"]["429"]
    assert report["counts_match"]


def test_loadtest_refuses_a_non_loopback_url() -> None:
    result = loadtest("--url", "http://192.0.2.10:8000", "--duration", "1", timeout=30)  # TEST-NET-1: never reached
    assert result.returncode == 2
    assert "not a loopback address" in result.stderr and "--allow-remote" in result.stderr


def test_mix_weights_parse_and_unknown_kinds_are_refused() -> None:
    assert parse_mix("json=2, binary=1") == {"json": 2.0, "binary": 1.0, "image": 0.0}
    for bad in ("grpc=1", "json", "json=-1", "json=0,binary=0", "image=nan"):
        with pytest.raises(UserError):
            parse_mix(bad)
