"""Sample images in an entry (`samples.npy`): the first images of the checkpoint's own test split.

Every family's exporter writes them the same way: float32 (N, C, H, W) in [0, 1], exactly the
served input format, with their class indices and data URI in the manifest's `samples` section
(`dynaprune.runtime.manifest.SamplesEntry`); the file is hashed into `files` like any other.
Samples are a convenience for people (the server's web page shows them), never a reason for an
export to fail: images that do not fit the served input are left out, with a note on stderr.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from dynaprune.runtime.manifest import SamplesEntry

SAMPLES_FILE = "samples.npy"
MAX_SAMPLES = 16


@dataclass(frozen=True)
class Samples:
    """Sample images ready to be written: served format, labels as class indices."""

    images: np.ndarray  # (N, C, H, W) float32 in [0, 1], C-contiguous
    labels: np.ndarray  # (N,) int64 class indices
    source: str  # data URI of the test split


def note_no_samples(reason: str) -> None:
    """Say on stderr why an entry is exported without sample images."""
    print(f"dynaprune export: note: exporting without sample images: {reason}", file=sys.stderr)


def pick_samples(images: np.ndarray, labels: np.ndarray, *, source: str, input_shape: Sequence[int],
                 num_classes: int, limit: int = MAX_SAMPLES) -> Samples | None:
    """The first `limit` test images and their labels, when they are the served input of this checkpoint.

    None (with a note on stderr) when they are not: another shape, values outside [0, 1], labels that
    are not class indices, or no images at all.
    """
    images = np.asarray(images)
    labels = np.asarray(labels)
    shape = tuple(int(d) for d in input_shape)
    if images.ndim != 4 or tuple(images.shape[1:]) != shape:
        note_no_samples(f"test images of {source!r} have shape {tuple(images.shape[1:])}, "
                        f"the model takes {shape}")
        return None
    if len(images) != len(labels):
        note_no_samples(f"{len(images)} test images but {len(labels)} labels in {source!r}")
        return None
    images = np.ascontiguousarray(images[:limit], dtype=np.float32)
    labels = labels[:limit]
    if len(images) == 0:
        note_no_samples(f"the test split of {source!r} is empty")
        return None
    if not np.all(np.isfinite(images)) or images.min() < 0.0 or images.max() > 1.0:
        note_no_samples(f"test images of {source!r} are not in [0, 1]")
        return None
    if not np.issubdtype(labels.dtype, np.integer) or labels.min() < 0 or labels.max() >= num_classes:
        note_no_samples(f"test labels of {source!r} are not class indices 0..{num_classes - 1}")
        return None
    return Samples(images=images, labels=labels.astype(np.int64), source=source)


def write_samples(root: Path, samples: Samples | None) -> SamplesEntry | None:
    """Write `samples.npy` into the entry being built (before its `files` are hashed); its manifest section."""
    if samples is None:
        return None
    np.save(root / SAMPLES_FILE, samples.images, allow_pickle=False)
    return SamplesEntry(file=SAMPLES_FILE, count=len(samples.images), labels=[int(v) for v in samples.labels],
                        source=samples.source)
