"""Accuracy and executed FLOPs of a gated net on a split, from the masks it used."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import torch

from dynaprune.models.flops import CostModel, CountMode, dense_flops, executed_flops
from dynaprune.models.gating import GatedNet, GateMode
from dynaprune.models.geometry import kept_counts
from dynaprune.training.batches import TensorSplit


@dataclass
class Evaluation:
    top1: float
    samples: int
    gating: str
    r: float | None
    flops_dense: dict[str, float]  # mode -> dense total per sample
    flops_executed: dict[str, float]  # mode -> mean executed per sample
    reduction: dict[str, float]  # mode -> 1 - executed / dense
    keep_ratio: dict[str, float]  # unit -> mean kept / channels

    def to_dict(self) -> dict:
        return asdict(self)


@torch.no_grad()
def evaluate(
    net: GatedNet,
    split: TensorSplit,
    cost_model: CostModel,
    gating: GateMode | str = GateMode.PREDICTED,
    r: float | None = None,
    batch_size: int = 256,
) -> Evaluation:
    """Runs the net as it would serve (eval mode, hard masks) and counts what ran.

    With dense gating every unit keeps every channel, so the dense net's own
    figures come out of the same code path.
    """
    gating = GateMode(gating)
    was_training, saved = net.training, (net.gate_state.mode, net.gate_state.r, net.gate_state.want_targets)
    net.eval()
    net.set_gating(gating, r=r, want_targets=False)
    used_r = net.gate_state.r if gating is not GateMode.DENSE else None
    correct = 0
    kept: dict[str, list[np.ndarray]] = {}
    channels = {u.name: u.out_channels for u in cost_model.gated_units}
    try:
        for images, labels in split.batches(batch_size):
            logits = net(images)
            correct += int((logits.argmax(dim=1) == labels).sum())
            counts = (
                {name: torch.full((len(labels),), float(c)) for name, c in channels.items()}
                if gating is GateMode.DENSE
                else kept_counts(net)
            )
            for name, count in counts.items():
                kept.setdefault(name, []).append(count.cpu().numpy())
    finally:
        net.train(was_training)
        net.gate_state.mode, net.gate_state.r, net.gate_state.want_targets = saved
    per_sample = {name: np.concatenate(parts) for name, parts in kept.items()}
    dense, executed, reduction = {}, {}, {}
    for mode in CountMode:
        dense[mode.value] = float(dense_flops(cost_model, mode).total)
        executed[mode.value] = float(np.mean(executed_flops(cost_model, per_sample, mode, predictors_ran=gating is not GateMode.DENSE).total))
        reduction[mode.value] = 1.0 - executed[mode.value] / dense[mode.value]
    return Evaluation(
        top1=correct / len(split),
        samples=len(split),
        gating=gating.value,
        r=used_r,
        flops_dense=dense,
        flops_executed=executed,
        reduction=reduction,
        keep_ratio={name: float(per_sample[name].mean() / channels[name]) for name in channels},
    )
