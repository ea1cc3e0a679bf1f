"""Run an exported FTWT network with the compiled engine `exporter._native`: one C call per batch.

Same interface as `exporter.runner.ModelRunner` (`manifest`, `unit_names`,
`run`, `run_dense`, `warmup`, `normalise`, `trace`), same results: kept channel
sets equal to the ONNX graphs' (and PyTorch's), logits within the exporter's
parity tolerance. Torch-free: it reads the manifest and the folded weights
stored as initializers in the unit ONNX files (onnx + numpy only).

Why a native engine: ONNX Runtime runs a sample's sub-network as two session
calls per unit, and its only way to run a conv over run-time selected filters
is to Gather the kept weight rows/columns first and then Conv, which is slower
than the dense net. The engine walks every unit in one C call, computes only
the kept filters from the kept input channels (an "indexed GEMM" that reads the
weights in place), and splits large convs across `threads` threads.

`native_available()` says whether the extension was built (`pip install -e .`
builds it when a C compiler is present; the build is optional). `runner_for`
picks the engine: "native", "onnx" or "auto" (native when available).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

from exporter.manifest import INPUT_TENSOR, Manifest, ManifestError, UnitEntry, load_manifest
from exporter.runner import RunResult, SampleTrace
from models.flops import CostModel, CountMode, dense_flops, predictor_flops

ABI_VERSION = 1

# Field order of a unit record: must match exporter/_native/engine.h.
_UNIT_FIELDS = (
    "KIND CIN COUT KH KW SH SW PT PL PB PR DH DW RELU INPUT SKIP SC_KIND SC_IN SC_OUT SC_STRIDE NPOST "
    "POST0_K POST0_S POST0_P POST1_K POST1_S POST1_P IN_H IN_W CONV_H CONV_W OUT_H OUT_W GATED PRED_POOL "
    "OUTPUT_DENSE PJ_KH PJ_KW PJ_SH PJ_SW PJ_PT PJ_PL PJ_PB PJ_PR"
).split()
_F = {name: i for i, name in enumerate(_UNIT_FIELDS)}
_COST_FIELDS = "OUT_UNIT IN_UNIT COUT CIN GROUPS HW KH KW BIAS DEPTHWISE".split()
_SHORTCUTS = {None: 0, "identity": 1, "pad": 2, "projection": 3}

try:  # the optional compiled extension
    from exporter import _native  # type: ignore[attr-defined]
except ImportError as exc:  # pragma: no cover - depends on the build
    _native = None
    _IMPORT_ERROR: str | None = str(exc)
else:
    _IMPORT_ERROR = None
    if getattr(_native, "ABI_VERSION", None) != ABI_VERSION or _native.U_NFIELDS != len(_UNIT_FIELDS):
        _IMPORT_ERROR = (
            f"exporter._native is stale (ABI {getattr(_native, 'ABI_VERSION', '?')}, this wrapper needs {ABI_VERSION}); "
            "rebuild it with `pip install -e .`"
        )
        _native = None


def native_available() -> bool:
    """True when the compiled engine is importable (and matches this wrapper)."""
    return _native is not None


def native_info() -> dict[str, Any]:
    """How the engine was built: available, SIMD level, OpenMP; or why it is missing."""
    if _native is None:
        return {"available": False, "reason": _IMPORT_ERROR or "not built"}
    return {"available": True, "simd": _native.SIMD, "threading": _native.THREADING, "abi": _native.ABI_VERSION}


def default_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- reading the graphs


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


def _unit_weights(entry: Path, unit: UnitEntry) -> dict[str, Any]:
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


def _head_weights(entry: Path, manifest: Manifest) -> tuple[np.ndarray, np.ndarray]:
    head = _load_onnx(entry, manifest.head.graph.file)
    inits = _initializers(head)
    gather = next((n for n in head.graph.node if n.op_type == "Gather"), None)
    gemm = next((n for n in head.graph.node if n.op_type == "Gemm"), None)
    if gather is None or gemm is None:
        raise ManifestError(f"{entry}: {manifest.head.graph.file} is not a Gather + Gemm head")
    shape = (manifest.head.num_classes, manifest.head.in_channels)
    return (_f32(inits[gather.input[0]], shape, "head weight", entry),
            _f32(inits[gemm.input[2]], (shape[0],), "head bias", entry))


def _ints(attrs: dict[str, Any], key: str, default: list[int]) -> list[int]:
    return [int(v) for v in attrs.get(key, default)]


def build_program(entry: Path, manifest: Manifest) -> dict[str, Any]:
    """The engine's program: unit records, weights, tensor shapes, head and FLOPs table."""
    units = manifest.units
    tensor_id = {INPUT_TENSOR: 0}
    for i, unit in enumerate(units):
        tensor_id[unit.name] = i + 1
    records = np.zeros((len(units), len(_UNIT_FIELDS)), dtype=np.int32)
    floats: list[Any] = []
    tensors = [list(manifest.input.shape)] + [[u.out_channels, *u.out_hw] for u in units]
    for i, unit in enumerate(units):
        w = _unit_weights(entry, unit)
        attrs = w["attrs"]
        strides = _ints(attrs, "strides", [1, 1])
        pads = _ints(attrs, "pads", [0, 0, 0, 0])
        dilations = _ints(attrs, "dilations", [1, 1])
        if unit.kind == "conv" and unit.groups != 1:
            raise ManifestError(f"{entry}: unit {unit.name}: grouped convs are not supported by the native engine")
        if len(unit.post) > 2:
            raise ManifestError(f"{entry}: unit {unit.name}: more than two pools after a unit")
        if unit.output_dense and (unit.skip is None or unit.shortcut is None):
            raise ManifestError(f"{entry}: unit {unit.name}: dense output without a shortcut")
        conv_hw = _conv_hw(unit.in_hw, unit.kernel, strides, pads, dilations)
        r = records[i]
        r[_F["KIND"]] = 1 if unit.kind == "depthwise" else 0
        r[_F["CIN"]], r[_F["COUT"]] = unit.in_channels, unit.out_channels
        r[_F["KH"]], r[_F["KW"]] = unit.kernel
        r[_F["SH"]], r[_F["SW"]] = strides
        r[_F["PT"]], r[_F["PL"]], r[_F["PB"]], r[_F["PR"]] = pads
        r[_F["DH"]], r[_F["DW"]] = dilations
        r[_F["RELU"]] = int(unit.relu)
        if unit.input not in tensor_id or (unit.skip is not None and unit.skip not in tensor_id):
            raise ManifestError(f"{entry}: unit {unit.name} reads a tensor that no earlier unit wrote")
        r[_F["INPUT"]] = tensor_id[unit.input]
        r[_F["SKIP"]] = tensor_id[unit.skip] if unit.skip is not None else -1
        sc = unit.shortcut
        r[_F["SC_KIND"]] = _SHORTCUTS[sc.kind if sc else None]
        if sc is not None:
            r[_F["SC_IN"]], r[_F["SC_OUT"]], r[_F["SC_STRIDE"]] = sc.in_channels, sc.out_channels, sc.stride
        r[_F["NPOST"]] = len(unit.post)
        for p, pool in enumerate(unit.post):
            r[_F[f"POST{p}_K"]], r[_F[f"POST{p}_S"]], r[_F[f"POST{p}_P"]] = pool.kernel, pool.stride, pool.padding
        r[_F["IN_H"]], r[_F["IN_W"]] = unit.in_hw
        r[_F["CONV_H"]], r[_F["CONV_W"]] = conv_hw
        r[_F["OUT_H"]], r[_F["OUT_W"]] = unit.out_hw
        r[_F["GATED"]] = int(unit.predictor is not None)
        r[_F["PRED_POOL"]] = 1 if unit.predictor_pool == "max" else 0
        r[_F["OUTPUT_DENSE"]] = int(unit.output_dense)
        if sc is not None and sc.kind == "projection":
            pj = w["pj_attrs"]
            kh, kw = w["pj_w"].shape[2:]
            r[_F["PJ_KH"]], r[_F["PJ_KW"]] = kh, kw
            r[_F["PJ_SH"]], r[_F["PJ_SW"]] = _ints(pj, "strides", [1, 1])
            r[_F["PJ_PT"]], r[_F["PJ_PL"]], r[_F["PJ_PB"]], r[_F["PJ_PR"]] = _ints(pj, "pads", [0, 0, 0, 0])
            if _ints(pj, "dilations", [1, 1]) != [1, 1] or int(pj.get("group", 1)) != 1:
                raise ManifestError(f"{entry}: unit {unit.name}: dilated or grouped projection convs are not supported")
        floats += [w["w"], w["b"], w.get("pw"), w.get("pb"), w.get("pj_w"), w.get("pj_b")]
    head_w, head_b = _head_weights(entry, manifest)
    if manifest.head.input not in tensor_id:
        raise ManifestError(f"{entry}: the head reads unknown tensor {manifest.head.input!r}")
    cost, const = _cost_table(manifest)
    return {
        "units": records.reshape(-1),
        "floats": floats,
        "tensors": np.asarray(tensors, dtype=np.int32).reshape(-1),
        "head": (tensor_id[manifest.head.input], manifest.head.in_channels, manifest.head.num_classes),
        "head_w": head_w,
        "head_b": head_b,
        "mean": np.asarray(manifest.input.mean, dtype=np.float32),
        "std": np.asarray(manifest.input.std, dtype=np.float32),
        "cost": cost,
        "flops_const": const,
    }


