"""Input images of an entry: shape checks and normalisation, written once for every engine.

Clients send images in [0, 1], (B, C, H, W). A family whose graphs read normalised images
(FTWT) normalises with the manifest's mean/std; one whose graphs read raw images (dense
Hebbian binarises inside its graph) only checks them.
"""

from __future__ import annotations

import numpy as np

from dynaprune.runtime.manifest import InputSpec


class ImageInput:
    """The input contract of one entry: (B, C, H, W) float32, C-contiguous."""

    def __init__(self, spec: InputSpec) -> None:
        self.shape = tuple(int(d) for d in spec.shape)
        channels = self.shape[0] if self.shape else 0
        self._mean = np.asarray(spec.mean, dtype=np.float32).reshape(1, channels, 1, 1)
        self._std = np.asarray(spec.std, dtype=np.float32).reshape(1, channels, 1, 1)

    def check(self, images: np.ndarray) -> np.ndarray:
        """`images` as C-contiguous float32 of shape (B, *shape); ValueError names a wrong shape.

        Arrays that already are (the server's decoded tensors) pass through without a copy.
        """
        if type(images) is np.ndarray and images.dtype == np.float32 and images.flags.c_contiguous \
                and images.ndim == 4 and images.shape[1:] == self.shape:
            return images
        images = np.asarray(images)
        if images.ndim != 4 or tuple(images.shape[1:]) != self.shape:
            raise ValueError(f"images must be (B, {', '.join(map(str, self.shape))}), got {images.shape}")
        return np.ascontiguousarray(images, dtype=np.float32)

    def normalise(self, images: np.ndarray) -> np.ndarray:
        """(B, C, H, W) images in [0, 1] -> float32 normalised with the manifest's mean/std."""
        x = self.check(images)
        return ((x - self._mean) / self._std).astype(np.float32, copy=False)
