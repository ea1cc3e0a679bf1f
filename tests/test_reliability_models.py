"""Model changes under load, on a real `dynaprune serve`: unloads and reloads while requests are in flight,
memory after many load/unload cycles, and a tampered entry placed while serving.

Every request in flight either completes (200) or is cleanly refused (404 for a version no longer
served, 503 with Retry-After while one loads); never a 500, a dropped connection or a hang; other
models are never affected.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections import Counter
from typing import Iterator

import httpx
import pytest

from dynaprune.loadtests.process_stats import sample_process
from tests.server_fixtures import GRAY, GRAY_SHAPE, RGB, ServerProcess, infer_body, random_images, tamper

CLEAN_REFUSALS = {404, 503}


@pytest.fixture(scope="module")
def served(server_repo, tmp_path_factory) -> Iterator[tuple[ServerProcess, object]]:
    root = tmp_path_factory.mktemp("models-under-load")
    repo = root / "repo"
    shutil.copytree(server_repo, repo)
    server = ServerProcess(repo, root / "server.log")
    try:
        server.wait_ready()
        yield server, repo
    finally:
        server.stop()


def _body(shape=None) -> bytes:
    return json.dumps(infer_body(random_images(1) if shape is None else random_images(1, shape=shape))).encode()


class Hammer(threading.Thread):
    """Sends inference requests to `path` until stopped, recording every status (or transport error)."""

    def __init__(self, url: str, path: str, body: bytes) -> None:
        super().__init__(daemon=True)
        self.url, self.path, self.body = url, path, body
        self.statuses: Counter = Counter()
        self.bad: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10, trust_env=False) as client:
            while not self.stop.is_set():
                try:
                    response = client.post(self.path, content=self.body, headers={"Content-Type": "application/json"})
                except httpx.HTTPError as exc:
                    self.statuses["transport"] += 1
                    self.bad.append(f"{type(exc).__name__}: {exc}")
                    continue
                self.statuses[response.status_code] += 1
                if response.status_code == 503 and "retry-after" not in response.headers:
                    self.bad.append("503 without Retry-After")
                if response.status_code not in {200} | CLEAN_REFUSALS:
                    self.bad.append(f"{response.status_code}: {response.text[:200]}")


def _admin(server: ServerProcess, action: str, name: str) -> httpx.Response:
    return httpx.post(f"{server.url}/v2/repository/models/{name}/{action}", timeout=60, trust_env=False)


def test_unload_and_reload_under_load_complete_or_cleanly_refuse_every_request(served):
    server, _ = served
    rgb = [Hammer(server.url, f"/v2/models/{RGB}/versions/{v}/infer", _body()) for v in (1, 2, 2)]
    newest = Hammer(server.url, f"/v2/models/{RGB}/infer", _body())
    gray = Hammer(server.url, f"/v2/models/{GRAY}/infer", _body(GRAY_SHAPE))
    hammers = [*rgb, newest, gray]
    for hammer in hammers:
        hammer.start()
    try:
        for _ in range(4):
            time.sleep(0.3)
            assert _admin(server, "unload", RGB).status_code == 200
            time.sleep(0.3)
            assert _admin(server, "load", RGB).status_code == 200
        time.sleep(0.3)
    finally:
        for hammer in hammers:
            hammer.stop.set()
        for hammer in hammers:
            hammer.join(15)
    assert not any(hammer.is_alive() for hammer in hammers), "a request hung"
    for hammer in hammers:
        assert not hammer.bad, hammer.bad[:5]
    rgb_statuses = sum((h.statuses for h in [*rgb, newest]), Counter())
    assert rgb_statuses[200] > 0 and rgb_statuses[404] > 0  # both phases were really hit
    assert set(gray.statuses) == {200}, gray.statuses  # the other model never noticed


def test_memory_returns_within_10_percent_after_20_load_unload_cycles(served):
    server, _ = served

    def cycle() -> None:
        assert _admin(server, "unload", GRAY).status_code == 200
        assert _admin(server, "load", GRAY).status_code == 200

    def rss() -> int:
        samples = []
        for _ in range(5):
            samples.append(sample_process(server.proc.pid).rss_bytes)
            time.sleep(0.05)
        return sorted(samples)[2]

    for _ in range(3):  # allocator pools and lazy imports settle in the first cycles
        cycle()
    baseline = rss()
    for _ in range(20):
        cycle()
    after = rss()
    assert after <= baseline * 1.10, f"RSS {baseline / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB"
    response = httpx.post(f"{server.url}/v2/models/{GRAY}/infer", content=_body(GRAY_SHAPE), timeout=10, trust_env=False)
    assert response.status_code == 200


def test_a_tampered_entry_placed_while_serving_is_refused_and_the_others_keep_serving(served):
    server, repo = served
    shutil.copytree(repo / RGB / "2", repo / RGB / "3")
    manifest = json.loads((repo / RGB / "3" / "manifest.json").read_text())
    manifest["version"] = 3
    (repo / RGB / "3" / "manifest.json").write_text(json.dumps(manifest))
    tamper(repo / RGB / "3")
    gray = Hammer(server.url, f"/v2/models/{GRAY}/infer", _body(GRAY_SHAPE))
    gray.start()
    try:
        response = _admin(server, "load", RGB)
    finally:
        gray.stop.set()
        gray.join(15)
    try:
        assert response.status_code == 400
        assert "version 3" in response.json()["error"] and "sha256" in response.json()["error"].lower()
        states = {(e["name"], e["version"]): e["state"]
                  for e in httpx.post(f"{server.url}/v2/repository/index", timeout=10, trust_env=False).json()}
        assert states[(RGB, "3")] == "UNAVAILABLE"
        assert states[(RGB, "1")] == states[(RGB, "2")] == states[(GRAY, "1")] == "READY"
        for path in (f"/v2/models/{RGB}/infer", f"/v2/models/{RGB}/versions/1/infer"):
            answer = httpx.post(server.url + path, content=_body(), timeout=10, trust_env=False)
            assert answer.status_code == 200 and answer.json()["model_version"] in ("1", "2")
        assert set(gray.statuses) == {200}, gray.statuses
    finally:
        shutil.rmtree(repo / RGB / "3")
        _admin(server, "load", RGB)
