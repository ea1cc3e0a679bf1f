"""The public catalogue: `GET /v1/models`, sample images of each model (`samples.npy` in the entry,
written by the exporter from the checkpoint's own test split) and `unit_channels` in the metadata."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from dynaprune.runtime.entry import load_manifest, sha256_file
from tests.server_fixtures import GRAY, GRAY_SHAPE, NUM_CLASSES, RGB, RGB_SHAPE, infer_body, running_app

TOKEN = "s3cret-token"
SAMPLES = "samples.npy"


def _index(client) -> dict[tuple[str, str], dict]:  # type: ignore[no-untyped-def]
    return {(e["name"], e["version"]): e for e in client.post("/v2/repository/index").json()}


def _rehash(entry: Path) -> None:
    """Re-record the sha256 of samples.npy after a change (a consistent but wrong entry)."""
    manifest = json.loads((entry / "manifest.json").read_text())
    manifest["files"][SAMPLES] = sha256_file(entry / SAMPLES)
    (entry / "manifest.json").write_text(json.dumps(manifest))


def _rewrite_samples(entry: Path, images: np.ndarray) -> None:
    np.save(entry / SAMPLES, images, allow_pickle=False)
    _rehash(entry)


def _checkpoint(run_dir: Path, shape: tuple[int, int, int], data: str) -> Path:
    import torch

    from dynaprune.training.checkpoint import ArchSpec, CheckpointMeta, DataSpec, FtwtSpec, save_checkpoint

    meta = CheckpointMeta(
        kind="ftwt",
        arch=ArchSpec(name="resnet20", num_classes=NUM_CLASSES, in_channels=shape[0], width=0.25),
        input_shape=shape,
        mean=(0.5,) * shape[0],
        std=(0.25,) * shape[0],
        class_names=tuple(f"class_{i}" for i in range(NUM_CLASSES)),
        data=DataSpec(uri=data),
        ftwt=FtwtSpec(r=0.7),
    )
    torch.manual_seed(0)
    return save_checkpoint(run_dir, meta.arch.build(), meta)


# --------------------------------------------------------------------------- export side


def test_export_records_the_test_split_samples_and_hashes_the_file(server_repo):
    from dynaprune.datasets.sources import load_dataset

    entry = server_repo / GRAY / "1"
    manifest = load_manifest(entry)
    assert manifest.samples is not None
    assert manifest.samples.file == SAMPLES and manifest.samples.source == "digits"
    assert manifest.files[SAMPLES] == sha256_file(entry / SAMPLES)
    images = np.load(entry / SAMPLES, allow_pickle=False)
    assert images.dtype == np.float32 and images.shape == (16, *GRAY_SHAPE) and manifest.samples.count == 16
    test = load_dataset("digits", seed=0, test_fraction=0.2).test  # the fixture checkpoint's own split
    np.testing.assert_array_equal(images, test.images[:16])
    assert manifest.samples.labels == test.labels[:16].tolist()


def test_export_leaves_samples_out_when_the_test_images_do_not_fit_the_input(server_repo):
    for version in ("1", "2"):  # RGB 3x16x16 models trained (on paper) on 1x8x8 digits
        manifest = load_manifest(server_repo / RGB / version)
        assert manifest.samples is None and SAMPLES not in manifest.files
        assert not (server_repo / RGB / version / SAMPLES).exists()
        assert json.loads((server_repo / RGB / version / "manifest.json").read_text())["samples"] is None


def test_export_without_loadable_data_still_exports_and_says_so(tmp_path, capsys):
    from dynaprune.cli import main

    checkpoint = _checkpoint(tmp_path / "run", GRAY_SHAPE, f"cifar10:{tmp_path / 'absent'}")
    repo = tmp_path / "repo"
    code = main(["export", str(checkpoint), "--repo", str(repo), "--name", "nodata", "--quiet"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "without sample images" in err and "cannot be loaded" in err
    manifest = load_manifest(repo / "nodata" / "1")
    assert manifest.samples is None and not (repo / "nodata" / "1" / SAMPLES).exists()


# --------------------------------------------------------------------------- the list


def test_model_list_is_public_and_names_the_serving_models(server_repo):
    with running_app(server_repo, admin_token=TOKEN) as client:
        assert client.post("/v2/repository/index").status_code == 401  # the admin surface stays guarded
        response = client.get("/v1/models")
        assert response.status_code == 200
        assert response.json() == {"models": sorted([GRAY, RGB])}


# --------------------------------------------------------------------------- samples


def test_samples_are_the_exported_images_with_their_labels(server_repo):
    entry = server_repo / GRAY / "1"
    exported = np.load(entry / SAMPLES, allow_pickle=False)
    manifest = load_manifest(entry)
    with running_app(server_repo) as client:
        response = client.get(f"/v1/models/{GRAY}/samples")
        assert response.status_code == 200 and response.headers["content-type"] == "application/json"
        body = response.json()
        assert body["model_name"] == GRAY and body["model_version"] == "1"
        assert body["shape"] == list(GRAY_SHAPE) and body["source"] == "digits"
        labels = body["labels"]
        assert 0 < len(labels) <= 16 and len(body["images"]) == len(labels) == len(body["label_names"])
        assert all(type(label) is int and 0 <= label < NUM_CLASSES for label in labels)
        assert body["label_names"] == [manifest.class_names[i] for i in labels]
        assert labels == manifest.samples.labels
        images = np.asarray(body["images"], dtype=np.float32)
        assert images.shape == (len(labels), int(np.prod(GRAY_SHAPE)))
        assert images.min() >= 0.0 and images.max() <= 1.0
        np.testing.assert_array_equal(images.reshape(exported.shape), exported)
        # A sample is a valid request as it stands.
        infer = client.post(f"/v2/models/{GRAY}/infer", json=infer_body(images[:2].reshape(2, *GRAY_SHAPE)))
        assert infer.status_code == 200
        assert client.get(f"/v1/models/{GRAY}/samples").content == response.content  # cached, unchanged


def test_a_model_without_samples_answers_an_empty_list(server_repo):
    with running_app(server_repo) as client:
        response = client.get(f"/v1/models/{RGB}/samples")
        assert response.status_code == 200
        assert response.json() == {"model_name": RGB, "model_version": "2", "shape": list(RGB_SHAPE), "labels": [],
                                   "label_names": [], "source": None, "images": []}
        assert client.get(f"/v1/models/{RGB}/samples?version=1").json()["model_version"] == "1"


@pytest.mark.parametrize("path", [
    "/v1/models/nope/samples",
    "/v1/models/-bad-name/samples",
    "/v1/models/..%2F..%2Fetc/samples",
    f"/v1/models/{'x' * 200}/samples",
    f"/v1/models/{GRAY}/samples?version=7",
])
def test_unknown_models_and_versions_are_404_with_an_error(server_repo, path):
    with running_app(server_repo) as client:
        response = client.get(path)
        assert response.status_code == 404 and set(response.json()) == {"error"}


def test_bad_version_parameter_is_a_422_with_an_error(server_repo):
    with running_app(server_repo) as client:
        response = client.get(f"/v1/models/{GRAY}/samples?version=zero")
        assert response.status_code == 422 and set(response.json()) == {"error"}


# --------------------------------------------------------------------------- entries at load


def test_tampered_samples_file_is_refused_at_load(repo_copy):
    victim = repo_copy / GRAY / "1" / SAMPLES
    data = bytearray(victim.read_bytes())
    data[-3] ^= 0xFF  # inside the pixel data: still a readable array, no longer the exported one
    victim.write_bytes(bytes(data))
    with running_app(repo_copy) as client:
        entry = _index(client)[(GRAY, "1")]
        assert entry["state"] == "UNAVAILABLE"
        assert "sha256 mismatch" in entry["reason"] and SAMPLES in entry["reason"]
        assert client.get("/v1/models").json() == {"models": [RGB]}
        refused = client.get(f"/v1/models/{GRAY}/samples")
        assert refused.status_code == 404 and "sha256 mismatch" in refused.json()["error"]


@pytest.mark.parametrize(("images", "message"), [
    (np.zeros((16, 3, 8, 8), np.float32), "must hold float32 (16, 1, 8, 8)"),
    (np.zeros((16, 1, 8, 8), np.float64), "must hold float32 (16, 1, 8, 8)"),
    (np.zeros((4, 1, 8, 8), np.float32), "must hold float32 (16, 1, 8, 8)"),
    (np.full((16, 1, 8, 8), 2.0, np.float32), "outside [0, 1]"),
    (np.full((16, 1, 8, 8), np.nan, np.float32), "outside [0, 1]"),
])
def test_samples_that_are_not_the_served_input_refuse_the_entry(repo_copy, images, message):
    _rewrite_samples(repo_copy / GRAY / "1", images)
    with running_app(repo_copy) as client:
        entry = _index(client)[(GRAY, "1")]
        assert entry["state"] == "UNAVAILABLE" and message in entry["reason"] and SAMPLES in entry["reason"]
        assert _index(client)[(RGB, "2")]["state"] == "READY"


def test_pickled_samples_are_refused_not_unpickled(repo_copy):
    entry = repo_copy / GRAY / "1"
    np.save(entry / SAMPLES, np.array([{"a": 1}] * 16, dtype=object), allow_pickle=True)
    _rehash(entry)
    with running_app(repo_copy) as client:
        state = _index(client)[(GRAY, "1")]
        assert state["state"] == "UNAVAILABLE" and "not a readable .npy array" in state["reason"]


def test_samples_section_whose_file_is_not_hashed_is_refused(repo_copy):
    entry = repo_copy / GRAY / "1"
    manifest = json.loads((entry / "manifest.json").read_text())
    del manifest["files"][SAMPLES]
    (entry / "manifest.json").write_text(json.dumps(manifest))
    with running_app(repo_copy) as client:
        state = _index(client)[(GRAY, "1")]
        assert state["state"] == "UNAVAILABLE" and "samples file samples.npy is not listed" in state["reason"]


def test_sample_labels_must_be_class_indices(repo_copy):
    entry = repo_copy / GRAY / "1"
    manifest = json.loads((entry / "manifest.json").read_text())
    manifest["samples"]["labels"][0] = NUM_CLASSES
    (entry / "manifest.json").write_text(json.dumps(manifest))
    with running_app(repo_copy) as client:
        state = _index(client)[(GRAY, "1")]
        assert state["state"] == "UNAVAILABLE" and "not a class index" in state["reason"]


def test_old_entry_without_samples_still_loads_and_serves(repo_copy):
    entry = repo_copy / GRAY / "1"
    manifest = json.loads((entry / "manifest.json").read_text())
    del manifest["samples"]  # as written before entries carried samples
    del manifest["files"][SAMPLES]
    (entry / SAMPLES).unlink()
    (entry / "manifest.json").write_text(json.dumps(manifest))
    with running_app(repo_copy) as client:
        assert _index(client)[(GRAY, "1")]["state"] == "READY"
        body = client.get(f"/v1/models/{GRAY}/samples").json()
        assert body["images"] == [] and body["labels"] == [] and body["shape"] == list(GRAY_SHAPE)
        images = np.random.default_rng(0).random((1, *GRAY_SHAPE), dtype=np.float32)
        assert client.post(f"/v2/models/{GRAY}/infer", json=infer_body(images)).status_code == 200


# --------------------------------------------------------------------------- metadata


@pytest.mark.parametrize("model", [RGB, GRAY])
def test_metadata_publishes_dense_channels_per_unit(server_repo, model):
    version = "2" if model == RGB else "1"
    units = load_manifest(server_repo / model / version).units
    with running_app(server_repo) as client:
        parameters = client.get(f"/v2/models/{model}").json()["parameters"]
        assert len(parameters["unit_channels"]) == len(parameters["unit_names"]) == len(units)
        assert parameters["unit_channels"] == [u.out_channels for u in units]
        assert parameters["unit_names"] == [u.name for u in units]
        assert client.get(f"/v2/models/{model}/versions/1").json()["parameters"]["unit_channels"] == [
            u.out_channels for u in load_manifest(server_repo / model / "1").units]
