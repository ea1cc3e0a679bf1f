"""MobileNetV1 for CIFAR with separate FTWT predictors on every depthwise and
pointwise conv (27 in all).

CIFAR variant: first conv stride 1, later stages 128/256/512/1024 with stride 2,
final AvgPool2d(2) and one linear layer 1024 -> classes.
"""

from __future__ import annotations

import torch
from torch import nn

from dynaprune.models.gating import GatedConv, GatedNet, Pooling, scaled
from dynaprune.models.registry import register_model

# (out_channels, stride) of each depthwise-separable block
MOBILENET_CFG: tuple[tuple[int, int], ...] = (
    (64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2),
    (512, 1), (512, 1), (512, 1), (512, 1), (512, 1), (1024, 2), (1024, 1),
)


class MobileNetV1(GatedNet):
    def __init__(
        self,
        num_classes: int = 10,
        in_channels: int = 3,
        width: float = 1.0,
        pool: Pooling = "avg",
    ) -> None:
        super().__init__()
        channels = scaled(32, width)
        layers: list[nn.Module] = [GatedConv(in_channels, channels, 3, 1, pool=pool, dense_input=True)]
        for out, stride in MOBILENET_CFG:
            out = scaled(out, width)
            layers.append(GatedConv(channels, channels, 3, stride, groups=channels, pool=pool))
            layers.append(GatedConv(channels, out, 1, 1, padding=0, pool=pool))
            channels = out
        self.features = nn.Sequential(*layers)
        self.global_pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Linear(channels, num_classes)
        self.share_gate_state()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # AdaptiveAvgPool2d(1) equals the paper's AvgPool2d(2) on the 2x2 map
        # that a 32x32 input leaves, and still works for other input sizes.
        return self.classifier(torch.flatten(self.global_pool(self.features(x)), 1))


@register_model
def mobilenet_v1(num_classes: int = 10, in_channels: int = 3, width: float = 1.0, pool: Pooling = "avg") -> MobileNetV1:
    return MobileNetV1(num_classes, in_channels, width, pool)
