"""A client nobody here wrote: NVIDIA's tritonclient.http against a real `dynaprune serve` process."""

from __future__ import annotations

import time

import numpy as np
import pytest
import tritonclient.http as httpclient
from tritonclient.utils import InferenceServerException

from tests.server_fixtures import GRAY, NUM_CLASSES, RGB, random_images


@pytest.fixture(scope="module")
def triton(server_process):
    client = httpclient.InferenceServerClient(url=server_process.url.removeprefix("http://"))
    yield client
    client.close()


def make_input(images: np.ndarray, binary: bool) -> httpclient.InferInput:
    tensor = httpclient.InferInput("input", list(images.shape), "FP32")
    tensor.set_data_from_numpy(images, binary_data=binary)
    return tensor


def test_server_is_live_and_ready(triton):
    assert triton.is_server_live() and triton.is_server_ready()


def test_model_is_ready_by_name_and_by_version(triton):
    assert triton.is_model_ready(RGB) and triton.is_model_ready(RGB, "1")
    assert not triton.is_model_ready("nope")


def test_server_metadata_is_readable(triton):
    assert triton.get_server_metadata()["name"] == "dynaprune"


def test_model_metadata_describes_the_input_and_outputs(triton):
    meta = triton.get_model_metadata(RGB)
    assert meta["platform"] == "dynaprune_ftwt"
    assert meta["inputs"][0] == {"name": "input", "datatype": "FP32", "shape": [-1, 3, 16, 16]}
    assert {o["name"] for o in meta["outputs"]} == {"logits", "probabilities", "kept_channels"}


@pytest.mark.parametrize("binary", [False, True], ids=["json", "binary"])
def test_infer_returns_logits_for_the_batch(triton, binary):
    images = random_images(3, seed=11)
    outputs = [httpclient.InferRequestedOutput("logits", binary_data=binary)]
    result = triton.infer(RGB, [make_input(images, binary)], outputs=outputs)
    logits = result.as_numpy("logits")
    assert logits.shape == (3, NUM_CLASSES) and logits.dtype == np.float32
    assert set(result.get_response()["parameters"]) >= {"flops_dense", "flops_executed", "skip_ratio"}


def test_json_and_binary_transports_agree(triton):
    images = random_images(2, seed=12)
    as_json = triton.infer(RGB, [make_input(images, False)], outputs=[httpclient.InferRequestedOutput("logits", binary_data=False)])
    as_binary = triton.infer(RGB, [make_input(images, True)], outputs=[httpclient.InferRequestedOutput("logits", binary_data=True)])
    np.testing.assert_allclose(as_json.as_numpy("logits"), as_binary.as_numpy("logits"), rtol=1e-6)


def test_default_outputs_come_back_binary_when_no_output_is_named(triton):
    result = triton.infer(GRAY, [make_input(random_images(2, shape=(1, 8, 8)), True)])
    assert result.as_numpy("logits").shape == (2, NUM_CLASSES)


def test_kept_channels_and_probabilities_can_be_requested(triton):
    outputs = [httpclient.InferRequestedOutput("kept_channels"), httpclient.InferRequestedOutput("probabilities")]
    result = triton.infer(RGB, [make_input(random_images(2), True)], outputs=outputs, model_version="1")
    kept = result.as_numpy("kept_channels")
    units = triton.get_model_metadata(RGB)["parameters"]["unit_names"]
    assert kept.dtype == np.int64 and kept.shape == (2, len(units))
    np.testing.assert_allclose(result.as_numpy("probabilities").sum(axis=1), 1.0, rtol=1e-5)


def test_gzip_request_compression_is_understood(triton):
    result = triton.infer(RGB, [make_input(random_images(1), True)], request_compression_algorithm="gzip")
    assert result.as_numpy("logits").shape == (1, NUM_CLASSES)


def test_errors_reach_the_client_as_messages(triton):
    wrong = random_images(1, shape=(3, 8, 8))
    with pytest.raises(InferenceServerException, match=r"does not match \[B, 3, 16, 16\]") as info:
        triton.infer(RGB, [make_input(wrong, True)])
    assert info.value.status() == "400"


def test_the_process_writes_json_log_lines_with_request_ids(triton, server_process):
    triton.infer(RGB, [make_input(random_images(1), True)], headers={"X-Request-ID": "triton-client-1"})
    deadline = time.monotonic() + 5.0  # the access line is written after the response is sent
    while True:
        lines = [line for line in server_process.log_lines() if line.get("request_id") == "triton-client-1"]
        if lines or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert lines and lines[-1]["msg"] == "request" and lines[-1]["status"] == 200
    assert not [line for line in server_process.log_lines() if "unparsed" in line]
