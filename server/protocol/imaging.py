"""Image upload → model input, for the v1 classify endpoint.

Uploads are untrusted: the format is sniffed from magic bytes (not the
client's Content-Type), pixel counts are capped before decoding (decompression
bombs), and any decoder failure is the image's fault (400), never ours.
"""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image

from dynaprune.server.errors import InvalidInput, UnsupportedMediaType

_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}
MAX_PIXELS = 40_000_000  # ~ 6300 x 6300; far beyond any sensible classification upload


def sniff_format(data: bytes) -> str:
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    raise UnsupportedMediaType("upload must be a PNG or JPEG image (the file's bytes are neither)")


def image_to_tensor(data: bytes, input_shape: tuple[int, int, int]) -> np.ndarray:
    """Decode, convert to L or RGB, resize to (H, W), scale to [0, 1]: (1, C, H, W) float32."""
    if not data:
        raise InvalidInput("uploaded file is empty")
    fmt = sniff_format(data)
    channels, height, width = input_shape
    if channels not in (1, 3):
        raise InvalidInput(f"this model takes {channels}-channel input; images can supply 1 (L) or 3 (RGB) channels")
    mode = "L" if channels == 1 else "RGB"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[fmt])
            if image.width * image.height > MAX_PIXELS:
                raise InvalidInput(f"image is {image.width}x{image.height}; at most {MAX_PIXELS} pixels are accepted")
            image.draft(mode, (width, height))  # JPEG: let the decoder downscale, much cheaper than resizing
            image = image.convert(mode).resize((width, height), Image.Resampling.BILINEAR)
    except InvalidInput:
        raise
    except Exception as exc:  # any decoder failure on untrusted bytes is a bad upload
        raise InvalidInput(f"could not decode the {fmt} image: {type(exc).__name__}: {exc}") from None
    array = np.asarray(image, dtype=np.float32) / 255.0
    array = array[None] if channels == 1 else array.transpose(2, 0, 1)
    return np.ascontiguousarray(array[None])
