"""Dynamic batching: concurrent requests of one model version share one engine call, each answered alone.

Determinism: the first request of a scenario computes alone (its version is idle) and is held in the
runtime by a gate, with `max_inflight=1`; the requests sent meanwhile queue behind it (the test waits
for the inflight gauge), and opening the gate releases them as batches. Assertions count engine
calls and their sizes, never how long something took (except "far below a 1 s delay").
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from prometheus_client.parser import text_string_to_metric_families

from dynaprune.cli import main
from dynaprune.errors import UserError
from dynaprune.server.batching import BATCHING_FILE, BatchPolicy, read_batching_file, split_prediction, take_batch
from dynaprune.server.errors import InvalidInput
from dynaprune.server.inference import InferenceService, OpenRequests
from dynaprune.server.metrics import ServerMetrics, kept_union_ratio
from dynaprune.server.runtime import Prediction, default_runner_factory
from dynaprune.server.settings import ServerSettings, load_settings
from tests.server_fixtures import GRAY, GRAY_SHAPE, RGB, infer_body, inflight, random_images, running_app, wait_for

OUTPUTS = [{"name": "logits"}, {"name": "kept_channels"}]


def infer_path(model: str = RGB, version: int | None = 1) -> str:
    return f"/v2/models/{model}/infer" if version is None else f"/v2/models/{model}/versions/{version}/infer"


class RecordingFactory:
    """The real runtime, wrapped: records every engine call (version, images) and holds it at a gate.

    Warm-up runs are neither recorded nor held. The gate starts closed when `held`.
    """

    def __init__(self, held: bool = True) -> None:
        self.calls: list[tuple[tuple[str, int], int]] = []
        self.gate = threading.Event()
        if not held:
            self.gate.set()
        self.entered = threading.Semaphore(0)
        self._lock = threading.Lock()

    def __call__(self, entry_dir: Path, **kwargs: Any) -> Any:
        return _Recorded(default_runner_factory(entry_dir, **kwargs), self, (entry_dir.parent.name, int(entry_dir.name)))

    def record(self, label: tuple[str, int], images: int) -> None:
        with self._lock:
            self.calls.append((label, images))
        self.entered.release()
        self.gate.wait(30)

    def sizes(self, model: str | None = None, version: int | None = None) -> list[int]:
        with self._lock:
            return [n for (name, v), n in self.calls if model in (None, name) and version in (None, v)]


class _Recorded:
    def __init__(self, inner: Any, factory: RecordingFactory, label: tuple[str, int]) -> None:
        self._inner, self._factory, self._label = inner, factory, label

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def warmup(self, iterations: int = 2) -> None:
        self._inner.warmup(iterations)  # the inner runner's own run(): not recorded

    def run(self, images: np.ndarray) -> Any:
        self._factory.record(self._label, int(images.shape[0]))
        return self._inner.run(images)


@pytest.fixture
def factory():
    made = RecordingFactory(held=True)
    yield made
    made.gate.set()  # never leave a worker blocked


def hold_first(client, factory, pool, path: str = infer_path()):  # type: ignore[no-untyped-def]
    """A lone one-image request that computes at once and stays in the runtime until the gate opens."""
    future = pool.submit(client.post, path, json=infer_body(random_images(1, seed=99)))
    assert factory.entered.acquire(timeout=10)
    return future


def queue_behind_held_first(client, factory, pool, sizes=(1, 2, 3)):  # type: ignore[no-untyped-def]
    """A held lone request, then one request per size sent meanwhile: (the held one, the others)."""
    bodies = [infer_body(random_images(n, seed=n), outputs=OUTPUTS) for n in sizes]
    first = hold_first(client, factory, pool)
    return first, [pool.submit(client.post, infer_path(), json=body) for body in bodies]


def queue_in_order(client, pool, requests: list[tuple[str, dict]], already: int) -> list:  # type: ignore[no-untyped-def]
    """Send each (path, body) only once the one before it is queued, so arrival order is known."""
    futures = []
    for i, (path, body) in enumerate(requests):
        futures.append(pool.submit(client.post, path, json=body))
        wait_for(lambda: inflight(client) == already + i + 1)
    return futures


def assert_same_answer(batched: dict, alone: dict) -> None:
    by_name = lambda body: {o["name"]: o for o in body["outputs"]}  # noqa: E731
    got, want = by_name(batched), by_name(alone)
    assert got["logits"]["shape"] == want["logits"]["shape"]
    np.testing.assert_allclose(got["logits"]["data"], want["logits"]["data"], atol=1e-5, rtol=0)
    assert got["kept_channels"]["data"] == want["kept_channels"]["data"]
    for key in ("flops_dense", "flops_executed", "flops_skipped"):
        assert batched["parameters"][key] == pytest.approx(alone["parameters"][key], rel=1e-12), key


# --------------------------------------------------------------------------- (1) merged, each answered alone


def test_concurrent_requests_share_one_engine_call_and_each_gets_its_own_answer(server_repo, factory):
    bodies = [infer_body(random_images(n, seed=n), outputs=OUTPUTS) for n in (1, 2, 3)]
    with running_app(server_repo, runner_factory=factory, max_inflight=1, max_queue=16, max_batch_size=8,
                     max_queue_delay_ms=50) as client, ThreadPoolExecutor(4) as pool:
        first = hold_first(client, factory, pool)
        futures = [pool.submit(client.post, infer_path(), json=body) for body in bodies]
        wait_for(lambda: inflight(client) == 4)
        factory.gate.set()
        batched = [f.result(timeout=30) for f in futures]
        assert first.result(timeout=30).status_code == 200
        assert factory.sizes() == [1, 6]  # the lone first request, then the three others in ONE call
        alone = [client.post(infer_path(), json=body) for body in bodies]  # each alone: nothing else open
        assert factory.sizes()[2:] == [1, 2, 3]
    for got, want in zip(batched, alone):
        assert got.status_code == want.status_code == 200
        assert_same_answer(got.json(), want.json())
    compute = {r.json()["parameters"]["compute_ms"] for r in batched}
    assert len(compute) == 1  # the batch's compute time, shared
    assert all(r.json()["parameters"]["queue_ms"] > 0 for r in batched)


# --------------------------------------------------------------------------- (2) a lone request does not wait


def test_a_lone_request_is_dispatched_at_once_whatever_the_delay(server_repo):
    recording = RecordingFactory(held=False)
    with running_app(server_repo, runner_factory=recording, max_batch_size=8, max_queue_delay_ms=1000) as client:
        for seed in range(3):
            response = client.post(infer_path(), json=infer_body(random_images(1, seed=seed)))
            assert response.status_code == 200
            assert response.json()["parameters"]["queue_ms"] < 500  # far below the 1000 ms gathering delay
    assert recording.sizes() == [1, 1, 1]


class FakeModel:
    """The parts of `LoadedModel` the service uses. `predict` records the batch, waits at `gate` and
    answers logits that are the images' first two pixels (so a wrong slice shows) plus an extra."""

    def __init__(self, recent_compute_s: float | None = None, batching: Any = None) -> None:
        self.spec = SimpleNamespace(name="m", unit_names=("u",), unit_channels={"u": 4})
        self.recent_compute_s = recent_compute_s
        self.batching = batching
        self.calls: list[int] = []
        self.threads: list[str] = []
        self.gate = threading.Event()
        self.gate.set()
        self.error: Exception | None = None

    def note_compute(self, seconds: float) -> None:
        pass

    def predict(self, images: np.ndarray) -> Prediction:
        self.calls.append(int(images.shape[0]))
        self.threads.append(threading.current_thread().name)
        assert self.gate.wait(10)
        if self.error is not None:
            raise self.error
        batch = images.shape[0]
        flat = images.reshape(batch, -1)
        return Prediction(logits=flat[:, :2].copy(), kept=(flat[:, :1] * 4).astype(np.int64),
                          flops_executed=flat[:, 0].astype(np.float64) * 10, flops_dense=100.0, compute_s=1e-4,
                          extras={"sweeps": np.arange(batch, dtype=np.int64)})  # fmt: skip


