"""Open Inference Protocol v2 over REST: health, metadata and inference, JSON and binary."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dynaprune.runtime.ftwt.native_runner import native_available
from tests.server_fixtures import GRAY, NUM_CLASSES, RGB, binary_request, infer_body, random_images, running_app

FLOPS_PARAMETERS = {"flops_dense", "flops_executed", "flops_skipped", "skip_ratio", "queue_ms", "compute_ms"}


@pytest.fixture(scope="module")
def client(server_repo):
    with running_app(server_repo) as client:
        yield client


def split_binary(response) -> tuple[dict, bytes]:
    size = int(response.headers["Inference-Header-Content-Length"])
    return json.loads(response.content[:size]), response.content[size:]


def test_server_metadata_names_the_server_and_its_extensions(client):
    body = client.get("/v2").json()
    assert body["name"] == "dynaprune"
    assert {"binary_tensor_data", "model_repository"} <= set(body["extensions"])


def test_liveness_and_readiness_answer_200_once_models_are_loaded(client):
    assert client.get("/v2/health/live").status_code == 200
    ready = client.get("/v2/health/ready")
    assert ready.status_code == 200 and ready.json() == {"ready": True}


def test_model_metadata_lists_platform_versions_and_tensors_with_dynamic_batch(client):
    body = client.get(f"/v2/models/{RGB}").json()
    assert body["name"] == RGB
    assert body["platform"] == "dynaprune_ftwt"
    assert body["backend"] == ("dynaprune-native" if native_available() else "onnxruntime")  # what really runs it
    assert body["versions"] == ["1", "2"]
    assert body["inputs"] == [{"name": "input", "datatype": "FP32", "shape": [-1, 3, 16, 16]}]
    outputs = {o["name"]: o for o in body["outputs"]}
    assert outputs["logits"] == {"name": "logits", "datatype": "FP32", "shape": [-1, NUM_CLASSES]}
    assert outputs["probabilities"]["shape"] == [-1, NUM_CLASSES]
    assert outputs["kept_channels"]["datatype"] == "INT64"
    assert outputs["kept_channels"]["shape"] == [-1, len(body["parameters"]["unit_names"])]


def test_version_metadata_describes_only_that_version(client):
    body = client.get(f"/v2/models/{RGB}/versions/1").json()
    assert body["versions"] == ["1"]


def test_model_ready_endpoints_answer_200_for_serving_models(client):
    assert client.get(f"/v2/models/{RGB}/ready").json() == {"name": RGB, "version": None, "ready": True}
    assert client.get(f"/v2/models/{RGB}/versions/2/ready").status_code == 200


def test_json_inference_returns_logits_of_the_batch_and_flops_parameters(client):
    images = random_images(3)
    response = client.post(f"/v2/models/{RGB}/infer", json=infer_body(images))
    assert response.status_code == 200
    body = response.json()
    assert (body["model_name"], body["model_version"]) == (RGB, "2")  # newest version by default
    assert [o["name"] for o in body["outputs"]] == ["logits"]
    logits = body["outputs"][0]
    assert logits["datatype"] == "FP32" and logits["shape"] == [3, NUM_CLASSES]
    assert len(logits["data"]) == 3 * NUM_CLASSES
    assert set(body["parameters"]) == FLOPS_PARAMETERS


def test_flops_parameters_are_consistent_totals_over_the_batch(client, server_repo):
    from dynaprune.runtime.ftwt import ModelRunner

    images = random_images(2, seed=5)
    params = client.post(f"/v2/models/{RGB}/versions/1/infer", json=infer_body(images)).json()["parameters"]
    reference = ModelRunner(server_repo / RGB / "1", providers=["CPUExecutionProvider"]).run(images)
    assert params["flops_dense"] == pytest.approx(2 * reference.flops_dense)
    assert params["flops_executed"] == pytest.approx(float(reference.flops_executed.sum()))
    assert params["flops_skipped"] == pytest.approx(params["flops_dense"] - params["flops_executed"])
    assert params["skip_ratio"] == pytest.approx(params["flops_skipped"] / params["flops_dense"])
    assert params["queue_ms"] >= 0 and params["compute_ms"] > 0


def test_each_sample_runs_its_own_subnetwork(client, server_repo):
    """Per-input results equal the runtime's for that input alone: the batch does not share masks."""
    from dynaprune.runtime.ftwt import ModelRunner

    images = np.concatenate([random_images(1, seed=1), np.zeros((1, 3, 16, 16), np.float32), np.ones((1, 3, 16, 16), np.float32)])
    body = client.post(
        f"/v2/models/{RGB}/versions/1/infer",
        json=infer_body(images, outputs=[{"name": "logits"}, {"name": "kept_channels"}]),
    ).json()
    outputs = {o["name"]: o for o in body["outputs"]}
    runner = ModelRunner(server_repo / RGB / "1", providers=["CPUExecutionProvider"])
    for i in range(3):
        alone = runner.run(images[i : i + 1])
        np.testing.assert_allclose(np.reshape(outputs["logits"]["data"], (3, -1))[i], alone.logits[0], rtol=1e-5, atol=1e-6)
        expected_kept = [int(alone.kept[u][0]) for u in runner.unit_names]
        assert np.reshape(outputs["kept_channels"]["data"], (3, -1))[i].tolist() == expected_kept


