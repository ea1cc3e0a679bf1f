"""`dynaprune export`, the ai.dynaprune op set, the manifest and the torch-free runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
import onnx.inliner
import onnxruntime as ort
import pytest
import torch
import torch.nn.functional as F
from onnx import TensorProto, helper

from dynaprune.cli import main
from dynaprune.exporter import ops
from dynaprune.exporter.export import export_checkpoint
from dynaprune.runtime.entry import load_manifest, sha256_file
from dynaprune.runtime.manifest import MANIFEST_FILE, ManifestError
from dynaprune.runtime.ftwt import ModelRunner
from dynaprune.runtime.ftwt.native_runner import native_available
from dynaprune.models.flops import CostModel, executed_flops
from dynaprune.models.registry import list_models
from dynaprune.training.checkpoint import METADATA_KEY, read_tensors, save_tensors

from tests.export_fixtures import CLASSES, SIZES, make_checkpoint

ROOT = Path(__file__).resolve().parents[1]


def pytorch_net(checkpoint: Path):
    from dynaprune.training.checkpoint import load_checkpoint

    net, meta = load_checkpoint(checkpoint)
    net.eval()
    net.set_gating("predicted" if meta.kind == "ftwt" else "dense")
    return net, meta


def normalised(images: np.ndarray, meta) -> torch.Tensor:
    mean = np.asarray(meta.mean, np.float32).reshape(1, -1, 1, 1)
    std = np.asarray(meta.std, np.float32).reshape(1, -1, 1, 1)
    return torch.from_numpy((images - mean) / std)


def leftovers(repo: Path) -> list[Path]:
    """Hidden (temporary) files or folders anywhere under the repository."""
    if not repo.exists():
        return []
    return [p for p in repo.rglob("*") if p.name.startswith(".")]


@pytest.fixture(scope="module")
def entries(tmp_path_factory):
    """Checkpoints and their exported entries, built once per architecture on demand."""
    root = tmp_path_factory.mktemp("export")
    cache: dict[str, tuple[Path, Path]] = {}

    def get(arch: str) -> tuple[Path, Path]:
        if arch not in cache:
            checkpoint = make_checkpoint(root / "runs" / arch, arch)
            result = export_checkpoint(checkpoint, root / "repo", verify=True, verify_samples=12)
            cache[arch] = (checkpoint, result.path)
        return cache[arch]

    return get


# --------------------------------------------------------------------------- single ops


def _op_session(op: str, inputs: list[tuple[str, int, int]], outputs: list[tuple[str, int, int]], **attrs):
    """A one-node model calling `op`; (name, elem type, rank) per input/output."""
    def info(name, kind, rank):
        return helper.make_tensor_value_info(name, kind, [f"{name}_{i}" for i in range(rank)])

    graph = helper.make_graph(
        [ops.node(op, [n for n, _, _ in inputs], [n for n, _, _ in outputs], **attrs)], op,
        [info(*i) for i in inputs], [info(*o) for o in outputs],
    )
    model = helper.make_model(graph, opset_imports=ops.opset_imports(), ir_version=ops.IR_VERSION)
    model.functions.extend(ops.functions([op]))
    onnx.checker.check_model(model, full_check=True)
    return ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])


F32, I64 = TensorProto.FLOAT, TensorProto.INT64


def test_kept_indices_op_returns_ascending_indices_of_positive_logits():
    session = _op_session(ops.KEPT_INDICES, [("logits", F32, 1)], [("indices", I64, 1)])
    logits = np.array([0.5, -1.0, 0.0, 2.0, np.nan, 1e-30], np.float32)
    (indices,) = session.run(None, {"logits": logits})
    assert indices.dtype == np.int64 and indices.tolist() == [0, 3, 5]  # 0 and NaN are not kept
    (none,) = session.run(None, {"logits": -np.ones(7, np.float32)})
    assert none.shape == (0,) and none.dtype == np.int64
    shifted = _op_session(ops.KEPT_INDICES, [("logits", F32, 1)], [("indices", I64, 1)], threshold=1.0)
    assert shifted.run(None, {"logits": logits})[0].tolist() == [3]


def test_scatter_channels_op_spreads_compact_channels_with_zeros():
    session = _op_session(ops.SCATTER_CHANNELS, [("X", F32, 4), ("indices", I64, 1)], [("Y", F32, 4)], channels=6)
    x = np.random.default_rng(0).random((2, 3, 4, 5), dtype=np.float32)
    (y,) = session.run(None, {"X": x, "indices": np.array([4, 0, 2])})
    expected = np.zeros((2, 6, 4, 5), np.float32)
    expected[:, [4, 0, 2]] = x
    np.testing.assert_array_equal(y, expected)
    (empty,) = session.run(None, {"X": np.zeros((1, 0, 4, 5), np.float32), "indices": np.zeros(0, np.int64)})
    np.testing.assert_array_equal(empty, np.zeros((1, 6, 4, 5), np.float32))


CONV_CASES = [  # (in kept, out kept)
    ([0, 2, 3], [1, 2, 5]),
    ([], [0, 4]),  # the previous unit kept nothing: bias only
    ([1, 2], []),  # this unit keeps nothing
    ([], []),
    (list(range(6)), list(range(6))),
]


@pytest.mark.parametrize("depthwise", [False, True], ids=["conv", "depthwise"])
@pytest.mark.parametrize("stride,pad,dilation", [(1, 1, 1), (2, 1, 1), (2, 0, 1), (1, 2, 2)])
def test_masked_conv_ops_equal_dense_conv_on_kept_channels(depthwise, stride, pad, dilation):
    op = ops.MASKED_DEPTHWISE_CONV if depthwise else ops.MASKED_CONV
    session = _op_session(
        op, [("X", F32, 4), ("in_idx", I64, 1), ("out_idx", I64, 1), ("W", F32, 4), ("B", F32, 1)], [("Y", F32, 4)],
        strides=[stride] * 2, pads=[pad] * 4, dilations=[dilation] * 2,
    )
    rng = np.random.default_rng(1)
    channels = 6
    weight = rng.standard_normal((channels, 1 if depthwise else channels, 3, 3)).astype(np.float32)
    bias = rng.standard_normal(channels).astype(np.float32)
    for kept_in, kept_out in CONV_CASES:
        kept_in, kept_out = np.array(kept_in, np.int64), np.array(kept_out, np.int64)
        compact = rng.random((1, len(kept_in), 9, 9), dtype=np.float32)
        dense = np.zeros((1, channels, 9, 9), np.float32)
        dense[:, kept_in] = compact
        reference = F.conv2d(torch.from_numpy(dense), torch.from_numpy(weight), torch.from_numpy(bias), stride, pad,
                             dilation, groups=channels if depthwise else 1).numpy()[:, kept_out]
        (y,) = session.run(None, {"X": compact, "in_idx": kept_in, "out_idx": kept_out, "W": weight, "B": bias})
        assert y.shape == reference.shape
        np.testing.assert_allclose(y, reference, atol=1e-5, rtol=1e-5)


# --------------------------------------------------------------------------- graphs of an entry


def _graph_files(entry: Path) -> list[Path]:
    return sorted(entry.rglob("*.onnx"))


@pytest.mark.parametrize("arch", ["resnet20", "mobilenet_v1", "resnet18"])
def test_every_graph_passes_full_check_and_loads_in_stock_onnxruntime(entries, arch):
    _, entry = entries(arch)
    files = _graph_files(entry)
    assert len(files) == 2 * len(load_manifest(entry).units) + 2
    for path in files:
        model = onnx.load(str(path))
        onnx.checker.check_model(model, full_check=True)
        ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])  # no custom-op library registered


def test_custom_ops_are_used_and_defined_as_model_local_functions(entries):
    _, entry = entries("mobilenet_v1")
    used_anywhere = set()
    for path in _graph_files(entry):
        model = onnx.load(str(path))
        used = {n.op_type for n in model.graph.node if n.domain == ops.DOMAIN}
        defined = {(f.domain, f.name) for f in model.functions}
        assert {(ops.DOMAIN, op) for op in used} <= defined, path.name
        assert {n.domain for n in model.graph.node} <= {"", ops.DOMAIN}
        used_anywhere |= used
    assert used_anywhere == set(ops.OP_NAMES)  # predictor, conv, depthwise and residual-free scatter all appear
    predictor = onnx.load(str(entry / load_manifest(entry).units[0].predictor.file))
    assert ops.KEPT_INDICES in {n.op_type for n in predictor.graph.node}


def _run_with_intermediates(model: onnx.ModelProto, feeds: dict, wanted: list[str]) -> dict[str, np.ndarray]:
    """Inline the functions and expose intermediate values as extra graph outputs."""
    flat = onnx.inliner.inline_local_functions(model)
    for name in wanted:
        flat.graph.output.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, None))
    session = ort.InferenceSession(flat.SerializeToString(), providers=["CPUExecutionProvider"])
    names = [o.name for o in session.get_outputs()]
    return dict(zip(names, session.run(None, feeds)))


@pytest.mark.parametrize("arch,kind", [("resnet20", "conv"), ("mobilenet_v1", "depthwise")])
def test_masked_block_computes_only_kept_filters(entries, arch, kind):
    _, entry = entries(arch)
    manifest = load_manifest(entry)
    unit = next(u for u in manifest.units if u.kind == kind and not u.input_dense and u.skip is None)
    c_in, c_out = unit.in_channels, unit.out_channels
    kept_in, kept_out = np.array([0, 2, c_in - 1]), np.array([1, c_out - 2])
    x = np.random.default_rng(0).random((1, len(kept_in), *unit.in_hw), dtype=np.float32)
    model = onnx.load(str(entry / unit.block.file))
    weights = {i.name: i.dims for i in model.graph.initializer}
    flat = onnx.inliner.inline_local_functions(model)
    if kind == "conv":
        convs = [n for n in flat.graph.node if n.op_type == "Conv"]
        assert len(convs) == 1 and convs[0].input[1] not in weights  # its weight is computed (gathered), not stored
        wanted = [convs[0].input[1], convs[0].output[0]]
    else:
        assert not [n for n in flat.graph.node if n.op_type == "Conv"]
        gathers = [n for n in flat.graph.node if n.op_type == "Gather" and n.input[0] in weights
                   and len(weights[n.input[0]]) == 4]
        wanted = [gathers[0].output[0]]
    values = _run_with_intermediates(model, {"x": x, "x_idx": kept_in, "kept": kept_out}, wanted)
    assert values[wanted[0]].shape == ((2, 3, 3, 3) if kind == "conv" else (2, 1, 3, 3))  # k_out rows, k_in columns
    y = values["y"]
    assert y.shape[:2] == (1, 2) and values["y_idx"].tolist() == kept_out.tolist()
    if kind == "conv":
        assert values[wanted[1]].shape[1] == 2  # the conv itself produced only the kept filters


def test_activations_travel_compact_between_units(entries):
    _, entry = entries("resnet20")
    runner = ModelRunner(entry)
    manifest = runner.manifest
    x = runner.normalise(np.random.default_rng(0).random((1, *manifest.input.shape), dtype=np.float32))
    stem = manifest.units[0]
    predictor = ort.InferenceSession(str(entry / stem.predictor.file), providers=["CPUExecutionProvider"])
    block = ort.InferenceSession(str(entry / stem.block.file), providers=["CPUExecutionProvider"])
    logits, kept = predictor.run(None, {"x": x, "x_idx": np.arange(3)})
    assert kept.tolist() == np.flatnonzero(logits > 0).tolist()
    y, y_idx = block.run(None, {"x": x, "x_idx": np.arange(3), "kept": kept})
    assert 0 < len(kept) < stem.out_channels
    assert y.shape == (1, len(kept), *stem.out_hw) and y_idx.tolist() == kept.tolist()
    residual = next(u for u in manifest.units if u.skip is not None)
    assert residual.output_dense and not manifest.units[1].output_dense


# --------------------------------------------------------------------------- parity


@pytest.mark.parametrize("arch", sorted(SIZES))
def test_export_parity_every_architecture(entries, arch):
    checkpoint, entry = entries(arch)
    manifest = load_manifest(entry)
    assert manifest.parity is not None and manifest.parity.kept_exact
    assert manifest.parity.samples == 12 and manifest.parity.source.startswith("synthetic")
    assert manifest.parity.max_logit_abs_diff <= 1e-4 and manifest.parity.dense_max_logit_abs_diff <= 1e-4
    # And independently of the exporter's own check: runner vs PyTorch on fresh inputs.
    net, meta = pytorch_net(checkpoint)
    images = np.random.default_rng(7).random((3, *meta.input_shape), dtype=np.float32)
    with torch.no_grad():
        ref_logits = net(normalised(images, meta)).numpy()
    ref_kept = {name: unit.record.mask.sum(dim=1).numpy().astype(np.int64) for name, unit in net.named_units()}
    result = ModelRunner(entry).run(images)
    np.testing.assert_allclose(result.logits, ref_logits, atol=1e-4, rtol=0)
    assert list(result.kept) == list(ref_kept)
    for name in ref_kept:
        np.testing.assert_array_equal(result.kept[name], ref_kept[name])
    mixed = [name for name in ref_kept if 0 < ref_kept[name].mean() < net.get_submodule(name).conv.out_channels]
    assert len(mixed) > len(ref_kept) // 2  # the test nets really prune
    expected = executed_flops(CostModel.from_dict(manifest.cost_model), ref_kept, "honest").total
    np.testing.assert_allclose(result.flops_executed, expected)
    assert result.flops_dense == manifest.flops_dense["honest"]


def test_all_registered_architectures_are_covered():
    assert sorted(SIZES) == list_models()


def test_dense_checkpoint_exports_ungated_keeping_every_channel(tmp_path):
    checkpoint = make_checkpoint(tmp_path / "dense-run", "mobilenet_v1", kind="dense")
    result = export_checkpoint(checkpoint, tmp_path / "repo", verify=True, verify_samples=6)
    manifest = result.manifest
    assert not manifest.gated and all(u.predictor is None for u in manifest.units)
    assert not list((result.path / "units").glob("*.predictor.onnx"))
    net, meta = pytorch_net(checkpoint)
    images = np.random.default_rng(3).random((2, *meta.input_shape), dtype=np.float32)
    runner = ModelRunner(result.path)
    out = runner.run(images)
    with torch.no_grad():
        np.testing.assert_allclose(out.logits, net(normalised(images, meta)).numpy(), atol=1e-4, rtol=0)
    for unit in manifest.units:
        assert out.kept[unit.name].tolist() == [unit.out_channels] * 2
    np.testing.assert_allclose(out.flops_executed, [out.flops_dense] * 2)
    np.testing.assert_allclose(runner.run_dense(images), out.logits, atol=1e-5)


def test_unit_keeping_zero_channels_runs_and_matches_pytorch(tmp_path):
    def silence(net):  # layer2.0.conv1 never keeps a channel; the next units read an empty tensor
        fc = net.get_submodule("layer2.0.conv1").predictor.fc
        fc.weight.zero_()
        fc.bias.fill_(-1.0)
        last = net.get_submodule("layer3.2.conv2").predictor.fc  # the block output is the shortcut alone
        last.bias.fill_(-100.0)

    checkpoint = make_checkpoint(tmp_path / "run", "resnet20", tweak=silence)
    result = export_checkpoint(checkpoint, tmp_path / "repo", verify=True, verify_samples=6)
    out = ModelRunner(result.path).run(np.random.default_rng(0).random((2, 3, 16, 16), dtype=np.float32))
    assert out.kept["layer2.0.conv1"].tolist() == [0, 0]
    assert out.kept["layer3.2.conv2"].tolist() == [0, 0]


def test_zero_kept_last_unit_of_a_plain_net_reaches_the_head(tmp_path):
    def silence(net):
        net.features[-1].predictor.fc.weight.zero_()
        net.features[-1].predictor.fc.bias.fill_(-1.0)

    checkpoint = make_checkpoint(tmp_path / "run", "mobilenet_v1", tweak=silence)
    result = export_checkpoint(checkpoint, tmp_path / "repo")
    out = ModelRunner(result.path).run(np.random.default_rng(0).random((2, 3, 16, 16), dtype=np.float32))
    assert out.kept[result.manifest.units[-1].name].tolist() == [0, 0]
    net, meta = pytorch_net(checkpoint)
    with torch.no_grad():
        ref = net(normalised(np.random.default_rng(0).random((2, 3, 16, 16), dtype=np.float32), meta)).numpy()
    np.testing.assert_allclose(out.logits, ref, atol=1e-4, rtol=0)


def test_parity_failure_names_the_unit_and_writes_nothing(tmp_path, monkeypatch, capsys):
    import dynaprune.exporter.ftwt_export as export_module

    real_lower = export_module.lower

    def broken_lower(net, input_shape, gated):
        spec = real_lower(net, input_shape, gated)
        spec.units[3].predictor.bias[:] += 50.0  # the exported predictor keeps every channel
        return spec

    monkeypatch.setattr(export_module, "lower", broken_lower)
    checkpoint = make_checkpoint(tmp_path / "run", "resnet20")
    repo = tmp_path / "repo"
    code = main(["export", str(checkpoint), "--repo", str(repo), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert "parity check failed at unit 'layer1.1.conv1' (#3), sample 0" in err and "nothing was written" in err
    assert not repo.exists() or not any(repo.rglob("*"))


# --------------------------------------------------------------------------- manifest


def test_manifest_records_schema_units_wiring_and_hashes(entries):
    _, entry = entries("resnet18")
    raw = json.loads((entry / MANIFEST_FILE).read_text())
    assert raw["schema_version"] == 1 and raw["family"] == "ftwt" and raw["gated"] is True
    assert raw["input"] == {"name": "input", "datatype": "FP32", "shape": [3, 64, 64],
                            "mean": [0.5, 0.4, 0.45], "std": [0.25, 0.2, 0.3]}
    units = raw["units"]
    assert [u["name"] for u in units] == [c["name"] for c in raw["cost_model"]["convs"] if c["gated"]]
    assert units[0]["input"] == "input" and units[0]["post"][0]["op"] == "maxpool"
    projection = next(u for u in units if u["shortcut"] and u["shortcut"]["kind"] == "projection")
    assert projection["skip"] == units[projection["index"] - 2]["name"]
    on_disk = {p.relative_to(entry).as_posix() for p in entry.rglob("*") if p.is_file()} - {MANIFEST_FILE}
    assert set(raw["files"]) == on_disk
    assert all(raw["files"][rel] == sha256_file(entry / rel) for rel in on_disk)


def test_manifest_records_sample_images_of_the_checkpoint_test_split(entries):
    from dynaprune.datasets.sources import load_dataset
    from dynaprune.exporter.samples import SAMPLES_FILE

    _, entry = entries("resnet20")  # trained (on paper) on synthetic?size=16&n=60, seed 1: 12 test images
    manifest = load_manifest(entry)
    samples = manifest.samples
    assert samples is not None and samples.file == SAMPLES_FILE and samples.source == "synthetic?size=16&n=60"
    assert manifest.files[SAMPLES_FILE] == sha256_file(entry / SAMPLES_FILE)
    test = load_dataset(samples.source, seed=1, test_fraction=0.2).test
    images = np.load(entry / SAMPLES_FILE, allow_pickle=False)
    assert images.dtype == np.float32 and images.shape == (12, 3, 16, 16) == (samples.count, *manifest.input.shape)
    np.testing.assert_array_equal(images, test.images[:16])
    assert samples.labels == test.labels[:16].tolist() and all(0 <= c < CLASSES for c in samples.labels)
    assert ModelRunner(entry).run(images).logits.shape == (12, CLASSES)  # the served input as it stands


def test_manifest_sha256_tamper_detected(entries, tmp_path):
    import shutil

    _, entry = entries("resnet20")
    copy = tmp_path / "entry"
    shutil.copytree(entry, copy)
    victim = copy / load_manifest(copy).units[4].block.file
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))
    with pytest.raises(ManifestError, match="sha256 mismatch for units/004_"):
        load_manifest(copy)
    load_manifest(copy, verify_hashes=False)  # the caller may opt out
    with pytest.raises(ManifestError, match=str(copy)):
        ModelRunner(copy)


def test_manifest_missing_file_and_bad_schema_detected(entries, tmp_path):
    import shutil

    _, entry = entries("resnet20")
    copy = tmp_path / "entry"
    shutil.copytree(entry, copy)
    (copy / "dense.onnx").unlink()
    with pytest.raises(ManifestError, match="missing file dense.onnx"):
        load_manifest(copy)
    raw = json.loads((entry / MANIFEST_FILE).read_text())
    del raw["units"][0]["block"]
    (copy / MANIFEST_FILE).write_text(json.dumps(raw))
    with pytest.raises(ManifestError, match="bad manifest schema: units.0.block"):
        load_manifest(copy)
    (copy / MANIFEST_FILE).write_text(json.dumps({**raw, "schema_version": 99}))
    with pytest.raises(ManifestError, match="schema version 99"):
        load_manifest(copy)
    with pytest.raises(ManifestError, match="no manifest.json"):
        load_manifest(tmp_path)


# --------------------------------------------------------------------------- runner


@pytest.mark.parametrize("engine", ["onnx", "native"])
def test_runtime_never_imports_torch_training_or_the_exporter(entries, engine):
    if engine == "native" and not native_available():
        pytest.skip("the native engine is not built")
    _, entry = entries("resnet20")
    script = f"""
