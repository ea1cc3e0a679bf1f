"""The FTWT family on the compiled engine `dynaprune.runtime.ftwt._native`: one C call per batch.

Same contract and results as `dynaprune.runtime.ftwt.onnx_runner.ModelRunner`: kept channel
sets equal to the ONNX graphs' (and PyTorch's), logits within the exporter's parity tolerance.
Torch-free: it reads the manifest and the folded weights stored as initializers in the unit
ONNX files (`dynaprune.runtime.ftwt.weights`).

Why a native engine: ONNX Runtime runs a sample's sub-network as two session calls per unit,
and its only way to run a conv over run-time selected filters is to Gather the kept weight
rows/columns first and then Conv, which is slower than the dense net. The engine walks every
unit in one C call, computes only the kept filters from the kept input channels (an "indexed
GEMM" that reads the weights in place), and splits large convs across `threads` threads.

`native_available()` says whether the extension was built (`pip install -e .` builds it when a
C compiler is present; the build is optional). Engine choice is `dynaprune.runtime.engines`'.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from dynaprune.models.flops import CostModel, predictor_flops
from dynaprune.runtime.contract import Runner, RunResult, SampleTrace
from dynaprune.runtime.ftwt.budget import check_budgets, solve
from dynaprune.runtime.ftwt.manifest import FAMILY, INPUT_TENSOR, FtwtManifest
from dynaprune.runtime.ftwt.published import FtwtPublished
from dynaprune.runtime.ftwt.weights import head_weights, unit_weights
from dynaprune.runtime.manifest import ManifestBase, ManifestError
from dynaprune.runtime.sessions import CPU, LazySession, available_providers, open_session, session_options

ABI_VERSION = 2  # runtime/ftwt/native/engine.h's DP_ABI_VERSION

# Field order of a unit record and of a cost record: must match the X-macro lists of
# runtime/ftwt/native/engine.h. The compiled module exports its lists (UNIT_FIELDS, COST_FIELDS)
# and is refused at import unless they equal these name by name (`_layout_mismatch`).
_UNIT_FIELDS = (
    "KIND CIN COUT KH KW SH SW PT PL PB PR DH DW RELU INPUT SKIP SC_KIND SC_IN SC_OUT SC_STRIDE NPOST "
    "POST0_K POST0_S POST0_P POST1_K POST1_S POST1_P IN_H IN_W CONV_H CONV_W OUT_H OUT_W GATED PRED_POOL "
    "OUTPUT_DENSE PJ_KH PJ_KW PJ_SH PJ_SW PJ_PT PJ_PL PJ_PB PJ_PR"
).split()
_F = {name: i for i, name in enumerate(_UNIT_FIELDS)}
_COST_FIELDS = "OUT_UNIT IN_UNIT COUT CIN GROUPS HW KH KW BIAS DEPTHWISE".split()
_SHORTCUTS = {None: 0, "identity": 1, "pad": 2, "projection": 3}


def _layout_mismatch(module: Any) -> str | None:
    """Why `module` cannot run the records this wrapper builds, or None when it can.

    A stale or foreign build would otherwise read every field after a difference from the wrong
    slot and compute nonsense without an error, so the ABI version and both field lists must match
    exactly; the message names the first field that differs.
    """
    rebuild = "rebuild it with `pip install -e .`"
    abi = getattr(module, "ABI_VERSION", None)
    if abi != ABI_VERSION:
        return f"dynaprune.runtime.ftwt._native is stale (ABI {abi if abi is not None else '?'}, this wrapper needs {ABI_VERSION}); {rebuild}"
    for attr, ours in (("UNIT_FIELDS", tuple(_UNIT_FIELDS)), ("COST_FIELDS", tuple(_COST_FIELDS))):
        theirs = tuple(getattr(module, attr, ()))
        if theirs == ours:
            continue
        i = next((i for i, (a, b) in enumerate(zip(theirs, ours)) if a != b), min(len(theirs), len(ours)))
        got = theirs[i] if i < len(theirs) else "(end)"
        want = ours[i] if i < len(ours) else "(end)"
        return (f"dynaprune.runtime.ftwt._native's {attr} differ from native_runner's at field {i}: "
                f"the module has {got}, the wrapper {want}; {rebuild}")
    return None


try:  # the optional compiled extension
    from dynaprune.runtime.ftwt import _native  # type: ignore[attr-defined]
except ImportError as exc:  # pragma: no cover - depends on the build
    _native = None
    _IMPORT_ERROR: str | None = str(exc)
else:
    _IMPORT_ERROR = _layout_mismatch(_native)
    if _IMPORT_ERROR is not None:
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


def _ints(attrs: dict[str, Any], key: str, default: list[int]) -> list[int]:
    return [int(v) for v in attrs.get(key, default)]


def build_program(entry: Path, manifest: FtwtManifest) -> dict[str, Any]:
    """The engine's program: unit records, weights, tensor shapes, head and FLOPs table."""
    units = manifest.units
    tensor_id = {INPUT_TENSOR: 0}
    for i, unit in enumerate(units):
        tensor_id[unit.name] = i + 1
    records = np.zeros((len(units), len(_UNIT_FIELDS)), dtype=np.int32)
    floats: list[Any] = []
    tensors = [list(manifest.input.shape)] + [[u.out_channels, *u.out_hw] for u in units]
    for i, unit in enumerate(units):
        w = unit_weights(entry, unit)
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
    head_w, head_b = head_weights(entry, manifest)
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


