"""Request bodies for the load test, built from real images of the digits data set.

numpy, Pillow and `dynaprune.datasets.sources` (numpy-only) - never torch: a load generator
must run on a box that only has the client side installed. Images come from the
test split of scikit-learn's embedded 8x8 digits, resized to the model's input
shape (channels replicated for RGB models), so the server sees the kind of
inputs the demo model was trained for and its masks vary the way they do in
production rather than on uniform noise.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

import numpy as np

INPUT_NAME = "input"
UPLOAD_SIZE = 32  # pixels per side of the PNGs uploaded to /v1/.../classify (the server resizes)


@dataclass(frozen=True)
class ModelInput:
    """What the load test needs to know about the served model (from its v2 metadata)."""

    name: str
    input_name: str
    datatype: str
    shape: tuple[int, int, int]  # C, H, W

    @classmethod
    def from_metadata(cls, metadata: dict[str, Any]) -> "ModelInput":
        try:
            tensor = metadata["inputs"][0]
            dims = [int(d) for d in tensor["shape"]]
            name = str(metadata["name"])
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise ValueError(f"model metadata has no usable input description: {exc}") from None
        if len(dims) == 4:  # [-1, C, H, W]: batch dimension first
            dims = dims[1:]
        if len(dims) != 3 or min(dims) < 1:
            raise ValueError(f"expected an image input [B, C, H, W], the model declares {tensor['shape']}")
        return cls(name=name, input_name=str(tensor.get("name", INPUT_NAME)), datatype=str(tensor.get("datatype", "FP32")),
                   shape=(dims[0], dims[1], dims[2]))


def digit_images(shape: tuple[int, int, int], limit: int | None = None) -> np.ndarray:
    """Test-split digits as float32 (N, C, H, W) in [0, 1], resized to `shape`."""
    from dynaprune.datasets.sources import load_dataset

    channels, height, width = shape
    if height == width:
        images = load_dataset(f"digits?size={height}").test.images  # area-weighted resize, (N, 1, H, H)
    else:
        images = _resize(load_dataset("digits").test.images, height, width)
    if limit is not None:
        images = images[:limit]
    return np.ascontiguousarray(np.repeat(images, channels, axis=1), dtype=np.float32)


def _resize(images: np.ndarray, height: int, width: int) -> np.ndarray:
    from PIL import Image

    out = np.empty((len(images), 1, height, width), dtype=np.float32)
    for i, image in enumerate(images[:, 0]):
        resized = Image.fromarray(np.ascontiguousarray(image, dtype=np.float32)).resize((width, height), Image.Resampling.BILINEAR)
        out[i, 0] = np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)
    return out


def digit_pngs(limit: int | None = None) -> list[bytes]:
    """Test-split digits as grayscale PNG files, UPLOAD_SIZE pixels a side (what a person would upload)."""
    from PIL import Image

    images = digit_images((1, UPLOAD_SIZE, UPLOAD_SIZE), limit)
    pngs = []
    for image in images[:, 0]:
        buffer = io.BytesIO()
        Image.fromarray(np.round(image * 255.0).astype(np.uint8)).save(buffer, format="PNG")
        pngs.append(buffer.getvalue())
    return pngs


# --------------------------------------------------------------------------- request bodies


def json_request(model: ModelInput, images: np.ndarray) -> bytes:
    """OIP v2 JSON tensor request."""
    body = {
        "inputs": [
            {
                "name": model.input_name,
                "datatype": model.datatype,
                "shape": list(images.shape),
                "data": images.reshape(-1).tolist(),
            }
        ]
    }
    return json.dumps(body, separators=(",", ":")).encode()


def binary_request(model: ModelInput, images: np.ndarray) -> tuple[bytes, dict[str, str]]:
    """Binary tensor extension: JSON header, then raw little-endian FP32; outputs come back binary too."""
    raw = np.ascontiguousarray(images, dtype="<f4").tobytes()
    header = {
        "inputs": [
            {
                "name": model.input_name,
                "datatype": model.datatype,
                "shape": list(images.shape),
                "parameters": {"binary_data_size": len(raw)},
            }
        ],
        "parameters": {"binary_data_output": True},
    }
    head = json.dumps(header, separators=(",", ":")).encode()
    headers = {"Inference-Header-Content-Length": str(len(head)), "Content-Type": "application/octet-stream"}
    return head + raw, headers


def multipart_upload(png: bytes, boundary: str = "dynaprune-loadtest-boundary") -> tuple[bytes, dict[str, str]]:
    """multipart/form-data body with one field `file` holding a PNG."""
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="digit.png"\r\n'
        "Content-Type: image/png\r\n\r\n"
    ).encode()
    body = head + png + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


# --------------------------------------------------------------------------- responses

FIGURES = ("flops_dense", "flops_executed", "flops_skipped", "skip_ratio", "queue_ms", "compute_ms")


def response_figures(body: bytes | None, headers: Any) -> dict[str, float] | None:
    """The FLOPs and timing figures of a successful v2 infer or v1 classify response.

    v2 puts them under `parameters`; v1 at the top level. A binary response is a
    JSON header of Inference-Header-Content-Length bytes followed by tensor bytes.
    Returns None when the body carries no figures (an error body, say).
    """
    if not body:
        return None
    length = headers.get("Inference-Header-Content-Length") if headers is not None else None
    if length is not None and str(length).isdigit():
        body = body[: int(length)]
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict):
        return None
    source = payload.get("parameters") if isinstance(payload.get("parameters"), dict) else payload
    figures = {}
    for key in FIGURES:
        value = source.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            figures[key] = float(value)
    return figures if "flops_dense" in figures else None