def image(value: float, batch: int = 1) -> np.ndarray:
    return np.full((batch, 1, 2, 2), value, np.float32)


def test_the_inline_fast_path_still_serves_a_lone_request_when_batching_is_on(tmp_path):
    settings = ServerSettings(repo=tmp_path, inline_compute_max_ms=3.0, max_batch_size=8, max_queue_delay_ms=500)
    model = FakeModel(recent_compute_s=0.001)
    counter = OpenRequests()
    counter.count = 1

    async def main_() -> None:
        service = InferenceService(settings, ServerMetrics(), counter)
        try:
            await service.run(model, image(0.5))  # type: ignore[arg-type]
        finally:
            service.shutdown()

    asyncio.run(main_())
    assert model.threads == [threading.current_thread().name]


def run_service(settings: ServerSettings, model: FakeModel, scenario) -> Any:  # type: ignore[no-untyped-def]
    """Run `scenario(service, metrics)` on a fresh event loop with a fresh service."""
    async def main_() -> Any:
        metrics = ServerMetrics()
        service = InferenceService(settings, metrics, OpenRequests())
        try:
            return await scenario(service, metrics)
        finally:
            model.gate.set()
            service.shutdown()

    return asyncio.run(main_())


async def until(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        await asyncio.sleep(0.005)


def test_each_request_of_a_batch_gets_its_own_rows_and_extras(tmp_path):
    settings = ServerSettings(repo=tmp_path, max_inflight=1, max_batch_size=8, max_queue_delay_ms=20)
    model = FakeModel()
    model.gate.clear()

    async def scenario(service, metrics):  # type: ignore[no-untyped-def]
        first = asyncio.create_task(service.run(model, image(0.9)))
        await until(lambda: model.calls == [1])
        queued = [asyncio.create_task(service.run(model, image(v, n))) for v, n in ((0.1, 1), (0.2, 2), (0.3, 1))]
        await until(lambda: metrics.registry.get_sample_value("dynaprune_inflight_requests") == 4)
        model.gate.set()
        return await first, await asyncio.gather(*queued)

    first, queued = run_service(settings, model, scenario)
    assert model.calls == [1, 4]
    assert first.prediction.batch == 1
    for done, (value, batch) in zip(queued, ((0.1, 1), (0.2, 2), (0.3, 1))):
        prediction = done.prediction
        np.testing.assert_array_equal(prediction.logits, np.full((batch, 2), value, np.float32))
        np.testing.assert_array_equal(prediction.flops_executed, np.full(batch, float(np.float32(value)) * 10.0))
        assert prediction.extras["sweeps"].shape == (batch,)
    # the extras are the batch's rows 0..3, shared out in order
    assert [list(d.prediction.extras["sweeps"]) for d in queued] == [[0], [1, 2], [3]]


def test_an_engine_error_answers_every_request_of_its_batch(tmp_path):
    settings = ServerSettings(repo=tmp_path, max_inflight=1, max_batch_size=8, max_queue_delay_ms=20)
    model = FakeModel()
    model.gate.clear()

    async def scenario(service, metrics):  # type: ignore[no-untyped-def]
        first = asyncio.create_task(service.run(model, image(0.9)))
        await until(lambda: model.calls == [1])
        queued = [asyncio.create_task(service.run(model, image(0.1))) for _ in range(3)]
        await until(lambda: metrics.registry.get_sample_value("dynaprune_inflight_requests") == 4)
        model.error = InvalidInput("images out of range")
        model.gate.set()
        results = await asyncio.gather(first, *queued, return_exceptions=True)
        return results, metrics.registry.get_sample_value("dynaprune_inflight_requests")

    results, left = run_service(settings, model, scenario)
    assert model.calls == [1, 3]
    assert all(isinstance(r, InvalidInput) and "out of range" in str(r) for r in results)
    assert left == 0


# --------------------------------------------------------------------------- (3) the size rule


def test_batches_take_whole_requests_up_to_max_batch_size_and_an_oversized_one_runs_alone(server_repo, factory):
    sizes = [2, 1, 3, 6, 1]  # max_batch_size 4: [2+1], [3], [6] alone (over the limit, not split), [1]
    bodies = [infer_body(random_images(n, seed=10 + i), outputs=OUTPUTS) for i, n in enumerate(sizes)]
    with running_app(server_repo, runner_factory=factory, max_inflight=1, max_queue=16, max_batch_size=4,
                     max_queue_delay_ms=20) as client, ThreadPoolExecutor(6) as pool:
        first = hold_first(client, factory, pool)
        futures = queue_in_order(client, pool, [(infer_path(), body) for body in bodies], already=1)
        factory.gate.set()
        batched = [f.result(timeout=30) for f in futures]
        assert first.result(timeout=30).status_code == 200
        assert factory.sizes() == [1, 3, 3, 6, 1]
        alone = [client.post(infer_path(), json=body) for body in bodies]
        oversized = client.post(infer_path(), json=infer_body(random_images(9, seed=3)))  # lone, over the limit
        assert oversized.status_code == 200 and factory.sizes()[-1] == 9
    for got, want, n in zip(batched, alone, sizes):
        assert got.status_code == 200 and got.json()["outputs"][0]["shape"] == [n, 10]
        assert_same_answer(got.json(), want.json())


@pytest.mark.parametrize(("sizes", "limit", "taken"), [
    ([], 4, 0), ([1], 4, 1), ([2, 1, 3], 4, 2), ([4, 1], 4, 1), ([6, 1], 4, 1), ([1, 1, 1, 1, 1], 4, 4), ([3, 2], 8, 2),
])
def test_take_batch_takes_whole_requests_in_order(sizes, limit, taken):
    assert take_batch(sizes, limit) == taken


def test_split_prediction_gives_each_request_its_rows():
    prediction = Prediction(logits=np.arange(8, dtype=np.float32).reshape(4, 2), kept=np.arange(4).reshape(4, 1),
                            flops_executed=np.arange(4, dtype=np.float64), flops_dense=9.0, compute_s=0.5,
                            extras={"winning_overlap": np.arange(4, dtype=np.float32)})  # fmt: skip
    parts = split_prediction(prediction, [1, 3])
    assert [p.batch for p in parts] == [1, 3]
    assert parts[1].logits.tolist() == [[2, 3], [4, 5], [6, 7]] and parts[1].kept.tolist() == [[1], [2], [3]]
    assert parts[1].extras["winning_overlap"].tolist() == [1, 2, 3]
    assert all(p.flops_dense == 9.0 and p.compute_s == 0.5 for p in parts)
    with pytest.raises(ValueError):
        split_prediction(prediction, [1, 2])


# --------------------------------------------------------------------------- (4) never across versions or models


def test_requests_of_different_versions_or_models_are_never_merged(server_repo, factory):
    rgb = lambda seed: infer_body(random_images(1, seed=seed), outputs=OUTPUTS)  # noqa: E731
    gray = lambda seed: infer_body(random_images(1, GRAY_SHAPE, seed=seed), outputs=OUTPUTS)  # noqa: E731
    requests = [(infer_path(RGB, 2), rgb(1)), (infer_path(GRAY, 1), gray(2)), (infer_path(RGB, 1), rgb(3)),
                (infer_path(RGB, 2), rgb(4)), (infer_path(GRAY, 1), gray(5)), (infer_path(RGB, 1), rgb(6))]
    with running_app(server_repo, runner_factory=factory, max_inflight=1, max_queue=16, max_batch_size=8,
                     max_queue_delay_ms=20) as client, ThreadPoolExecutor(8) as pool:
        first = hold_first(client, factory, pool, infer_path(RGB, 1))
        futures = queue_in_order(client, pool, requests, already=1)
        factory.gate.set()
        batched = [f.result(timeout=30) for f in futures]
        assert first.result(timeout=30).status_code == 200
        # v1 was busy: its two requests shared a call. v2 and gray were idle: their first request went
        # straight for the slot, their second gathered behind it. Never one call for two versions.
        assert factory.sizes(RGB, 1) == [1, 2]
        assert factory.sizes(RGB, 2) == [1, 1]
        assert factory.sizes(GRAY, 1) == [1, 1]
        alone = [client.post(path, json=body) for path, body in requests]
    for got, want in zip(batched, alone):
        assert got.status_code == 200 and got.json()["model_version"] == want.json()["model_version"]
        assert_same_answer(got.json(), want.json())


# --------------------------------------------------------------------------- (5) admission and deadlines


def test_overload_with_batching_on_is_refused_at_once_and_nothing_hangs(server_repo, factory):
    started = time.monotonic()
    with running_app(server_repo, runner_factory=factory, max_inflight=1, max_queue=2, max_batch_size=8,
                     max_queue_delay_ms=1000, retry_after_s=3) as client, ThreadPoolExecutor(4) as pool:
        first = hold_first(client, factory, pool)
        queued = queue_in_order(client, pool, [(infer_path(), infer_body(random_images(1, seed=s))) for s in (1, 2)],
                                already=1)
        refused = client.post(infer_path(), json=infer_body(random_images(1)))
        assert refused.status_code == 429 and refused.headers["Retry-After"] == "3"
        assert "busy" in refused.json()["error"]
        factory.gate.set()
        assert [f.result(timeout=30).status_code for f in [first, *queued]] == [200, 200, 200]
        assert factory.sizes() == [1, 2]
        wait_for(lambda: inflight(client) == 0)
        metrics = client.get("/metrics").text
        assert f'dynaprune_requests_total{{model="{RGB}",outcome="rejected"}} 1.0' in metrics
    assert time.monotonic() - started < 60


def test_a_request_that_times_out_while_queued_leaves_its_batch(server_repo, factory):
    with running_app(server_repo, runner_factory=factory, max_inflight=1, max_queue=4, max_batch_size=8,
                     max_queue_delay_ms=20, request_timeout_s=0.5) as client, ThreadPoolExecutor(2) as pool:
        first = hold_first(client, factory, pool)
        queued = client.post(infer_path(), json=infer_body(random_images(1, seed=1)))
        assert queued.status_code == 504 and "queued" in queued.json()["error"]
        # the first one, too, outlived its deadline, but its call keeps the slot until the engine returns
        assert first.result(timeout=30).status_code == 504
        wait_for(lambda: inflight(client) == 1)  # the dropped request left the queue; the first still computes
        factory.gate.set()
        wait_for(lambda: inflight(client) == 0)
        assert factory.sizes() == [1]  # the timed-out queued request never reached the engine
        assert client.post(infer_path(), json=infer_body(random_images(1, seed=2))).status_code == 200
        assert factory.sizes() == [1, 1]
        metrics = client.get("/metrics").text
        assert f'dynaprune_requests_total{{model="{RGB}",outcome="timeout"}} 2.0' in metrics


# --------------------------------------------------------------------------- (6) settings


@pytest.fixture
def clean_env(monkeypatch):
    import os

    for key in list(os.environ):
        if key.startswith("DYNAPRUNE_"):
            monkeypatch.delenv(key)


def test_batching_is_off_by_default(tmp_path, clean_env):
    settings = load_settings(repo=tmp_path)
    assert (settings.max_batch_size, settings.max_queue_delay_ms, settings.max_request_batch) == (1, 2.0, 64)


def test_batching_settings_come_from_the_environment(tmp_path, clean_env, monkeypatch):
    monkeypatch.setenv("DYNAPRUNE_MAX_BATCH_SIZE", "16")
    monkeypatch.setenv("DYNAPRUNE_MAX_QUEUE_DELAY_MS", "5")
    settings = load_settings(repo=tmp_path)
    assert (settings.max_batch_size, settings.max_queue_delay_ms) == (16, 5.0)
    assert load_settings(repo=tmp_path, max_batch_size=4).max_batch_size == 4  # a flag wins


@pytest.mark.parametrize(("field", "value"), [
    ("max_batch_size", "0"), ("max_batch_size", "1025"), ("max_batch_size", "eight"),
    ("max_queue_delay_ms", "-1"), ("max_queue_delay_ms", "1001"), ("max_queue_delay_ms", "nan"),
])
def test_bad_batching_settings_stop_start_up_naming_the_variable(tmp_path, clean_env, monkeypatch, field, value):
    monkeypatch.setenv(f"DYNAPRUNE_{field.upper()}", value)
    with pytest.raises(UserError, match=f"DYNAPRUNE_{field.upper()}"):
        load_settings(repo=tmp_path)


def test_serve_flags_reach_the_batching_settings(tmp_path, clean_env, capsys):
    assert main(["serve", "--repo", str(tmp_path), "--max-batch-size", "0"]) == 2
    assert "DYNAPRUNE_MAX_BATCH_SIZE" in capsys.readouterr().err
    assert main(["serve", "--repo", str(tmp_path), "--max-queue-delay-ms", "-3"]) == 2
    assert "DYNAPRUNE_MAX_QUEUE_DELAY_MS" in capsys.readouterr().err


# --------------------------------------------------------------------------- (7) REPO/NAME/batching.json


def test_a_models_batching_file_overrides_the_server_settings(repo_copy):
    (repo_copy / RGB / BATCHING_FILE).write_text(json.dumps({"max_batch_size": 2, "max_queue_delay_ms": 20}))
    factory = RecordingFactory(held=True)
    try:
        with running_app(repo_copy, runner_factory=factory, max_inflight=1, max_queue=16) as client, \
                ThreadPoolExecutor(4) as pool:
            service, registry = client.app.state.inference, client.app.state.registry
            assert service.policy(registry.get(RGB, 1)) == BatchPolicy(2, 20.0)
            assert service.policy(registry.get(RGB, 2)) == BatchPolicy(2, 20.0)
            assert service.policy(registry.get(GRAY, 1)) == BatchPolicy(1, 2.0)  # the server's: off
            first = hold_first(client, factory, pool)
            bodies = [infer_body(random_images(1, seed=s)) for s in (1, 2, 3)]
            futures = queue_in_order(client, pool, [(infer_path(), body) for body in bodies], already=1)
            factory.gate.set()
            assert [f.result(timeout=30).status_code for f in [first, *futures]] == [200] * 4
            assert factory.sizes(RGB, 1) == [1, 2, 1]  # batches of at most 2, the file's limit
    finally:
        factory.gate.set()


@pytest.mark.parametrize(("content", "words"), [
    ('{"max_batch_size": 0}', "max_batch_size"),
    ('{"max_batch_size": 4, "max_delay": 1}', "max_delay"),
    ('{"max_queue_delay_ms": "2"}', "max_queue_delay_ms"),
    ('{"max_batch_size": true}', "max_batch_size"),
    ("[8]", "JSON object"),
    ("max_batch_size=8", "not valid JSON"),
])
def test_a_malformed_batching_file_refuses_that_model_only(repo_copy, content, words):
    (repo_copy / GRAY / BATCHING_FILE).write_text(content)
    with running_app(repo_copy, max_batch_size=4) as client:
        index = {(e["name"], e["version"]): e for e in client.post("/v2/repository/index").json()}
        assert index[(GRAY, "1")]["state"] == "UNAVAILABLE"
        reason = index[(GRAY, "1")]["reason"]
        assert BATCHING_FILE in reason and words in reason
        assert index[(RGB, "1")]["state"] == index[(RGB, "2")]["state"] == "READY"
        assert client.post(infer_path(RGB, None), json=infer_body(random_images(1))).status_code == 200
        assert client.post(infer_path(GRAY, None), json=infer_body(random_images(1, GRAY_SHAPE))).status_code == 404
        # fixed on disk, a reload picks it up
        (repo_copy / GRAY / BATCHING_FILE).write_text('{"max_batch_size": 2}')
        assert client.post(f"/v2/repository/models/{GRAY}/load").status_code == 200
        assert client.post(infer_path(GRAY, None), json=infer_body(random_images(1, GRAY_SHAPE))).status_code == 200


def test_a_second_batch_of_one_version_waits_for_the_first_to_return_though_a_slot_is_free(server_repo, factory):
    with running_app(server_repo, runner_factory=factory, max_inflight=2, max_queue=16, max_batch_size=8,
                     max_queue_delay_ms=1) as client, ThreadPoolExecutor(4) as pool:
        first, futures = queue_behind_held_first(client, factory, pool)
        wait_for(lambda: inflight(client) == 4)
        time.sleep(0.2)  # 200x the gathering delay: the batch is due, and the second slot is free
        assert factory.sizes() == [1]
        factory.gate.set()
        assert all(f.result(timeout=30).status_code == 200 for f in futures)
        assert first.result(timeout=30).status_code == 200
        assert factory.sizes() == [1, 6]


def test_max_concurrent_batches_lets_batches_of_one_version_compute_side_by_side(server_repo, factory):
    with running_app(server_repo, runner_factory=factory, max_inflight=2, max_queue=16, max_batch_size=8,
                     max_queue_delay_ms=1, max_concurrent_batches=2) as client, ThreadPoolExecutor(4) as pool:
        first, futures = queue_behind_held_first(client, factory, pool)
        wait_for(lambda: len(factory.sizes()) >= 2)  # a batch started while the first call is still held
        factory.gate.set()
        assert all(f.result(timeout=30).status_code == 200 for f in futures)
        assert first.result(timeout=30).status_code == 200
        assert sum(factory.sizes()) == 7


def test_a_batching_file_may_set_max_concurrent_batches(tmp_path):
    (tmp_path / BATCHING_FILE).write_text('{"max_concurrent_batches": 3}')
    own = read_batching_file(tmp_path)
    assert own is not None and own.policy(ServerSettings(repo=tmp_path, max_batch_size=4)) == BatchPolicy(4, 2.0, 3)
    (tmp_path / BATCHING_FILE).write_text('{"max_concurrent_batches": 0}')
    with pytest.raises(UserError, match="max_concurrent_batches"):
        read_batching_file(tmp_path)


def test_a_batching_file_may_set_one_field(tmp_path):
    (tmp_path / BATCHING_FILE).write_text('{"max_queue_delay_ms": 7}')
    own = read_batching_file(tmp_path)
    assert own is not None and own.policy(ServerSettings(repo=tmp_path, max_batch_size=16)) == BatchPolicy(16, 7.0)
    assert read_batching_file(tmp_path / "absent") is None


# --------------------------------------------------------------------------- (8) metrics


def test_batch_metrics_count_engine_calls_and_requests(server_repo, factory):
    with running_app(server_repo, runner_factory=factory, max_inflight=1, max_queue=16, max_batch_size=8,
                     max_queue_delay_ms=20) as client, ThreadPoolExecutor(4) as pool:
        first = hold_first(client, factory, pool)
        futures = queue_in_order(client, pool, [(infer_path(), infer_body(random_images(n, seed=n))) for n in (1, 2, 3)],
                                 already=1)
        factory.gate.set()
        assert [f.result(timeout=30).status_code for f in [first, *futures]] == [200] * 4
        assert factory.sizes() == [1, 6]
        text = client.get("/metrics").text
    families = {f.name: f for f in text_string_to_metric_families(text)}

    def sample(name: str, suffix: str, **labels: str) -> float:
        for s in families[name].samples:
            if s.name == name + suffix and all(s.labels.get(k) == v for k, v in labels.items()):
                return s.value
        raise AssertionError(f"no {name}{suffix} {labels}")

    assert families["dynaprune_batch_size"].type == "histogram"
    assert sample("dynaprune_batch_size", "_count", model=RGB) == 2  # engine calls
    assert sample("dynaprune_batch_size", "_sum", model=RGB) == 7  # images
    assert sample("dynaprune_batch_size", "_bucket", model=RGB, le="1.0") == 1
    assert sample("dynaprune_batch_size", "_bucket", model=RGB, le="4.0") == 1
    assert sample("dynaprune_batch_size", "_bucket", model=RGB, le="8.0") == 2
    bounds = sorted(float(s.labels["le"]) for s in families["dynaprune_batch_size"].samples if s.name.endswith("_bucket"))
    assert bounds == [1, 2, 4, 8, 16, 32, 64, 128, float("inf")]
    assert sample("dynaprune_batch_queue_delay_seconds", "_count", model=RGB) == 4  # requests
    assert sample("dynaprune_batch_queue_delay_seconds", "_sum", model=RGB) > 0
    assert sample("dynaprune_batch_kept_union_ratio", "_count", model=RGB) == 1  # calls of 2+ images
    assert 0 < sample("dynaprune_batch_kept_union_ratio", "_sum", model=RGB) <= 1
    assert "lower bound" in text  # the HELP line says what the ratio is
    assert sample("dynaprune_requests", "_total", model=RGB, outcome="success") == 4
    assert sample("dynaprune_compute_duration_seconds", "_count", model=RGB) == 4  # still per request


def test_kept_union_ratio_is_the_count_bound_averaged_over_units():
    channels = np.array([4.0, 4.0, 8.0])
    # unit 0: max 2 / min(2+2, 4) = 0.5; unit 1: 3 / min(0+3, 4) = 1 (one set holds all); unit 2: nothing kept, left out
    assert kept_union_ratio(np.array([[2, 0, 0], [2, 3, 0]]), channels) == pytest.approx(0.75)
    assert kept_union_ratio(np.array([[4, 1, 0], [1, 1, 0]]), channels) == pytest.approx((1.0 + 0.5) / 2)
    assert kept_union_ratio(np.array([[2, 1, 0]]), channels) is None  # one image: no batch to compare
    assert kept_union_ratio(np.zeros((3, 3), np.int64), channels) is None
