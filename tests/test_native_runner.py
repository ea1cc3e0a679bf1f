"""The compiled engine `dynaprune.runtime.ftwt._native` behind `dynaprune.runtime.ftwt.native_runner.NativeRunner`.

Parity with the ONNX Runtime runner (kept channel sets identical, logits within
the exporter's tolerance), edge cases (units keeping nothing, ungated exports,
max-pool predictors), and that the engine really skips work: its count of
multiply-adds equals the honest executed conv MACs of models.flops.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import numpy as np
import pytest

from dynaprune.exporter.export import export_checkpoint
from dynaprune.runtime.manifest import ManifestError
from dynaprune.runtime.engines import open_runner
from dynaprune.runtime.ftwt.native_runner import NativeRunner, native_available, native_info
from dynaprune.runtime.ftwt import ModelRunner
from dynaprune.models.flops import CostModel, CountMode, conv_flops
from tests.export_fixtures import make_checkpoint

pytestmark = pytest.mark.skipif(not native_available(), reason=f"native engine not built: {native_info()}")

SIZES = {"vgg16_bn": 32, "resnet20": 16, "mobilenet_v1": 16, "resnet18": 64}
TOLERANCE = 1e-4  # the exporter's: |diff| <= 1e-4 * max(1, largest |logit| of the sample)


@pytest.fixture(scope="module")
def entry(tmp_path_factory):
    root = tmp_path_factory.mktemp("native")
    cache: dict[tuple, Path] = {}

    def get(arch: str, **kwargs) -> Path:
        key = (arch, tuple(sorted(kwargs.items())))
        if key not in cache:
            name = f"{arch}-{len(cache)}"
            checkpoint = make_checkpoint(root / "runs" / name, arch, **kwargs)
            cache[key] = export_checkpoint(checkpoint, root / "repo", name=name, version=1).path
        return cache[key]

    return get


def images_for(runner, n: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).random((n, *runner.manifest.input.shape), dtype=np.float32)


def assert_same_subnetworks(native: NativeRunner, reference: ModelRunner, images: np.ndarray) -> None:
    for i, (a, b) in enumerate(zip(reference.trace(images), native.trace(images))):
        for name in reference.unit_names:
            assert np.array_equal(a.kept[name], b.kept[name]), f"sample {i}, unit {name}: kept channels differ"
        bound = TOLERANCE * max(1.0, float(np.abs(a.logits).max()))
        assert float(np.abs(a.logits - b.logits).max()) <= bound, f"sample {i}: logits differ"


# --------------------------------------------------------------------------- parity


@pytest.mark.parametrize("arch", sorted(SIZES))
def test_native_matches_onnx_runner_kept_sets_logits_and_flops(entry, arch):
    path = entry(arch)
    reference = ModelRunner(path, providers=["CPUExecutionProvider"])
    native = NativeRunner(path, threads=2)
    images = images_for(native, 6)
    assert_same_subnetworks(native, reference, images)
    ref, got = reference.run(images), native.run(images)
    assert list(got.kept) == reference.unit_names == native.unit_names
    for name in reference.unit_names:
        np.testing.assert_array_equal(got.kept[name], ref.kept[name])
        assert got.kept[name].dtype == np.int64 and got.kept[name].shape == (6,)
    np.testing.assert_array_equal(got.flops_executed, ref.flops_executed)  # same honest accounting, exactly
    assert got.flops_dense == ref.flops_dense
    assert got.logits.dtype == np.float32 and got.logits.shape == (6, 10)
    pruning = [n for n in ref.kept if 0 < ref.kept[n].mean() < native.manifest.units[native.unit_names.index(n)].out_channels]
    assert len(pruning) > len(ref.kept) // 2  # the test nets really prune


def test_batch_thread_count_and_one_call_per_sample_agree(entry):
    path = entry("resnet20")
    one, two = NativeRunner(path, threads=1), NativeRunner(path, threads=2)
    images = images_for(one, 5, seed=3)
    batched = two.run(images)
    single = [one.run(images[i : i + 1]) for i in range(5)]
    np.testing.assert_array_equal(batched.logits, np.concatenate([s.logits for s in single]))  # bitwise
    for name in one.unit_names:
        np.testing.assert_array_equal(batched.kept[name], np.concatenate([s.kept[name] for s in single]))


def test_wide_predictors_split_by_rows_agree_across_thread_counts(entry):
    # width 0.5: 256-channel units, whose predictors are split into row parts (PRED_PARTS) and run
    # on several threads; the parts' order of summation is fixed, so any thread count gives the
    # same bits, and each worker builds its own im2col panels
    path = entry("vgg16_bn", width=0.5)
    runners = [NativeRunner(path, threads=n) for n in (1, 2, 3)]
    images = images_for(runners[0], 4, seed=11)
    results = [r.run(images) for r in runners]
    for other in results[1:]:
        np.testing.assert_array_equal(other.logits, results[0].logits)
        for name in runners[0].unit_names:
            np.testing.assert_array_equal(other.kept[name], results[0].kept[name])
    assert_same_subnetworks(runners[1], ModelRunner(path, providers=["CPUExecutionProvider"]), images)


@pytest.mark.parametrize("spread", ["samples", "convs", "layers", "auto"])
def test_a_batch_spread_over_threads_gives_every_sample_its_lone_answer(entry, spread):
    # width 0.5 VGG: convs big enough to be split over threads when a sample runs alone, so
    # "samples" (whole samples per thread) and "convs" (each conv split) really run differently
    path = entry("vgg16_bn", width=0.5)
    batched = NativeRunner(path, threads=2, batch_spread=spread)
    alone = NativeRunner(path, threads=2)
    images = images_for(alone, 7, seed=5)
    together = batched.run_stats(images)
    for i in range(len(images)):
        lone = alone.run_stats(images[i : i + 1])
        np.testing.assert_array_equal(together["mask"][i], lone["mask"][0])  # the same kept channels, exactly
        np.testing.assert_array_equal(together["logits"][i], lone["logits"][0])  # bitwise
        assert together["flops_executed"][i] == lone["flops_executed"][0]
        assert together["macs"][i] == lone["macs"][0]


def assert_lone_answers(batched: NativeRunner, alone: NativeRunner, images: np.ndarray) -> None:
    together = batched.run_stats(images)
    for i in range(len(images)):
        lone = alone.run_stats(images[i : i + 1])
        np.testing.assert_array_equal(together["mask"][i], lone["mask"][0], err_msg=f"sample {i}: kept channels")
        np.testing.assert_array_equal(together["logits"][i], lone["logits"][0], err_msg=f"sample {i}: logits")
        assert together["flops_executed"][i] == lone["flops_executed"][0]
        assert together["macs"][i] == lone["macs"][0]


@pytest.mark.parametrize("arch", sorted(SIZES))
@pytest.mark.parametrize("threads", [1, 2])
def test_a_batch_in_lockstep_gives_every_sample_its_lone_answer_bit_for_bit(entry, arch, threads):
    # "layers" runs the small-plane convs for the whole batch at once (tiles of filters outermost,
    # shared by the samples): every architecture's kinds of unit (plain, residual with identity, pad
    # and projection shortcuts, depthwise, max-pool predictors, 2x2 outputs) must still give each
    # sample exactly its lone answer; 19 samples span more than one lockstep group of 16
    path = entry(arch)
    batched = NativeRunner(path, threads=threads, batch_spread="layers")
    alone = NativeRunner(path, threads=threads, batch_spread="convs")
    assert_lone_answers(batched, alone, images_for(alone, 19, seed=3))


def test_a_batch_in_lockstep_keeps_lone_answers_when_some_samples_keep_nothing(entry):
    # a flops_budget below what the predictors cost makes a sample keep no filter in any unit, while its
    # neighbours in the batch keep many: empty inputs and outputs share the batch-wide convs
    path = entry("vgg16_bn", width=0.5)
    batched = NativeRunner(path, threads=2, batch_spread="layers")
    alone = NativeRunner(path, threads=2, batch_spread="convs")
    images = images_for(alone, 6, seed=8)
    budgets = np.array([1.0, 1e-4, 1.0, 0.02, 0.5, 1e-4])  # 1e-4: below the predictors alone, nothing kept
    together = batched.run(images, flops_budget=budgets)
    assert all(together.kept[name][1] == 0 for name in batched.unit_names)
    assert all(together.kept[name][0] > 0 for name in batched.unit_names)
    for i in range(len(images)):
        lone = alone.run(images[i : i + 1], flops_budget=budgets[i])
        for name in alone.unit_names:
            assert together.kept[name][i] == lone.kept[name][0], f"sample {i}, unit {name}"
        np.testing.assert_array_equal(together.logits[i], lone.logits[0])
        assert together.flops_executed[i] == lone.flops_executed[0]


def test_batch_spread_must_be_a_known_mode(entry):
    with pytest.raises(ValueError, match="batch_spread"):
        NativeRunner(entry("resnet20"), batch_spread="threads")


def test_max_pool_predictors(entry):
    path = entry("resnet20", pool="max")
    assert NativeRunner(path).manifest.units[0].predictor_pool == "max"
    assert_same_subnetworks(NativeRunner(path), ModelRunner(path, providers=["CPUExecutionProvider"]),
                            images_for(NativeRunner(path), 4, seed=5))


def test_ungated_export_keeps_every_channel(entry):
    path = entry("mobilenet_v1", kind="dense")
    native, reference = NativeRunner(path), ModelRunner(path, providers=["CPUExecutionProvider"])
    images = images_for(native, 3)
    got = native.run(images)
    assert not native.manifest.gated
    for unit in native.manifest.units:
        assert got.kept[unit.name].tolist() == [unit.out_channels] * 3
    np.testing.assert_allclose(got.flops_executed, [got.flops_dense] * 3)
    np.testing.assert_allclose(got.logits, reference.run(images).logits, atol=1e-4, rtol=1e-5)
    np.testing.assert_allclose(native.run_dense(images), got.logits, atol=1e-4, rtol=1e-5)


# --------------------------------------------------------------------------- zero kept channels


def test_units_keeping_no_channel(entry):
    def silence(net):  # layer2.0.conv1 keeps nothing: the next conv reads an empty tensor (bias only)
        fc = net.get_submodule("layer2.0.conv1").predictor.fc
        fc.weight.zero_()
        fc.bias.fill_(-1.0)
        net.get_submodule("layer3.2.conv2").predictor.fc.bias.fill_(-100.0)  # the last block: shortcut alone

    path = entry("resnet20", tweak=silence)
    native, reference = NativeRunner(path), ModelRunner(path, providers=["CPUExecutionProvider"])
    images = images_for(native, 3, seed=1)
    got = native.run(images)
    assert got.kept["layer2.0.conv1"].tolist() == [0, 0, 0]
    assert got.kept["layer3.2.conv2"].tolist() == [0, 0, 0]
    assert_same_subnetworks(native, reference, images)


def test_conv_after_a_unit_keeping_nothing_outputs_its_rectified_bias(entry):
    def silence(net):  # features.3 keeps nothing: features.4 (conv, BN, ReLU) sees an all-zero input
        fc = net.get_submodule("features.3").predictor.fc
        fc.weight.zero_()
        fc.bias.fill_(-1.0)
        net.get_submodule("features.4").bn.bias.uniform_(-1.0, 1.0)  # negative biases must clamp to 0

    path = entry("vgg16_bn", tweak=silence)
    native, reference = NativeRunner(path), ModelRunner(path, providers=["CPUExecutionProvider"])
    images = images_for(native, 3, seed=2)
    assert native.run(images).kept["features.3"].tolist() == [0, 0, 0]
    assert_same_subnetworks(native, reference, images)


def test_last_unit_keeping_no_channel_reaches_the_head(entry):
    def silence(net):
        net.features[-1].predictor.fc.weight.zero_()
        net.features[-1].predictor.fc.bias.fill_(-1.0)

    path = entry("mobilenet_v1", tweak=silence)
    native, reference = NativeRunner(path), ModelRunner(path, providers=["CPUExecutionProvider"])
    images = images_for(native, 2)
    got = native.run(images)
    assert got.kept[native.unit_names[-1]].tolist() == [0, 0]
    np.testing.assert_allclose(got.logits, reference.run(images).logits, atol=1e-5)


# --------------------------------------------------------------------------- skipped work


def honest_conv_macs(manifest, kept: dict[str, np.ndarray]) -> np.ndarray:
    """Multiply-adds of every conv (no bias ops, no predictors), models.flops honest rules."""
    cost = manifest.cost()
    total = 0
    for unit in cost.convs:
        kept_out = kept[unit.name] if unit.gated else unit.out_channels
        kept_in = unit.in_channels if unit.honest_source is None else np.minimum(kept[unit.honest_source],
                                                                                 unit.in_channels)
        total = total + conv_flops(dataclasses.replace(unit, bias=False), kept_out, kept_in, CountMode.HONEST)
    return np.asarray(total)


@pytest.mark.parametrize("arch", ["vgg16_bn", "resnet20", "resnet18"])
def test_engine_performs_exactly_the_honest_conv_macs(entry, arch):
    native = NativeRunner(entry(arch))
    stats = native.run_stats(images_for(native, 4, seed=2))
    kept = {name: stats["kept"][:, i] for i, name in enumerate(native.unit_names)}
    expected = honest_conv_macs(native.manifest, kept)
    np.testing.assert_array_equal(stats["macs"], expected)
    dense = honest_conv_macs(native.manifest, {u.name: np.full(4, u.out_channels) for u in native.manifest.units})
    assert (stats["macs"] < 0.9 * dense).all()  # dropped filters and dropped inputs cost nothing
    assert isinstance(native.manifest.cost(), CostModel)


def test_kept_mask_matches_kept_counts(entry):
    native = NativeRunner(entry("vgg16_bn"))
    stats = native.run_stats(images_for(native, 3))
    widths = [u.out_channels for u in native.manifest.units]
    offsets = np.concatenate([[0], np.cumsum(widths)])
    for i in range(len(widths)):
        np.testing.assert_array_equal(stats["mask"][:, offsets[i] : offsets[i + 1]].sum(axis=1), stats["kept"][:, i])


# --------------------------------------------------------------------------- interface


def test_runner_interface_and_input_checks(entry, tmp_path):
    path = entry("resnet20")
    native = NativeRunner(path, intra_op_threads=1, providers=["CPUExecutionProvider"])  # the server's arguments
    assert native.threads == 1 and native.unit_names == [u.name for u in native.manifest.units]
    native.warmup(1)
    with pytest.raises(ValueError, match="images must be"):
        native.run(np.zeros((1, 3, 8, 8), np.float32))
    empty = native.run(np.zeros((0, 3, 16, 16), np.float32))
    assert empty.logits.shape == (0, 10) and all(v.shape == (0,) for v in empty.kept.values())
    assert isinstance(open_runner(path, engine="onnx"), ModelRunner)
    server_kwargs = dict(providers=["CPUExecutionProvider"], intra_op_threads=2, inter_op_threads=None,
                         verify_hashes=True)  # what server.runtime.load_entry passes a runner factory
    native_from_server = open_runner(path, engine="auto", **server_kwargs)
    assert isinstance(native_from_server, NativeRunner) and native_from_server.threads == 2
    assert isinstance(open_runner(path, engine="onnx", **server_kwargs), ModelRunner)
    assert native_info()["available"] is True
    with pytest.raises(ValueError):
        NativeRunner(path, threads=0)


def test_tampered_weights_are_refused(entry, tmp_path):
    import shutil

    copy = tmp_path / "entry"
    shutil.copytree(entry("resnet20"), copy)
    block = next((copy / "units").glob("*.block.onnx"))
    block.write_bytes(block.read_bytes()[:-1] + b"\0")
    with pytest.raises(ManifestError, match="sha256"):
        NativeRunner(copy)


def test_concurrent_callers_get_the_same_answers(entry):
    native = NativeRunner(entry("vgg16_bn"), threads=2)
    images = images_for(native, 4, seed=9)
    expected = native.run(images).logits
    results: list[np.ndarray] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                results.append(native.run(images).logits)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 9
    for logits in results:
        np.testing.assert_array_equal(logits, expected)
