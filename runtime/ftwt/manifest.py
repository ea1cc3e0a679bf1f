"""The FTWT family's manifest: an FTWT network exported as per-unit ONNX graphs.

`units` (wiring, shapes, the predictor and block graph of each gated unit), `head`, `dense`
(the unpruned reference) and `cost_model` (models.flops) are what the engines read;
docs/onnx-ops.md describes the graphs.
"""

from __future__ import annotations

from typing import Any, Literal

from dynaprune.models.families import FTWT
from dynaprune.models.flops import CostModel
from dynaprune.runtime.manifest import GraphRef, ManifestBase, SchemaModel

FAMILY = FTWT
INPUT_TENSOR = "input"  # name of the (normalised) image in the units' dataflow


class ShortcutEntry(SchemaModel):
    kind: Literal["identity", "pad", "projection"]
    in_channels: int
    out_channels: int
    stride: int


class PoolEntry(SchemaModel):
    op: Literal["maxpool"]
    kernel: int
    stride: int
    padding: int


class UnitEntry(SchemaModel):
    """One gated unit: conv (BN folded) -> optional ReLU -> channel mask, plus what follows it."""

    name: str  # module name in the PyTorch net; key of the cost model's gated units
    index: int  # execution order
    kind: Literal["conv", "depthwise"]
    in_channels: int
    out_channels: int
    kernel: list[int]
    stride: list[int]
    padding: list[int]  # top, left, bottom, right
    dilation: list[int]
    groups: int
    relu: bool
    input: str  # tensor read: "input" (the image) or the name of the unit whose output it is
    input_dense: bool  # that tensor is dense (the image or a residual sum), else compact
    skip: str | None  # tensor added through the shortcut (second conv of a residual block)
    shortcut: ShortcutEntry | None
    post: list[PoolEntry]  # pooling applied to the unit's output (compact), in order
    output_dense: bool  # the block writes a dense tensor (residual sum) instead of a compact one
    in_hw: list[int]
    out_hw: list[int]  # after `post`
    predictor_pool: Literal["avg", "max"] | None
    predictor: GraphRef | None  # None in an ungated export: the unit keeps every channel
    block: GraphRef


class HeadEntry(SchemaModel):
    input: str
    in_channels: int
    num_classes: int
    graph: GraphRef


class DenseEntry(SchemaModel):
    graph: GraphRef
    normalised_input: bool = True  # expects (N, C, H, W) already normalised with input.mean/std
    # Which network dense.onnx holds: an FTWT run's dense baseline when it was found at export,
    # else the checkpoint's own backbone with masks off (fine for timing, not for accuracy).
    source: str = "this checkpoint's backbone, masks off"


class ParityReport(SchemaModel):
    source: str  # data URI of the evaluation set, or "random" for the built-in smoke check
    samples: int
    kept_exact: bool
    max_logit_abs_diff: float
    dense_max_logit_abs_diff: float
    dense_max_abs_logit: float  # scale of dense.onnx's logits (huge for an FTWT net run without masks)
    tolerance: float  # per sample: |diff| <= tolerance * max(1, largest |logit| of the PyTorch sample)


class FtwtManifest(ManifestBase):
    FAMILY = FAMILY

    family: Literal["ftwt"]
    gated: bool  # False: exported from a dense checkpoint, every unit keeps every channel
    units: list[UnitEntry]
    head: HeadEntry
    dense: DenseEntry
    cost_model: dict[str, Any]  # models.flops.CostModel.to_dict()
    parity: ParityReport | None = None

    def cost(self) -> CostModel:
        return CostModel.from_dict(self.cost_model)

    def check(self) -> None:
        try:
            self.cost()
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"cost_model: {exc}") from exc

    def graph_files(self) -> list[str]:
        refs = [u.predictor for u in self.units if u.predictor] + [u.block for u in self.units]
        return [r.file for r in refs] + [self.head.graph.file, self.dense.graph.file]

    def unit_channels(self) -> dict[str, int]:
        return {u.name: u.out_channels for u in self.units}
