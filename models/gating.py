"""The gated conv unit of FTWT and the predictor head that decides its mask.

One `GatedConv` = conv -> BN -> (ReLU) -> per-sample channel mask. The mask comes
from a tiny `MaskPredictor` that reads the unit's *input* (the previous masked
activation). How masks are chosen is a property of the whole network, held in a
single `GateState` shared by every unit, so switching a net between dense
training, FTWT and oracle masks is one call.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterator, Literal

import torch
import torch.nn.functional as F
from torch import nn

from dynaprune.models.targets import heatmap_targets

Pooling = Literal["avg", "max"]


class GateMode(str, Enum):
    DENSE = "dense"  # no masks at all: dense baseline training and reference
    PREDICTED = "predicted"  # FTWT: hard masks from the predictors (train and test)
    ORACLE = "oracle"  # masks = heatmap targets of the unmasked output (estimate)


@dataclass
class GateState:
    """How every unit of one network picks its mask; shared by reference."""

    mode: GateMode = GateMode.DENSE
    r: float = 1.0
    decoupled: bool = True  # detach predictor input so the BCE trains predictors only
    want_targets: bool = False  # compute heatmap targets even when not needed for masking


@dataclass
class UnitRecord:
    """What a unit decided in the last forward pass (read by losses and evaluation)."""

    mask: torch.Tensor  # (B, C_out) float {0,1}, constant in the graph
    logits: torch.Tensor | None = None  # (B, C_out) predictor output
    target: torch.Tensor | None = None  # (B, C_out) heatmap targets


class MaskPredictor(nn.Module):
    """Global pool -> softmax over channels -> linear C_in -> C_out (a 1x1 conv).

    The reference code pools by average, the paper's figure by max; both offered.
    """

    def __init__(self, in_channels: int, out_channels: int, pool: Pooling = "avg") -> None:
        super().__init__()
        if pool not in ("avg", "max"):
            raise ValueError(f"predictor pooling must be 'avg' or 'max', got {pool!r}")
        self.pool = pool
        self.fc = nn.Linear(in_channels, out_channels, bias=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pooled = x.mean(dim=(2, 3)) if self.pool == "avg" else x.amax(dim=(2, 3))
        return self.fc(torch.softmax(pooled, dim=1))


class GatedConv(nn.Module):
    """conv -> BN -> optional ReLU -> channel mask chosen per input.

    `dense_input` records the wiring the honest FLOPs accounting and the exporter
    need: False means this unit reads the masked output of the previous gated unit
    (so only its kept channels are non-zero); True means the input is dense (the
    image, or a residual sum).
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        padding: int | None = None,
        groups: int = 1,
        bias: bool = False,
        relu: bool = True,
        pool: Pooling = "avg",
        dense_input: bool = False,
    ) -> None:
        super().__init__()
        padding = kernel_size // 2 if padding is None else padding
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding, groups=groups, bias=bias)
        self.bn = nn.BatchNorm2d(out_channels)
        self.relu = relu
        self.predictor = MaskPredictor(in_channels, out_channels, pool)
        self.dense_input = dense_input
        self.state = GateState()
        self.record: UnitRecord | None = None
        self.mask_override: torch.Tensor | None = None

    def unmasked(self, x: torch.Tensor) -> torch.Tensor:
        out = self.bn(self.conv(x))
        return F.relu(out) if self.relu else out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.unmasked(x)
        state = self.state
        if self.mask_override is None and state.mode is GateMode.DENSE and not state.want_targets:
            self.record = None
            return out
        need_target = state.want_targets or state.mode is GateMode.ORACLE
        target = heatmap_targets(out, state.r) if need_target else None
        logits = None
        if self.mask_override is not None:
            mask = self.mask_override.to(out.dtype).expand(out.shape[0], -1)
        elif state.mode is GateMode.PREDICTED:
            logits = self.predictor(x.detach() if state.decoupled else x)
            mask = (logits.detach() > 0).to(out.dtype)
        elif state.mode is GateMode.ORACLE:
            assert target is not None
            mask = target
        else:
            mask = torch.ones(out.shape[:2], dtype=out.dtype, device=out.device)
        self.record = UnitRecord(mask=mask, logits=logits, target=target)
        return out * mask[:, :, None, None]


class GatedNet(nn.Module):
    """Base for every FTWT architecture: ordered gated units and one GateState."""

    default_input: tuple[int, int, int] = (3, 32, 32)

    def __init__(self) -> None:
        super().__init__()
        self.gate_state = GateState()

    def share_gate_state(self) -> None:
        """Point every unit at this net's state; call at the end of __init__."""
        for unit in self.units():
            unit.state = self.gate_state

    def units(self) -> list[GatedConv]:
        """Gated units in execution order (modules are registered in that order)."""
        return [m for m in self.modules() if isinstance(m, GatedConv)]

    def named_units(self) -> Iterator[tuple[str, GatedConv]]:
        for name, module in self.named_modules():
            if isinstance(module, GatedConv):
                yield name, module

    def set_gating(
        self,
        mode: GateMode | str,
        r: float | None = None,
        decoupled: bool | None = None,
        want_targets: bool | None = None,
    ) -> None:
        self.gate_state.mode = GateMode(mode)
        if r is not None:
            if not 0.0 < r <= 1.0:
                raise ValueError(f"threshold r must be in (0, 1], got {r}")
            self.gate_state.r = r
        if decoupled is not None:
            self.gate_state.decoupled = decoupled
        if want_targets is not None:
            self.gate_state.want_targets = want_targets

    def records(self) -> list[UnitRecord]:
        out = []
        for name, unit in self.named_units():
            if unit.record is None:
                raise RuntimeError(f"unit {name} recorded no mask: run a gated forward pass first")
            out.append(unit.record)
        return out

    def predictor_parameters(self) -> Iterator[nn.Parameter]:
        for unit in self.units():
            yield from unit.predictor.parameters()

    def backbone_parameters(self) -> Iterator[nn.Parameter]:
        predictor_ids = {id(p) for p in self.predictor_parameters()}
        for p in self.parameters():
            if id(p) not in predictor_ids:
                yield p


def scaled(channels: int, width: float) -> int:
    """Channel count under a width multiplier (at least 1)."""
    return max(1, int(round(channels * width)))