import sys
sys.modules["torch"] = None  # any `import torch` now fails
import numpy as np
from dynaprune.runtime.engines import open_runner
runner = open_runner({str(entry)!r}, engine={engine!r})
runner.warmup(1)
result = runner.run(np.random.default_rng(0).random((2, 3, 16, 16), dtype=np.float32))
runner.run_dense(np.zeros((1, 3, 16, 16), np.float32))
loaded = [m for m in sys.modules if sys.modules[m] is not None
          and (m.split(".")[0] == "torch" or m.startswith(("dynaprune.training", "dynaprune.exporter")))]
assert not loaded, loaded
print(result.logits.shape)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(2, 10)"


def test_runner_result_follows_the_contract(entries):
    _, entry = entries("resnet20")
    runner = ModelRunner(entry, intra_op_threads=1, inter_op_threads=1)
    assert runner.unit_names == [u.name for u in runner.manifest.units]
    images = np.random.default_rng(1).random((3, 3, 16, 16), dtype=np.float32)
    result = runner.run(images)
    assert result.logits.shape == (3, CLASSES) and result.logits.dtype == np.float32
    assert list(result.kept) == runner.unit_names
    assert all(v.shape == (3,) and v.dtype == np.int64 for v in result.kept.values())
    assert result.flops_executed.shape == (3,) and result.flops_executed.dtype == np.float64
    assert isinstance(result.flops_dense, float) and (result.flops_executed < result.flops_dense).all()
    assert runner.run_dense(images).shape == (3, CLASSES)
    np.testing.assert_array_equal(runner.run(images[1:2]).logits[0], result.logits[1])  # per-sample sub-networks
    with pytest.raises(ValueError, match="images must be"):
        runner.run(images[:, :, :8])
    with pytest.raises(ManifestError, match="execution providers"):
        ModelRunner(entry, providers=["NoSuchExecutionProvider"])


