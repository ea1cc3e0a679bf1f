"""Serve's backpressure on a live loopback Ray cluster: a flood past every queue is refused, never hung.

One head node, one replica whose queues are tiny (Serve sends it at most 2 requests and its router
holds 4 more), then 200 requests at once. Every request must get an answer within the timeout:
200, or the server's reject status with Retry-After. The refusal's body is Ray's plain text (Ray
2.60 lets a deployment set the status and Retry-After of these answers, not their body:
docs/scale-out.md, "Backpressure").
"""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from tests.server_fixtures import GRAY, GRAY_SHAPE, infer_body, random_images

pytest.importorskip("ray.serve", reason="ray[serve] is not installed (pip install 'dynaprune[ray]')")
pytestmark = [pytest.mark.ray, pytest.mark.ray_cluster]

FLOOD = 200
TIMEOUT_S = 20.0


@pytest.fixture(scope="module")
def tiny_queue_server(server_repo: Path) -> Iterator[Any]:
    from dynaprune.loadtests.ray_cluster import LoopbackCluster, RayServer

    env = {"DYNAPRUNE_INTRA_OP_THREADS": "1", "DYNAPRUNE_WARMUP_ITERATIONS": "1", "DYNAPRUNE_LOG_LEVEL": "warning",
           "DYNAPRUNE_RAY_MAX_ONGOING_REQUESTS": "2", "DYNAPRUNE_RAY_MAX_QUEUED_REQUESTS": "4"}
    with LoopbackCluster(workers=0, cpus_per_node=1) as cluster:
        with RayServer(cluster, server_repo, replicas=1, env=env) as server:
            yield server


async def _flood(url: str) -> list[httpx.Response | BaseException]:
    body = infer_body(random_images(1, GRAY_SHAPE))
    limits = httpx.Limits(max_connections=FLOOD)
    async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT_S, limits=limits, trust_env=False) as client:
        calls = [client.post(f"/v2/models/{GRAY}/infer", json=body) for _ in range(FLOOD)]
        return await asyncio.gather(*calls, return_exceptions=True)


def test_a_flood_past_serves_queue_is_refused_with_retry_after_and_nothing_hangs(tiny_queue_server) -> None:
    answers = asyncio.run(_flood(tiny_queue_server.url))
    failures = [a for a in answers if isinstance(a, BaseException)]
    assert not failures, f"{len(failures)} requests got no answer, e.g. {failures[0]!r}"
    statuses = Counter(a.status_code for a in answers)
    assert set(statuses) <= {200, 429}, statuses  # 429: the server's default reject_status
    assert statuses[200] > 0 and statuses[429] > 0, statuses
    refused = [a for a in answers if a.status_code == 429]
    assert all(a.headers.get("retry-after", "").isdigit() for a in refused)
    assert all("backpressure" in a.text for a in refused)  # Ray's own answer, not the app's 429
