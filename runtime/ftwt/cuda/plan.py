"""The CUDA engine's program: an FTWT entry as a list of unit steps with their weights (numpy).

Torch-free, read the way the native engine reads an entry (`dynaprune.runtime.ftwt.weights`), so
both engines compute from the same folded arrays. `launched_macs` counts the work the masked conv
kernels really launch once kept counts are rounded up to their tiles (the honest FLOPs stay
`dynaprune.models.flops`', computed from the kept counts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dynaprune.runtime.ftwt.manifest import INPUT_TENSOR, FtwtManifest
from dynaprune.runtime.ftwt.weights import head_weights, unit_weights
from dynaprune.runtime.manifest import ManifestError


@dataclass
class Geometry:
    """A conv's window: kernel, strides, top/left padding, dilation, and its output size."""

    kh: int
    kw: int
    sh: int
    sw: int
    ph: int
    pw: int
    dh: int
    dw: int
    out_h: int
    out_w: int


@dataclass
class Step:
    """One gated unit: predictor, conv (and shortcut), pools; tensors named by their index."""

    name: str
    index: int
    depthwise: bool
    cin: int
    cout: int
    in_h: int
    in_w: int
    conv: Geometry
    relu: bool
    input: int  # tensor read (0: the image, i + 1: unit i's output)
    skip: int  # tensor added through the shortcut, -1 for none
    shortcut: str | None  # None, "identity", "pad", "projection"
    shortcut_stride: int
    gated: bool
    avg_pool: bool  # predictor pooling: average (else max)
    output_dense: bool
    post: list[tuple[int, int, int]]  # (kernel, stride, padding) max pools, in order
    out_h: int
    out_w: int
    arrays: dict[str, np.ndarray] = field(default_factory=dict)  # w, b, pw, pb, pj_w, pj_b
    projection: Geometry | None = None


@dataclass
class Plan:
    steps: list[Step]
    tensors: list[tuple[int, int, int]]  # (C, H, W) of every tensor: the image, then each unit's output
    dense_tensors: list[bool]  # tensor t is dense (the image, a residual sum)
    head_input: int
    head_w: np.ndarray  # (classes, C)
    head_b: np.ndarray
    mean: np.ndarray
    std: np.ndarray


def _ints(attrs: dict[str, Any], key: str, default: list[int]) -> list[int]:
    return [int(v) for v in attrs.get(key, default)]


