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

Dynamic batching (`max_batch_size` > 1, per model version; `server.batching`): a
request that finds its model version idle (nothing queued or computing for it)
goes straight to a slot, exactly as without batching (inline fast path
included). Otherwise it joins that version's queue, whose dispatcher gathers
requests until they hold `max_batch_size` images, the first has waited
`max_queue_delay_ms`, or the queue reaches `max_queue`; then it takes a slot,
and at that moment the batch is formed from whole queued requests in arrival
order (`batching.take_batch`) and computed by ONE `LoadedModel.predict`. A batch
takes one slot (`max_inflight` counts engine calls), and at most
`max_concurrent_batches` engine calls of one version compute at once (default 1:
the engine already spreads a batch over its threads; a second batch beside it
only shares those threads and lengthens both, which measured as a worse p99 and
fewer requests/s, docs/benchmarks.md). Queued requests count
against `max_queue`, and each keeps its own deadline: one that expires while
queued leaves the queue (504), one whose batch is computing keeps the slot
taken until the engine returns.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from dynaprune.server.batching import BatchPolicy, server_policy, split_prediction, take_batch
from dynaprune.server.errors import InferenceTimeout, ServerBusy
from dynaprune.server.metrics import ServerMetrics
from dynaprune.server.runtime import LoadedModel, Prediction
from dynaprune.server.settings import ServerSettings

log = logging.getLogger("dynaprune.server.inference")


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
    queue_s: float  # admission to start of compute (batch gathering + slot wait + thread hand-off)

    @property
    def compute_s(self) -> float:
        return self.prediction.compute_s


@dataclass(eq=False)
class _Queued:
    """One request waiting in its model version's batching queue."""

    images: np.ndarray
    arrived: float  # perf_counter at admission (queue_s is measured from it)
    arrived_loop: float  # loop.time() at admission (the gathering delay runs on the loop clock)
    future: asyncio.Future[Completed]
    state: str = "queued"  # queued -> batched (its engine call started) or dropped (timed out, cancelled)

    @property
    def size(self) -> int:
        return int(self.images.shape[0])


@dataclass(eq=False)
class _ModelQueue:
    """One model version's batching state: requests waiting to be batched and engine calls in progress."""

    model: LoadedModel
    policy: BatchPolicy
    queued: deque[_Queued] = field(default_factory=deque)
    busy: int = 0  # engine calls of this version admitted and not yet returned (a lone request's included)
    dispatcher: asyncio.Task[None] | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)  # a request joined or left

    @property
    def idle(self) -> bool:
        return not self.queued and self.busy == 0 and self.dispatcher is None

    @property
    def can_compute(self) -> bool:
        """Another engine call of this version may start (max_concurrent_batches)."""
        return self.busy < self.policy.max_concurrent_batches

    def queued_images(self) -> int:
        return sum(item.size for item in self.queued)


