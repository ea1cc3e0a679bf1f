"""v1 convenience API: upload a PNG or JPEG, get the top-k classes and the FLOPs figures."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from tests.server_fixtures import GRAY, NUM_CLASSES, RGB, png_bytes, running_app


@pytest.fixture(scope="module")
def client(server_repo):
    with running_app(server_repo) as client:
        yield client


def classify(client, model: str, data: bytes, **params):  # type: ignore[no-untyped-def]
    return client.post(f"/v1/models/{model}/classify", params=params, files={"file": ("upload", data, "application/octet-stream")})


def test_classify_returns_top_k_classes_sorted_by_probability(client):
    body = classify(client, RGB, png_bytes(), top_k=3).json()
    probabilities = [p["probability"] for p in body["predictions"]]
    assert len(probabilities) == 3 and probabilities == sorted(probabilities, reverse=True)
    first = body["predictions"][0]
    assert first["class_name"] == f"class_{first['class_index']}"
    assert (body["model_name"], body["model_version"]) == (RGB, "2")


def test_classify_reports_the_same_flops_figures_as_v2(client):
    body = classify(client, RGB, png_bytes()).json()
    for key in ("flops_dense", "flops_executed", "flops_skipped", "skip_ratio", "queue_ms", "compute_ms"):
        assert key in body
    assert body["flops_skipped"] == pytest.approx(body["flops_dense"] - body["flops_executed"])


def test_top_k_larger_than_the_class_count_returns_every_class(client):
    body = classify(client, RGB, png_bytes(), top_k=50).json()
    assert len(body["predictions"]) == NUM_CLASSES
    assert sum(p["probability"] for p in body["predictions"]) == pytest.approx(1.0, abs=1e-5)


def test_top_k_below_one_is_a_422_in_the_error_format(client):
    response = classify(client, RGB, png_bytes(), top_k=0)
    assert response.status_code == 422 and "top_k" in response.json()["error"]


def test_the_image_is_resized_and_scaled_exactly_like_a_v2_tensor(client):
    """classify(image) == v2 infer(resize(image)/255): the documented preprocessing, nothing more."""
    data = png_bytes(size=(37, 23))
    expected = np.asarray(Image.open(io.BytesIO(data)).convert("RGB").resize((16, 16), Image.Resampling.BILINEAR), np.float32) / 255
    tensor = expected.transpose(2, 0, 1)[None]
    v2 = client.post(
        f"/v2/models/{RGB}/infer",
        json={"inputs": [{"name": "input", "datatype": "FP32", "shape": [1, 3, 16, 16], "data": tensor.reshape(-1).tolist()}],
              "outputs": [{"name": "probabilities"}]},
    ).json()
    probabilities = np.asarray(v2["outputs"][0]["data"])
    top = classify(client, RGB, data, top_k=1).json()["predictions"][0]
    assert top["class_index"] == int(np.argmax(probabilities))
    assert top["probability"] == pytest.approx(float(probabilities.max()), rel=1e-5)


def test_colour_images_are_converted_to_grayscale_for_single_channel_models(client):
    response = classify(client, GRAY, png_bytes(mode="RGB"))
    assert response.status_code == 200


def test_grayscale_images_are_converted_to_rgb_for_colour_models(client):
    assert classify(client, RGB, png_bytes(mode="L")).status_code == 200


def test_jpeg_uploads_are_accepted(client):
    assert classify(client, RGB, png_bytes(size=(300, 200), fmt="JPEG")).status_code == 200


def test_a_specific_version_can_be_asked_for(client):
    assert classify(client, RGB, png_bytes(), version=1).json()["model_version"] == "1"


def test_gif_uploads_are_refused_as_unsupported_media(client):
    image = Image.new("RGB", (8, 8))
    out = io.BytesIO()
    image.save(out, format="GIF")
    response = classify(client, RGB, out.getvalue())
    assert response.status_code == 415


def test_empty_upload_is_400(client):
    response = classify(client, RGB, b"")
    assert response.status_code == 400 and "empty" in response.json()["error"]


def test_missing_file_field_is_422(client):
    response = client.post(f"/v1/models/{RGB}/classify", files={"other": ("x", b"abc")})
    assert response.status_code == 422 and "file" in response.json()["error"]


def test_unknown_model_is_404(client):
    assert classify(client, "nope", png_bytes()).status_code == 404
