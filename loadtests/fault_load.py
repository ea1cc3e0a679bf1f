"""Closed-loop load across an injected fault, with every request accounted for.

`closed_loop` (loadtests/closed_loop.py) measures a steady state: it keeps only requests that
finished inside the measured window. Around a fault (a node killed under load) the requests that
matter are exactly the ones it would drop: those in flight when the fault happened and those that
finished late. This client is the same shape (one event loop, aiohttp keep-alive connections, the
next request as soon as the last answered) but records every request it sent: when it was sent
and answered relative to the fault, its status or its transport error, the head of any error
body and which replica answered (`X-Dynaprune-Replica`). Every request has a deadline, so the run
always ends; a request that ran into it is counted as `timeout`, not lost.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from dynaprune.errors import UserError
from dynaprune.loadtests.closed_loop import Request

REPLICA_HEADER = "X-Dynaprune-Replica"
PHASES = ("before", "in_flight", "after")


@dataclass(frozen=True)
class Outcome:
    """One request. Times are seconds from the fault (negative: before it)."""

    sent_s: float
    done_s: float
    status: int | None  # None: no HTTP answer (see error)
    error: str | None  # "timeout", "transport: <exception>", or the head of a non-200 body
    replica: str | None

    @property
    def phase(self) -> str:
        """"before": answered before the fault; "in_flight": sent before, answered after; "after": sent after."""
        if self.done_s < 0:
            return "before"
        return "in_flight" if self.sent_s < 0 else "after"

    @property
    def kind(self) -> str:
        """ok, 4xx, 5xx (other statuses by number), transport or timeout."""
        if self.status is None:
            return "timeout" if self.error == "timeout" else "transport"
        if self.status == 200:
            return "ok"
        return f"{self.status // 100}xx" if self.status >= 400 else str(self.status)


@dataclass
class FaultRun:
    concurrency: int
    fault_s: float  # when the fault was injected, seconds after the load started
    fault_took_s: float  # how long the fault callable ran
    outcomes: list[Outcome] = field(default_factory=list)
    client_cpu_s: float = 0.0
    wall_s: float = 0.0

    def counts(self, phase: str | None = None) -> dict[str, int]:
        return dict(Counter(o.kind for o in self.outcomes if phase is None or o.phase == phase))

    def replicas(self, phase: str) -> set[str]:
        return {o.replica for o in self.outcomes if o.phase == phase and o.replica and o.status == 200}

    def last_failure_s(self) -> float | None:
        """Seconds after the fault of the last request answered with anything but 200 (None: none failed)."""
        failed = [o.done_s for o in self.outcomes if o.kind != "ok" and o.done_s >= 0]
        return max(failed) if failed else None

    def errors(self, limit: int = 5) -> list[str]:
        """Distinct error texts, most frequent first (what a client saw instead of a 200)."""
        seen = Counter(f"{o.status}: {o.error}" for o in self.outcomes if o.kind != "ok")
        return [text for text, _ in seen.most_common(limit)]


async def _run(request: Request, concurrency: int, fault: Callable[[], None], fault_at_s: float,
               duration_s: float, timeout_s: float) -> FaultRun:
    try:
        import aiohttp
    except ImportError:
        raise UserError("the fault load needs aiohttp: pip install 'dynaprune[loadtest]'") from None

    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    stop_at = start + duration_s
    fault_time = start + fault_at_s
    run = FaultRun(concurrency=concurrency, fault_s=fault_at_s, fault_took_s=0.0)
    turn = iter(range(1 << 62))
    records: list[tuple[float, float, int | None, str | None, str | None]] = []

    async def worker(session: aiohttp.ClientSession) -> None:
        while time.perf_counter() < stop_at:
            body = request.bodies[next(turn) % len(request.bodies)]
            sent = time.perf_counter()
            status: int | None = None
            error: str | None = None
            replica: str | None = None
            try:
                async with session.post(request.url, data=body, headers=request.headers) as response:
                    payload = await response.read()
                    status, replica = response.status, response.headers.get(REPLICA_HEADER)
                    if status != 200:
                        error = payload[:200].decode("utf-8", "replace")
            except asyncio.TimeoutError:
                error = "timeout"
            except aiohttp.ClientError as exc:
                error = f"transport: {type(exc).__name__}: {exc}"[:200]
            records.append((sent, time.perf_counter(), status, error, replica))

    async def inject() -> None:
        await asyncio.sleep(max(0.0, fault_time - time.perf_counter()))
        began = time.perf_counter()
        await loop.run_in_executor(None, fault)  # a kill waits for the processes: off the event loop
        run.fault_took_s = time.perf_counter() - began

    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    cpu_before = time.process_time()
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=timeout_s)) as session:
        await asyncio.gather(inject(), *(worker(session) for _ in range(concurrency)))
    run.client_cpu_s = time.process_time() - cpu_before
    run.wall_s = time.perf_counter() - start
    run.outcomes = [Outcome(sent - fault_time, done - fault_time, status, error, replica)
                    for sent, done, status, error, replica in records]
    return run


def load_across_fault(request: Request, concurrency: int, fault: Callable[[], None], *, fault_at_s: float,
                      duration_s: float, timeout_s: float = 15.0) -> FaultRun:
    """`concurrency` closed loops for `duration_s`; `fault()` runs (in a thread) `fault_at_s` after the start.

    Returns once every request sent has an outcome: each has `timeout_s` at most, and no request
    starts after `duration_s`, so the call ends within duration_s + timeout_s (plus the fault's own time).
    """
    if concurrency < 1 or not 0 <= fault_at_s < duration_s or timeout_s <= 0:
        raise ValueError("need concurrency >= 1, 0 <= fault_at_s < duration_s and timeout_s > 0")
    return asyncio.run(_run(request, concurrency, fault, fault_at_s, duration_s, timeout_s))
