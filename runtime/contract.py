"""The runner contract: what every engine of every family gives the server (KServe's load/predict).

A `Runner` is one entry opened on one engine: constructed from the entry directory (it reads
and verifies the manifest), it answers `run(images)` with a typed `RunResult`. Warm-up and input
handling are written here once; an engine implements `run` and `run_dense` and names its
`backend`. The server depends on this contract only, never on a concrete engine.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy as np

from dynaprune.runtime.entry import load_manifest
from dynaprune.runtime.inputs import ImageInput
from dynaprune.runtime.manifest import ManifestBase, ManifestError


@dataclass
class RunResult:
    logits: np.ndarray  # (B, num_classes) float32
    kept: dict[str, np.ndarray]  # unit name -> (B,) int64 kept output channels, execution order
    flops_executed: np.ndarray  # (B,) float64, honest mode
    flops_dense: float  # honest dense total per sample
    # Per-sample values beyond logits, name -> (B,) array (the server echoes them as response
    # parameters). FTWT: none. dense-hebbian: "sweeps" (int64), "winning_overlap" (float32).
    extras: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass
class SampleTrace:
    """What one sample's sub-network was: kept channel indices per unit, and its logits."""

    logits: np.ndarray  # (num_classes,)
    kept: dict[str, np.ndarray]  # unit name -> ascending int64 indices


class Runner(ABC):
    """One entry on one engine. Subclasses set `backend` and `family` and implement `run`/`run_dense`."""

    backend: ClassVar[str]  # published as the model's backend in the server's metadata
    engine: ClassVar[str]  # the engine's name ("native", "onnx"): what `--engine` and the registry call it
    family: ClassVar[str]  # the manifest family this runner executes
    # Whether `run(images, flops_budget=...)` is accepted: a per-request compute budget that makes the
    # predictors keep fewer (or more) channels (`dynaprune.runtime.ftwt.budget`).
    supports_flops_budget: ClassVar[bool] = False

    def __init__(self, entry_dir: str | os.PathLike[str], *, verify_hashes: bool = True,
                 manifest: ManifestBase | None = None) -> None:
        self.entry_dir = Path(entry_dir)
        self.manifest = manifest if manifest is not None else load_manifest(self.entry_dir, verify_hashes=verify_hashes)
        if self.manifest.family != self.family:
            raise ManifestError(
                f"{self.entry_dir}: a {self.manifest.family!r} entry, not {self.family}; "
                f"{type(self).__name__} runs {self.family} entries (open entries with dynaprune.runtime.engines.open_runner)"
            )
        self.inputs = ImageInput(self.manifest.input)

    # ------------------------------------------------------------------ what the server publishes

    @property
    def unit_names(self) -> list[str]:
        """Gated units in execution order (the columns of `RunResult.kept`); none by default."""
        return []

    @property
    def unit_channels(self) -> dict[str, int]:
        """Output channels of each gated unit (the denominator of its keep ratio)."""
        return {}

    @property
    def execution_device(self) -> str:
        """Where this runner computes ("cpu", "cuda", "cuda:1"), as its engine checked it: the server
        publishes it beside the engine's name (metadata, the load log line, /metrics). The CPU unless
        an engine says otherwise."""
        return "cpu"

    @property
    @abstractmethod
    def flops_dense(self) -> float:
        """Honest FLOPs of one sample run densely (what `RunResult.flops_executed` is compared with)."""

    # ------------------------------------------------------------------ running

    def normalise(self, images: np.ndarray) -> np.ndarray:
        """Images in [0, 1] as the engine's graphs read them (checked; normalised where the family is)."""
        return self.inputs.normalise(images)

    @abstractmethod
    def run(self, images: np.ndarray) -> RunResult:
        """Each sample's own dynamic network on (B, C, H, W) images in [0, 1]."""

    @abstractmethod
    def run_dense(self, images: np.ndarray) -> np.ndarray:
        """Logits (B, num_classes) of the entry's dense reference."""

    def warmup(self, iterations: int = 2) -> None:
        """Run seeded random images so that the first request pays no lazy initialisation."""
        shape = (1, *self.inputs.shape)
        rng = np.random.default_rng(0)
        for _ in range(max(0, iterations)):
            self.run(rng.random(shape, dtype=np.float32))
