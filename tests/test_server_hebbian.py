"""A dense-Hebbian model repository entry served through the same protocol."""

import numpy as np
import pytest
from dynaprune.cli import main
from tests.server_fixtures import running_app
from dynaprune.training.hebbian_train import load_hebbian


@pytest.fixture(scope="module")
def hebbian_repo(tmp_path_factory):
    root = tmp_path_factory.mktemp("hebbian")
    ckpt = root / "run"
    assert main(["train", "--arch", "dense-hebbian", "--data", "digits", "--P", "16", "--out", str(ckpt),
                 "--hebbian-method", "mean_field", "--json"]) == 0
    repo = root / "repo"
    assert main(["export", str(ckpt), "--repo", str(repo), "--name", "hebbian", "--version", "1"]) == 0
    return ckpt, repo


@pytest.fixture(scope="module")
def client(hebbian_repo):
    _, repo = hebbian_repo
    with running_app(repo) as c:
        yield c


def digits_images(count: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits

    digits = load_digits()
    return (digits.images[:count] / 16.0).astype(np.float32)[:, None], digits.target[:count]


def test_hebbian_model_metadata_names_its_family(client):
    body = client.get("/v2/models/hebbian").json()
    assert body["platform"] == "dynaprune_dense-hebbian"
    assert body["inputs"][0]["shape"] == [-1, 1, 8, 8]


def test_hebbian_metadata_has_no_units_and_samples_are_its_test_digits(client, hebbian_repo):
    from dynaprune.runtime.entry import load_manifest

    parameters = client.get("/v2/models/hebbian").json()["parameters"]
    assert parameters["unit_names"] == [] and parameters["unit_channels"] == []
    body = client.get("/v1/models/hebbian/samples").json()
    manifest = load_manifest(hebbian_repo[1] / "hebbian" / "1")
    assert body["shape"] == [1, 8, 8] and body["source"] == "digits" and len(body["images"]) == 16
    assert body["labels"] == manifest.samples.labels
    assert body["label_names"] == [manifest.class_names[i] for i in body["labels"]]
    images = np.asarray(body["images"], dtype=np.float32).reshape(16, 1, 8, 8)
    request = {"inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape),
                           "data": images.ravel().tolist()}]}
    served = client.post("/v2/models/hebbian/infer", json=request).json()["outputs"][0]["data"]
    predicted = np.asarray(served).reshape(16, -1).argmax(axis=1)
    assert np.mean(predicted == np.asarray(body["labels"])) > 0.5  # real digits, mostly recognised


def test_hebbian_infer_reports_sweeps_and_winning_overlap(client):
    images, _ = digits_images(1)
    request = {"inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape),
                           "data": images.ravel().tolist()}]}
    response = client.post("/v2/models/hebbian/infer", json=request)
    assert response.status_code == 200, response.text
    parameters = response.json()["parameters"]
    assert parameters["sweeps"] >= 1
    assert 0 < parameters["winning_overlap"] <= 1
    assert 0 <= parameters["skip_ratio"] < 1


def test_served_hebbian_classes_equal_the_in_process_model(client, hebbian_repo):
    ckpt, _ = hebbian_repo
    net, meta = load_hebbian(ckpt)
    images, _ = digits_images(32)
    request = {"inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape),
                           "data": images.ravel().tolist()}]}
    served = np.array(client.post("/v2/models/hebbian/infer", json=request).json()["outputs"][0]["data"])
    served = served.reshape(32, -1).argmax(axis=1)
    sigma = np.where(images.reshape(32, -1) * 16 > 7, 1.0, -1.0)
    expected = net.classify(sigma, method="mean_field", beta=meta.beta).pred
    assert served.tolist() == np.asarray(expected).tolist()


def test_hebbian_classify_endpoint_returns_extras(client):
    import io

    from PIL import Image

    images, _ = digits_images(1)
    buffer = io.BytesIO()
    Image.fromarray((images[0, 0] * 255).astype(np.uint8), mode="L").save(buffer, format="PNG")
    response = client.post("/v1/models/hebbian/classify", files={"file": ("d.png", buffer.getvalue(), "image/png")})
    assert response.status_code == 200, response.text
    assert response.json()["extras"]["sweeps"] >= 1


def test_hebbian_model_answers_tritonclient_over_a_real_server(hebbian_repo, tmp_path):
    import tritonclient.http as httpclient

    from tests.server_fixtures import ServerProcess

    _, repo = hebbian_repo
    server = ServerProcess(repo, tmp_path / "server.log")
    try:
        server.wait_ready()
        client = httpclient.InferenceServerClient(url=server.url.removeprefix("http://"))
        assert client.get_model_metadata("hebbian")["platform"] == "dynaprune_dense-hebbian"
        images, labels = digits_images(8)
        tensor = httpclient.InferInput("input", list(images.shape), "FP32")
        tensor.set_data_from_numpy(images, binary_data=True)
        result = client.infer("hebbian", [tensor], outputs=[httpclient.InferRequestedOutput("logits", binary_data=True)])
        assert result.as_numpy("logits").shape == (8, 10)
        assert (result.as_numpy("logits").argmax(axis=1) == labels).mean() >= 0.5
        assert result.get_response()["parameters"]["sweeps"] >= 1
        client.close()
    finally:
        server.stop()
