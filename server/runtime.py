"""Runtime adapter: the only module that talks to the exporter's torch-free runtime.

The protocol layer (routers) never sees ONNX Runtime or manifests; it sees a
`LoadedModel` with a `ModelSpec` (what clients may know: shapes, classes, unit
names) and `predict()`. Keeping this seam narrow is what lets tests inject a
fake runner, and what would let another runtime (TensorRT, a remote backend)
slot in without touching the HTTP code - the KServe model-server split.

`predict()` is blocking and CPU/GPU bound: callers run it in a worker thread
(see `server.inference`), never on the event loop.
"""

from __future__ import annotations

import ctypes
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, Sequence

import numpy as np

from dynaprune.errors import UserError


class Runner(Protocol):
    """What the server needs from `exporter.runner.ModelRunner` (structural)."""

    manifest: Any

    @property
    def unit_names(self) -> list[str]: ...

    def run(self, images: np.ndarray) -> Any: ...

    def warmup(self, iterations: int = 2) -> None: ...


RunnerFactory = Callable[..., Runner]


def default_runner_factory(entry_dir: Path, *, engine: str = "auto", **kwargs: Any) -> Runner:
    """The real runtime: the compiled masked engine for FTWT entries when it is built (and the
    device is the CPU), ONNX Runtime otherwise (`exporter.native_runner.runner_for` decides).
    Imported lazily so the server starts even while it is missing."""
    try:
        from exporter.native_runner import runner_for
    except ImportError as exc:  # pragma: no cover - only without the exporter package
        raise UserError(f"the model runtime (exporter) is not installed: {exc}") from exc
    if "CUDAExecutionProvider" in (kwargs.get("providers") or []):
        engine = "onnx"  # the native engine is CPU-only
    return runner_for(entry_dir, engine=engine, **kwargs)


# --------------------------------------------------------------------------- devices


def _gpu_present() -> bool:
    """Ask the CUDA driver directly: onnxruntime-gpu lists its CUDA provider even on GPU-less hosts."""
    try:
        libcuda = ctypes.CDLL("libcuda.so.1")
    except OSError:
        return False
    try:
        if libcuda.cuInit(0) != 0:
            return False
        count = ctypes.c_int(0)
        if libcuda.cuDeviceGetCount(ctypes.byref(count)) != 0:
            return False
        return count.value > 0
    except AttributeError:
        return False


def cuda_available() -> bool:
    import onnxruntime as ort

    return "CUDAExecutionProvider" in ort.get_available_providers() and _gpu_present()


def select_providers(device: str) -> list[str]:
    """ORT execution providers for `device` in {auto, cpu, cuda}; CPU is always the fallback."""
    if device == "cpu":
        return ["CPUExecutionProvider"]
    has_cuda = cuda_available()
    if device == "cuda" and not has_cuda:
        raise UserError(
            "device=cuda was requested but CUDA is unavailable "
            "(needs the onnxruntime-gpu package and a visible NVIDIA GPU)"
        )
    if has_cuda:
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


# --------------------------------------------------------------------------- models


@dataclass(frozen=True)
class ModelSpec:
    """The facts about one model version that the protocol layer publishes."""

    name: str
    version: int
    family: str
    arch: str
    input_name: str
    datatype: str
    input_shape: tuple[int, int, int]  # C, H, W
    class_names: tuple[str, ...]
    unit_names: tuple[str, ...]
    unit_channels: Mapping[str, int] | None  # out channels per gated unit, when the manifest says
    backend: str = "onnxruntime"  # what executes the model (the runner's `backend`)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


@dataclass(frozen=True)
class Prediction:
    """One batch's result in server terms (numpy, fixed dtypes, units as columns)."""

    logits: np.ndarray  # (B, classes) float32
    kept: np.ndarray  # (B, units) int64, columns in spec.unit_names order
    flops_executed: np.ndarray  # (B,) float64, honest mode
    flops_dense: float  # per sample
    compute_s: float
    # Family-specific per-sample figures (dense Hebbian: sweeps, winning_overlap), echoed as parameters.
    extras: Mapping[str, np.ndarray] = field(default_factory=dict)

    @property
    def batch(self) -> int:
        return int(self.logits.shape[0])


