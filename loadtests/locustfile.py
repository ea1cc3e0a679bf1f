"""Locust users for a dynaprune server: JSON infer, binary infer, image upload.

Used two ways:

* by `dynaprune loadtest` (loadtests/runner.py), which configures the plan and
  the request budget, runs Locust headless as a library and writes a report;
* directly, e.g. ``locust -f loadtests/locustfile.py --host http://127.0.0.1:8000
  --headless -u 6 -r 6 -t 30s``; then the model comes from
  ``DYNAPRUNE_LOADTEST_MODEL`` (default: the only model the server has loaded)
  and the user mix from ``DYNAPRUNE_LOADTEST_MIX`` (default ``json=4,binary=4,image=2``).

Each user is a closed loop (next request as soon as the previous answered); a
429 is honoured by sleeping for its Retry-After, as a well-behaved client would.
Inputs are real digits from the data set, cycled in a per-user random order.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from typing import Any

import gevent
import numpy as np
from locust import FastHttpUser, constant, events, task
from locust.exception import StopUser

from dynaprune.loadtests import inputs, target
from dynaprune.loadtests.rows import RequestRow

MAX_RETRY_AFTER_S = 5.0


@dataclass(frozen=True)
class Plan:
    """What every user sends: the model, its images (tensors and PNGs), batch sizes to draw from."""

    model: inputs.ModelInput
    images: np.ndarray  # (N, C, H, W) float32
    pngs: tuple[bytes, ...]
    batch_sizes: tuple[int, ...] = (1,)

    @classmethod
    def from_server(cls, base_url: str, model: str | None, batch_sizes: tuple[int, ...] = (1,)) -> "Plan":
        name = target.choose_model(base_url, model)
        spec = inputs.ModelInput.from_metadata(target.model_metadata(base_url, name))
        return cls(spec, inputs.digit_images(spec.shape), tuple(inputs.digit_pngs()), batch_sizes)


class Budget:
    """Bounds the test in requests, and lets it stop without abandoning requests in flight.

    Greenlets switch only on I/O, so these counters need no lock.
    """

    def __init__(self, max_requests: int | None = None) -> None:
        self.max_requests = max_requests
        self.sent = 0
        self.inflight = 0
        self.stopping = False
        self.exhausted = False

    def acquire(self) -> bool:
        if self.stopping:
            return False
        if self.max_requests is not None and self.sent >= self.max_requests:
            self.exhausted = True
            return False
        self.sent += 1
        self.inflight += 1
        return True

    def release(self) -> None:
        self.inflight -= 1


@dataclass
class Recorder:
    """One row per finished request, from Locust's request event."""

    rows: list[RequestRow] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)  # transport errors by message

    COLUMNS = RequestRow._fields  # the rows' field names, in order

    def add(self, kind: str, start: float, latency_ms: float, status: int, figures: dict[str, float] | None) -> None:
        figures = figures or {}
        self.rows.append(
            RequestRow(
                start=start,
                end=start + latency_ms / 1000.0,
                kind=kind,
                latency_ms=latency_ms,
                status=status,
                skip_ratio=figures.get("skip_ratio", float("nan")),
                flops_dense=figures.get("flops_dense", float("nan")),
                flops_skipped=figures.get("flops_skipped", float("nan")),
            )
        )


PLAN: Plan | None = None
BUDGET = Budget()
RECORDER = Recorder()


def configure(plan: Plan, max_requests: int | None) -> None:
    """Set what the users send and how many requests they may send in all."""
    global PLAN, BUDGET, RECORDER
    PLAN = plan
    BUDGET = Budget(max_requests)
    RECORDER = Recorder()


@events.request.add_listener
def _record(
    request_type: str,
    name: str,
    response_time: float,
    response_length: int,
    response: Any = None,
    exception: BaseException | None = None,
    start_time: float | None = None,
    **_: Any,
) -> None:
    status = int(getattr(response, "status_code", 0) or 0)
    figures = None
    if status == 200:
        figures = inputs.response_figures(getattr(response, "content", None), getattr(response, "headers", None))
    if status == 0 and exception is not None:
        message = f"{type(exception).__name__}: {exception}"[:200]
        RECORDER.errors[message] = RECORDER.errors.get(message, 0) + 1
    start = start_time if start_time is not None else time.time() - response_time / 1000.0
    RECORDER.add(name, start, float(response_time), status, figures)


