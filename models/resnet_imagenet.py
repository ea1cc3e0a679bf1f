"""ImageNet-style ResNet-18/34 with FTWT gating, following the CIFAR pattern.

No public FTWT code exists for these; like the CIFAR nets, the stem and both
convs of each BasicBlock are gated, the second mask acts before the residual
add, and the 1x1 downsample projection (conv + BN, no activation) stays dense.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from dynaprune.models.gating import GatedConv, GatedNet, Pooling, scaled
from dynaprune.models.registry import register_model


class Downsample(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, stride: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, 1, stride, bias=False)
        self.bn = nn.BatchNorm2d(out_channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.bn(self.conv(x))


class BasicBlock(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, stride: int, pool: Pooling, follows_stem: bool) -> None:
        super().__init__()
        self.conv1 = GatedConv(in_channels, out_channels, 3, stride, pool=pool, dense_input=not follows_stem)
        self.conv2 = GatedConv(out_channels, out_channels, 3, 1, relu=False, pool=pool)
        self.downsample: nn.Module | None = (
            Downsample(in_channels, out_channels, stride) if stride != 1 or in_channels != out_channels else None
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Projection first, so that in execution order the previous gated unit
        # of every conv is the one whose output it reads (paper-mode wiring).
        identity = x if self.downsample is None else self.downsample(x)
        return F.relu(self.conv2(self.conv1(x)) + identity)


class ImageNetResNet(GatedNet):
    default_input = (3, 224, 224)

    def __init__(
        self,
        layers: tuple[int, int, int, int],
        num_classes: int = 1000,
        in_channels: int = 3,
        width: float = 1.0,
        pool: Pooling = "avg",
    ) -> None:
        super().__init__()
        widths = [scaled(c, width) for c in (64, 128, 256, 512)]
        self.stem = GatedConv(in_channels, widths[0], 7, 2, padding=3, pool=pool, dense_input=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        channels = widths[0]
        stages = []
        for stage, (count, out) in enumerate(zip(layers, widths)):
            blocks = []
            for index in range(count):
                stride = 2 if stage > 0 and index == 0 else 1
                blocks.append(BasicBlock(channels, out, stride, pool, follows_stem=stage == 0 and index == 0))
                channels = out
            stages.append(nn.Sequential(*blocks))
        self.layer1, self.layer2, self.layer3, self.layer4 = stages
        self.global_pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(channels, num_classes)
        self.share_gate_state()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.maxpool(self.stem(x))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(torch.flatten(self.global_pool(x), 1))


@register_model
def resnet18(num_classes: int = 1000, in_channels: int = 3, width: float = 1.0, pool: Pooling = "avg") -> ImageNetResNet:
    return ImageNetResNet((2, 2, 2, 2), num_classes, in_channels, width, pool)


@register_model
def resnet34(num_classes: int = 1000, in_channels: int = 3, width: float = 1.0, pool: Pooling = "avg") -> ImageNetResNet:
    return ImageNetResNet((3, 4, 6, 3), num_classes, in_channels, width, pool)
