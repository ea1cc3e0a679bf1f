"""The dense-Hebbian family's manifest: a supervised dense Hebbian network, one Loop graph.

Its facts live in the `hebbian` section; the input section adds the binarisation threshold
the graphs apply to each pixel. docs/onnx-ops.md ("Dense Hebbian entries") describes the graphs.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from dynaprune.models.families import DENSE_HEBBIAN as FAMILY
from dynaprune.runtime.manifest import GraphRef, InputSpec, ManifestBase, SchemaModel


class BinarisedInputSpec(InputSpec):
    binarise_threshold: float  # the graph maps each pixel to +1 if > threshold, else -1


class HebbianDynamics(SchemaModel):
    """What hebbian.onnx runs: damped synchronous mean field, as DenseHebbianNetwork.mean_field."""

    method: Literal["mean_field"] = "mean_field"
    beta: float = Field(ge=0)  # rescaled inverse temperature beta' = 2 beta / P!
    iters: int = Field(ge=1)  # iteration cap (the Loop's trip count)
    tol: float = Field(gt=0)  # a sample stops once max_i |m_new - m| < tol
    damping: float = Field(gt=0, le=1)  # m <- (1 - d) m + d tanh(beta' h(m))


class HebbianFlops(SchemaModel):
    """Per-sample op counts (docs/onnx-ops.md): executed = binarise + sweeps * per_iteration + readout."""

    binarise: float
    per_iteration: float
    readout: float


class HebbianParity(SchemaModel):
    """The check the export passed: hebbian.onnx vs DenseHebbianNetwork.classify(method="mean_field")."""

    source: str  # data URI of the test split (plus `random` images in [0, 1])
    samples: int  # test-split samples checked
    random_samples: int  # extra seeded uniform images in [0, 1]
    predictions_exact: bool
    sweeps_exact: bool
    max_overlap_abs_diff: float  # over every class's final overlap
    max_winning_overlap_abs_diff: float
    readout_max_abs_diff: float  # readout.onnx vs the initial overlaps
    tolerance: float  # absolute, on overlaps (which lie in [-1, 1])
    top1: float | None = None  # accuracy of the exported model on the test split
    one_shot_top1: float | None = None
    mean_sweeps: float
    capped: int  # samples that hit the iteration cap


class HebbianEntry(SchemaModel):
    P: int = Field(ge=2)
    N: int = Field(ge=1)
    K: int = Field(ge=1)
    normalisation: str  # how R was chosen at training ("empirical", "theory", "given")
    checkpoint_method: str  # classification method the checkpoint was evaluated with when trained
    dynamics: HebbianDynamics
    graph: GraphRef  # hebbian.onnx: input -> logits (final overlaps), sweeps, winning_overlap
    readout: GraphRef  # readout.onnx: input -> logits (initial overlaps, the one-shot readout)
    flops: HebbianFlops
    parity: HebbianParity | None = None


class HebbianManifest(ManifestBase):
    FAMILY = FAMILY

    family: Literal["dense-hebbian"]
    input: BinarisedInputSpec
    hebbian: HebbianEntry

    def graph_files(self) -> list[str]:
        return [self.hebbian.graph.file, self.hebbian.readout.file]
