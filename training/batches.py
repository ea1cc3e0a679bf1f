"""In-memory batching and the paper's augmentation, on tensors.

Data sets here are small enough to live in memory as one tensor; iterating with
plain indexing avoids DataLoader worker start-up, which would dominate the run
time of the embedded digits demo on two cores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np
import torch
import torch.nn.functional as F

from dynaprune.datasets.sources import Split


@dataclass(frozen=True)
class Augment:
    """Random crop with zero padding, optional horizontal flip."""

    pad: int = 0
    flip: bool = False

    @property
    def active(self) -> bool:
        return self.pad > 0 or self.flip

    @classmethod
    def parse(cls, spec: str, image_size: tuple[int, int], uri: str) -> "Augment":
        """`auto`: the paper's crop-32-pad-4 + flip for 32x32 natural images;
        a 1-pixel jitter for digits (a flipped digit is another digit); none otherwise."""
        if spec == "none":
            return cls()
        if spec == "crop-flip":
            return cls(pad=max(1, image_size[0] // 8), flip=True)
        if spec == "crop":
            return cls(pad=max(1, image_size[0] // 8))
        if spec != "auto":
            raise ValueError(f"unknown augmentation {spec!r}")
        if uri.split("?")[0].split(":")[0].lower() == "digits":
            return cls(pad=max(1, image_size[0] // 8))
        if image_size == (32, 32):
            return cls(pad=4, flip=True)
        return cls()

    def __call__(self, x: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
        if self.pad:
            b, _, h, w = x.shape
            padded = F.pad(x, (self.pad,) * 4)
            offsets = torch.randint(0, 2 * self.pad + 1, (b, 2), generator=generator).tolist()
            x = torch.stack([padded[i, :, dy : dy + h, dx : dx + w] for i, (dy, dx) in enumerate(offsets)])
        if self.flip:
            flip = torch.rand(x.shape[0], generator=generator) < 0.5
            x = torch.where(flip[:, None, None, None], x.flip(-1), x)
        return x


@dataclass
class TensorSplit:
    """A normalised split on the training device."""

    images: torch.Tensor
    labels: torch.Tensor

    @classmethod
    def from_split(cls, split: Split, mean: tuple[float, ...], std: tuple[float, ...], device: torch.device) -> "TensorSplit":
        m = np.asarray(mean, dtype=np.float32)[None, :, None, None]
        s = np.asarray(std, dtype=np.float32)[None, :, None, None]
        images = torch.from_numpy((split.images - m) / s)
        return cls(images.to(device), torch.from_numpy(split.labels).to(device))

    def __len__(self) -> int:
        return int(self.labels.shape[0])

    def batches(
        self, batch_size: int, generator: torch.Generator | None = None
    ) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        n = len(self)
        order = torch.randperm(n, generator=generator) if generator is not None else torch.arange(n)
        order = order.to(self.images.device)
        for start in range(0, n, batch_size):
            index = order[start : start + batch_size]
            yield self.images[index], self.labels[index]