# --------------------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def small_checkpoint(tmp_path_factory) -> Path:
    return make_checkpoint(tmp_path_factory.mktemp("cli") / "tiny-run", "resnet20")


def _export(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["export", *args, "--quiet"])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_writes_entry_and_prints_json(small_checkpoint, tmp_path, capsys):
    repo = tmp_path / "repo"
    code, out, err = _export(capsys, str(small_checkpoint.parent), "--repo", str(repo), "--json", "--verify",
                             "--verify-samples", "5")
    assert code == 0, err
    summary = json.loads(out)
    entry = repo / "tiny-run" / "1"  # default name: the run directory; default version: 1
    assert summary["path"] == str(entry) and summary["units"] == 19
    assert summary["parity"]["samples"] == 5 and summary["parity"]["kept_exact"] is True
    assert set(summary["files"]) == set(load_manifest(entry).files)
    assert (entry / "dense.onnx").is_file() and (entry / MANIFEST_FILE).is_file()
    assert oct(entry.stat().st_mode & 0o777) != oct(0o700)
    assert not leftovers(repo)


def test_cli_default_version_is_next_free_and_name_is_settable(small_checkpoint, tmp_path, capsys):
    repo = tmp_path / "repo"
    (repo / "net" / "3").mkdir(parents=True)
    code, out, err = _export(capsys, str(small_checkpoint), "--repo", str(repo), "--name", "net")
    assert code == 0, err
    assert (repo / "net" / "4" / MANIFEST_FILE).is_file() and "net/4" in out
    code, _, err = _export(capsys, str(small_checkpoint), "--repo", str(repo), "--name", "../evil")
    assert code == 2 and "model name" in err