def _unit_channels(manifest: Any, unit_names: Sequence[str]) -> dict[str, int] | None:
    """Output channels of each gated unit, from whichever shape the manifest carries them in.

    Needed only for the keep-ratio gauge; a manifest without them still serves.
    """
    candidates: dict[str, int] = {}
    units = getattr(manifest, "units", None)
    if isinstance(units, Mapping):
        for name, value in units.items():
            channels = value if isinstance(value, int) else _field(value, "out_channels")
            if isinstance(channels, int):
                candidates[str(name)] = channels
    elif isinstance(units, Sequence):
        for unit in units:
            name, channels = _field(unit, "name"), _field(unit, "out_channels")
            if isinstance(name, str) and isinstance(channels, int):
                candidates[name] = channels
    cost = getattr(manifest, "cost_model", None)
    for conv in (_field(cost, "convs") or ()) if cost is not None else ():
        if _field(conv, "gated") and isinstance(_field(conv, "out_channels"), int):
            candidates.setdefault(str(_field(conv, "name")), int(_field(conv, "out_channels")))
    if all(name in candidates and candidates[name] > 0 for name in unit_names):
        return {name: candidates[name] for name in unit_names}
    return None


def _field(obj: Any, key: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)


def spec_from_runner(runner: Runner) -> ModelSpec:
    manifest = runner.manifest
    shape = tuple(int(d) for d in manifest.input.shape)
    if len(shape) != 3 or min(shape) < 1:
        raise UserError(f"manifest of {manifest.name} v{manifest.version}: input shape {list(shape)} is not [C,H,W]")
    units = tuple(runner.unit_names)
    return ModelSpec(
        name=manifest.name,
        version=int(manifest.version),
        family=str(manifest.family),
        arch=str(manifest.arch),
        input_name=str(manifest.input.name),
        datatype=str(manifest.input.datatype),
        input_shape=shape,  # type: ignore[arg-type]
        class_names=tuple(manifest.class_names),
        unit_names=units,
        unit_channels=_unit_channels(manifest, units),
        backend=str(getattr(runner, "backend", "onnxruntime")),
    )


class LoadedModel:
    """A warmed-up runner plus its spec; safe to call from several threads (ORT sessions are)."""

    def __init__(self, runner: Runner, spec: ModelSpec, entry_dir: Path) -> None:
        self.runner = runner
        self.spec = spec
        self.entry_dir = entry_dir
        self.recent_compute_s: float | None = None  # moving average, for the inline fast path

    def note_compute(self, seconds: float) -> None:
        previous = self.recent_compute_s
        self.recent_compute_s = seconds if previous is None else 0.8 * previous + 0.2 * seconds

    def predict(self, images: np.ndarray) -> Prediction:
        start = time.perf_counter()
        result = self.runner.run(images)
        compute_s = time.perf_counter() - start
        batch = images.shape[0]
        logits = np.asarray(result.logits, dtype=np.float32).reshape(batch, -1)
        columns = [np.asarray(result.kept[unit], dtype=np.int64).reshape(batch) for unit in self.spec.unit_names]
        kept = np.stack(columns, axis=1) if columns else np.zeros((batch, 0), dtype=np.int64)
        executed = np.asarray(result.flops_executed, dtype=np.float64).reshape(batch)
        extras = {k: np.asarray(v).reshape(batch) for k, v in getattr(result, "extras", {}).items()}
        return Prediction(logits, kept, executed, float(result.flops_dense), compute_s, extras)


def load_entry(
    entry_dir: Path,
    *,
    expected_name: str,
    expected_version: int,
    factory: RunnerFactory,
    providers: list[str],
    intra_op_threads: int | None,
    inter_op_threads: int | None,
    warmup_iterations: int,
) -> LoadedModel:
    """Verify, open and warm one `REPO/NAME/VERSION` entry. Raises UserError when it is unusable.

    Hashes are always verified: a server that could be told to skip the check
    would serve tampered weights on a typo.
    """
    runner = factory(
        entry_dir,
        providers=providers,
        intra_op_threads=intra_op_threads,
        inter_op_threads=inter_op_threads,
        verify_hashes=True,
    )
    spec = spec_from_runner(runner)
    if spec.name != expected_name or spec.version != expected_version:
        raise UserError(
            f"{entry_dir}: manifest says {spec.name!r} version {spec.version}, "
            f"but the entry sits at {expected_name}/{expected_version}"
        )
    if spec.datatype != "FP32":
        raise UserError(f"{entry_dir}: input datatype {spec.datatype} is not supported (FP32 only)")
    if not spec.class_names:
        raise UserError(f"{entry_dir}: manifest lists no class names")
    if warmup_iterations:
        runner.warmup(warmup_iterations)
    return LoadedModel(runner, spec, entry_dir)
