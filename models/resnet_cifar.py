"""CIFAR ResNet-20/56/110 (BasicBlock, 16/32/64 channels) with FTWT gating.

Stem and both convs of every block are gated. The second conv's mask acts on
its BN output before the residual add; the identity path is never masked. The
shortcut of a downsampling block is a stride-2 average pool plus zero-padded
channels, so it has no weights and no FLOPs.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from dynaprune.models.gating import GatedConv, GatedNet, Pooling, scaled
from dynaprune.models.registry import register_model


class PadShortcut(nn.Module):
    """Stride-2 average pool, then zero channels appended up to `out_channels`."""

    def __init__(self, in_channels: int, out_channels: int, stride: int) -> None:
        super().__init__()
        self.extra = out_channels - in_channels
        self.stride = stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.stride > 1:
            x = F.avg_pool2d(x, self.stride)
        if self.extra > 0:
            x = F.pad(x, (0, 0, 0, 0, 0, self.extra))
        return x


class BasicBlock(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, stride: int, pool: Pooling, follows_stem: bool) -> None:
        super().__init__()
        # A block's input is a residual sum (dense) except for the first block,
        # which reads the stem's masked output directly.
        self.conv1 = GatedConv(in_channels, out_channels, 3, stride, pool=pool, dense_input=not follows_stem)
        self.conv2 = GatedConv(out_channels, out_channels, 3, 1, relu=False, pool=pool)
        self.shortcut: nn.Module = (
            PadShortcut(in_channels, out_channels, stride)
            if stride != 1 or in_channels != out_channels
            else nn.Identity()
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.relu(self.conv2(self.conv1(x)) + self.shortcut(x))


class CifarResNet(GatedNet):
    def __init__(
        self,
        depth: int,
        num_classes: int = 10,
        in_channels: int = 3,
        width: float = 1.0,
        pool: Pooling = "avg",
    ) -> None:
        super().__init__()
        if (depth - 2) % 6:
            raise ValueError(f"CIFAR ResNet depth must be 6n+2, got {depth}")
        blocks_per_stage = (depth - 2) // 6
        widths = [scaled(c, width) for c in (16, 32, 64)]
        self.stem = GatedConv(in_channels, widths[0], 3, pool=pool, dense_input=True)
        stages = []
        channels = widths[0]
        for stage, out in enumerate(widths):
            blocks = []
            for index in range(blocks_per_stage):
                stride = 2 if stage > 0 and index == 0 else 1
                blocks.append(BasicBlock(channels, out, stride, pool, follows_stem=stage == 0 and index == 0))
                channels = out
            stages.append(nn.Sequential(*blocks))
        self.layer1, self.layer2, self.layer3 = stages
        self.global_pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(channels, num_classes)
        self.share_gate_state()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.layer3(self.layer2(self.layer1(self.stem(x))))
        return self.fc(torch.flatten(self.global_pool(x), 1))


def _factory(depth: int):
    def build(num_classes: int = 10, in_channels: int = 3, width: float = 1.0, pool: Pooling = "avg") -> CifarResNet:
        return CifarResNet(depth, num_classes, in_channels, width, pool)

    build.__name__ = f"resnet{depth}"
    build.__doc__ = f"CIFAR ResNet-{depth} with FTWT gating."
    return register_model(build)


resnet20 = _factory(20)
resnet56 = _factory(56)
resnet110 = _factory(110)
