"""The lean inference routes answer exactly as FastAPI's routes do.

`lean_infer_routes` (default on) serves `POST .../infer` ahead of FastAPI's router; with it off,
the same requests go through FastAPI's routes and exception handlers. Each case below is sent to
both apps, and everything a client can see must match: status, body (timings aside), headers.
"""

from __future__ import annotations

import gzip
import json

import pytest

from tests.server_fixtures import RGB, binary_request, infer_body, random_images, running_app

TIMINGS = ("queue_ms", "compute_ms")


@pytest.fixture(scope="module")
def lean(server_repo):
    with running_app(server_repo, lean_infer_routes=True, max_body_bytes=64 * 1024) as client:
        yield client


@pytest.fixture(scope="module")
def routed(server_repo):
    with running_app(server_repo, lean_infer_routes=False, max_body_bytes=64 * 1024) as client:
        yield client


def comparable(response) -> tuple[int, object, dict[str, str]]:
    """What a client sees, minus what legitimately differs between two calls (timings, request id)."""
    headers = {k: v for k, v in response.headers.items() if k not in ("x-request-id", "inference-header-content-length")}
    if response.headers.get("content-type") == "application/json":
        body = response.json()
        for name in TIMINGS:
            body.get("parameters", {}).pop(name, None)
        headers.pop("content-length")  # the timings' digits change the length
    else:
        size = int(response.headers["inference-header-content-length"])
        header = json.loads(response.content[:size])
        for name in TIMINGS:
            header["parameters"].pop(name)
        body = (header, response.content[size:])
        headers.pop("content-length")
    return response.status_code, body, headers


def both(lean, routed, method: str, path: str, **kwargs):
    return comparable(lean.request(method, path, **kwargs)), comparable(routed.request(method, path, **kwargs))


IMAGES = random_images(2, seed=5)
BINARY, BINARY_HEADERS = binary_request(IMAGES, outputs=[{"name": "logits", "parameters": {"binary_data": True}},
                                                          {"name": "kept_channels"}])

CASES = {
    "json request": dict(method="POST", path=f"/v2/models/{RGB}/infer", json=infer_body(IMAGES, id="abc")),
    "binary request on a version": dict(method="POST", path=f"/v2/models/{RGB}/versions/1/infer",
                                        content=BINARY, headers=BINARY_HEADERS),
    "gzip body": dict(method="POST", path=f"/v2/models/{RGB}/infer",
                      content=gzip.compress(json.dumps(infer_body(IMAGES)).encode()),
                      headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}),
    "unknown model": dict(method="POST", path="/v2/models/nope/infer", json=infer_body(IMAGES)),
    "non-numeric version": dict(method="POST", path=f"/v2/models/{RGB}/versions/one/infer", json=infer_body(IMAGES)),
    "unicode digit version": dict(method="POST", path=f"/v2/models/{RGB}/versions/\u0661/infer", json=infer_body(IMAGES)),
    "missing version": dict(method="POST", path=f"/v2/models/{RGB}/versions/9/infer", json=infer_body(IMAGES)),
    "malformed json": dict(method="POST", path=f"/v2/models/{RGB}/infer", content=b"{not json",
                           headers={"Content-Type": "application/json"}),
    "wrong shape": dict(method="POST", path=f"/v2/models/{RGB}/infer", json=infer_body(random_images(1, (3, 8, 8)))),
    "bad header length": dict(method="POST", path=f"/v2/models/{RGB}/infer", content=BINARY,
                              headers={**BINARY_HEADERS, "Inference-Header-Content-Length": "x1"}),
    "unsupported encoding": dict(method="POST", path=f"/v2/models/{RGB}/infer", content=b"{}",
                                 headers={"Content-Encoding": "br"}),
    "body over the limit": dict(method="POST", path=f"/v2/models/{RGB}/infer", content=b" " * (64 * 1024 + 1)),
    "bad flops budget": dict(method="POST", path=f"/v2/models/{RGB}/infer",
                             json=infer_body(IMAGES, parameters={"flops_budget": 2})),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_lean_routes_answer_as_fastapi_routes_do(lean, routed, case):
    spec = CASES[case]
    from_lean, from_routes = both(lean, routed, spec["method"], spec["path"],
                                  **{k: v for k, v in spec.items() if k not in ("method", "path")})
    assert from_lean == from_routes


def test_other_methods_on_an_infer_path_still_reach_fastapi(lean):
    response = lean.get(f"/v2/models/{RGB}/infer")
    assert response.status_code == 405
    assert "error" in response.json()


def test_lean_requests_keep_their_request_id_and_are_counted(lean):
    response = lean.post(f"/v2/models/{RGB}/infer", json=infer_body(IMAGES), headers={"X-Request-ID": "lean-1"})
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "lean-1"
    metrics = lean.get("/metrics").text
    assert f'dynaprune_requests_total{{model="{RGB}",outcome="success"}}' in metrics


def test_openapi_still_documents_the_infer_routes(lean):
    paths = lean.get("/openapi.json").json()["paths"]
    assert "post" in paths["/v2/models/{model_name}/infer"]
    assert "post" in paths["/v2/models/{model_name}/versions/{model_version}/infer"]
