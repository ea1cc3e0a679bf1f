"""Random FTWT checkpoints with mixed, input-dependent masks, for export and runtime tests."""

from __future__ import annotations

from pathlib import Path

import torch

from dynaprune.training.checkpoint import ArchSpec, CheckpointMeta, DataSpec, FtwtSpec, save_checkpoint

# Small but complete: every architecture at width 0.25, CIFAR nets on 16x16
# (VGG needs 32x32 for its five max-pools), ImageNet ResNets on 64x64.
SIZES = {"vgg16_bn": 32, "resnet20": 16, "resnet56": 16, "resnet110": 16, "mobilenet_v1": 16,
         "resnet18": 64, "resnet34": 64}
CLASSES = 10


def make_checkpoint(run_dir: Path, arch: str = "resnet20", *, kind: str = "ftwt", size: int | None = None,
                    seed: int = 0, pool: str = "avg", tweak=None, width: float = 0.25) -> Path:
    """A random checkpoint whose masks are mixed: some channels kept, some skipped, input-dependent."""
    size = size or SIZES[arch]
    spec = ArchSpec(name=arch, num_classes=CLASSES, in_channels=3, width=width, pool=pool)
    torch.manual_seed(seed)
    net = spec.build()
    with torch.no_grad():
        for unit in net.units():
            unit.bn.running_mean.uniform_(-0.2, 0.2)
            unit.bn.running_var.uniform_(0.5, 1.5)
            unit.bn.weight.uniform_(0.5, 1.5)
            unit.bn.bias.uniform_(-0.2, 0.2)
            unit.predictor.fc.weight.mul_(10.0)
            unit.predictor.fc.bias.uniform_(-0.5, 0.5)
        if tweak is not None:
            tweak(net)
    net.set_gating("predicted", r=0.9)
    meta = CheckpointMeta(
        kind=kind, arch=spec, input_shape=(3, size, size), mean=(0.5, 0.4, 0.45), std=(0.25, 0.2, 0.3),
        class_names=tuple(f"class{i}" for i in range(CLASSES)),
        data=DataSpec(uri=f"synthetic?size={size}&n=60", seed=1),
        ftwt=FtwtSpec(r=0.9) if kind == "ftwt" else None,
    )
    return save_checkpoint(run_dir, net, meta)
