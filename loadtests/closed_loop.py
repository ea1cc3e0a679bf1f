"""A light closed-loop HTTP client: N connections, each sending its next request when the last answered.

Why not Locust for saturation figures: on a 2-core machine the load generator shares the cores
with the server, and Locust's per-request cost (gevent, events, stats) takes a visible share of
them. This client is one asyncio loop (uvloop when installed) over aiohttp keep-alive connections
sending the same prepared body; it records each request's latency and status and the CPU time it
used itself, so a report can say how much of the machine the client took.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dynaprune.errors import UserError
from dynaprune.loadtests import inputs


@dataclass(frozen=True)
class Request:
    """Prepared requests to one URL, sent in turn (real inputs differ, so do their sub-networks)."""

    url: str
    bodies: tuple[bytes, ...]
    headers: dict[str, str]


def binary_infer_requests(url: str, entry: Path, images: int) -> Request:
    """Binary v2 requests of one digits image each for the served `entry` (REPO/NAME/VERSION), shaped
    by the model's own metadata, so every benchmark sends the same bodies to the same route."""
    name, version = entry.parent.name, entry.name
    with urllib.request.urlopen(f"{url}/v2/models/{name}", timeout=10) as response:  # noqa: S310 - loopback
        model = inputs.ModelInput.from_metadata(json.loads(response.read()))
    pictures = inputs.digit_images(model.shape, limit=images)
    bodies, headers = [], {}
    for i in range(len(pictures)):
        body, headers = inputs.binary_request(model, pictures[i : i + 1])
        bodies.append(body)
    return Request(url=f"{url}/v2/models/{name}/versions/{version}/infer", bodies=tuple(bodies), headers=headers)


@dataclass
class LoopResult:
    concurrency: int
    wall_s: float  # of the measured phase
    latencies_ms: list[float] = field(default_factory=list)  # of the answered requests, measured phase
    statuses: Counter = field(default_factory=Counter)  # HTTP status (or "transport") -> count, measured phase
    client_cpu_s: float = 0.0  # this process's CPU time during the measured phase

    @property
    def requests(self) -> int:
        return int(sum(self.statuses.values()))

    @property
    def ok(self) -> int:
        return int(self.statuses.get(200, 0))

    @property
    def requests_per_s(self) -> float:
        return self.ok / self.wall_s if self.wall_s > 0 else 0.0

    def percentile_ms(self, q: float) -> float | None:
        return float(np.percentile(self.latencies_ms, q)) if self.latencies_ms else None


async def _run(request: Request, concurrency: int, warmup_s: float, duration_s: float) -> LoopResult:
    try:
        import aiohttp
    except ImportError:
        raise UserError("the closed-loop client needs aiohttp: pip install 'dynaprune[loadtest]'") from None

    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    timeout = aiohttp.ClientTimeout(total=60)
    start = time.perf_counter()
    measure_from = start + warmup_s
    stop_at = measure_from + duration_s
    result = LoopResult(concurrency=concurrency, wall_s=duration_s)
    turn = iter(range(1 << 62))  # shared by the workers: one event loop, so no lock is needed

    async def worker(session: aiohttp.ClientSession) -> None:
        while True:
            sent = time.perf_counter()
            if sent >= stop_at:
                return
            body = request.bodies[next(turn) % len(request.bodies)]
            try:
                async with session.post(request.url, data=body, headers=request.headers) as response:
                    await response.read()
                    status: int | str = response.status
            except (aiohttp.ClientError, asyncio.TimeoutError):
                status = "transport"
            done = time.perf_counter()
            if sent >= measure_from and done <= stop_at:
                result.statuses[status] += 1
                if status == 200:
                    result.latencies_ms.append((done - sent) * 1e3)

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        cpu_before: float | None = None

        async def mark_cpu() -> None:
            nonlocal cpu_before
            await asyncio.sleep(max(0.0, measure_from - time.perf_counter()))
            cpu_before = time.process_time()

        marker = asyncio.ensure_future(mark_cpu())
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        await marker
        result.client_cpu_s = time.process_time() - (cpu_before if cpu_before is not None else 0.0)
    return result


def closed_loop(request: Request, concurrency: int, *, duration_s: float, warmup_s: float = 1.0) -> LoopResult:
    """Run `concurrency` connections for warmup_s + duration_s; figures cover the last duration_s only."""
    if concurrency < 1 or duration_s <= 0 or warmup_s < 0:
        raise ValueError("concurrency must be >= 1, duration_s > 0 and warmup_s >= 0")
    try:
        import uvloop

        return uvloop.run(_run(request, concurrency, warmup_s, duration_s))
    except ImportError:  # pragma: no cover - uvloop is a dependency on Linux
        return asyncio.run(_run(request, concurrency, warmup_s, duration_s))
