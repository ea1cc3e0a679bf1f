"""Crash and restart: `kill -9` under load, a restart that reports ready only after warm-up, and a
repository that serving never modifies (every file's sha256 the same, no file added)."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

import httpx

from tests.server_fixtures import RGB, ServerProcess, infer_body, random_images
from tests.test_reliability_models import Hammer

# Enough warm-up iterations that "loaded but still warming" lasts long enough to be observed.
SLOW_WARMUP = {"DYNAPRUNE_WARMUP_ITERATIONS": "150"}


def checksums(repo: Path) -> dict[str, str]:
    return {str(p.relative_to(repo)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(repo.rglob("*")) if p.is_file()}


def start_and_watch(repo: Path, log: Path) -> tuple[ServerProcess, list[tuple[int, int]]]:
    """Start a server and poll (live, ready) until ready; every observation in order."""
    server = ServerProcess(repo, log, env=SLOW_WARMUP)
    seen: list[tuple[int, int]] = []
    deadline = time.monotonic() + 60
    with httpx.Client(base_url=server.url, timeout=2, trust_env=False) as client:
        while time.monotonic() < deadline:
            assert server.proc.poll() is None, log.read_text()[-2000:]
            try:
                live = client.get("/v2/health/live").status_code
                ready = client.get("/v2/health/ready").status_code
            except httpx.HTTPError:
                time.sleep(0.02)
                continue
            seen.append((live, ready))
            if ready == 200:
                return server, seen
            time.sleep(0.02)
    server.stop()
    raise AssertionError("server never became ready")


def test_kill_9_under_load_then_restart_serves_again_and_never_touches_the_repository(server_repo, tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(server_repo, repo)
    before = checksums(repo)
    body = json.dumps(infer_body(random_images(1))).encode()

    first, _ = start_and_watch(repo, tmp_path / "first.log")
    hammers = [Hammer(first.url, f"/v2/models/{RGB}/infer", body) for _ in range(3)]
    for hammer in hammers:
        hammer.start()
    time.sleep(1.0)
    first.proc.kill()  # SIGKILL: no shutdown handler runs
    first.proc.wait(10)
    for hammer in hammers:
        hammer.stop.set()
        hammer.join(15)
    first.stop()
    served_before_kill = sum(h.statuses[200] for h in hammers)
    assert served_before_kill > 0
    assert all(set(h.statuses) <= {200, "transport"} for h in hammers)  # the kill only drops connections

    second, seen = start_and_watch(repo, tmp_path / "second.log")
    try:
        assert (200, 503) in seen, f"readiness was never observed false while live: {seen[:5]}"
        lines = second.log_lines()
        finished = [i for i, line in enumerate(lines) if line.get("msg") == "start-up load finished"]
        loaded = [line for line in lines if line.get("msg") == "model loaded"]
        assert finished and len(loaded) == 3, lines[-10:]  # every entry loaded and warmed before ready
        response = httpx.post(f"{second.url}/v2/models/{RGB}/infer", content=body, timeout=10, trust_env=False)
        assert response.status_code == 200
    finally:
        second.stop()
    assert checksums(repo) == before
