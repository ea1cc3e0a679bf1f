"""VGG16-BN for CIFAR with an FTWT mask predictor on each of its 13 convs.

Masks act after BN+ReLU and before max-pool. Convs carry a bias, as in the
reference CIFAR code, which is why the paper's dense total counts bias ops.
"""

from __future__ import annotations

import torch
from torch import nn

from dynaprune.models.gating import GatedConv, GatedNet, Pooling, scaled
from dynaprune.models.registry import register_model

VGG16_CFG: tuple[int | str, ...] = (64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M")


class VGG(GatedNet):
    def __init__(
        self,
        cfg: tuple[int | str, ...] = VGG16_CFG,
        num_classes: int = 10,
        in_channels: int = 3,
        width: float = 1.0,
        pool: Pooling = "avg",
    ) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        channels = in_channels
        first = True
        for item in cfg:
            if item == "M":
                layers.append(nn.MaxPool2d(2))
                continue
            out = scaled(int(item), width)
            layers.append(GatedConv(channels, out, 3, bias=True, pool=pool, dense_input=first))
            channels, first = out, False
        self.features = nn.Sequential(*layers)
        self.global_pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Linear(channels, num_classes)
        self.share_gate_state()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        if x.shape[-1] > 1 or x.shape[-2] > 1:
            # Inputs larger than 32x32 leave a spatial map; the paper's net never does.
            x = self.global_pool(x)
        return self.classifier(torch.flatten(x, 1))


@register_model
def vgg16_bn(num_classes: int = 10, in_channels: int = 3, width: float = 1.0, pool: Pooling = "avg") -> VGG:
    return VGG(VGG16_CFG, num_classes, in_channels, width, pool)



