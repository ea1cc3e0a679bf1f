"""Checkpoints: safetensors weights with the run's metadata as JSON in the header.

No pickle anywhere: a checkpoint can come from anyone, and safetensors cannot
run code. Metadata travels inside the same file (safetensors' string header) so
weights and the facts needed to rebuild and normalise for them never part; a
readable copy is written beside it as `<name>.json`. Writes go to a temporary
file first and are renamed into place, so an interrupted save never leaves a
truncated checkpoint where a good one was.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal

import torch
from pydantic import BaseModel, Field, ValidationError
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from dynaprune.errors import UserError
from dynaprune.models.gating import GatedNet
from dynaprune.models.registry import create_model
from dynaprune.training.checkpoint_files import METADATA_KEY, MODEL_FILE, atomic_write, resolve_checkpoint

__all__ = ["METADATA_KEY", "MODEL_FILE", "resolve_checkpoint", "ArchSpec", "FtwtSpec", "DataSpec", "CheckpointMeta",
           "save_checkpoint", "load_checkpoint", "read_meta", "read_tensors", "save_tensors"]

FORMAT_VERSION = 1


class ArchSpec(BaseModel):
    name: str
    num_classes: int = Field(gt=0)
    in_channels: int = Field(gt=0)
    width: float = Field(default=1.0, gt=0)
    pool: Literal["avg", "max"] = "avg"

    def build(self) -> GatedNet:
        return create_model(
            self.name, num_classes=self.num_classes, in_channels=self.in_channels, width=self.width, pool=self.pool
        )


class FtwtSpec(BaseModel):
    r: float = Field(gt=0, le=1)
    mode: Literal["decoupled", "joint"] = "decoupled"
    baseline: str | None = None  # checkpoint the FTWT run started from


class DataSpec(BaseModel):
    uri: str
    seed: int = 0
    test_fraction: float = 0.2


class CheckpointMeta(BaseModel):
    """Everything a consumer needs besides the weights (the exporter reads this)."""

    format_version: int = FORMAT_VERSION
    kind: Literal["dense", "ftwt"]
    arch: ArchSpec
    input_shape: tuple[int, int, int]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    class_names: tuple[str, ...]
    data: DataSpec
    ftwt: FtwtSpec | None = None
    epoch: int = 0
    metrics: dict[str, Any] = Field(default_factory=dict)
    config: dict[str, Any] = Field(default_factory=dict)


def save_tensors(path: Path, tensors: dict[str, torch.Tensor], metadata: dict[str, str]) -> None:
    tensors = {k: v.detach().contiguous().cpu() for k, v in tensors.items()}
    atomic_write(path, lambda tmp: save_file(tensors, tmp, metadata=metadata))


def save_checkpoint(path: str | os.PathLike[str], net: GatedNet, meta: CheckpointMeta) -> Path:
    path = Path(path)
    if path.suffix != ".safetensors":
        path = path / MODEL_FILE
    text = meta.model_dump_json()
    save_tensors(path, net.state_dict(), {METADATA_KEY: text})
    atomic_write(path.with_suffix(".json"), lambda tmp: Path(tmp).write_text(json.dumps(json.loads(text), indent=2)))
    return path


def read_tensors(path: Path) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """Load a safetensors file, turning every format problem into a UserError."""
    try:
        tensors = load_file(str(path))
        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
    except (SafetensorError, OSError, ValueError) as exc:
        raise UserError(f"{path} is not a readable safetensors checkpoint (corrupt or truncated?): {exc}") from exc
    return tensors, metadata


def read_meta(path: str | os.PathLike[str]) -> CheckpointMeta:
    path = resolve_checkpoint(path)
    return _parse_meta(path, read_tensors(path)[1])


def _parse_meta(path: Path, metadata: dict[str, str]) -> CheckpointMeta:
    if METADATA_KEY not in metadata:
        raise UserError(f"{path} has no dynaprune metadata; was it written by `dynaprune train`?")
    try:
        meta = CheckpointMeta.model_validate_json(metadata[METADATA_KEY])
    except ValidationError as exc:
        raise UserError(f"{path} has malformed metadata: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc
    if meta.format_version != FORMAT_VERSION:
        raise UserError(f"{path} uses checkpoint format {meta.format_version}; this dynaprune reads {FORMAT_VERSION}")
    return meta


def load_checkpoint(path: str | os.PathLike[str]) -> tuple[GatedNet, CheckpointMeta]:
    """Rebuild the network a checkpoint describes and load its weights."""
    path = resolve_checkpoint(path)
    tensors, metadata = read_tensors(path)
    meta = _parse_meta(path, metadata)
    net = meta.arch.build()
    expected = net.state_dict()
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    if missing or unexpected:
        raise UserError(
            f"{path} does not match architecture {meta.arch.name!r}: "
            f"missing {missing[:3]}{'...' if len(missing) > 3 else ''}, "
            f"unexpected {unexpected[:3]}{'...' if len(unexpected) > 3 else ''}"
        )
    for key, value in expected.items():
        if tensors[key].shape != value.shape:
            raise UserError(
                f"{path}: tensor {key} has shape {tuple(tensors[key].shape)}, "
                f"architecture {meta.arch.name!r} expects {tuple(value.shape)}"
            )
    net.load_state_dict(tensors)
    net.eval()
    return net, meta
