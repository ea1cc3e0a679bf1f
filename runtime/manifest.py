"""The manifest schema of a model-repository entry (`REPO/NAME/VERSION/manifest.json`): the parts
every family shares.

Schema version 1. `ManifestBase` holds what any entry has (name, version, input, classes,
source, files and their sha256; optionally sample images of the test split); each registered
family (`dynaprune.runtime.registry`) subclasses it with its own section and a `family`
literal, and the manifest read from disk is the discriminated union of those subclasses on
`family` (`dynaprune.runtime.entry`).
A family's manifest serialises only its own fields, so an FTWT manifest reads and writes
exactly as before the Hebbian family existed, and an older reader refuses a Hebbian entry on
its `family`. docs/onnx-ops.md describes the graphs and both manifests.

Torch-free on purpose (pydantic only): servers without torch read it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dynaprune.errors import UserError

MANIFEST_FILE = "manifest.json"
SCHEMA_VERSION = 1


class ManifestError(UserError):
    """A repository entry that cannot be used; the message names the entry and the problem."""


class SchemaModel(BaseModel):
    """Base of every manifest model. Unknown keys are ignored so that additive fields do not break
    older readers; incompatible changes bump SCHEMA_VERSION."""

    model_config = ConfigDict(extra="ignore")


class InputSpec(SchemaModel):
    name: str = "input"
    datatype: str = "FP32"
    shape: list[int]  # [C, H, W], batch dimension excluded
    mean: list[float]
    std: list[float]


class GraphRef(SchemaModel):
    """One ONNX file and the names of its inputs and outputs, in order."""

    file: str
    inputs: list[str]
    outputs: list[str]


class SourceEntry(SchemaModel):
    checkpoint: str  # file name of the checkpoint exported
    sha256: str
    kind: Literal["dense", "ftwt", "dense-hebbian"]  # the checkpoint's kind (dense / ftwt: the FTWT family)
    r: float | None = None
    mode: str | None = None
    epoch: int = 0
    data: str | None = None  # data URI the checkpoint was trained on


class SamplesEntry(SchemaModel):
    """Example inputs shipped with the entry (`samples.npy`): the first images of the checkpoint's own
    test split, exactly as clients send them - float32 (count, C, H, W) in [0, 1]."""

    file: str  # relative path, listed under `files` with its sha256 like every other file
    count: int = Field(ge=0)
    labels: list[int]  # true class index of each image (into class_names)
    source: str  # data URI of the test split they come from

    @model_validator(mode="after")
    def labels_per_image(self) -> "SamplesEntry":
        if len(self.labels) != self.count:
            raise ValueError(f"{len(self.labels)} labels for {self.count} sample images")
        return self


class ManifestBase(SchemaModel):
    """What every entry's manifest holds; a family adds `family: Literal[...]` and its section."""

    FAMILY: ClassVar[str] = ""  # the family's name, equal to its `family` literal

    schema_version: int
    name: str
    version: int
    family: str
    arch: str
    arch_params: dict[str, Any] = Field(default_factory=dict)
    input: InputSpec
    class_names: list[str]
    opsets: dict[str, int]
    flops_dense: dict[str, float]  # per sample: {"honest": ..., "paper": ...} where the family has both
    source: SourceEntry
    created_by: str
    files: dict[str, str] = Field(default_factory=dict)  # relative path -> sha256 hex
    samples: SamplesEntry | None = None  # example inputs; absent in entries exported before they existed

    @model_validator(mode="after")
    def sample_labels_are_classes(self) -> "ManifestBase":
        if self.samples is not None:
            bad = [label for label in self.samples.labels if not 0 <= label < len(self.class_names)]
            if bad:
                raise ValueError(f"samples: label {bad[0]} is not a class index (0..{len(self.class_names) - 1})")
        return self

    def graph_files(self) -> list[str]:
        """Every ONNX file the entry needs (each must be listed under `files`)."""
        raise NotImplementedError

    def check(self) -> None:
        """Facts the schema cannot state (raise ValueError naming the field); none by default."""


def write_manifest(entry_dir: str | os.PathLike[str], manifest: ManifestBase) -> Path:
    path = Path(entry_dir) / MANIFEST_FILE
    path.write_text(json.dumps(manifest.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    return path
