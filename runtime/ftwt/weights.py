"""The folded weights of an exported FTWT entry, read from its ONNX graphs' initializers.

The native engine and the benchmark's "ideal" static network both compute from these arrays,
so they read them the same way: conv weight/bias (BN folded), conv attributes, the projection
shortcut's conv and the predictor's linear map of each unit, and the head's linear map.
Torch-free (onnx + numpy).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from dynaprune.runtime.ftwt.manifest import FtwtManifest, UnitEntry
from dynaprune.runtime.manifest import ManifestError

def _load_onnx(entry: Path, rel: str):
    import onnx

    try:
        return onnx.load(str(entry / rel))
    except Exception as exc:  # onnx raises several types
        raise ManifestError(f"{entry}: cannot read {rel}: {exc}") from exc


def _initializers(model) -> dict[str, np.ndarray]:
    from onnx import numpy_helper

    return {init.name: numpy_helper.to_array(init) for init in model.graph.initializer}


def _attrs(node) -> dict[str, Any]:
    from onnx import helper

    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _f32(array: np.ndarray, shape: tuple[int, ...], what: str, entry: Path) -> np.ndarray:
    array = np.asarray(array)
    if array.dtype != np.float32 or tuple(array.shape) != tuple(int(d) for d in shape):
        raise ManifestError(f"{entry}: {what} has shape {array.shape} ({array.dtype}), expected {shape} float32")
    return np.ascontiguousarray(array)


def unit_weights(entry: Path, unit: UnitEntry) -> dict[str, Any]:
    """Folded conv weight/bias, conv attributes, projection conv and predictor fc of one unit."""
    block = _load_onnx(entry, unit.block.file)
    inits = _initializers(block)
    conv = next((n for n in block.graph.node if n.op_type in ("MaskedConv", "MaskedDepthwiseConv")), None)
    if conv is None:
        raise ManifestError(f"{entry}: {unit.block.file} has no MaskedConv node")
    per_group = 1 if unit.kind == "depthwise" else unit.in_channels
    kh, kw = unit.kernel
    out: dict[str, Any] = {
        "w": _f32(inits[conv.input[3]], (unit.out_channels, per_group, kh, kw), f"{unit.name} conv weight", entry),
        "b": _f32(inits[conv.input[4]], (unit.out_channels,), f"{unit.name} conv bias", entry),
        "attrs": _attrs(conv),
    }
    if unit.shortcut is not None and unit.shortcut.kind == "projection":
        proj = next((n for n in block.graph.node if n.op_type == "Conv" and n.domain in ("", "ai.onnx")), None)
        if proj is None:
            raise ManifestError(f"{entry}: {unit.block.file} has no projection Conv")
        weight = inits[proj.input[1]]
        out["pj_w"] = _f32(weight, weight.shape, f"{unit.name} projection weight", entry)
        out["pj_b"] = _f32(inits[proj.input[2]], (weight.shape[0],), f"{unit.name} projection bias", entry)
        out["pj_attrs"] = _attrs(proj)
    if unit.predictor is not None:
        pred = _load_onnx(entry, unit.predictor.file)
        pinits = _initializers(pred)
        gemm = next((n for n in pred.graph.node if n.op_type == "Gemm"), None)
        if gemm is None:
            raise ManifestError(f"{entry}: {unit.predictor.file} has no Gemm node")
        attrs = _attrs(gemm)
        weight = pinits[gemm.input[1]]
        if not attrs.get("transB", 0):
            weight = weight.T
        out["pw"] = _f32(weight, (unit.out_channels, unit.in_channels), f"{unit.name} predictor weight", entry)
        out["pb"] = _f32(pinits[gemm.input[2]], (unit.out_channels,), f"{unit.name} predictor bias", entry)
    return out


def head_weights(entry: Path, manifest: FtwtManifest) -> tuple[np.ndarray, np.ndarray]:
    head = _load_onnx(entry, manifest.head.graph.file)
    inits = _initializers(head)
    gather = next((n for n in head.graph.node if n.op_type == "Gather"), None)
    gemm = next((n for n in head.graph.node if n.op_type == "Gemm"), None)
    if gather is None or gemm is None:
        raise ManifestError(f"{entry}: {manifest.head.graph.file} is not a Gather + Gemm head")
    shape = (manifest.head.num_classes, manifest.head.in_channels)
    return (_f32(inits[gather.input[0]], shape, "head weight", entry),
            _f32(inits[gemm.input[2]], (shape[0],), "head bias", entry))
