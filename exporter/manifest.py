"""The manifest of one model-repository entry (`REPO/NAME/VERSION/manifest.json`).

Torch-free on purpose (numpy, pydantic, models.flops only): servers without
torch read it. Schema version 1 describes one of two families (`family`):

- `"ftwt"`: an FTWT network exported as per-unit ONNX graphs (`gated`, `units`,
  `head`, `dense`, `cost_model` are required for it, as they always were);
- `"dense-hebbian"`: a supervised dense Hebbian network, one Loop graph; its
  facts live in the `hebbian` sub-object and the FTWT-only fields are absent.

The Hebbian family was added without a version bump: every FTWT manifest reads
and writes exactly as before (new keys are omitted when empty), and an older
reader refuses a Hebbian entry on its `family`. docs/onnx-ops.md describes the
graphs, the custom op set and both manifests.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_serializer, model_validator

from dynaprune.errors import UserError
from models.flops import CostModel

MANIFEST_FILE = "manifest.json"
SCHEMA_VERSION = 1
INPUT_TENSOR = "input"  # name of the (normalised) image in the units' dataflow
FAMILIES = ("ftwt", "dense-hebbian")


class ManifestError(UserError):
    """A repository entry that cannot be used; the message names the entry and the problem."""


class _Model(BaseModel):
    # Unknown keys are ignored so that additive fields do not break older readers;
    # incompatible changes bump SCHEMA_VERSION.
    model_config = ConfigDict(extra="ignore")


class InputSpec(_Model):
    name: str = "input"
    datatype: str = "FP32"
    shape: list[int]  # [C, H, W], batch dimension excluded
    mean: list[float]
    std: list[float]
    # dense-hebbian only: the graph maps each pixel to +1 if > threshold, else -1 (omitted for ftwt)
    binarise_threshold: float | None = None

    @model_serializer(mode="wrap")
    def _omit_unset(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        if data.get("binarise_threshold") is None:
            data.pop("binarise_threshold", None)
        return data


class GraphRef(_Model):
    """One ONNX file and the names of its inputs and outputs, in order."""

    file: str
    inputs: list[str]
    outputs: list[str]


class ShortcutEntry(_Model):
    kind: Literal["identity", "pad", "projection"]
    in_channels: int
    out_channels: int
    stride: int


class PoolEntry(_Model):
    op: Literal["maxpool"]
    kernel: int
    stride: int
    padding: int


class UnitEntry(_Model):
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


class HeadEntry(_Model):
    input: str
    in_channels: int
    num_classes: int
    graph: GraphRef


class DenseEntry(_Model):
    graph: GraphRef
    normalised_input: bool = True  # expects (N, C, H, W) already normalised with input.mean/std
    # Which network dense.onnx holds: an FTWT run's dense baseline when it was found at export,
    # else the checkpoint's own backbone with masks off (fine for timing, not for accuracy).
    source: str = "this checkpoint's backbone, masks off"


class ParityReport(_Model):
    source: str  # data URI of the evaluation set, or "random" for the built-in smoke check
    samples: int
    kept_exact: bool
    max_logit_abs_diff: float
    dense_max_logit_abs_diff: float
    dense_max_abs_logit: float  # scale of dense.onnx's logits (huge for an FTWT net run without masks)
    tolerance: float  # per sample: |diff| <= tolerance * max(1, largest |logit| of the PyTorch sample)


class SourceEntry(_Model):
    checkpoint: str  # file name of the checkpoint exported
    sha256: str
    kind: Literal["dense", "ftwt", "dense-hebbian"]
    r: float | None = None
    mode: str | None = None
    epoch: int = 0
    data: str | None = None  # data URI the checkpoint was trained on


# --------------------------------------------------------------------------- dense-hebbian


class HebbianDynamics(_Model):
    """What hebbian.onnx runs: damped synchronous mean field, as DenseHebbianNetwork.mean_field."""

    method: Literal["mean_field"] = "mean_field"
    beta: float = Field(ge=0)  # rescaled inverse temperature beta' = 2 beta / P!
    iters: int = Field(ge=1)  # iteration cap (the Loop's trip count)
    tol: float = Field(gt=0)  # a sample stops once max_i |m_new - m| < tol
    damping: float = Field(gt=0, le=1)  # m <- (1 - d) m + d tanh(beta' h(m))


class HebbianFlops(_Model):
    """Per-sample op counts (docs/onnx-ops.md): executed = binarise + sweeps * per_iteration + readout."""

    binarise: float
    per_iteration: float
    readout: float


class HebbianParity(_Model):
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


class HebbianEntry(_Model):
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


_FTWT_ONLY = ("gated", "units", "head", "dense", "cost_model", "parity")


class Manifest(_Model):
    schema_version: int
    name: str
    version: int
    family: Literal["ftwt", "dense-hebbian"]
    # ---- ftwt: required for "ftwt" (checked below); absent for "dense-hebbian"
    gated: bool | None = None  # False: exported from a dense checkpoint, every unit keeps every channel
    arch: str
    arch_params: dict[str, Any] = Field(default_factory=dict)
    input: InputSpec
    class_names: list[str]
    opsets: dict[str, int]
    units: list[UnitEntry] = Field(default_factory=list)
    head: HeadEntry | None = None
    dense: DenseEntry | None = None
    cost_model: dict[str, Any] | None = None  # models.flops.CostModel.to_dict()
    flops_dense: dict[str, float]  # per sample: {"honest": ..., "paper": ...} ({"honest": ...} for dense-hebbian)
    source: SourceEntry
    parity: ParityReport | None = None
    # ---- dense-hebbian: required for it, absent for "ftwt"
    hebbian: HebbianEntry | None = None
    created_by: str
    files: dict[str, str] = Field(default_factory=dict)  # relative path -> sha256 hex

    @model_validator(mode="after")
    def _family_fields(self) -> "Manifest":
        if self.family == "ftwt":
            missing = [k for k in ("gated", "head", "dense", "cost_model") if getattr(self, k) is None]
            if missing:
                raise ValueError(f"family 'ftwt' needs {', '.join(missing)}")
            if self.hebbian is not None:
                raise ValueError("family 'ftwt' has no 'hebbian' section")
        else:
            if self.hebbian is None:
                raise ValueError(f"family {self.family!r} needs a 'hebbian' section")
            present = [k for k in ("gated", "head", "dense", "cost_model", "parity") if getattr(self, k) is not None]
            if present or self.units:
                raise ValueError(f"family {self.family!r} has no {', '.join(present or ['units'])}")
        return self

    @model_serializer(mode="wrap")
    def _omit_other_family(self, handler: Any) -> dict[str, Any]:
        """An ftwt manifest serialises exactly as before the Hebbian family existed; a Hebbian one
        leaves out the FTWT-only keys."""
        data = handler(self)
        if self.family == "ftwt":
            data.pop("hebbian", None)
        else:
            for key in _FTWT_ONLY:
                data.pop(key, None)
        return data

    @property
    def is_ftwt(self) -> bool:
        return self.family == "ftwt"

    def cost(self) -> CostModel:
        if self.cost_model is None:
            raise ValueError(f"a {self.family} entry has no FTWT cost model")
        return CostModel.from_dict(self.cost_model)

    def graph_files(self) -> list[str]:
        if self.hebbian is not None:
            return [self.hebbian.graph.file, self.hebbian.readout.file]
        assert self.head is not None and self.dense is not None  # checked by the validator
        refs = [u.predictor for u in self.units if u.predictor] + [u.block for u in self.units]
        return [r.file for r in refs] + [self.head.graph.file, self.dense.graph.file]


def sha256_file(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def load_manifest(entry_dir: str | os.PathLike[str], *, verify_hashes: bool = True) -> Manifest:
    """Read and validate `entry_dir/manifest.json`; optionally check every file's sha256."""
    entry = Path(entry_dir)
    path = entry / MANIFEST_FILE
    if not path.is_file():
        raise ManifestError(f"{entry}: no {MANIFEST_FILE} (not a dynaprune model-repository entry)")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{entry}: {MANIFEST_FILE} is not readable JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise ManifestError(f"{entry}: {MANIFEST_FILE} must hold a JSON object")
    version = raw.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ManifestError(
            f"{entry}: manifest schema version {version!r} is not supported (this dynaprune reads {SCHEMA_VERSION})"
        )
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as exc:
        raise ManifestError(f"{entry}: bad manifest schema: {_describe(exc)}") from exc
    if manifest.is_ftwt:
        try:
            manifest.cost()
        except (KeyError, TypeError, ValueError) as exc:
            raise ManifestError(f"{entry}: bad manifest schema: cost_model: {exc}") from exc
    unlisted = [f for f in manifest.graph_files() if f not in manifest.files]
    if unlisted:
        raise ManifestError(f"{entry}: graph file {unlisted[0]} is not listed (with its sha256) under 'files'")
    for rel, expected in manifest.files.items():
        target = entry / rel
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            raise ManifestError(f"{entry}: file path {rel!r} leaves the entry directory")
        if not target.is_file():
            raise ManifestError(f"{entry}: missing file {rel}")
        if verify_hashes:
            actual = sha256_file(target)
            if actual != expected:
                raise ManifestError(
                    f"{entry}: sha256 mismatch for {rel} (manifest {expected[:12]}..., file {actual[:12]}...): "
                    "the file was modified or corrupted"
                )
    return manifest


def write_manifest(entry_dir: str | os.PathLike[str], manifest: Manifest) -> Path:
    path = Path(entry_dir) / MANIFEST_FILE
    path.write_text(json.dumps(manifest.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    return path
