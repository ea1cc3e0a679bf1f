"""PyTorch network -> `NetSpec`: numpy weights, BN folded, wiring made explicit.

A network's `forward` is Python code, so each architecture family of `models/`
gets a small lowering that states its data flow: which tensor every gated unit
reads, which pooling follows it, and how residual blocks add their shortcut.
Imports torch; the runtime side (manifest, runner) never imports this module.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from dynaprune.errors import UserError
from dynaprune.exporter.graphs import ConvSpec, HeadSpec, NetSpec, PoolSpec, PredictorSpec, ShortcutSpec, UnitSpec
from dynaprune.models.gating import GatedConv, GatedNet
from dynaprune.models.mobilenet import MobileNetV1
from dynaprune.models.resnet_cifar import BasicBlock as CifarBlock
from dynaprune.models.resnet_cifar import CifarResNet, PadShortcut
from dynaprune.models.resnet_imagenet import Downsample as ImageNetDownsample
from dynaprune.models.resnet_imagenet import ImageNetResNet
from dynaprune.models.vgg import VGG


def _pair(value: int | tuple[int, ...]) -> tuple[int, int]:
    return (value, value) if isinstance(value, int) else (int(value[0]), int(value[1]))


def fold_conv_bn(conv: nn.Conv2d, bn: nn.BatchNorm2d) -> ConvSpec:
    """conv followed by eval-mode BN as one conv (computed in float64)."""
    if conv.padding_mode != "zeros" or isinstance(conv.padding, str):
        raise UserError(f"cannot export conv with padding mode {conv.padding_mode!r} / padding {conv.padding!r}")
    if bn.running_mean is None or bn.running_var is None:
        raise UserError("cannot fold a BatchNorm without running statistics")
    weight = conv.weight.detach().double()
    mean, var = bn.running_mean.detach().double(), bn.running_var.detach().double()
    gamma = bn.weight.detach().double() if bn.weight is not None else torch.ones_like(mean)
    beta = bn.bias.detach().double() if bn.bias is not None else torch.zeros_like(mean)
    scale = gamma / torch.sqrt(var + bn.eps)
    bias = conv.bias.detach().double() if conv.bias is not None else torch.zeros_like(mean)
    ph, pw = _pair(conv.padding)
    return ConvSpec(
        weight=(weight * scale[:, None, None, None]).float().numpy(),
        bias=((bias - mean) * scale + beta).float().numpy(),
        stride=_pair(conv.stride),
        padding=(ph, pw, ph, pw),
        dilation=_pair(conv.dilation),
        groups=int(conv.groups),
    )


def _pool(module: nn.MaxPool2d) -> PoolSpec:
    kernel, stride, padding = (_pair(v) for v in (module.kernel_size, module.stride, module.padding))
    if kernel[0] != kernel[1] or stride[0] != stride[1] or padding[0] != padding[1]:
        raise UserError("only square max-pooling windows are exportable")
    if module.ceil_mode or _pair(module.dilation) != (1, 1):
        raise UserError("max-pooling with ceil_mode or dilation is not exportable")
    return PoolSpec(kernel[0], stride[0], padding[0])


class _Lowering:
    def __init__(self, net: GatedNet, input_shape: tuple[int, int, int], gated: bool) -> None:
        self.net = net
        self.gated = gated
        self.input_shape = input_shape
        self.names = {id(unit): name for name, unit in net.named_units()}
        self.units: list[UnitSpec] = []
        self.hw: dict[str, tuple[int, int]] = {"input": (input_shape[1], input_shape[2])}

    def unit(self, module: GatedConv, reads: str, **extra: object) -> str:
        conv = fold_conv_bn(module.conv, module.bn)
        if conv.groups > 1 and not conv.depthwise:
            raise UserError(f"unit {self.names[id(module)]}: grouped (non-depthwise) convs are not exportable")
        predictor = None
        if self.gated:
            fc = module.predictor.fc
            predictor = PredictorSpec(
                weight=fc.weight.detach().float().numpy().copy(),
                bias=fc.bias.detach().float().numpy().copy(),
                pool=module.predictor.pool,  # type: ignore[arg-type]
            )
        spec = UnitSpec(
            name=self.names[id(module)], conv=conv, relu=bool(module.relu), predictor=predictor,
            input=reads, in_hw=self.hw[reads], **extra,  # type: ignore[arg-type]
        )
        self.units.append(spec)
        self.hw[spec.name] = spec.out_hw
        return spec.name

    def pool_after(self, last: str, pool: PoolSpec) -> None:
        spec = self.units[-1]
        if spec.name != last:
            raise UserError("a pooling layer that does not follow a gated unit is not exportable")
        spec.post.append(pool)
        self.hw[last] = spec.out_hw

    def result(self, last: str, classifier: nn.Linear) -> NetSpec:
        head = HeadSpec(
            input=last,
            weight=classifier.weight.detach().float().numpy().copy(),
            bias=classifier.bias.detach().float().numpy().copy(),
        )
        return NetSpec(self.input_shape, self.units, head)


def _sequential(low: _Lowering, layers: nn.Sequential) -> str:
    last = "input"
    for layer in layers:
        if isinstance(layer, GatedConv):
            last = low.unit(layer, last)
        elif isinstance(layer, nn.MaxPool2d):
            low.pool_after(last, _pool(layer))
        else:
            raise UserError(f"layer {type(layer).__name__} is not exportable")
    return last


def _resnet_blocks(low: _Lowering, last: str, stages: list[nn.Sequential]) -> str:
    for stage in stages:
        for block in stage:
            first = low.unit(block.conv1, last)
            c_in, c_out = block.conv1.conv.in_channels, block.conv2.conv.out_channels
            path = block.shortcut if isinstance(block, CifarBlock) else block.downsample
            if path is None or isinstance(path, nn.Identity):
                shortcut = ShortcutSpec("identity", c_in, c_out)
            elif isinstance(path, PadShortcut):
                shortcut = ShortcutSpec("pad", c_in, c_in + path.extra, path.stride)
            elif isinstance(path, ImageNetDownsample):
                conv = fold_conv_bn(path.conv, path.bn)
                shortcut = ShortcutSpec("projection", c_in, c_out, conv.stride[0], conv=conv)
            else:
                raise UserError(f"shortcut {type(path).__name__} is not exportable")
            last = low.unit(block.conv2, first, skip=last, shortcut=shortcut)
    return last


def lower(net: GatedNet, input_shape: tuple[int, int, int], gated: bool) -> NetSpec:
    """Describe `net` (eval mode) as a NetSpec; `gated=False` drops the predictors."""
    low = _Lowering(net, input_shape, gated)
    if isinstance(net, VGG):
        spec = low.result(_sequential(low, net.features), net.classifier)
    elif isinstance(net, MobileNetV1):
        spec = low.result(_sequential(low, net.features), net.classifier)
    elif isinstance(net, CifarResNet):
        stem = low.unit(net.stem, "input")
        spec = low.result(_resnet_blocks(low, stem, [net.layer1, net.layer2, net.layer3]), net.fc)
    elif isinstance(net, ImageNetResNet):
        stem = low.unit(net.stem, "input")
        low.pool_after(stem, _pool(net.maxpool))
        stages = [net.layer1, net.layer2, net.layer3, net.layer4]
        spec = low.result(_resnet_blocks(low, stem, stages), net.fc)
    else:
        raise UserError(f"no ONNX lowering for network type {type(net).__name__}")
    expected = [name for name, _ in net.named_units()]
    got = [unit.name for unit in spec.units]
    if got != expected:  # a lowering that misses or reorders units is a bug, not a user error
        raise AssertionError(f"lowering produced units {got[:4]}..., network has {expected[:4]}...")
    for unit in spec.units:
        if min(unit.out_hw) < 1:
            raise UserError(f"input {input_shape} is too small for {type(net).__name__}: unit {unit.name} has no pixels")
    return spec


def dense_logits_reference(net: GatedNet, images: np.ndarray) -> np.ndarray:
    """Float32 logits of the net with gating off (the dense backbone)."""
    saved = net.gate_state.mode
    try:
        net.set_gating("dense")
        with torch.no_grad():
            return net(torch.from_numpy(images)).numpy()
    finally:
        net.gate_state.mode = saved
