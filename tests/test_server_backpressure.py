"""Backpressure and timeouts: bounded work, fast refusals, no hangs; probes bypass the limit."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.server_fixtures import RGB, GatedRunnerFactory, infer_body, inflight, random_images, running_app, wait_for

INFER = f"/v2/models/{RGB}/infer"


@pytest.fixture
def held():
    factory = GatedRunnerFactory()
    yield factory
    factory.gate.set()  # never leave a worker blocked


def fill(client, held, pool, running: int, queued: int):  # type: ignore[no-untyped-def]
    """Start `running` inferences that block in the runtime and `queued` that wait behind them."""
    body = infer_body(random_images(1))
    futures = [pool.submit(client.post, INFER, json=body) for _ in range(running)]
    for _ in range(running):
        assert held.entered.acquire(timeout=10)
    futures += [pool.submit(client.post, INFER, json=body) for _ in range(queued)]
    wait_for(lambda: inflight(client) == running + queued)
    return futures


def test_past_max_inflight_and_max_queue_requests_get_429_with_retry_after_at_once(server_repo, held):
    with running_app(server_repo, runner_factory=held, max_inflight=1, max_queue=1, retry_after_s=3) as client, ThreadPoolExecutor(4) as pool:
        admitted = fill(client, held, pool, running=1, queued=1)
        start = time.monotonic()
        refused = client.post(INFER, json=infer_body(random_images(1)))
        assert time.monotonic() - start < 2.0
        assert refused.status_code == 429
        assert refused.headers["Retry-After"] == "3"
        assert "busy" in refused.json()["error"]
        held.gate.set()
        assert [f.result(timeout=10).status_code for f in admitted] == [200, 200]


def test_rejection_status_can_be_503(server_repo, held):
    with running_app(server_repo, runner_factory=held, max_inflight=1, max_queue=0, reject_status=503) as client, ThreadPoolExecutor(2) as pool:
        admitted = fill(client, held, pool, running=1, queued=0)
        refused = client.post(INFER, json=infer_body(random_images(1)))
        assert refused.status_code == 503 and "Retry-After" in refused.headers
        held.gate.set()
        assert admitted[0].result(timeout=10).status_code == 200
        metrics = client.get("/metrics").text
        assert f'dynaprune_requests_total{{model="{RGB}",outcome="rejected"}} 1.0' in metrics


def test_health_and_metrics_answer_while_every_slot_is_taken(server_repo, held):
    with running_app(server_repo, runner_factory=held, max_inflight=1, max_queue=0) as client, ThreadPoolExecutor(2) as pool:
        admitted = fill(client, held, pool, running=1, queued=0)
        assert client.get("/v2/health/ready").status_code == 200
        assert client.get("/v2/health/live").status_code == 200
        assert client.get(f"/v2/models/{RGB}").status_code == 200
        assert "dynaprune_inflight_requests 1.0" in client.get("/metrics").text
        held.gate.set()
        admitted[0].result(timeout=10)


def test_a_request_past_request_timeout_gets_504(server_repo, held):
    with running_app(server_repo, runner_factory=held, request_timeout_s=0.3) as client:
        start = time.monotonic()
        response = client.post(INFER, json=infer_body(random_images(1)))
        assert response.status_code == 504
        assert "request_timeout_s" in response.json()["error"]
        assert time.monotonic() - start < 5
        held.gate.set()
        metrics = client.get("/metrics").text
        assert f'dynaprune_requests_total{{model="{RGB}",outcome="timeout"}} 1.0' in metrics


def test_a_queued_request_times_out_too(server_repo, held):
    with running_app(server_repo, runner_factory=held, max_inflight=1, max_queue=4, request_timeout_s=0.5) as client, ThreadPoolExecutor(2) as pool:
        first = pool.submit(client.post, INFER, json=infer_body(random_images(1)))
        assert held.entered.acquire(timeout=10)
        queued = client.post(INFER, json=infer_body(random_images(1)))
        assert queued.status_code == 504 and "slot" in queued.json()["error"]
        held.gate.set()
        assert first.result(timeout=10).status_code == 504  # it, too, outlived the deadline


def test_a_timed_out_inference_keeps_its_slot_until_the_runtime_finishes(server_repo, held):
    """ORT cannot be interrupted: freeing the slot at the 504 would let real work exceed max_inflight."""
    with running_app(server_repo, runner_factory=held, max_inflight=1, max_queue=0, request_timeout_s=0.2) as client:
        assert client.post(INFER, json=infer_body(random_images(1))).status_code == 504
        assert client.post(INFER, json=infer_body(random_images(1))).status_code == 429
        held.gate.set()
        wait_for(lambda: inflight(client) == 0)
        assert client.post(INFER, json=infer_body(random_images(1))).status_code == 200


def test_concurrent_requests_within_the_limits_all_succeed(server_repo):
    with running_app(server_repo, max_inflight=2, max_queue=16) as client, ThreadPoolExecutor(8) as pool:
        body = infer_body(random_images(2))
        statuses = list(pool.map(lambda _: client.post(INFER, json=body).status_code, range(16)))
        assert statuses == [200] * 16
        assert inflight(client) == 0


def test_inference_runs_off_the_event_loop(server_repo, held):
    """While an inference blocks in the runtime, the loop still answers other requests."""
    with running_app(server_repo, runner_factory=held, max_inflight=1) as client, ThreadPoolExecutor(1) as pool:
        blocked = pool.submit(client.post, INFER, json=infer_body(random_images(1)))
        assert held.entered.acquire(timeout=10)
        done = threading.Event()

        def probe() -> None:
            client.get("/v2/health/live")
            done.set()

        threading.Thread(target=probe, daemon=True).start()
        assert done.wait(5)
        held.gate.set()
        assert blocked.result(timeout=10).status_code == 200
