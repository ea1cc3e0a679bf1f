"""The gated unit: masks change the forward pass, and gradients go where the spec says."""

import pytest
import torch
import torch.nn.functional as F

from dynaprune.models.gating import GateMode, MaskPredictor
from dynaprune.models.registry import create_model
from dynaprune.training.loop import mask_loss


def small_net(arch="resnet20", **kwargs):
    torch.manual_seed(0)
    return create_model(arch, num_classes=4, in_channels=3, width=0.5, **kwargs)


def grads_of(params):
    return [p.grad for p in params]


def test_mask_override_changes_the_output():
    net = small_net().eval()
    x = torch.randn(2, 3, 16, 16)
    dense = net(x)
    unit = net.units()[3]
    unit.mask_override = torch.zeros(unit.conv.out_channels)
    unit.mask_override[0] = 1
    assert not torch.allclose(net(x), dense)


def test_zeroed_channels_are_zero_in_the_unit_output():
    net = small_net("vgg16_bn").eval()
    net.set_gating(GateMode.PREDICTED)
    unit = net.units()[0]
    seen = {}
    unit.register_forward_hook(lambda m, i, o: seen.setdefault("out", o))
    net(torch.randn(3, 3, 32, 32))
    mask = unit.record.mask
    assert torch.all(seen["out"][mask == 0] == 0)


def test_predicted_mask_is_logits_above_zero():
    net = small_net().eval()
    net.set_gating(GateMode.PREDICTED)
    net(torch.randn(2, 3, 16, 16))
    for record in net.records():
        assert torch.equal(record.mask, (record.logits > 0).float())


def test_oracle_mask_equals_heatmap_targets():
    net = small_net().eval()
    net.set_gating(GateMode.ORACLE, r=0.8)
    net(torch.randn(2, 3, 16, 16))
    for record in net.records():
        assert torch.equal(record.mask, record.target)


def test_predictor_pools_softmaxes_then_maps_linearly():
    predictor = MaskPredictor(3, 2, pool="max")
    x = torch.randn(1, 3, 4, 4)
    expected = predictor.fc(torch.softmax(x.amax(dim=(2, 3)), dim=1))
    assert torch.allclose(predictor(x), expected)


def test_unknown_pooling_is_rejected():
    with pytest.raises(ValueError, match="pooling"):
        MaskPredictor(3, 2, pool="median")


def _ftwt_losses(net, mode):
    net.train()
    net.set_gating(GateMode.PREDICTED, r=0.8, decoupled=(mode == "decoupled"), want_targets=True)
    logits = net(torch.randn(4, 3, 16, 16))
    ce = F.cross_entropy(logits, torch.tensor([0, 1, 2, 3]))
    return ce, mask_loss(net.records())


def test_task_loss_never_reaches_the_predictors():
    net = small_net()
    ce, _ = _ftwt_losses(net, "joint")
    ce.backward()
    assert all(g is None or torch.count_nonzero(g) == 0 for g in grads_of(net.predictor_parameters()))
    assert any(g is not None and torch.count_nonzero(g) > 0 for g in grads_of(net.backbone_parameters()))


def test_decoupled_mask_loss_trains_only_the_predictors():
    net = small_net()
    _, bce = _ftwt_losses(net, "decoupled")
    bce.backward()
    assert all(g is None or torch.count_nonzero(g) == 0 for g in grads_of(net.backbone_parameters()))
    assert any(g is not None and torch.count_nonzero(g) > 0 for g in grads_of(net.predictor_parameters()))


def test_joint_mask_loss_reaches_the_backbone():
    net = small_net()
    _, bce = _ftwt_losses(net, "joint")
    bce.backward()
    assert any(g is not None and torch.count_nonzero(g) > 0 for g in grads_of(net.backbone_parameters()))


def test_dense_mode_records_no_masks():
    net = small_net().eval()
    net(torch.randn(1, 3, 16, 16))
    with pytest.raises(RuntimeError, match="recorded no mask"):
        net.records()


@pytest.mark.parametrize("arch", ["vgg16_bn", "resnet20", "mobilenet_v1", "resnet18"])
def test_width_classes_and_input_channels_are_configurable(arch):
    net = create_model(arch, num_classes=7, in_channels=1, width=0.25).eval()
    size = 64 if arch == "resnet18" else 32
    assert net(torch.randn(2, 1, size, size)).shape == (2, 7)
