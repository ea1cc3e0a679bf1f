"""FLOPs accounting: paper totals, honest rules, masks that really change counts."""

import numpy as np
import pytest

from dynaprune.models.flops import CostModel, CountMode, all_kept, dense_flops, executed_flops, reduction
from dynaprune.models.geometry import trace_cost_model
from dynaprune.models.registry import create_model, list_models


@pytest.fixture(scope="module")
def cost_models():
    return {name: trace_cost_model(create_model(name)) for name in ("vgg16_bn", "resnet56", "mobilenet_v1")}


@pytest.mark.parametrize(
    "arch,total",
    [("vgg16_bn", 313_478_144), ("resnet56", 125_485_760), ("mobilenet_v1", 46_355_456)],
)
def test_dense_paper_total_equals_the_paper(cost_models, arch, total):
    assert dense_flops(cost_models[arch], CountMode.PAPER).total == total


def test_vgg_dense_total_splits_into_conv_bias_and_classifier(cost_models):
    cm = cost_models["vgg16_bn"]
    convs = dense_flops(cm, "paper").convs
    bias = sum(u.out_channels * u.out_hw[0] * u.out_hw[1] for u in cm.convs)
    assert sum(convs.values()) - bias == 313_196_544
    assert bias == 276_480
    assert [f.ops for f in cm.fixed] == [5_120]


@pytest.mark.parametrize("arch,units", [("vgg16_bn", 13), ("resnet56", 55), ("mobilenet_v1", 27), ("resnet20", 19)])
def test_every_conv_unit_has_a_predictor(cost_models, arch, units):
    cm = cost_models.get(arch) or trace_cost_model(create_model(arch))
    assert len(cm.gated_units) == units


def test_mobilenet_predictors_cost_about_thirteen_percent(cost_models):
    cm = cost_models["mobilenet_v1"]
    overhead = sum(executed_flops(cm, all_kept(cm), "honest").predictors.values())
    assert 0.12 < overhead / dense_flops(cm, "honest").total < 0.15


def test_masks_change_counts_in_both_modes(cost_models):
    cm = cost_models["vgg16_bn"]
    half = {u.name: u.out_channels // 2 for u in cm.gated_units}
    for mode in CountMode:
        assert executed_flops(cm, half, mode).total < dense_flops(cm, mode).total


def test_halving_every_vgg_unit_quarters_inner_conv_macs(cost_models):
    cm = cost_models["vgg16_bn"]
    half = {u.name: u.out_channels // 2 for u in cm.gated_units}
    unit = cm.gated_units[3]
    dense_unit = dense_flops(cm, "paper").convs[unit.name]
    bias = unit.out_channels * unit.out_hw[0] * unit.out_hw[1]
    assert executed_flops(cm, half, "paper").convs[unit.name] == (dense_unit - bias) / 4 + bias / 2


def test_honest_mode_counts_residual_block_input_as_dense(cost_models):
    cm = cost_models["resnet56"]
    names = {u.name: u for u in cm.convs}
    half = {u.name: u.out_channels // 2 for u in cm.gated_units}
    conv1 = names["layer1.1.conv1"]
    paper = executed_flops(cm, half, "paper").convs[conv1.name]
    honest = executed_flops(cm, half, "honest").convs[conv1.name]
    assert honest == 2 * paper  # paper assumes the previous mask; honest sees the dense sum
    assert names["layer1.0.conv1"].honest_source == "stem"  # first block reads the stem directly
    assert names["layer1.1.conv2"].honest_source == "layer1.1.conv1"


def test_honest_mode_counts_depthwise_by_kept_channels(cost_models):
    cm = cost_models["mobilenet_v1"]
    dw = next(u for u in cm.convs if u.is_depthwise)
    kept = {u.name: u.out_channels for u in cm.gated_units}
    kept[dw.name] = dw.out_channels // 4
    count = executed_flops(cm, kept, "honest").convs[dw.name]
    assert count == dw.out_channels // 4 * dw.out_hw[0] * dw.out_hw[1] * 9


def test_counts_are_per_sample_arrays(cost_models):
    cm = cost_models["resnet56"]
    kept = {u.name: np.array([u.out_channels, 1]) for u in cm.gated_units}
    totals = executed_flops(cm, kept, "honest").total
    assert totals.shape == (2,) and totals[0] > totals[1]


def test_reduction_is_one_minus_mean_executed_over_dense(cost_models):
    cm = cost_models["resnet56"]
    kept = {u.name: np.array([u.out_channels, u.out_channels // 2]) for u in cm.gated_units}
    executed = executed_flops(cm, kept, "paper").total
    assert reduction(cm, kept, "paper") == pytest.approx(1 - executed.mean() / dense_flops(cm, "paper").total)


def test_missing_unit_counts_are_an_error(cost_models):
    with pytest.raises(ValueError, match="missing"):
        executed_flops(cost_models["resnet56"], {}, "honest")


def test_cost_model_round_trips_through_json(cost_models):
    import json

    cm = cost_models["mobilenet_v1"]
    again = CostModel.from_dict(json.loads(json.dumps(cm.to_dict())))
    assert again == cm


def test_flops_module_does_not_import_torch():
    import subprocess
    import sys

    code = "import sys; import models.flops; assert 'torch' not in sys.modules, 'torch imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("arch", ["resnet18", "resnet34", "resnet20", "resnet110"])
def test_other_architectures_follow_the_same_rules(arch):
    cm = trace_cost_model(create_model(arch))
    convs = dense_flops(cm, "paper").convs
    for u in cm.convs:
        expected = u.out_channels * u.out_hw[0] * u.out_hw[1] * u.in_channels // u.groups * u.kernel[0] * u.kernel[1]
        assert convs[u.name] == expected
    assert dense_flops(cm, "paper").total == sum(convs.values()) + sum(f.ops for f in cm.fixed)


def test_registry_lists_every_architecture():
    assert set(list_models()) == {"vgg16_bn", "resnet20", "resnet56", "resnet110", "mobilenet_v1", "resnet18", "resnet34"}
