"""dense.onnx of an FTWT entry is its dense baseline, when the baseline can be found."""

import json

import numpy as np
import pytest

from dynaprune.cli import main
from dynaprune.runtime.ftwt import ModelRunner
from dynaprune.training.checkpoint import load_checkpoint

TINY = ["--width", "0.25", "--batch-size", "64", "--quiet", "--epochs", "1"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("dense-ref")
    dense, ftwt = root / "dense", root / "ftwt"
    assert main(["train", "--arch", "resnet20", "--out", str(dense), *TINY]) == 0
    assert main(["train", "--method", "ftwt", "--from", str(dense), "--r", "0.7", "--out", str(ftwt), *TINY]) == 0
    return root, dense, ftwt


def export(ckpt, repo, name):
    assert main(["export", str(ckpt), "--repo", str(repo), "--name", name, "--version", "1", "--quiet"]) == 0
    return repo / name / "1"


def test_dense_reference_is_the_baseline_the_ftwt_run_started_from(runs):
    root, dense, ftwt = runs
    entry = export(ftwt, root / "repo", "m")
    manifest = json.loads((entry / "manifest.json").read_text())
    assert manifest["dense"]["source"].startswith("dense baseline dense/model.safetensors")
    baseline, meta = load_checkpoint(dense)
    images = np.random.default_rng(0).random((3, *meta.input_shape), dtype=np.float32)
    runner = ModelRunner(entry)
    import torch

    with torch.no_grad():
        expected = baseline(torch.from_numpy(runner.normalise(images))).numpy()
    assert np.allclose(runner.run_dense(images), expected, atol=1e-4)


def test_missing_baseline_falls_back_to_the_unmasked_backbone_and_says_so(runs):
    root, dense, ftwt = runs
    moved = root / "elsewhere"
    dense.rename(moved)
    try:
        entry = export(ftwt, root / "repo2", "m")
    finally:
        moved.rename(dense)
    source = json.loads((entry / "manifest.json").read_text())["dense"]["source"]
    assert source.startswith("this checkpoint's backbone, masks off (baseline")
