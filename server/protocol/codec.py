"""Tensor codec for the v2 protocol: JSON tensors and the binary tensor extension.

Everything a client sends is checked here against the model's spec, and each
failure raises `InvalidInput` naming the problem (→ 400): the runtime only
ever receives a finite float32 array of the model's exact input shape.

Binary extension (Triton's): the body is a JSON header of
`Inference-Header-Content-Length` bytes followed by raw little-endian tensor
bytes, one chunk per input that declares `parameters.binary_data_size`, in
input order. Outputs requested with `binary_data: true` (or all of them, with
request parameter `binary_data_output: true`) come back the same way.
"""

from __future__ import annotations

import json
import math
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import ValidationError

from dynaprune.server.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
from dynaprune.server.inference import Completed
from dynaprune.server.integers import parse_decimal
from dynaprune.server.protocol.schemas import InferenceRequest
from dynaprune.server.runtime import ModelSpec, Prediction

LOGITS, PROBABILITIES, KEPT_CHANNELS = "logits", "probabilities", "kept_channels"
OUTPUT_NAMES = (LOGITS, PROBABILITIES, KEPT_CHANNELS)
DEFAULT_OUTPUTS = (LOGITS,)
_WIRE_DTYPES = {"FP32": np.dtype("<f4"), "INT64": np.dtype("<i8")}


@dataclass(frozen=True)
class OutputRequest:
    name: str
    binary: bool


@dataclass(frozen=True)
class DecodedRequest:
    request: InferenceRequest
    images: np.ndarray  # (B, C, H, W) float32, finite
    outputs: tuple[OutputRequest, ...]
    flops_budget: float | None = None  # the request's compute budget: a share of the dense FLOPs, in (0, 1]


# --------------------------------------------------------------------------- request side


def decompress_body(body: bytes, content_encoding: str | None, limit: int) -> bytes:
    """Undo gzip/deflate request compression (tritonclient offers both), bounded by `limit`."""
    encoding = (content_encoding or "identity").strip().lower()
    if encoding == "identity":
        return body
    if encoding not in ("gzip", "deflate"):
        raise UnsupportedMediaType(f"unsupported Content-Encoding {encoding!r}; use gzip, deflate or none")
    inflater = zlib.decompressobj(wbits=31 if encoding == "gzip" else 15)
    try:
        out = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise InvalidInput(f"request body is not valid {encoding} data: {exc}") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise PayloadTooLarge(f"decompressed request body exceeds max_body_bytes={limit}")
    return out


def split_body(body: bytes, header_length: str | None) -> tuple[bytes, bytes]:
    """(JSON header, binary section) according to Inference-Header-Content-Length."""
    if header_length is None:
        return body, b""
    size = parse_decimal(header_length.strip())  # ASCII digits only ("²" passes isdigit, then int() fails)
    if size is None:
        shown = header_length if len(header_length) <= 40 else header_length[:40] + "..."
        raise InvalidInput("Inference-Header-Content-Length must be a non-negative integer, plain decimal (0-9, no sign or "
                           f"leading zero), got {shown!r}")
    if size > len(body):
        raise InvalidInput(f"Inference-Header-Content-Length={size} exceeds the body's {len(body)} bytes")
    return body[:size], body[size:]


def parse_request(header: bytes) -> InferenceRequest:
    try:
        payload = json.loads(header)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(f"request body is not valid JSON: {exc}") from None
    except RecursionError:
        raise InvalidInput("request JSON is nested too deeply") from None
    if not isinstance(payload, dict):
        raise InvalidInput("request body must be a JSON object with an 'inputs' list")
    try:
        return InferenceRequest.model_validate(payload)
    except ValidationError as exc:
        raise InvalidInput(f"malformed inference request: {describe_validation(exc)}") from None