def _cost_table(manifest: FtwtManifest) -> tuple[np.ndarray, float]:
    """dynaprune.models.flops honest accounting as a table the engine evaluates per sample."""
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


# How a batch uses the threads: "layers" walks the whole batch through the network unit by unit,
# and the convs of small planes (bound by reading their weights) read each tile of filters once for
# every sample; "samples" spreads whole samples over the threads (no hand-off inside a sample);
# "convs" runs the samples one by one with each large conv split over them (one sample's latency);
# "auto" lets the engine decide. Answers are the same, bit for bit, in every mode.
SPREADS = {"auto": -1, "samples": 1, "convs": 0, "layers": 2}


class NativeRunner(FtwtPublished, Runner):
    """The compiled engine for one entry; `run` executes each sample's own sub-network.

    `threads` (default: the CPUs this process may use) splits large convs, or spreads a batch's
    samples (`batch_spread`); small convs always run on the calling thread. `intra_op_threads` is accepted
    as an alias (the server's runner factory passes ORT-style arguments);
    `providers` and `inter_op_threads` only apply to `run_dense` (ONNX Runtime).
    """

    backend = "dynaprune-native"
    engine = "native"
    supports_flops_budget = True
    family = FAMILY
    manifest: FtwtManifest

    def __init__(
        self,
        entry_dir: str | os.PathLike[str],
        *,
        threads: int | None = None,
        verify_hashes: bool = True,
        providers: list[str] | None = None,
        intra_op_threads: int | None = None,
        inter_op_threads: int | None = None,
        manifest: ManifestBase | None = None,
        batch_spread: str = "auto",
    ) -> None:
        if _native is None:
            raise ManifestError(f"the native engine is not available ({_IMPORT_ERROR or 'not built'}); "
                                "use engine 'onnx' or reinstall with a C compiler")
        super().__init__(entry_dir, verify_hashes=verify_hashes, manifest=manifest)
        if batch_spread not in SPREADS:
            raise ValueError(f"batch_spread must be one of {', '.join(SPREADS)}, got {batch_spread!r}")
        self._spread = SPREADS[batch_spread]
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
        self._shape = self.inputs.shape
        self._dense = LazySession(self._open_dense)

    # ------------------------------------------------------------------ running

    def _execute(self, x: np.ndarray, normalise: bool, with_mask: bool = False, with_macs: bool = False,
                 thresholds: np.ndarray | None = None):
        batch = x.shape[0]
        logits = np.empty((batch, self._classes), dtype=np.float32)
        kept = np.empty((batch, len(self._names)), dtype=np.int64)
        flops = np.empty(batch, dtype=np.float64)
        mask = np.empty((batch, int(self._offsets[-1])), dtype=np.uint8) if with_mask else None
        macs = np.empty(batch, dtype=np.int64) if with_macs else None
        self._engine.run(x, batch, normalise, logits, kept, flops, mask, macs, spread=self._spread,
                         thresholds=thresholds)
        return logits, kept, flops, mask, macs

    def run(self, images: np.ndarray, flops_budget: np.ndarray | float | None = None) -> RunResult:
        """`flops_budget`: per sample (or one for all), the share of the dense FLOPs it may execute
        (`dynaprune.runtime.ftwt.budget`); None runs the predictors as trained."""
        x = self.inputs.check(images)  # the engine normalises in C
        thresholds = None
        if flops_budget is not None and self.manifest.gated and len(x):
            targets = check_budgets(flops_budget, len(x)) * self.flops_dense
            thresholds = solve(lambda t: self._execute(x, True, thresholds=t)[2], targets)
        logits, kept, flops, _, _ = self._execute(x, True, thresholds=thresholds)
        if not self.manifest.gated:
            flops[:] = self.flops_dense
        columns = kept.T if kept.shape[0] == 1 else np.ascontiguousarray(kept.T)  # one row per unit
        return RunResult(
            logits=logits,
            kept=dict(zip(self._names, columns)),
            flops_executed=flops,
            flops_dense=self.flops_dense,
        )

    def run_stats(self, images: np.ndarray) -> dict[str, np.ndarray]:
        """Like `run`, plus what the engine did: kept masks (B, sum C_out) and conv MACs performed per sample."""
        x = self.inputs.check(images)
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

    def _open_dense(self):
        """dense.onnx on ONNX Runtime: the CPU unless other providers were asked for (and exist)."""
        providers = available_providers(self._providers if self._providers is not None else [CPU], cpu_fallback=True)
        options = session_options(self.threads, self._inter_op_threads)
        return open_session(self.entry_dir, self.manifest.dense.graph.file, options, providers)

    def run_dense(self, images: np.ndarray) -> np.ndarray:
        """Logits (B, num_classes) of dense.onnx (ONNX Runtime, CPU unless told), the unpruned backbone."""
        x = self.normalise(images)
        return self._dense.get().run(None, {self.manifest.dense.graph.inputs[0]: x})[0]