@events.test_start.add_listener
def _standalone_plan(environment: Any, **_: Any) -> None:
    """Plain `locust -f loadtests/locustfile.py`: build the plan from the server itself."""
    if PLAN is None and environment.host:
        configure(Plan.from_server(environment.host.rstrip("/"), os.environ.get("DYNAPRUNE_LOADTEST_MODEL")), None)


class _InferUser(FastHttpUser):
    abstract = True
    wait_time = constant(0)
    network_timeout = 30.0
    connection_timeout = 10.0
    kind = ""

    def on_start(self) -> None:
        self.rng = random.Random()  # distinct order per user; shared images
        self.cursor = 0
        self.order: list[int] = []

    def _plan(self) -> Plan:
        if PLAN is None:
            raise StopUser()
        return PLAN

    def _next_indices(self, count: int, total: int) -> list[int]:
        picked = []
        for _ in range(count):
            if self.cursor >= len(self.order):
                self.order = list(range(total))
                self.rng.shuffle(self.order)
                self.cursor = 0
            picked.append(self.order[self.cursor])
            self.cursor += 1
        return picked

    def _batch(self, plan: Plan) -> np.ndarray:
        size = self.rng.choice(plan.batch_sizes)
        return plan.images[self._next_indices(size, len(plan.images))]

    def _post(self, path: str, body: bytes, headers: dict[str, str]) -> None:
        if not BUDGET.acquire():
            raise StopUser()
        retry_after = 0.0
        try:
            with self.client.post(path, data=body, headers=headers, name=self.kind, catch_response=True) as response:
                if response.status_code == 200:
                    response.success()
                else:
                    response.failure(f"HTTP {response.status_code}")
                    if response.status_code == 429:
                        retry_after = _retry_after(response.headers)
        finally:
            BUDGET.release()
        if retry_after > 0:
            gevent.sleep(retry_after)


def _retry_after(headers: Any) -> float:
    value = None
    if headers is not None:
        value = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER_S)
    except (TypeError, ValueError):
        return 1.0


class JsonInferUser(_InferUser):
    """POST /v2/models/{m}/infer with JSON tensor data."""

    weight = 4
    kind = "json"

    @task
    def infer_json(self) -> None:
        plan = self._plan()
        body = inputs.json_request(plan.model, self._batch(plan))
        self._post(f"/v2/models/{plan.model.name}/infer", body, {"Content-Type": "application/json"})


class BinaryInferUser(_InferUser):
    """POST /v2/models/{m}/infer with the binary tensor extension (request and response)."""

    weight = 4
    kind = "binary"

    @task
    def infer_binary(self) -> None:
        plan = self._plan()
        body, headers = inputs.binary_request(plan.model, self._batch(plan))
        self._post(f"/v2/models/{plan.model.name}/infer", body, headers)


class ImageUploadUser(_InferUser):
    """POST /v1/models/{m}/classify with a PNG upload (multipart field `file`)."""

    weight = 2
    kind = "image"

    @task
    def classify_image(self) -> None:
        plan = self._plan()
        png = plan.pngs[self._next_indices(1, len(plan.pngs))[0]]
        body, headers = inputs.multipart_upload(png)
        self._post(f"/v1/models/{plan.model.name}/classify", body, headers)


USER_CLASSES = {"json": JsonInferUser, "binary": BinaryInferUser, "image": ImageUploadUser}


def user_classes(mix: dict[str, float]) -> list[type[_InferUser]]:
    """The user classes with a positive share in `mix`, their Locust weights set from it.

    Locust splits users between classes by weight, so the mix is a mix of
    *clients*; weights are scaled to integers (Locust wants ints) keeping ratios.
    """
    chosen = []
    for kind, weight in mix.items():
        if weight > 0:
            cls = USER_CLASSES[kind]
            cls.weight = max(1, round(weight * 1000 / max(mix.values())))
            chosen.append(cls)
    return chosen


# Standalone runs take the mix from the environment.
if os.environ.get("DYNAPRUNE_LOADTEST_MIX"):
    for _kind, _weight in target.parse_mix(os.environ["DYNAPRUNE_LOADTEST_MIX"]).items():
        USER_CLASSES[_kind].weight = int(round(_weight * 1000))
        USER_CLASSES[_kind].abstract = _weight <= 0