def test_versions_are_served_separately(client):
    images = random_images(1)
    v1 = client.post(f"/v2/models/{RGB}/versions/1/infer", json=infer_body(images)).json()
    v2 = client.post(f"/v2/models/{RGB}/versions/2/infer", json=infer_body(images)).json()
    assert v1["model_version"] == "1" and v2["model_version"] == "2"
    assert v1["outputs"][0]["data"] != v2["outputs"][0]["data"]


def test_kept_channels_output_gives_every_units_count_per_sample(client):
    unit_names = client.get(f"/v2/models/{RGB}").json()["parameters"]["unit_names"]
    body = client.post(
        f"/v2/models/{RGB}/infer", json=infer_body(random_images(2), outputs=[{"name": "kept_channels"}])
    ).json()
    (kept,) = body["outputs"]
    assert kept["name"] == "kept_channels" and kept["datatype"] == "INT64"
    assert kept["shape"] == [2, len(unit_names)]
    assert all(isinstance(v, int) and v >= 0 for v in kept["data"])


def test_probabilities_output_is_the_softmax_of_the_logits(client):
    body = client.post(
        f"/v2/models/{RGB}/infer",
        json=infer_body(random_images(2), outputs=[{"name": "logits"}, {"name": "probabilities"}]),
    ).json()
    outputs = {o["name"]: np.reshape(o["data"], o["shape"]) for o in body["outputs"]}
    logits = outputs["logits"]
    expected = np.exp(logits - logits.max(1, keepdims=True))
    expected /= expected.sum(1, keepdims=True)
    np.testing.assert_allclose(outputs["probabilities"], expected, rtol=1e-5)


def test_binary_request_gives_the_same_logits_as_json(client):
    images = random_images(2, seed=7)
    as_json = client.post(f"/v2/models/{RGB}/infer", json=infer_body(images)).json()
    content, headers = binary_request(images)
    as_binary = client.post(f"/v2/models/{RGB}/infer", content=content, headers=headers)
    assert as_binary.status_code == 200
    assert as_binary.json()["outputs"][0]["data"] == as_json["outputs"][0]["data"]


def test_binary_output_parameter_returns_raw_little_endian_tensors(client):
    images = random_images(2, seed=8)
    request = infer_body(images, outputs=[{"name": "logits", "parameters": {"binary_data": True}}, {"name": "kept_channels"}])
    response = client.post(f"/v2/models/{RGB}/infer", json=request)
    assert response.status_code == 200
    header, raw = split_binary(response)
    logits, kept = header["outputs"]
    assert "data" not in logits and logits["parameters"]["binary_data_size"] == len(raw) == 2 * NUM_CLASSES * 4
    as_json = client.post(f"/v2/models/{RGB}/infer", json=infer_body(images)).json()["outputs"][0]["data"]
    np.testing.assert_array_equal(np.frombuffer(raw, "<f4"), np.asarray(as_json, np.float32))
    assert "data" in kept  # only the output that asked for binary is binary


def test_binary_data_output_request_parameter_makes_every_output_binary(client):
    request = infer_body(random_images(1), parameters={"binary_data_output": True}, outputs=[{"name": "logits"}, {"name": "kept_channels"}])
    header, raw = split_binary(client.post(f"/v2/models/{RGB}/infer", json=request))
    sizes = [o["parameters"]["binary_data_size"] for o in header["outputs"]]
    assert sizes[0] == NUM_CLASSES * 4 and sum(sizes) == len(raw)
    kept = np.frombuffer(raw[sizes[0]:], "<i8")
    assert kept.shape == (header["outputs"][1]["shape"][1],)


def test_request_id_field_is_echoed_in_the_response(client):
    body = client.post(f"/v2/models/{RGB}/infer", json=infer_body(random_images(1), id="abc-1")).json()
    assert body["id"] == "abc-1"


def test_gzip_compressed_request_bodies_are_accepted(client):
    import gzip

    images = random_images(1)
    content = gzip.compress(json.dumps(infer_body(images)).encode())
    response = client.post(f"/v2/models/{RGB}/infer", content=content, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert response.status_code == 200


def test_a_single_channel_model_takes_single_channel_tensors(client):
    images = random_images(2, shape=(1, 8, 8))
    body = client.post(f"/v2/models/{GRAY}/infer", json=infer_body(images)).json()
    assert body["outputs"][0]["shape"] == [2, NUM_CLASSES]


def test_openapi_document_and_docs_page_are_served(client):
    schema = client.get("/openapi.json").json()
    assert f"/v2/models/{{model_name}}/infer" in schema["paths"]
    assert "InferenceRequest" in schema["components"]["schemas"]
    assert client.get("/docs").status_code == 200