def _conv_hw(hw: list[int], kernel: list[int], strides: list[int], pads: list[int], dil: list[int]) -> tuple[int, int]:
    return tuple(  # type: ignore[return-value]
        (hw[i] + pads[i] + pads[i + 2] - dil[i] * (kernel[i] - 1) - 1) // strides[i] + 1 for i in range(2)
    )


def _cost_table(manifest: Manifest) -> tuple[np.ndarray, float]:
    """models.flops honest accounting as a table the engine evaluates per sample."""
    cost: CostModel = manifest.cost()
    index = {u.name: i for i, u in enumerate(manifest.units)}
    rows = []
    const = 0.0
    for conv in cost.convs:
        if conv.gated and conv.name not in index:
            raise ManifestError(f"cost model names gated unit {conv.name!r}, which the manifest lacks")
        if conv.honest_source is not None and conv.honest_source not in index:
            raise ManifestError(f"cost model: unknown source unit {conv.honest_source!r}")
        rows.append([
            index[conv.name] if conv.gated else -1,
            index[conv.honest_source] if conv.honest_source is not None else -1,
            conv.out_channels, conv.in_channels, conv.groups, conv.out_hw[0] * conv.out_hw[1],
            conv.kernel[0], conv.kernel[1], int(conv.bias), int(conv.is_depthwise),
        ])
        if manifest.gated and conv.gated:
            const += predictor_flops(conv)
    const += sum(op.ops for op in cost.fixed)
    table = np.asarray(rows, dtype=np.int64).reshape(-1, len(_COST_FIELDS))
    return np.ascontiguousarray(table.reshape(-1)), float(const)


