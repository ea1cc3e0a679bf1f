"""Bad input never yields a 5xx: each case is a 4xx whose message names the problem."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server_fixtures import RGB, binary_request, infer_body, png_bytes, random_images, running_app

INFER = f"/v2/models/{RGB}/infer"


@pytest.fixture(scope="module")
def client(server_repo):
    with running_app(server_repo, max_body_bytes=64 * 1024, max_request_batch=8) as client:
        yield client


def assert_error(response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    message = response.json()["error"]
    for word in words:
        assert word.lower() in message.lower(), message


def test_malformed_json_is_400(client):
    assert_error(client.post(INFER, content=b"{not json", headers={"Content-Type": "application/json"}), 400, "JSON")


def test_json_that_is_not_an_object_is_400(client):
    assert_error(client.post(INFER, json=[1, 2]), 400, "object")


def test_request_without_inputs_is_400(client):
    assert_error(client.post(INFER, json={"outputs": []}), 400, "inputs")


def test_wrong_input_name_is_400(client):
    body = infer_body(random_images(1))
    body["inputs"][0]["name"] = "pixels"
    assert_error(client.post(INFER, json=body), 400, "pixels", "input")


def test_wrong_shape_is_400_and_states_the_expected_shape(client):
    images = random_images(1, shape=(3, 8, 8))
    assert_error(client.post(INFER, json=infer_body(images)), 400, "[1, 3, 8, 8]", "[B, 3, 16, 16]")


def test_zero_batch_is_400(client):
    body = infer_body(random_images(1))
    body["inputs"][0].update(shape=[0, 3, 16, 16], data=[])
    assert_error(client.post(INFER, json=body), 400, "B >= 1")


def test_batch_over_max_request_batch_is_400(client):
    body = infer_body(np.zeros((9, 3, 16, 16), np.float32))
    assert_error(client.post(INFER, json=body), 400, "max_request_batch")


def test_wrong_datatype_is_400(client):
    body = infer_body(random_images(1))
    body["inputs"][0]["datatype"] = "INT32"
    assert_error(client.post(INFER, json=body), 400, "INT32", "FP32")


def test_element_count_that_disagrees_with_the_shape_is_400(client):
    body = infer_body(random_images(1))
    body["inputs"][0]["data"] = body["inputs"][0]["data"][:-1]
    assert_error(client.post(INFER, json=body), 400, "767 elements", "768")


def test_non_numeric_data_is_400(client):
    body = infer_body(random_images(1))
    body["inputs"][0]["data"] = ["x"] * 768
    assert_error(client.post(INFER, json=body), 400, "numbers")


def test_ragged_nested_data_is_400(client):
    body = infer_body(random_images(1))
    body["inputs"][0]["data"] = [[0.1, 0.2], [0.3]]
    assert_error(client.post(INFER, json=body), 400, "rectangular")


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_nan_or_inf_is_400(client, bad):
    data = random_images(1).reshape(-1).tolist()
    data[10] = bad
    body = infer_body(random_images(1))
    body["inputs"][0]["data"] = data
    content = json.dumps(body).encode()  # Python writes NaN/Infinity literals
    assert_error(client.post(INFER, content=content, headers={"Content-Type": "application/json"}), 400, "NaN or Inf")


def test_values_beyond_fp32_range_are_400(client):
    body = infer_body(random_images(1))
    body["inputs"][0]["data"][0] = 1e300
    assert_error(client.post(INFER, json=body), 400, "FP32 range")


def test_nan_in_binary_data_is_400(client):
    images = random_images(1)
    images[0, 0, 0, 0] = np.nan
    content, headers = binary_request(images)
    assert_error(client.post(INFER, content=content, headers=headers), 400, "NaN")


def test_binary_section_shorter_than_declared_is_400(client):
    content, headers = binary_request(random_images(1))
    assert_error(client.post(INFER, content=content[:-4], headers=headers), 400, "binary section", "3068")


def test_binary_data_size_that_disagrees_with_the_shape_is_400(client):
    raw = random_images(1).tobytes()
    header = json.dumps({"inputs": [{"name": "input", "datatype": "FP32", "shape": [1, 3, 16, 16], "parameters": {"binary_data_size": 100}}]}).encode()
    response = client.post(INFER, content=header + raw, headers={"Inference-Header-Content-Length": str(len(header))})
    assert_error(response, 400, "binary_data_size=100", "3072 bytes")


def test_header_length_beyond_the_body_is_400(client):
    content, headers = binary_request(random_images(1))
    headers["Inference-Header-Content-Length"] = str(len(content) + 1)
    assert_error(client.post(INFER, content=content, headers=headers), 400, "Inference-Header-Content-Length")


def test_header_length_that_cuts_the_json_is_400(client):
    content, headers = binary_request(random_images(1))
    headers["Inference-Header-Content-Length"] = "10"
    assert_error(client.post(INFER, content=content, headers=headers), 400, "JSON")


def test_non_numeric_header_length_is_400(client):
    content, headers = binary_request(random_images(1))
    headers["Inference-Header-Content-Length"] = "lots"
    assert_error(client.post(INFER, content=content, headers=headers), 400, "non-negative integer")


def test_binary_bytes_without_a_binary_input_are_400(client):
    header = json.dumps(infer_body(random_images(1))).encode()
    response = client.post(INFER, content=header + b"\0" * 8, headers={"Inference-Header-Content-Length": str(len(header))})
    assert_error(response, 400, "binary")


def test_unknown_output_is_400(client):
    body = infer_body(random_images(1), outputs=[{"name": "features"}])
    assert_error(client.post(INFER, json=body), 400, "features", "logits")


def test_body_over_max_body_bytes_is_413(client):
    body = infer_body(random_images(8))  # about 120 kB of JSON; the limit here is 64 kB
    assert_error(client.post(INFER, json=body), 413, "max_body_bytes")


def test_streamed_body_over_the_limit_is_413_even_without_content_length(client):
    def chunks():
        for _ in range(20):
            yield b"x" * 8192

    assert_error(client.post(INFER, content=chunks()), 413, "max_body_bytes")


def test_gzip_bomb_is_413(client):
    import gzip

    assert_error(client.post(INFER, content=gzip.compress(b" " * 10_000_000), headers={"Content-Encoding": "gzip"}), 413, "decompressed")


def test_unsupported_content_encoding_is_415(client):
    assert_error(client.post(INFER, content=b"{}", headers={"Content-Encoding": "br"}), 415, "Content-Encoding")


def test_unknown_model_is_404(client):
    assert_error(client.post("/v2/models/nope/infer", json=infer_body(random_images(1))), 404, "nope")
    assert_error(client.get("/v2/models/nope"), 404, "nope")
    assert_error(client.get("/v2/models/nope/ready"), 404, "nope")


def test_unknown_version_is_404(client):
    assert_error(client.post(f"/v2/models/{RGB}/versions/7/infer", json=infer_body(random_images(1))), 404, "version 7")
    assert_error(client.get(f"/v2/models/{RGB}/versions/abc"), 404, "abc")


def test_unknown_route_is_404_in_the_error_format(client):
    assert_error(client.get("/v3/whatever"), 404, "not found")


def test_wrong_method_is_405_in_the_error_format(client):
    assert client.get(INFER).status_code == 405
    assert "error" in client.get(INFER).json()


def test_undecodable_image_is_400(client):
    broken = png_bytes()[:60]
    response = client.post(f"/v1/models/{RGB}/classify", files={"file": ("x.png", broken, "image/png")})
    assert_error(response, 400, "decode")


def test_non_image_upload_is_415(client):
    response = client.post(f"/v1/models/{RGB}/classify", files={"file": ("x.txt", b"hello world", "text/plain")})
    assert_error(response, 415, "PNG or JPEG")


def test_bad_input_does_not_make_the_server_unhealthy(client):
    client.post(INFER, content=b"\xff\xfe garbage")
    assert client.post(INFER, json=infer_body(random_images(1))).status_code == 200


# --------------------------------------------------------------------------- property-based fuzzing


def _mutations() -> st.SearchStrategy[tuple[bytes, dict[str, str]]]:
    """Valid requests bent in every way the codec checks: fields, types, shapes, headers, bytes."""
    images = random_images(1)
    good = infer_body(images)
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
        max_leaves=12,
    )
    keys = st.sampled_from(["name", "datatype", "shape", "data", "parameters"])

    @st.composite
    def mutated_json(draw):  # type: ignore[no-untyped-def]
        body = json.loads(json.dumps(good))
        tensor = body["inputs"][0]
        for _ in range(draw(st.integers(1, 3))):
            key = draw(keys)
            if draw(st.booleans()):
                tensor[key] = draw(json_values)
            else:
                tensor.pop(key, None)
        if draw(st.booleans()):
            body[draw(st.sampled_from(["outputs", "parameters", "id", "inputs"]))] = draw(json_values)
        return json.dumps(body).encode(), {"Content-Type": "application/json"}

    @st.composite
    def mutated_binary(draw):  # type: ignore[no-untyped-def]
        content, headers = binary_request(images)
        cut = draw(st.integers(0, len(content)))
        if draw(st.booleans()):
            content = content[:cut] + draw(st.binary(max_size=16)) + content[cut + 1 :]
        if draw(st.booleans()):
            headers["Inference-Header-Content-Length"] = draw(st.one_of(st.integers(-5, len(content) + 5).map(str), st.text(max_size=4)))
        return content, headers

    raw = st.tuples(st.binary(max_size=64), st.just({"Content-Type": "application/json"}))
    return st.one_of(mutated_json(), mutated_binary(), raw)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(request=_mutations())
def test_fuzzed_inference_requests_never_get_a_5xx(client, request):
    content, headers = request
    headers = {k: v for k, v in headers.items() if v.isascii() and v.isprintable()}
    response = client.post(INFER, content=content, headers=headers)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["error"]
