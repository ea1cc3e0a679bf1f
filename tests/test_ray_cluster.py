"""A real multi-node Ray cluster on loopback serving the same API: two replicas on two nodes, then one node dies.

One cluster for the whole module (head + one extra node, `ray start` processes on 127.0.0.1 with
1 CPU and a 100 MB object store each; loadtests/ray_cluster.py) and one `dynaprune serve --ray
--replicas 2` driver on it; every replica asks for the one `dynaprune_slot` each node has, so the
two replicas run on different nodes. Tests run in file order and the node kill comes last.
Everything is torn down even when a test fails: the driver by SIGTERM, the cluster's processes
(and only them) by SIGKILL. Every HTTP call has a timeout, so nothing here can hang.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import httpx
import numpy as np
import pytest
import tritonclient.http as httpclient
from tritonclient.utils import InferenceServerException

from tests.server_fixtures import GRAY, GRAY_SHAPE, NUM_CLASSES, RGB, binary_request, infer_body, random_images

pytest.importorskip("ray.serve", reason="ray[serve] is not installed (pip install 'dynaprune[ray]')")
pytestmark = [pytest.mark.ray, pytest.mark.ray_cluster]

TIMEOUT_S = 20.0  # every request of this module: a node's death must never turn into a hang
REPLICA = "x-dynaprune-replica"


@pytest.fixture(scope="module")
def ray_server(server_repo: Path) -> Iterator[Any]:
    """`dynaprune serve --ray --replicas 2` on a fresh head + 1 node; both torn down whatever happens."""
    from dynaprune.loadtests.ray_cluster import LoopbackCluster, RayServer

    env = {"DYNAPRUNE_INTRA_OP_THREADS": "1", "DYNAPRUNE_WARMUP_ITERATIONS": "1", "DYNAPRUNE_LOG_LEVEL": "warning"}
    with LoopbackCluster(workers=1, cpus_per_node=1) as cluster:
        with RayServer(cluster, server_repo, replicas=2, env=env) as server:
            yield server


@pytest.fixture(scope="module")
def client(ray_server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=ray_server.url, timeout=TIMEOUT_S, trust_env=False) as c:
        yield c


@pytest.fixture(scope="module")
def triton(ray_server) -> Iterator[httpclient.InferenceServerClient]:
    c = httpclient.InferenceServerClient(url=ray_server.url.removeprefix("http://"),
                                         connection_timeout=TIMEOUT_S, network_timeout=TIMEOUT_S)
    yield c
    c.close()


def replicas_answering(client: httpx.Client, calls: int = 30) -> set[str]:
    return {client.get(f"/v2/models/{GRAY}").headers[REPLICA] for _ in range(calls)}


def gray_request(url: str, images: int = 8):  # type: ignore[no-untyped-def]
    from dynaprune.loadtests.closed_loop import Request

    bodies = []
    for i in range(images):
        body, headers = binary_request(random_images(1, GRAY_SHAPE, seed=i))
        bodies.append(body)
    return Request(url=f"{url}/v2/models/{GRAY}/infer", bodies=tuple(bodies), headers=headers)


# --------------------------------------------------------------------------- placement


def test_two_replicas_run_on_two_different_nodes(ray_server, client) -> None:
    cluster = ray_server.cluster
    assert [len(cluster.replica_pids(node.name)) for node in cluster.nodes] == [1, 1]
    assert len(replicas_answering(client)) == 2


# --------------------------------------------------------------------------- the protocol through Ray


def test_server_is_live_and_ready_through_ray(triton) -> None:
    assert triton.is_server_live() and triton.is_server_ready()
    assert triton.is_model_ready(RGB, "2") and not triton.is_model_ready("nope")


def test_model_metadata_through_ray(triton) -> None:
    meta = triton.get_model_metadata(RGB)
    assert meta["inputs"][0] == {"name": "input", "datatype": "FP32", "shape": [-1, 3, 16, 16]}
    assert {o["name"] for o in meta["outputs"]} == {"logits", "probabilities", "kept_channels"}


@pytest.mark.parametrize("binary", [False, True], ids=["json", "binary"])
def test_infer_through_ray_returns_logits_and_flops(triton, binary: bool) -> None:
    images = random_images(3, seed=5)
    tensor = httpclient.InferInput("input", list(images.shape), "FP32")
    tensor.set_data_from_numpy(images, binary_data=binary)
    result = triton.infer(RGB, [tensor], outputs=[httpclient.InferRequestedOutput("logits", binary_data=binary)])
    assert result.as_numpy("logits").shape == (3, NUM_CLASSES)
    assert set(result.get_response()["parameters"]) >= {"flops_dense", "flops_executed", "skip_ratio"}


def test_both_replicas_compute_the_same_logits(client) -> None:
    body = infer_body(random_images(2, seed=9))
    logits: dict[str, list[float]] = {}
    for _ in range(40):
        response = client.post(f"/v2/models/{RGB}/versions/1/infer", json=body)
        assert response.status_code == 200
        (output,) = [o for o in response.json()["outputs"] if o["name"] == "logits"]
        logits.setdefault(response.headers[REPLICA], output["data"])
        if len(logits) == 2:
            break
    first, second = logits.values()  # both replicas answered within 40 requests
    np.testing.assert_allclose(first, second, rtol=1e-5)


def test_tritonclient_sees_a_wrong_shape_as_a_400_with_its_message(triton) -> None:
    tensor = httpclient.InferInput("input", [1, 3, 8, 8], "FP32")
    tensor.set_data_from_numpy(random_images(1, shape=(3, 8, 8)), binary_data=True)
    with pytest.raises(InferenceServerException, match=r"does not match \[B, 3, 16, 16\]") as info:
        triton.infer(RGB, [tensor])
    assert info.value.status() == "400"


@pytest.mark.parametrize("path, kwargs, status", [
    (f"/v2/models/{GRAY}/infer", {"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400),
    (f"/v2/models/{GRAY}/infer", {"json": {"inputs": []}}, 400),
    (f"/v2/models/{GRAY}/infer", {"json": infer_body(random_images(1, shape=(3, 8, 8)))}, 400),
    ("/v2/models/nope/infer", {"json": infer_body(random_images(1, GRAY_SHAPE))}, 404),
    (f"/v2/models/{GRAY}/versions/9/infer", {"json": infer_body(random_images(1, GRAY_SHAPE))}, 404),
], ids=["malformed-json", "no-inputs", "wrong-shape", "unknown-model", "unknown-version"])
def test_bad_input_through_ray_is_a_4xx_with_an_error_message(client, path: str, kwargs: dict, status: int) -> None:
    response = client.post(path, **kwargs)
    assert response.status_code == status
    assert isinstance(response.json()["error"], str) and response.json()["error"]


# --------------------------------------------------------------------------- load, metrics, repository


def test_load_generator_gets_only_200s_from_both_replicas(ray_server, client) -> None:
    from dynaprune.loadtests.closed_loop import closed_loop

    result = closed_loop(gray_request(ray_server.url), 4, duration_s=3.0, warmup_s=0.5)
    assert result.ok > 0 and dict(result.statuses) == {200: result.ok}
    text = client.get("/metrics").text
    served = {line.split('replica="')[1].split('"')[0] for line in text.splitlines()
              if line.startswith("dynaprune_requests_total{") and f'model="{GRAY}"' in line and 'outcome="success"' in line}
    assert len(served) == 2, f"success counted on replicas {served}"


def test_one_scrape_holds_every_replicas_series(client) -> None:
    text = client.get("/metrics").text
    replicas = {line.split('replica="')[1].split('"')[0] for line in text.splitlines()
                if line.startswith("dynaprune_inflight_requests{")}
    assert len(replicas) == 2
    assert text.count("# TYPE dynaprune_requests_total counter") == 1


def test_unload_and_load_through_one_replica_reach_every_replica(client) -> None:
    unloaded = client.post(f"/v2/repository/models/{GRAY}/unload")
    assert unloaded.status_code == 200 and unloaded.headers["x-dynaprune-replicas-updated"] == "2/2"
    try:
        for _ in range(10):  # whichever replica answers, the model is gone
            assert client.post(f"/v2/models/{GRAY}/infer", json=infer_body(random_images(1, GRAY_SHAPE))).status_code == 404
    finally:
        loaded = client.post(f"/v2/repository/models/{GRAY}/load")
    assert loaded.status_code == 200 and loaded.headers["x-dynaprune-replicas-updated"] == "2/2"
    assert all(client.get(f"/v2/models/{GRAY}/ready").status_code == 200 for _ in range(10))


# --------------------------------------------------------------------------- a node dies under load (last)


def test_killing_a_node_under_load_answers_every_request_and_the_survivor_keeps_serving(ray_server, client) -> None:
    from dynaprune.loadtests.fault_load import load_across_fault

    cluster = ray_server.cluster
    before = replicas_answering(client)
    run = load_across_fault(gray_request(ray_server.url), 4, lambda: cluster.kill_node("worker0"),
                            fault_at_s=3.0, duration_s=18.0, timeout_s=TIMEOUT_S)
    report = f"counts {run.counts()}, errors {run.errors()}"
    assert run.counts("before").get("ok", 0) > 0 and set(run.counts("before")) == {"ok"}, report
    assert "timeout" not in run.counts(), report  # every request got an answer in time: no hang
    for outcome in run.outcomes:  # a 200, or an error a client can read
        assert outcome.status == 200 or outcome.error, outcome
    late = [o for o in run.outcomes if o.sent_s > 10.0]  # the cluster has noticed the death by then
    assert late and all(o.status == 200 for o in late), report
    survivors = {o.replica for o in late}
    assert len(survivors) == 1 and survivors <= before
    assert all(client.post(f"/v2/models/{GRAY}/infer", json=infer_body(random_images(1, GRAY_SHAPE))).status_code == 200
               for _ in range(5))