class InferenceService:
    """Create inside the running event loop (app lifespan): its semaphore belongs to that loop."""

    def __init__(self, settings: ServerSettings, metrics: ServerMetrics, open_requests: OpenRequests) -> None:
        self._settings = settings
        self._metrics = metrics
        self._open = open_requests
        self._slots = asyncio.Semaphore(settings.max_inflight)
        self._waiting = 0  # admitted requests whose engine call has not started (slot wait or batching queue)
        self._executor = ThreadPoolExecutor(max_workers=settings.max_inflight, thread_name_prefix="dynaprune-infer")
        self._default_policy = server_policy(settings)
        self._queues: dict[LoadedModel, _ModelQueue] = {}  # per model version (a LoadedModel), while not idle

    def shutdown(self) -> None:
        for queue in list(self._queues.values()):
            if queue.dispatcher is not None:
                queue.dispatcher.cancel()
            while queue.queued:
                item = queue.queued.popleft()
                item.state = "dropped"
                if not item.future.done():
                    item.future.set_exception(self._shutting_down())
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _shutting_down(self) -> ServerBusy:
        return ServerBusy("server shutting down", status=503, retry_after_s=self._settings.retry_after_s)

    def policy(self, model: LoadedModel) -> BatchPolicy:
        """The batching settings of `model`: its own `batching.json` over the server's."""
        own = getattr(model, "batching", None)
        return self._default_policy if own is None else own.policy(self._settings)

    async def run(self, model: LoadedModel, images: np.ndarray, flops_budget: float | None = None) -> Completed:
        """Admit, queue or batch, compute. A request with a compute budget runs in an engine call of
        its own: its threshold search runs the network several times, and only for its samples."""
        loop = asyncio.get_running_loop()
        timeout = self._settings.request_timeout_s
        deadline = None if timeout is None else loop.time() + timeout
        admitted = time.perf_counter()
        policy = self.policy(model)
        if not policy.enabled or flops_budget is not None:
            return await self._run_alone(model, images, admitted, deadline, None, loop, flops_budget)
        self.check_capacity()  # before a queue is made or marked busy for a request that is refused
        queue = self._queues.get(model)
        if queue is None:
            queue = self._queues[model] = _ModelQueue(model, policy)
        if queue.idle:
            # Nothing queued or computing for this version: no one to wait for, so no delay; requests
            # arriving while it computes gather behind it.
            return await self._run_alone(model, images, admitted, deadline, queue, loop)
        return await self._run_batched(queue, images, admitted, deadline, loop)

    async def _run_alone(self, model: LoadedModel, images: np.ndarray, admitted: float, deadline: float | None,
                         queue: _ModelQueue | None, loop: asyncio.AbstractEventLoop,
                         flops_budget: float | None = None) -> Completed:
        """One request, one engine call: the path of every request when batching is off."""
        timeout = self._settings.request_timeout_s
        if queue is not None:
            queue.busy += 1  # from admission on: requests arriving meanwhile gather behind this one
        try:
            await self._acquire(deadline, timeout)
        except BaseException:
            if queue is not None:
                self._release_queue(queue)
            raise
        if flops_budget is None and self._inline(model, images):  # a budget's search is no small work
            return self._run_inline(model, images, admitted, loop, queue)
        context = contextvars.copy_context()  # keeps the request id on log lines from the worker
        future = loop.run_in_executor(self._executor, context.run, _timed_predict, model, images, admitted,
                                      flops_budget)
        future.add_done_callback(lambda done: self._finished(done, model, queue))
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
                    loop: asyncio.AbstractEventLoop, queue: _ModelQueue | None) -> Completed:
        future: asyncio.Future[Completed] = loop.create_future()
        try:
            future.set_result(_timed_predict(model, images, admitted))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        self._finished(future, model, queue)
        return future.result()

    # ------------------------------------------------------------------ dynamic batching

    async def _run_batched(self, queue: _ModelQueue, images: np.ndarray, admitted: float, deadline: float | None,
                           loop: asyncio.AbstractEventLoop) -> Completed:
        """Join the version's queue and wait for the engine call that computes this request."""
        timeout = self._settings.request_timeout_s  # admission was checked by run(), with no await since
        item = _Queued(images, admitted, loop.time(), loop.create_future())
        self._metrics.inflight.inc()
        self._waiting += 1
        queue.queued.append(item)
        queue.changed.set()
        if self._should_start(queue, loop) and queue.can_compute and not self._slots.locked():
            # A slot is free and the batch is complete (or the queue at max_queue): start it now, from
            # this task, so that no other request is admitted into a queue that is already at its bound.
            await self._slots.acquire()  # does not suspend: the semaphore is not locked
            self._start_batch(queue, loop)
        if queue.queued and queue.dispatcher is None:
            # The dispatcher runs in its own (empty) context: it serves many requests, not this one.
            queue.dispatcher = loop.create_task(self._dispatch(queue), context=contextvars.Context())
        limit = asyncio.timeout_at(deadline)
        try:
            async with limit:
                return await asyncio.shield(item.future)  # its completion is the batch's, not ours to cancel
        except TimeoutError:
            if not limit.expired():  # raised by the runtime itself: not our deadline
                raise
            if item.state == "queued":
                self._drop(queue, item)
                raise InferenceTimeout(f"no compute slot freed within request_timeout_s={timeout:g}s "
                                       "(queued for a batch)") from None
            raise InferenceTimeout(f"inference did not finish within request_timeout_s={timeout:g}s") from None
        except BaseException:  # cancelled (the client went away): leave the queue if still in it
            if item.state == "queued":
                self._drop(queue, item)
            raise

    def _should_start(self, queue: _ModelQueue, loop: asyncio.AbstractEventLoop) -> bool:
        """Stop gathering: the queue holds a full batch, its first request has waited max_queue_delay_ms,
        or max_queue requests are waiting (holding them back would only refuse others)."""
        if not queue.queued:
            return False
        return (queue.queued_images() >= queue.policy.max_batch_size
                or self._waiting >= self._settings.max_queue
                or loop.time() >= queue.queued[0].arrived_loop + queue.policy.delay_s)

    async def _dispatch(self, queue: _ModelQueue) -> None:
        """Form and start the version's batches while requests are queued, then end."""
        loop = asyncio.get_running_loop()
        try:
            while queue.queued:
                while queue.queued and not (self._should_start(queue, loop) and queue.can_compute):
                    queue.changed.clear()
                    # Gathering waits for the delay (or a request joining); a version at its
                    # max_concurrent_batches waits for one of its calls to return, however long.
                    wake = queue.queued[0].arrived_loop + queue.policy.delay_s if queue.can_compute else None
                    try:
                        async with asyncio.timeout_at(wake):
                            await queue.changed.wait()
                    except TimeoutError:
                        pass
                if not queue.queued:
                    break
                await self._slots.acquire()
                if not queue.queued:  # every request left while we waited for the slot
                    self._slots.release()
                    break
                if not queue.can_compute:  # a request's fast path started a batch while we waited
                    self._slots.release()
                    continue
                self._start_batch(queue, loop)  # whatever joined while we waited for the slot rides along
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug here must not leave requests waiting for ever
            log.exception("batch dispatcher failed", extra={"model": queue.model.spec.name})
            while queue.queued:
                item = queue.queued.popleft()
                item.state = "dropped"
                self._waiting -= 1
                self._metrics.inflight.dec()
                if not item.future.done():
                    item.future.set_exception(exc)
        finally:
            queue.dispatcher = None
            self._forget_if_idle(queue)

    def _start_batch(self, queue: _ModelQueue, loop: asyncio.AbstractEventLoop) -> None:
        """With a slot held: take whole queued requests up to max_batch_size images and run them as one call."""
        count = take_batch([item.size for item in queue.queued], queue.policy.max_batch_size)
        batch = [queue.queued.popleft() for _ in range(count)]
        for item in batch:
            item.state = "batched"
        self._waiting -= count
        queue.busy += 1
        queue.changed.set()
        try:
            future = loop.run_in_executor(self._executor, _timed_batch, queue.model,
                                          [item.images for item in batch], [item.arrived for item in batch])
        except BaseException as exc:  # noqa: BLE001 - the executor is shut down: answer, free the slot
            failed: asyncio.Future[list[Completed]] = loop.create_future()
            failed.set_exception(exc)
            self._batch_finished(failed, queue, batch)
            return
        future.add_done_callback(lambda done: self._batch_finished(done, queue, batch))

    def _batch_finished(self, future: asyncio.Future[list[Completed]], queue: _ModelQueue,
                        batch: list[_Queued]) -> None:
        """Runs on the loop when the engine call returned: free its slot, answer each request with its slice."""
        self._slots.release()
        for _ in batch:
            self._metrics.inflight.dec()
        self._release_queue(queue)
        if future.cancelled():  # the executor was shut down
            error: BaseException = self._shutting_down()
            for item in batch:
                if not item.future.done():
                    item.future.set_exception(error)
            return
        error_or_none = future.exception()
        if error_or_none is not None:  # the engine call failed: every request of the batch gets its error
            for item in batch:
                if not item.future.done():
                    item.future.set_exception(error_or_none)
            return
        results = future.result()
        for item, done in zip(batch, results):
            if not item.future.done():
                item.future.set_result(done)
        # Still before any request task resumes (this callback runs to its end first): a client that
        # has its answer finds it counted.
        self._observe(queue.model, results, [item.size for item in batch])

    def _drop(self, queue: _ModelQueue, item: _Queued) -> None:
        """A queued request leaves (timed out or cancelled) before its batch started."""
        queue.queued.remove(item)
        item.state = "dropped"
        self._waiting -= 1
        self._metrics.inflight.dec()
        queue.changed.set()

    def _release_queue(self, queue: _ModelQueue) -> None:
        queue.busy -= 1
        queue.changed.set()  # a dispatcher held back by max_concurrent_batches may start the next batch
        self._forget_if_idle(queue)

    def _forget_if_idle(self, queue: _ModelQueue) -> None:
        if queue.idle and self._queues.get(queue.model) is queue:
            del self._queues[queue.model]  # a reloaded version's old LoadedModel is not kept alive here

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

    def _finished(self, future: asyncio.Future[Completed], model: LoadedModel, queue: _ModelQueue | None) -> None:
        """Runs on the loop when the worker is done, whether or not anyone still waits for it."""
        self._slots.release()
        self._metrics.inflight.dec()
        if queue is not None:
            self._release_queue(queue)
        if future.cancelled() or future.exception() is not None:
            return
        done = future.result()
        self._observe(model, [done], [done.prediction.batch])

    def _observe(self, model: LoadedModel, results: Sequence[Completed], sizes: Sequence[int]) -> None:
        """Metrics of one engine call and of each request it served."""
        compute_s = results[0].compute_s
        model.note_compute(compute_s)
        spec = model.spec
        for done in results:
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
        kept = results[0].prediction.kept if len(results) == 1 else np.concatenate([d.prediction.kept for d in results])
        self._metrics.observe_batch(
            spec.name,
            images=int(sum(sizes)),
            queue_delays=[done.queue_s for done in results],
            kept=kept,
            unit_names=spec.unit_names,
            unit_channels=spec.unit_channels,
        )


def _timed_predict(model: LoadedModel, images: np.ndarray, admitted: float,
                   flops_budget: float | None = None) -> Completed:
    queue_s = time.perf_counter() - admitted
    prediction = model.predict(images) if flops_budget is None else model.predict(images, flops_budget=flops_budget)
    return Completed(prediction, queue_s)


def _timed_batch(model: LoadedModel, parts: list[np.ndarray], arrivals: list[float]) -> list[Completed]:
    """Worker thread: one engine call on the requests' images, concatenated; each request's own slice back."""
    images = parts[0] if len(parts) == 1 else np.concatenate(parts)
    started = time.perf_counter()
    prediction = model.predict(images)
    slices = split_prediction(prediction, [part.shape[0] for part in parts])
    return [Completed(own, started - arrived) for own, arrived in zip(slices, arrivals)]
