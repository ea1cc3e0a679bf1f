"""`dynaprune export` of dense-Hebbian checkpoints, their manifest and the family-agnostic runner."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
import pytest

ROOT = Path(__file__).resolve().parents[1]

from dynaprune.cli import main  # noqa: E402
from dynaprune.errors import UserError  # noqa: E402
from dynaprune.exporter import hebbian as hg  # noqa: E402
from dynaprune.exporter.entry_writer import ParityError
from dynaprune.exporter.export import export_checkpoint  # noqa: E402
from dynaprune.exporter.hebbian_export import hebbian_data  # noqa: E402
from dynaprune.exporter.samples import SAMPLES_FILE  # noqa: E402
from dynaprune.runtime.entry import load_manifest, parse_manifest, sha256_file  # noqa: E402
from dynaprune.runtime.manifest import MANIFEST_FILE, ManifestError  # noqa: E402
from dynaprune.runtime.contract import RunResult  # noqa: E402
from dynaprune.runtime.engines import open_runner  # noqa: E402
from dynaprune.runtime.ftwt import ModelRunner  # noqa: E402
from dynaprune.runtime.hebbian import HebbianManifest, HebbianRunner  # noqa: E402
from dynaprune.training.hebbian_train import load_hebbian  # noqa: E402

CAP = 3  # an iteration cap most digits do not converge under


def _train(out: Path, *extra: str) -> Path:
    assert main(["train", "--arch", "dense-hebbian", "--out", str(out), "--json", *extra]) == 0
    return out / "model.safetensors"


def _export(capsys, checkpoint: Path, repo: Path, *extra: str) -> dict:
    capsys.readouterr()
    code = main(["export", str(checkpoint), "--repo", str(repo), "--quiet", "--json", *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


@pytest.fixture(scope="module")
def digits(tmp_path_factory):
    """A digits P=16 checkpoint, its entry (default dynamics) and an entry capped at CAP iterations."""
    root = tmp_path_factory.mktemp("hebbian")
    checkpoint = _train(root / "digits-p16", "--data", "digits", "--P", "16")
    repo = root / "repo"
    results = {
        "default": export_checkpoint(checkpoint, repo),
        "capped": export_checkpoint(checkpoint, repo, name="capped", options={"iters": CAP}),
    }
    net, meta = load_hebbian(checkpoint)
    data = hebbian_data(meta, checkpoint)
    return {"root": root, "checkpoint": checkpoint, "net": net, "meta": meta, "data": data,
            "entry": results["default"].path, "capped": results["capped"].path, "results": results}


def _reference(net, data, iters: int = 200):
    sigma = np.asarray(data.sigma, dtype=np.float64)
    ref = net.classify(sigma, method="mean_field", beta=10.0, iters=iters, tol=1e-6, damping=0.5)
    m, _ = net.mean_field(sigma, 10.0, iters, 1e-6, 0.5)
    return ref, net.overlaps(m)


# --------------------------------------------------------------------------- export


def test_export_cli_prints_parity_and_writes_a_dense_hebbian_entry(digits, tmp_path, capsys):
    summary = _export(capsys, digits["checkpoint"], tmp_path / "repo", "--name", "digits")
    assert summary["family"] == "dense-hebbian" and (summary["P"], summary["N"], summary["K"]) == (16, 64, 10)
    assert set(summary["files"]) == {hg.GRAPH_FILE, hg.READOUT_FILE, SAMPLES_FILE}
    assert summary["sample_images"] == 16
    parity = summary["parity"]
    assert parity["samples"] == 540 and parity["random_samples"] == 64
    assert parity["predictions_exact"] and parity["sweeps_exact"]
    assert parity["max_overlap_abs_diff"] <= 1e-4 and parity["readout_max_abs_diff"] <= 1e-4
    assert parity["top1"] > 0.8 and parity["capped"] == 0
    capsys.readouterr()
    assert main(["export", str(digits["checkpoint"]), "--repo", str(tmp_path / "repo"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "exported dense-hebbian P=16 N=64 K=10" in out and "predictions and iterations identical" in out
    assert "16 sample images" in out


def test_manifest_records_the_first_test_digits_as_samples(digits):
    entry, data = digits["entry"], digits["data"]
    manifest = load_manifest(entry)
    samples = manifest.samples
    assert samples is not None and samples.file == SAMPLES_FILE and samples.source == "digits"
    assert samples.count == 16 and manifest.files[SAMPLES_FILE] == sha256_file(entry / SAMPLES_FILE)
    images = np.load(entry / SAMPLES_FILE, allow_pickle=False)
    assert images.dtype == np.float32 and images.shape == (16, 1, 8, 8)
    np.testing.assert_array_equal(images, data.images[:16])  # exactly the served test images
    classes = [str(c) for c in np.asarray(digits["net"].classes).tolist()]
    assert [manifest.class_names[i] for i in samples.labels] == [str(v) for v in data.labels[:16].tolist()]
    assert manifest.class_names == classes


def test_graphs_pass_full_check_and_use_standard_ops_without_an_n_to_the_p_tensor(digits):
    manifest = load_manifest(digits["entry"])
    for rel in (hg.GRAPH_FILE, hg.READOUT_FILE):
        model = onnx.load(str(digits["entry"] / rel))
        onnx.checker.check_model(model, full_check=True)
        assert [(o.domain, o.version) for o in model.opset_import] == [("", 18)] and not model.functions
        nodes = list(model.graph.node)
        for node in model.graph.node:
            for attr in node.attribute:
                if attr.type == onnx.AttributeProto.GRAPH:
                    nodes += list(attr.g.node)
        assert all(n.domain == "" for n in nodes)
        largest = max(int(np.prod(t.dims)) for t in model.graph.initializer)
        assert largest <= manifest.hebbian.K * manifest.hebbian.N
    loop = [n for n in onnx.load(str(digits["entry"] / hg.GRAPH_FILE)).graph.node if n.op_type == "Loop"]
    assert len(loop) == 1
    assert [o.name for o in onnx.load(str(digits["entry"] / hg.GRAPH_FILE)).graph.output] == hg.OUTPUTS


def test_manifest_records_family_input_dynamics_and_hashes(digits):
    raw = json.loads((digits["entry"] / MANIFEST_FILE).read_text())
    assert raw["schema_version"] == 1 and raw["family"] == "dense-hebbian" and raw["arch"] == "dense-hebbian"
    assert raw["input"] == {"name": "input", "datatype": "FP32", "shape": [1, 8, 8], "mean": [0.0], "std": [1.0],
                            "binarise_threshold": 7 / 16}
    assert raw["class_names"] == [str(c) for c in range(10)]
    assert not {"gated", "units", "head", "dense", "cost_model", "parity"} & set(raw)
    h = raw["hebbian"]
    assert (h["P"], h["N"], h["K"]) == (16, 64, 10)
    assert h["dynamics"] == {"method": "mean_field", "beta": 10.0, "iters": 200, "tol": 1e-6, "damping": 0.5}
    assert h["checkpoint_method"] == "zero_temperature"
    assert h["flops"] == {"binarise": 64.0, "per_iteration": 2 * 10 * 64 + 10 + 2 * 64, "readout": 640.0}
    assert raw["flops_dense"] == {"honest": 64.0 + 640.0 + 200 * h["flops"]["per_iteration"]}
    assert set(raw["files"]) == {hg.GRAPH_FILE, hg.READOUT_FILE, SAMPLES_FILE}
    manifest = load_manifest(digits["entry"])
    assert isinstance(manifest, HebbianManifest) and manifest.graph_files() == [hg.GRAPH_FILE, hg.READOUT_FILE]
    # the family decides which sections are required (the manifest is a union on `family`)
    broken = {k: v for k, v in raw.items() if k != "hebbian"}
    with pytest.raises(ManifestError, match="bad manifest schema: hebbian: Field required"):
        parse_manifest(broken)
    with pytest.raises(ManifestError, match="bad manifest schema: gated: Field required"):
        parse_manifest({**broken, "family": "ftwt"})
    with pytest.raises(ManifestError, match="'resnet' is not a known family"):
        parse_manifest({**broken, "family": "resnet"})


# --------------------------------------------------------------------------- serving


def test_served_result_equals_in_process_mean_field_classification(digits):
    net, data = digits["net"], digits["data"]
    runner = HebbianRunner(digits["entry"], providers=["CPUExecutionProvider"], intra_op_threads=1)
    result = runner.run(data.images)
    assert isinstance(result, RunResult) and result.kept == {} and runner.unit_names == []
    ref, overlaps = _reference(net, data)
    assert np.array_equal(net.classes[np.argmax(result.logits, axis=1)], ref.pred)
    assert result.logits.dtype == np.float32 and result.logits.shape == (540, 10)
    assert np.abs(result.logits - overlaps).max() <= 1e-4
    sweeps, winning = result.extras["sweeps"], result.extras["winning_overlap"]
    assert sweeps.dtype == np.int64 and np.array_equal(sweeps, ref.sweeps)
    assert np.abs(winning - ref.overlap).max() <= 1e-4
    accuracy = float(np.mean(net.classes[np.argmax(result.logits, axis=1)] == data.labels))
    assert accuracy == pytest.approx(load_manifest(digits["entry"]).hebbian.parity.top1) and accuracy > 0.8
    # FLOPs: executed work follows the iterations taken; dense is the iteration cap
    f = runner.manifest.hebbian.flops
    assert np.array_equal(result.flops_executed, f.binarise + f.readout + sweeps * f.per_iteration)
    assert result.flops_dense == f.binarise + f.readout + 200 * f.per_iteration
    assert np.all(result.flops_executed < result.flops_dense)
    # one-shot readout
    np.testing.assert_allclose(runner.run_dense(data.images), net.overlaps(data.sigma.astype(np.float64)), atol=1e-4)
    assert np.array_equal(np.argmax(runner.run_dense(data.images), axis=1), net.one_shot(data.sigma))


def test_samples_do_not_depend_on_their_batch_and_empty_batches_work(digits):
    runner = open_runner(digits["entry"], providers=["CPUExecutionProvider"])
    images = digits["data"].images[:16]
    batch = runner.run(images)
    for i in (0, 7, 15):
        one = runner.run(images[i : i + 1])
        assert np.array_equal(one.logits[0], batch.logits[i])
        assert one.extras["sweeps"][0] == batch.extras["sweeps"][i]
    empty = runner.run(images[:0])
    assert empty.logits.shape == (0, 10) and empty.extras["sweeps"].shape == (0,) and empty.flops_executed.shape == (0,)
    runner.warmup(1)
    with pytest.raises(ValueError, match=r"images must be \(B, 1, 8, 8\)"):
        runner.run(np.zeros((2, 64), np.float32))


def test_iterations_are_capped_and_still_match_the_in_process_model(digits):
    manifest = load_manifest(digits["capped"])
    assert manifest.hebbian.dynamics.iters == CAP and manifest.hebbian.parity.capped > 0
    runner = open_runner(digits["capped"])
    result = runner.run(digits["data"].images)
    sweeps = result.extras["sweeps"]
    assert sweeps.max() == CAP and sweeps.min() >= 1
    ref, overlaps = _reference(digits["net"], digits["data"], iters=CAP)
    assert np.array_equal(sweeps, ref.sweeps)
    assert np.array_equal(np.argmax(result.logits, axis=1), np.argmax(overlaps, axis=1))
    f = manifest.hebbian.flops
    assert result.flops_dense == f.binarise + f.readout + CAP * f.per_iteration
    assert np.all(result.flops_executed <= result.flops_dense)


def _ftwt_checkpoint(out: Path) -> Path:
    """A tiny random FTWT ResNet-20 on 1x8x8 inputs (torch only builds the fixture)."""
    import torch

    from dynaprune.training.checkpoint import ArchSpec, CheckpointMeta, DataSpec, FtwtSpec, save_checkpoint

    meta = CheckpointMeta(kind="ftwt", arch=ArchSpec(name="resnet20", num_classes=10, in_channels=1, width=0.25),
                          input_shape=(1, 8, 8), mean=(0.5,), std=(0.25,),
                          class_names=tuple(f"class_{i}" for i in range(10)), data=DataSpec(uri="digits"),
                          ftwt=FtwtSpec(r=0.7))
    torch.manual_seed(2)
    net = meta.arch.build()
    with torch.no_grad():
        for unit in net.units():
            unit.predictor.fc.bias.normal_(0.0, 2.0)
    return save_checkpoint(out, net, meta)


def test_open_runner_dispatches_on_family(digits, tmp_path):
    assert type(open_runner(digits["entry"])) is HebbianRunner
    checkpoint = _ftwt_checkpoint(tmp_path / "ftwt")
    with pytest.raises(UserError, match="apply only to dense-hebbian checkpoints"):
        export_checkpoint(checkpoint, tmp_path / "repo", options={"iters": 3})
    ftwt = export_checkpoint(checkpoint, tmp_path / "repo", name="gray").path
    runner = open_runner(ftwt, engine="onnx", providers=["CPUExecutionProvider"])
    assert type(runner) is ModelRunner and runner.manifest.family == "ftwt"
    result = runner.run(np.random.default_rng(0).random((2, 1, 8, 8), dtype=np.float32))
    assert result.extras == {} and set(result.kept) == set(runner.unit_names)
    raw = json.loads((ftwt / MANIFEST_FILE).read_text())  # an FTWT manifest is written as before
    assert "hebbian" not in raw and "binarise_threshold" not in raw["input"] and raw["units"]
    with pytest.raises(ManifestError, match="open_runner"):
        ModelRunner(digits["entry"])
    with pytest.raises(ManifestError, match="not dense-hebbian"):
        HebbianRunner(ftwt)


def test_tampered_file_is_refused(digits, tmp_path):
    copy = tmp_path / "entry"
    shutil.copytree(digits["entry"], copy)
    victim = copy / hg.GRAPH_FILE
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))
    with pytest.raises(ManifestError, match="sha256 mismatch for hebbian.onnx"):
        load_manifest(copy)
    with pytest.raises(ManifestError, match="sha256 mismatch"):
        open_runner(copy)
    (copy / hg.READOUT_FILE).unlink()
    with pytest.raises(ManifestError, match="missing file readout.onnx"):
        load_manifest(copy, verify_hashes=False)


def test_runner_does_not_import_torch_or_training(digits):
    script = f"""