def test_cli_existing_version_refused_without_force(small_checkpoint, tmp_path, capsys):
    repo = tmp_path / "repo"
    assert _export(capsys, str(small_checkpoint), "--repo", str(repo), "--version", "2")[0] == 0
    before = (repo / "tiny-run" / "2" / MANIFEST_FILE).read_bytes()
    code, _, err = _export(capsys, str(small_checkpoint), "--repo", str(repo), "--version", "2")
    assert code == 2 and "already exists" in err and "--force" in err
    assert (repo / "tiny-run" / "2" / MANIFEST_FILE).read_bytes() == before
    assert not leftovers(repo)


def test_cli_force_replaces_existing_version(small_checkpoint, tmp_path, capsys):
    repo = tmp_path / "repo"
    other = make_checkpoint(tmp_path / "other", "resnet20", seed=5)
    assert _export(capsys, str(small_checkpoint), "--repo", str(repo), "--name", "m", "--version", "1")[0] == 0
    (repo / "m" / "1" / "stale.txt").write_text("from the old export")
    code, _, err = _export(capsys, str(other), "--repo", str(repo), "--name", "m", "--version", "1", "--force")
    assert code == 0, err
    manifest = load_manifest(repo / "m" / "1")
    assert manifest.source.sha256 == sha256_file(other)
    assert not (repo / "m" / "1" / "stale.txt").exists() and not leftovers(repo)


