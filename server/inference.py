"""Admission control and off-loop execution of inferences, protocol-agnostic.

Why this shape:
- ORT sessions release the GIL and use their own intra-op thread pool, so one
  process serves all cores; we only need a few Python threads to hand batches
  to ORT. Their number is `max_inflight` (compute slots).
- Past `max_inflight` running and `max_queue` waiting, a request is refused at
  once (429/503 + Retry-After) instead of piling up: under overload a fast
  "no" beats a slow timeout, and memory stays bounded.
- A request past `request_timeout_s` is answered 504, but its slot is only
  freed when the runtime really finishes: ORT cannot be interrupted, and
  freeing the slot early would let the real work in progress exceed the bound.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from dynaprune.server.errors import InferenceTimeout, ServerBusy
from dynaprune.server.metrics import ServerMetrics
from dynaprune.server.runtime import LoadedModel, Prediction
from dynaprune.server.settings import ServerSettings


class OpenRequests:
    """Inference requests received and not yet answered, counted by the outermost middleware
    (event-loop thread only). An inline computation blocks the loop, so other requests are not
    even parsed meanwhile: it is only for a request that is alone, else computations that could
    overlap would queue behind each other and admission control would never see them."""

    def __init__(self) -> None:
        self.count = 0


@dataclass(frozen=True)
class Completed:
    prediction: Prediction
    queue_s: float  # admission to start of compute (slot wait + thread hand-off)

    @property
    def compute_s(self) -> float:
        return self.prediction.compute_s


class InferenceService:
    """Create inside the running event loop (app lifespan): its semaphore belongs to that loop."""

    def __init__(self, settings: ServerSettings, metrics: ServerMetrics, open_requests: OpenRequests) -> None:
        self._settings = settings
        self._metrics = metrics
        self._open = open_requests
        self._slots = asyncio.Semaphore(settings.max_inflight)
        self._waiting = 0
        self._executor = ThreadPoolExecutor(max_workers=settings.max_inflight, thread_name_prefix="dynaprune-infer")

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def run(self, model: LoadedModel, images: np.ndarray) -> Completed:
        loop = asyncio.get_running_loop()
        timeout = self._settings.request_timeout_s
        deadline = None if timeout is None else loop.time() + timeout
        admitted = time.perf_counter()
        await self._acquire(deadline, timeout)
        if self._inline(model, images):
            return self._run_inline(model, images, admitted, loop)
        context = contextvars.copy_context()  # keeps the request id on log lines from the worker
        future = loop.run_in_executor(self._executor, context.run, _timed_predict, model, images, admitted)
        future.add_done_callback(lambda done: self._finished(done, model))
        limit = asyncio.timeout_at(deadline)
        try:
            async with limit:
                # shield: a timed-out or cancelled request must not cancel the future, whose
                # completion is what frees the slot.
                return await asyncio.shield(future)
        except TimeoutError:
            if not limit.expired():  # raised by the runtime itself: not our deadline
                raise
            raise InferenceTimeout(f"inference did not finish within request_timeout_s={timeout:g}s") from None

    def _inline(self, model: LoadedModel, images: np.ndarray) -> bool:
        """Small work on an idle server runs on the event loop: the thread hand-off (two
        wake-ups) costs ~0.15 ms, a large share of a millisecond masked inference. Never with a
        deadline (an inline call cannot be timed out), never while anyone waits for a slot and
        never while another inference request is open."""
        limit_ms = self._settings.inline_compute_max_ms
        recent = model.recent_compute_s
        return (
            limit_ms > 0
            and recent is not None
            and recent * 1000.0 < limit_ms
            and self._settings.request_timeout_s is None
            and self._waiting == 0
            and self._open.count <= 1
            and images.shape[0] == 1
        )

    def _run_inline(self, model: LoadedModel, images: np.ndarray, admitted: float,
                    loop: asyncio.AbstractEventLoop) -> Completed:
        future: asyncio.Future[Completed] = loop.create_future()
        try:
            future.set_result(_timed_predict(model, images, admitted))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        self._finished(future, model)
        return future.result()

    def check_capacity(self) -> None:
        """Raise ServerBusy when a request arriving now would be refused (cheap early exit)."""
        if self._slots.locked() and self._waiting >= self._settings.max_queue:
            raise ServerBusy(
                f"server busy: {self._settings.max_inflight} inferences running and "
                f"{self._waiting} queued (max_queue={self._settings.max_queue}); retry later",
                status=self._settings.reject_status,
                retry_after_s=self._settings.retry_after_s,
            )

    async def _acquire(self, deadline: float | None, timeout: float | None) -> None:
        self.check_capacity()
        self._metrics.inflight.inc()
        self._waiting += 1
        try:
            async with asyncio.timeout_at(deadline):
                await self._slots.acquire()
        except TimeoutError:  # only the deadline can raise it here
            self._metrics.inflight.dec()
            raise InferenceTimeout(f"no compute slot freed within request_timeout_s={timeout:g}s") from None
        except BaseException:
            self._metrics.inflight.dec()
            raise
        finally:
            self._waiting -= 1

    def _finished(self, future: asyncio.Future[Completed], model: LoadedModel) -> None:
        """Runs on the loop when the worker is done, whether or not anyone still waits for it."""
        self._slots.release()
        self._metrics.inflight.dec()
        if future.cancelled() or future.exception() is not None:
            return
        done = future.result()
        model.note_compute(done.compute_s)
        spec = model.spec
        self._metrics.observe_inference(
            spec.name,
            queue_s=done.queue_s,
            compute_s=done.compute_s,
            flops_executed=done.prediction.flops_executed,
            flops_dense=done.prediction.flops_dense,
            kept=done.prediction.kept,
            unit_names=spec.unit_names,
            unit_channels=spec.unit_channels,
        )


def _timed_predict(model: LoadedModel, images: np.ndarray, admitted: float) -> Completed:
    queue_s = time.perf_counter() - admitted
    return Completed(model.predict(images), queue_s)
