"""The manifest of one model-repository entry (`REPO/NAME/VERSION/manifest.json`).

Torch-free on purpose (numpy, pydantic, models.flops only): servers without
torch read it. Schema version 1 describes an FTWT network exported as per-unit
ONNX graphs; docs/onnx-ops.md describes the graphs and the custom op set.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dynaprune.errors import UserError
from models.flops import CostModel

MANIFEST_FILE = "manifest.json"
SCHEMA_VERSION = 1
INPUT_TENSOR = "input"  # name of the (normalised) image in the units' dataflow


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
    kind: Literal["dense", "ftwt"]
    r: float | None = None
    mode: str | None = None
    epoch: int = 0
    data: str | None = None  # data URI the checkpoint was trained on


class Manifest(_Model):
    schema_version: int
    name: str
    version: int
    family: Literal["ftwt"]  # "dense-hebbian" will join when that exporter exists
    gated: bool  # False: exported from a dense checkpoint, every unit keeps every channel
    arch: str
    arch_params: dict[str, Any]
    input: InputSpec
    class_names: list[str]
    opsets: dict[str, int]
    units: list[UnitEntry]
    head: HeadEntry
    dense: DenseEntry
    cost_model: dict[str, Any]  # models.flops.CostModel.to_dict()
    flops_dense: dict[str, float]  # per sample: {"honest": ..., "paper": ...}
    source: SourceEntry
    parity: ParityReport | None = None
    created_by: str
    files: dict[str, str] = Field(default_factory=dict)  # relative path -> sha256 hex

    def cost(self) -> CostModel:
        return CostModel.from_dict(self.cost_model)

    def graph_files(self) -> list[str]:
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