def _rewrite_meta(checkpoint: Path, target: Path, **changes) -> Path:
    tensors, metadata = read_tensors(checkpoint)
    meta = json.loads(metadata[METADATA_KEY])
    for key, value in changes.items():
        section, _, field = key.partition("__")
        if field:
            meta[section][field] = value
        else:
            meta[section] = value
    target.mkdir(parents=True)
    save_tensors(target / "model.safetensors", tensors, {METADATA_KEY: json.dumps(meta)})
    return target / "model.safetensors"


def _corrupt(checkpoint: Path, tmp: Path) -> Path:
    path = tmp / "corrupt" / "model.safetensors"
    path.parent.mkdir()
    path.write_bytes(os.urandom(4096))
    return path


def _truncated(checkpoint: Path, tmp: Path) -> Path:
    path = tmp / "truncated" / "model.safetensors"
    path.parent.mkdir()
    path.write_bytes(checkpoint.read_bytes()[: checkpoint.stat().st_size // 2])
    return path


BAD_CHECKPOINTS = {
    "corrupt_bytes": (_corrupt, "not a readable safetensors checkpoint"),
    "truncated": (_truncated, "not a readable safetensors checkpoint"),
    "unknown_arch": (lambda c, t: _rewrite_meta(c, t / "u", arch__name="resnet999"), "unknown architecture 'resnet999'"),
    "weights_do_not_match_width": (lambda c, t: _rewrite_meta(c, t / "w", arch__width=0.5), "expects"),
    "class_names_do_not_match": (lambda c, t: _rewrite_meta(c, t / "n", class_names=["a", "b"]), "2 class names for 10"),
    "input_shape_channels": (lambda c, t: _rewrite_meta(c, t / "s", input_shape=[1, 16, 16]), "input_shape has 1 channels"),
    "input_too_small": (lambda c, t: _rewrite_meta(c, t / "p", input_shape=[3, 2, 2], data={"uri": "synthetic"}),
                        "cannot run on input_shape"),
    "missing": (lambda c, t: t / "nowhere" / "model.safetensors", "checkpoint not found"),
}


@pytest.mark.parametrize("case", sorted(BAD_CHECKPOINTS))
def test_cli_bad_checkpoint_exits_2_with_clear_message_and_writes_nothing(small_checkpoint, tmp_path, capsys, case):
    build, message = BAD_CHECKPOINTS[case]
    bad = build(small_checkpoint, tmp_path)
    repo = tmp_path / "repo"
    code, out, err = _export(capsys, str(bad), "--repo", str(repo))
    assert code == 2
    assert err.startswith("dynaprune export: error:") and message in err, err
    assert "Traceback" not in err and out == ""
    assert not repo.exists()


def test_cli_unwritable_repository_exits_2_and_leaves_nothing(small_checkpoint, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = _export(capsys, str(small_checkpoint), "--repo", str(blocker))
    assert code == 2 and "is not a directory" in err
    code, _, err = _export(capsys, str(small_checkpoint), "--repo", str(blocker / "repo"))
    assert code == 2 and "not writable" in err
    if os.geteuid() != 0:  # root ignores permission bits
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        code, _, err = _export(capsys, str(small_checkpoint), "--repo", str(locked))
        assert code == 2 and "not writable" in err
        assert not any(locked.iterdir())


def test_cli_verify_with_mismatched_data_is_a_user_error(small_checkpoint, tmp_path, capsys):
    bad = _rewrite_meta(small_checkpoint, tmp_path / "d", data={"uri": "synthetic?size=8&n=60"})
    code, _, err = _export(capsys, str(bad), "--repo", str(tmp_path / "repo"), "--verify")
    assert code == 2 and "has images of shape (3, 8, 8)" in err
    assert not (tmp_path / "repo").exists()