def describe_validation(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def decode_request(header: bytes, binary: bytes, spec: ModelSpec, max_batch: int) -> DecodedRequest:
    request = parse_request(header)
    images = _decode_input(request, binary, spec, max_batch)
    return DecodedRequest(request, images, _requested_outputs(request), _flops_budget(request, spec))


FLOPS_BUDGET = "flops_budget"


def _flops_budget(request: InferenceRequest, spec: ModelSpec) -> float | None:
    """The request parameter `flops_budget`: a number in (0, 1], for models whose engine has budgets."""
    params = request.parameters or {}
    if FLOPS_BUDGET not in params:
        return None
    value = params[FLOPS_BUDGET]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 < value <= 1:
        raise InvalidInput(f"parameter {FLOPS_BUDGET} must be a number in (0, 1] (the share of the dense FLOPs "
                           f"a request may execute), got {value!r}")
    if not spec.supports_flops_budget:
        raise InvalidInput(f"parameter {FLOPS_BUDGET}: model {spec.name!r} runs on {spec.backend}, which has no "
                           "per-request compute budget (FTWT models on the native engine have one)")
    return float(value)


def _decode_input(request: InferenceRequest, binary: bytes, spec: ModelSpec, max_batch: int) -> np.ndarray:
    if len(request.inputs) != 1:
        raise InvalidInput(f"model {spec.name!r} takes one input ({spec.input_name!r}); request has {len(request.inputs)}")
    tensor = request.inputs[0]
    if tensor.name != spec.input_name:
        raise InvalidInput(f"unknown input {tensor.name!r}; model {spec.name!r} expects {spec.input_name!r}")
    if tensor.datatype != spec.datatype:
        raise InvalidInput(f"input {tensor.name!r} has datatype {tensor.datatype!r}; the model expects {spec.datatype}")
    channels, height, width = spec.input_shape
    expected = f"[B, {channels}, {height}, {width}]"
    if len(tensor.shape) != 4 or tuple(tensor.shape[1:]) != spec.input_shape or tensor.shape[0] < 1:
        raise InvalidInput(f"input shape {tensor.shape} does not match {expected} with B >= 1")
    batch = tensor.shape[0]
    if batch > max_batch:
        raise InvalidInput(f"batch size {batch} exceeds max_request_batch={max_batch}")
    count = math.prod(tensor.shape)
    params = tensor.parameters or {}
    size = params.get("binary_data_size")
    if size is not None:
        array = _from_binary(tensor.name, size, tensor.data, binary, count, spec.datatype)
    else:
        if binary:
            raise InvalidInput(f"body carries {len(binary)} binary bytes but no input declares binary_data_size")
        array = _from_json(tensor.name, tensor.data, count)
    array = array.reshape(tensor.shape)
    if not np.isfinite(array).all():
        raise InvalidInput(f"input {tensor.name!r} contains NaN or Inf (or values beyond the FP32 range)")
    return array


def _from_binary(name: str, size: Any, data: Any, binary: bytes, count: int, datatype: str) -> np.ndarray:
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise InvalidInput(f"input {name!r}: binary_data_size must be a non-negative integer, got {size!r}")
    if data is not None:
        raise InvalidInput(f"input {name!r} has both 'data' and binary_data_size; send one")
    dtype = _WIRE_DTYPES[datatype]
    needed = count * dtype.itemsize
    if size != needed:
        raise InvalidInput(f"input {name!r}: binary_data_size={size}, but {count} {datatype} elements take {needed} bytes")
    if len(binary) != size:
        raise InvalidInput(
            f"input {name!r}: binary section after the JSON header is {len(binary)} bytes; binary_data_size says {size}"
        )
    return np.frombuffer(binary, dtype=dtype).astype(np.float32)


def _from_json(name: str, data: Any, count: int) -> np.ndarray:
    if data is None:
        raise InvalidInput(f"input {name!r} has no 'data' (and no binary_data_size)")
    try:
        array = np.asarray(data)
    except (ValueError, TypeError, RecursionError) as exc:
        raise InvalidInput(f"input {name!r}: data is not a rectangular array of numbers ({exc})") from None
    if array.dtype.kind not in "iuf":
        raise InvalidInput(f"input {name!r}: data must contain only numbers")
    if array.size != count:
        raise InvalidInput(f"input {name!r}: data holds {array.size} elements; its shape needs {count}")
    with np.errstate(over="ignore"):
        return array.astype(np.float32).reshape(-1)


def _requested_outputs(request: InferenceRequest) -> tuple[OutputRequest, ...]:
    params = request.parameters or {}
    binary_default = params.get("binary_data_output", False)
    if not isinstance(binary_default, bool):
        raise InvalidInput("request parameter binary_data_output must be true or false")
    if request.outputs is None:
        return tuple(OutputRequest(name, binary_default) for name in DEFAULT_OUTPUTS)
    chosen: list[OutputRequest] = []
    for output in request.outputs:
        if output.name not in OUTPUT_NAMES:
            raise InvalidInput(f"unknown output {output.name!r}; available: {', '.join(OUTPUT_NAMES)}")
        if any(c.name == output.name for c in chosen):
            raise InvalidInput(f"output {output.name!r} requested twice")
        out_params = output.parameters or {}
        if out_params.get("classification"):
            raise InvalidInput("the classification extension is not supported; request output 'probabilities'")
        binary = out_params.get("binary_data", binary_default)
        if not isinstance(binary, bool):
            raise InvalidInput(f"output {output.name!r}: binary_data must be true or false")
        chosen.append(OutputRequest(output.name, binary))
    return tuple(chosen)


# --------------------------------------------------------------------------- response side


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits.astype(np.float64) - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return (exp / exp.sum(axis=-1, keepdims=True)).astype(np.float32)


def flops_figures(prediction: Prediction) -> dict[str, float]:
    """Totals over the batch. Honest accounting: skipped (and skip_ratio) go negative when
    predictor overhead outweighs what the masks saved - reported as is."""
    dense = prediction.flops_dense * prediction.batch
    executed = float(np.sum(prediction.flops_executed))
    skipped = dense - executed
    return {
        "flops_dense": dense,
        "flops_executed": executed,
        "flops_skipped": skipped,
        "skip_ratio": skipped / dense if dense > 0 else 0.0,
    }


def extra_figures(prediction: Prediction) -> dict[str, float]:
    """Family-specific figures: the value itself for one sample, the batch mean (and max) otherwise."""
    figures: dict[str, float] = {}
    for name, values in prediction.extras.items():
        values = np.asarray(values, dtype=np.float64)
        figures[name] = float(values.mean()) if values.size else 0.0
        if values.size > 1:
            figures[f"{name}_max"] = float(values.max())
    return figures


def timing_figures(done: Completed) -> dict[str, float]:
    return {"queue_ms": round(done.queue_s * 1000, 3), "compute_ms": round(done.compute_s * 1000, 3)}


def encode_response(
    spec: ModelSpec, decoded: DecodedRequest, done: Completed
) -> tuple[bytes, dict[str, str], str]:
    """(body, extra headers, media type) of the v2 inference response."""
    prediction = done.prediction
    tensors = {
        LOGITS: ("FP32", prediction.logits),
        PROBABILITIES: ("FP32", softmax(prediction.logits)) if any(o.name == PROBABILITIES for o in decoded.outputs) else None,
        KEPT_CHANNELS: ("INT64", prediction.kept),
    }
    outputs: list[dict[str, Any]] = []
    chunks: list[bytes] = []
    for wanted in decoded.outputs:
        datatype, array = tensors[wanted.name]  # type: ignore[misc]
        entry: dict[str, Any] = {"name": wanted.name, "datatype": datatype, "shape": list(array.shape)}
        if wanted.binary:
            raw = np.ascontiguousarray(array, dtype=_WIRE_DTYPES[datatype]).tobytes()
            entry["parameters"] = {"binary_data_size": len(raw)}
            chunks.append(raw)
        else:
            entry["data"] = array.reshape(-1).tolist()
        outputs.append(entry)
    body: dict[str, Any] = {
        "model_name": spec.name,
        "model_version": str(spec.version),
        "parameters": {**flops_figures(prediction), **extra_figures(prediction), **timing_figures(done),
                       **({FLOPS_BUDGET: decoded.flops_budget} if decoded.flops_budget is not None else {})},
        "outputs": outputs,
    }
    if decoded.request.id is not None:
        body["id"] = decoded.request.id
    header = json.dumps(body, allow_nan=False).encode()
    if not chunks:
        return header, {}, "application/json"
    return header + b"".join(chunks), {"Inference-Header-Content-Length": str(len(header))}, "application/octet-stream"