import sys
sys.modules["torch"] = None  # any `import torch` now fails
sys.path.insert(0, {str(ROOT)!r})
import numpy as np
from dynaprune.runtime.engines import open_runner
runner = open_runner({str(digits["entry"])!r})
runner.warmup(1)
result = runner.run(np.random.default_rng(0).random((3, 1, 8, 8), dtype=np.float32))
runner.run_dense(np.zeros((1, 1, 8, 8), np.float32))
loaded = [m for m in sys.modules if sys.modules[m] is not None
          and (m.split(".")[0] in ("torch", "sklearn") or m.startswith(("dynaprune.training", "dynaprune.exporter"))
               or m == "dynaprune.models.hebbian")]
assert not loaded, loaded
print(type(runner).__name__, result.logits.shape, result.extras["sweeps"].dtype)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "HebbianRunner (3, 10) int64"


# --------------------------------------------------------------------------- refusals and other data


def test_parity_failure_refuses_to_write(digits, tmp_path, monkeypatch):
    real = hg.dynamics_model

    def off_by_damping(A, *, P, dynamics, threshold, input_shape):
        wrong = hg.Dynamics(dynamics.beta, dynamics.iters, dynamics.tol, dynamics.damping * 0.9)
        return real(A, P=P, dynamics=wrong, threshold=threshold, input_shape=input_shape)

    monkeypatch.setattr(hg, "dynamics_model", off_by_damping)
    repo = tmp_path / "repo"
    with pytest.raises(ParityError, match="nothing was written"):
        export_checkpoint(digits["checkpoint"], repo)
    assert not repo.exists() or not any(repo.rglob("*"))