# --------------------------------------------------------------------------- the runner


class NativeRunner:
    """The compiled engine for one entry; `run` executes each sample's own sub-network.

    `threads` (default: the CPUs this process may use) splits large convs;
    small ones always run on the calling thread. `intra_op_threads` is accepted
    as an alias (the server's runner factory passes ORT-style arguments);
    `providers` and `inter_op_threads` only apply to `run_dense` (ONNX Runtime).
    """

    backend = "dynaprune-native"  # published as the model's backend in the server's metadata

    def __init__(
        self,
        entry_dir: str | os.PathLike[str],
        *,
        threads: int | None = None,
        verify_hashes: bool = True,
        providers: list[str] | None = None,
        intra_op_threads: int | None = None,
        inter_op_threads: int | None = None,
    ) -> None:
        if _native is None:
            raise ManifestError(f"the native engine is not available ({_IMPORT_ERROR or 'not built'}); "
                                "use exporter.runner.ModelRunner or reinstall with a C compiler")
        self.entry_dir = Path(entry_dir)
        self.manifest: Manifest = load_manifest(self.entry_dir, verify_hashes=verify_hashes)
        if self.manifest.family != "ftwt":
            raise ManifestError(f"{self.entry_dir}: the native engine runs FTWT entries; this one is "
                                f"{self.manifest.family!r} (use exporter.runner.open_runner)")
        chosen = threads if threads is not None else intra_op_threads
        self.threads = int(chosen) if chosen is not None else default_threads()
        if self.threads < 1:
            raise ValueError(f"threads must be >= 1, got {self.threads}")
        self._providers = providers
        self._inter_op_threads = inter_op_threads
        m = self.manifest
        program = build_program(self.entry_dir, m)
        try:
            self._engine = _native.create(**program, threads=self.threads)
        except ValueError as exc:
            raise ManifestError(f"{self.entry_dir}: the native engine rejects this entry: {exc}") from exc
        self._names = [u.name for u in m.units]
        self._channels = np.asarray([u.out_channels for u in m.units], dtype=np.int64)
        self._offsets = np.concatenate([[0], np.cumsum(self._channels)])
        self._classes = m.head.num_classes
        self._shape = tuple(m.input.shape)
        self._mean = np.asarray(m.input.mean, dtype=np.float32).reshape(1, -1, 1, 1)
        self._std = np.asarray(m.input.std, dtype=np.float32).reshape(1, -1, 1, 1)
        self._flops_dense = float(dense_flops(m.cost(), CountMode.HONEST).total)
        self._dense = None
        self._dense_lock = threading.Lock()

    @property
    def unit_names(self) -> list[str]:
        return list(self._names)

    # ------------------------------------------------------------------ inputs

    def _check(self, images: np.ndarray) -> np.ndarray:
        if type(images) is np.ndarray and images.dtype == np.float32 and images.flags.c_contiguous \
                and images.shape[1:] == self._shape and images.ndim == 4:
            return images
        images = np.asarray(images)
        if images.ndim != 4 or tuple(images.shape[1:]) != self._shape:
            raise ValueError(f"images must be (B, {', '.join(map(str, self._shape))}), got {images.shape}")
        return np.ascontiguousarray(images, dtype=np.float32)

    def normalise(self, images: np.ndarray) -> np.ndarray:
        """(B, C, H, W) images in [0, 1] -> float32 normalised with the manifest's mean/std."""
        x = self._check(images)
        return ((x - self._mean) / self._std).astype(np.float32, copy=False)

    # ------------------------------------------------------------------ running

    def _execute(self, x: np.ndarray, normalise: bool, with_mask: bool = False, with_macs: bool = False):
        batch = x.shape[0]
        logits = np.empty((batch, self._classes), dtype=np.float32)
        kept = np.empty((batch, len(self._names)), dtype=np.int64)
        flops = np.empty(batch, dtype=np.float64)
        mask = np.empty((batch, int(self._offsets[-1])), dtype=np.uint8) if with_mask else None
        macs = np.empty(batch, dtype=np.int64) if with_macs else None
        self._engine.run(x, batch, normalise, logits, kept, flops, mask, macs)
        return logits, kept, flops, mask, macs

    def run(self, images: np.ndarray) -> RunResult:
        x = self._check(images)
        logits, kept, flops, _, _ = self._execute(x, True)
        if not self.manifest.gated:
            flops[:] = self._flops_dense
        columns = kept.T if kept.shape[0] == 1 else np.ascontiguousarray(kept.T)  # one row per unit
        return RunResult(
            logits=logits,
            kept=dict(zip(self._names, columns)),
            flops_executed=flops,
            flops_dense=self._flops_dense,
        )

    def run_stats(self, images: np.ndarray) -> dict[str, np.ndarray]:
        """Like `run`, plus what the engine did: kept masks (B, sum C_out) and conv MACs performed per sample."""
        x = self._check(images)
        logits, kept, flops, mask, macs = self._execute(x, True, with_mask=True, with_macs=True)
        return {"logits": logits, "kept": kept, "flops_executed": flops, "mask": mask, "macs": macs}

    def trace_sample(self, x: np.ndarray) -> SampleTrace:
        """One normalised sample (1, C, H, W): kept indices of every unit and its logits."""
        x = np.ascontiguousarray(x, dtype=np.float32)
        if x.shape != (1, *self._shape):
            raise ValueError(f"expected one normalised sample of shape {(1, *self._shape)}, got {x.shape}")
        logits, _, _, mask, _ = self._execute(x, False, with_mask=True)
        kept = {
            name: np.flatnonzero(mask[0, self._offsets[i] : self._offsets[i + 1]]).astype(np.int64)
            for i, name in enumerate(self._names)
        }
        return SampleTrace(logits=logits[0], kept=kept)

    def trace(self, images: np.ndarray) -> list[SampleTrace]:
        """Per-sample kept indices and logits for UNnormalised images (B, C, H, W)."""
        x = self.normalise(images)
        return [self.trace_sample(x[i : i + 1]) for i in range(x.shape[0])]

    def run_dense(self, images: np.ndarray) -> np.ndarray:
        """Logits (B, num_classes) of dense.onnx (ONNX Runtime), the unpruned backbone."""
        import onnxruntime as ort

        with self._dense_lock:
            if self._dense is None:
                path = self.entry_dir / self.manifest.dense.graph.file
                options = ort.SessionOptions()
                options.log_severity_level = 3
                options.intra_op_num_threads = self.threads
                if self._inter_op_threads is not None:
                    options.inter_op_num_threads = self._inter_op_threads
                available = set(ort.get_available_providers())
                wanted = self._providers if self._providers is not None else ["CPUExecutionProvider"]
                providers = [p for p in wanted if p in available] or ["CPUExecutionProvider"]
                try:
                    self._dense = ort.InferenceSession(str(path), sess_options=options, providers=providers)
                except Exception as exc:  # onnxruntime raises its own types
                    raise ManifestError(f"{self.entry_dir}: onnxruntime cannot load {path.name}: {exc}") from exc
        x = self.normalise(images)
        return self._dense.run(None, {self.manifest.dense.graph.inputs[0]: x})[0]

    def warmup(self, iterations: int = 2) -> None:
        shape = (1, *self._shape)
        rng = np.random.default_rng(0)
        for _ in range(max(0, iterations)):
            self.run(rng.random(shape, dtype=np.float32))


def runner_for(entry_dir: str | os.PathLike[str], *, engine: str = "auto", threads: int | None = None,
                verify_hashes: bool = True, **ort_kwargs: Any):
    """A runner for one entry: engine "native", "onnx" (ONNX Runtime) or "auto" (native for FTWT
    entries when the engine is built; `exporter.runner.open_runner` otherwise, e.g. Hebbian entries)."""
    if engine not in ("auto", "native", "onnx"):
        raise ValueError(f"engine must be auto, native or onnx, got {engine!r}")
    from exporter import runner as onnx_runner

    family = onnx_runner.entry_family(entry_dir) if hasattr(onnx_runner, "entry_family") else "ftwt"
    if engine == "native" or (engine == "auto" and native_available() and family == "ftwt"):
        return NativeRunner(entry_dir, threads=threads, verify_hashes=verify_hashes, **ort_kwargs)
    if threads is not None:
        ort_kwargs.setdefault("intra_op_threads", threads)
    opener = getattr(onnx_runner, "open_runner", onnx_runner.ModelRunner)
    return opener(entry_dir, verify_hashes=verify_hashes, **ort_kwargs)


__all__ = ["NativeRunner", "native_available", "native_info", "runner_for", "build_program", "default_threads"]