def _geometry(attrs: dict[str, Any], kernel: tuple[int, int], in_hw: list[int]) -> Geometry:
    s = _ints(attrs, "strides", [1, 1])
    p = _ints(attrs, "pads", [0, 0, 0, 0])
    d = _ints(attrs, "dilations", [1, 1])
    out = [(in_hw[i] + p[i] + p[i + 2] - d[i] * (kernel[i] - 1) - 1) // s[i] + 1 for i in range(2)]
    return Geometry(kernel[0], kernel[1], s[0], s[1], p[0], p[1], d[0], d[1], out[0], out[1])


def build_plan(entry: Path, manifest: FtwtManifest) -> Plan:
    """The entry as unit steps; a ManifestError names what this engine cannot run."""
    tensor_id = {INPUT_TENSOR: 0}
    tensors = [tuple(int(v) for v in manifest.input.shape)]
    dense = [True]
    steps: list[Step] = []
    for i, unit in enumerate(manifest.units):
        if unit.input not in tensor_id or (unit.skip is not None and unit.skip not in tensor_id):
            raise ManifestError(f"{entry}: unit {unit.name} reads a tensor that no earlier unit wrote")
        if unit.kind == "conv" and unit.groups != 1:
            raise ManifestError(f"{entry}: unit {unit.name}: grouped convs are not supported by the cuda engine")
        if unit.output_dense and (unit.skip is None or unit.shortcut is None or unit.kind == "depthwise"):
            raise ManifestError(f"{entry}: unit {unit.name}: a dense output needs a conv with a shortcut")
        w = unit_weights(entry, unit)
        geo = _geometry(w["attrs"], (int(unit.kernel[0]), int(unit.kernel[1])), unit.in_hw)
        sc = unit.shortcut
        step = Step(
            name=unit.name, index=i, depthwise=unit.kind == "depthwise", cin=unit.in_channels,
            cout=unit.out_channels, in_h=unit.in_hw[0], in_w=unit.in_hw[1], conv=geo, relu=bool(unit.relu),
            input=tensor_id[unit.input], skip=tensor_id[unit.skip] if unit.skip is not None else -1,
            shortcut=sc.kind if sc is not None else None, shortcut_stride=sc.stride if sc is not None else 1,
            gated=unit.predictor is not None, avg_pool=unit.predictor_pool != "max",
            output_dense=bool(unit.output_dense), post=[(p.kernel, p.stride, p.padding) for p in unit.post],
            out_h=unit.out_hw[0], out_w=unit.out_hw[1],
        )
        step.arrays = {k: w[k] for k in ("w", "b", "pw", "pb", "pj_w", "pj_b") if k in w}
        if sc is not None and sc.kind == "projection":
            pj = w["pj_attrs"]
            if _ints(pj, "dilations", [1, 1]) != [1, 1] or int(pj.get("group", 1)) != 1:
                raise ManifestError(f"{entry}: unit {unit.name}: dilated or grouped projection convs are not supported")
            skip_hw = list(tensors[step.skip][1:])
            step.projection = _geometry(pj, tuple(int(v) for v in w["pj_w"].shape[2:]), skip_hw)  # type: ignore[arg-type]
            if (step.projection.out_h, step.projection.out_w) != (geo.out_h, geo.out_w):
                raise ManifestError(f"{entry}: unit {unit.name}: the projection's output size differs from the conv's")
        steps.append(step)
        tensor_id[unit.name] = i + 1
        tensors.append((unit.out_channels, unit.out_hw[0], unit.out_hw[1]))
        dense.append(bool(unit.output_dense))
    if manifest.head.input not in tensor_id:
        raise ManifestError(f"{entry}: the head reads unknown tensor {manifest.head.input!r}")
    head_w, head_b = head_weights(entry, manifest)
    return Plan(
        steps=steps, tensors=tensors, dense_tensors=dense, head_input=tensor_id[manifest.head.input],
        head_w=head_w, head_b=head_b,
        mean=np.asarray(manifest.input.mean, dtype=np.float32), std=np.asarray(manifest.input.std, dtype=np.float32),
    )


def _ceil_to(n: np.ndarray | int, tile: int) -> np.ndarray:
    return -(-np.asarray(n, dtype=np.int64) // tile) * tile


def launched_macs(plan: Plan, kept: np.ndarray, tiles: tuple[int, int, int]) -> np.ndarray:
    """Per sample, multiply-adds the masked conv kernels launch: kept filters, output pixels and
    kept inputs x taps each rounded up to the kernel's (BLOCK_N, BLOCK_M, BLOCK_K) tiles
    (depthwise: filters to BLOCK_N, pixels to BLOCK_M). `kept`: (B, units) kept counts."""
    block_n, block_m, block_k = tiles
    kept = np.asarray(kept, dtype=np.int64)
    total = np.zeros(kept.shape[0], dtype=np.int64)
    for s in plan.steps:
        kout = kept[:, s.index]
        kin = kept[:, s.input - 1] if s.input > 0 and not plan.dense_tensors[s.input] else np.full_like(kout, plan.tensors[s.input][0])
        pixels = int(_ceil_to(s.conv.out_h * s.conv.out_w, block_m))
        taps = s.conv.kh * s.conv.kw
        if s.depthwise:
            total += _ceil_to(kout, block_n) * pixels * taps
        else:
            total += _ceil_to(kout, block_n) * pixels * _ceil_to(kin * taps, block_k)
        if s.projection is not None:
            sk = s.skip
            kin_s = kept[:, sk - 1] if sk > 0 and not plan.dense_tensors[sk] else np.full_like(kout, plan.tensors[sk][0])
            p_taps = s.projection.kh * s.projection.kw
            total += int(_ceil_to(s.cout, block_n)) * pixels * _ceil_to(kin_s * p_taps, block_k)
    return total