def test_bad_mean_field_settings_are_clear_errors(digits, tmp_path, capsys):
    code = main(["export", str(digits["checkpoint"]), "--repo", str(tmp_path), "--hebbian-damping", "1.5"])
    assert code == 2 and "damping must be in (0, 1]" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:  # argparse rejects it before anything runs
        main(["export", str(digits["checkpoint"]), "--repo", str(tmp_path), "--hebbian-tol", "-1"])
    assert exc.value.code == 2 and "expected a positive number" in capsys.readouterr().err
    assert not any(tmp_path.rglob("*.onnx"))


def test_synthetic_checkpoint_exports_as_a_row_of_pixels(tmp_path, capsys):
    checkpoint = _train(tmp_path / "syn", "--data", "synthetic?N=120&K=4&M=15&r=0.4&test=10", "--P", "4")
    capsys.readouterr()
    summary = _export(capsys, checkpoint, tmp_path / "repo", "--hebbian-beta", "2")
    manifest = load_manifest(summary["path"])
    assert manifest.input.shape == [1, 1, 120] and manifest.input.binarise_threshold == 0.5
    assert manifest.hebbian.dynamics.beta == 2.0 and summary["parity"]["samples"] == 40
    assert summary["parity"]["predictions_exact"] and summary["parity"]["sweeps_exact"]
    assert manifest.samples is not None and manifest.samples.count == 16 and manifest.samples.labels == [0] * 10 + [1] * 6
