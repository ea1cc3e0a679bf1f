"""FLOPs (MACs) accounting for gated networks, in two modes. No torch here.

This is the one place that counts compute: training's evaluation, the exporter's
manifest and the server's per-request figures all import it, so every reported
number follows the same rules. It needs only a `CostModel` (shapes and wiring,
JSON-serialisable, built from a real forward pass by `models.geometry`) and the
kept-channel counts of each gated unit, per sample.

Rules (see ../shared/ftwt-method.md, section 4), per conv and per sample:
    kept_out * H_out * W_out * (kept_in / groups) * kh * kw   (+ kept_out*H*W if biased)
- paper mode: kept_in = kept channels of the previous gated unit in execution
  order (the image's channels for the first); predictors not counted. Dense
  totals reproduce the paper's counting tool (conv MACs, bias ops, classifier
  MACs, one op per element of the final average pool).
- honest mode: what really runs. kept_in = kept channels of the unit whose
  masked output this conv actually reads, or all channels when its input is
  dense (the image, a residual sum); depthwise convs cost kept_out*H*W*k*k;
  predictor heads are counted (pooling: one op per input element; softmax: one
  per channel; linear: C_in*C_out MACs plus C_out bias ops).
The dense reference in both modes is the network without predictors.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Mapping

import numpy as np

ArrayLike = int | float | np.ndarray


class CountMode(str, Enum):
    PAPER = "paper"
    HONEST = "honest"


@dataclass(frozen=True)
class ConvUnit:
    """One convolution as it ran: shapes, and where its input channels come from."""

    name: str
    in_channels: int
    out_channels: int
    groups: int
    kernel: tuple[int, int]
    in_hw: tuple[int, int]
    out_hw: tuple[int, int]
    bias: bool
    gated: bool
    paper_source: str | None  # previous gated unit in execution order
    honest_source: str | None  # gated unit whose masked output is this conv's input; None = dense

    @property
    def is_depthwise(self) -> bool:
        return self.groups > 1 and self.groups == self.in_channels == self.out_channels


@dataclass(frozen=True)
class FixedOp:
    """Compute that masks never change: the classifier, the final average pool."""

    name: str
    kind: str
    ops: int


@dataclass(frozen=True)
class CostModel:
    input_shape: tuple[int, int, int]
    convs: tuple[ConvUnit, ...]
    fixed: tuple[FixedOp, ...] = field(default_factory=tuple)

    @property
    def gated_units(self) -> tuple[ConvUnit, ...]:
        return tuple(u for u in self.convs if u.gated)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "CostModel":
        convs = tuple(
            ConvUnit(**{**u, "kernel": tuple(u["kernel"]), "in_hw": tuple(u["in_hw"]), "out_hw": tuple(u["out_hw"])})
            for u in data["convs"]
        )
        fixed = tuple(FixedOp(**f) for f in data.get("fixed", ()))
        return cls(tuple(data["input_shape"]), convs, fixed)


@dataclass
class FlopsBreakdown:
    """Per-unit and total counts; arrays have one entry per sample (or are scalars)."""

    mode: CountMode
    convs: dict[str, ArrayLike]
    predictors: dict[str, ArrayLike]
    fixed: int
    total: ArrayLike


def conv_flops(unit: ConvUnit, kept_out: ArrayLike, kept_in: ArrayLike, mode: CountMode) -> ArrayLike:
    kh, kw = unit.kernel
    hw = unit.out_hw[0] * unit.out_hw[1]
    if mode is CountMode.HONEST and unit.is_depthwise:
        macs = kept_out * hw * kh * kw
    else:
        macs = kept_out * hw * (kept_in / unit.groups) * kh * kw
    return macs + (kept_out * hw if unit.bias else 0)


def predictor_flops(unit: ConvUnit) -> int:
    """Ops of a unit's predictor head; only honest mode counts them."""
    if not unit.gated:
        return 0
    pooling = unit.in_channels * unit.in_hw[0] * unit.in_hw[1]
    softmax = unit.in_channels
    linear = unit.in_channels * unit.out_channels + unit.out_channels
    return pooling + softmax + linear


def _kept_in(unit: ConvUnit, kept: Mapping[str, ArrayLike], mode: CountMode) -> ArrayLike:
    source = unit.paper_source if mode is CountMode.PAPER else unit.honest_source
    if source is None:
        return unit.in_channels
    return np.minimum(kept[source], unit.in_channels)


def executed_flops(
    model: CostModel, kept: Mapping[str, ArrayLike], mode: CountMode | str, predictors_ran: bool = True
) -> FlopsBreakdown:
    """Counts for the masks actually used: `kept[name]` = kept output channels of each gated unit.

    `predictors_ran=False` is for a net run densely (no predictor heads executed).
    """
    mode = CountMode(mode)
    missing = [u.name for u in model.gated_units if u.name not in kept]
    if missing:
        raise ValueError(f"kept-channel counts missing for gated units: {', '.join(missing[:5])}")
    convs: dict[str, ArrayLike] = {}
    predictors: dict[str, ArrayLike] = {}
    for unit in model.convs:
        kept_out = kept[unit.name] if unit.gated else unit.out_channels
        convs[unit.name] = conv_flops(unit, kept_out, _kept_in(unit, kept, mode), mode)
        if mode is CountMode.HONEST and unit.gated and predictors_ran:
            predictors[unit.name] = predictor_flops(unit)
    fixed = sum(op.ops for op in model.fixed)
    total = sum(convs.values()) + sum(predictors.values()) + fixed
    return FlopsBreakdown(mode, convs, predictors, fixed, total)


def all_kept(model: CostModel) -> dict[str, int]:
    return {u.name: u.out_channels for u in model.gated_units}


def dense_flops(model: CostModel, mode: CountMode | str) -> FlopsBreakdown:
    """The unpruned network without predictors: the reference for reductions."""
    mode = CountMode(mode)
    kept = all_kept(model)
    convs = {u.name: conv_flops(u, u.out_channels, _kept_in(u, kept, mode), mode) for u in model.convs}
    fixed = sum(op.ops for op in model.fixed)
    return FlopsBreakdown(mode, convs, {}, fixed, sum(convs.values()) + fixed)


def reduction(model: CostModel, kept: Mapping[str, ArrayLike], mode: CountMode | str) -> float:
    """1 - mean executed / dense, over the samples in `kept`."""
    executed = np.mean(executed_flops(model, kept, mode).total)
    return float(1.0 - executed / dense_flops(model, mode).total)
