"""Runtime adapter: the only server module that talks to `dynaprune.runtime`.

The protocol layer (routers) never sees ONNX Runtime or manifests; it sees a
`LoadedModel` with a `ModelSpec` (what clients may know: shapes, classes, unit
names), its `ModelSamples` (example images of its test split, when the entry has
them) and `predict()`. Keeping this seam narrow is what lets tests inject a
fake runner, and what would let another runtime (TensorRT, a remote backend)
slot in without touching the HTTP code - the KServe model-server split.

`predict()` is blocking and CPU/GPU bound: callers run it in a worker thread
(see `server.inference`), never on the event loop.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

import numpy as np

from dynaprune.errors import UserError
from dynaprune.runtime.contract import Runner
from dynaprune.runtime.engines import open_runner
from dynaprune.runtime.manifest import ManifestBase

if TYPE_CHECKING:  # server.batching imports this module
    from dynaprune.server.batching import BatchingFile

RunnerFactory = Callable[..., Runner]
MAX_SAMPLES = 64  # sample images one entry may publish (exporters write at most 16)


def default_runner_factory(entry_dir: Path, *, engine: str = "auto", **kwargs: Any) -> Runner:
    """The real runtime: the entry's family picks the engine (`dynaprune.runtime.engines`): the
    compiled masked engine for FTWT entries when it is built and the device is the CPU, ONNX
    Runtime otherwise."""
    return open_runner(entry_dir, engine=engine, **kwargs)


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
    engine: str = "unknown"  # the runtime engine's name (native, onnx, cuda), as `--engine` says it
    device: str = "cpu"  # where that engine computes, as it checked it (cpu, cuda)
    supports_flops_budget: bool = False  # requests may carry the `flops_budget` parameter

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


@dataclass(frozen=True)
class ModelSamples:
    """Example inputs of one model version (the entry's `samples.npy`), exactly as clients send them."""

    images: np.ndarray  # (N, C, H, W) float32 in [0, 1], read-only
    labels: tuple[int, ...]  # class index of each image
    source: str  # data URI of the test split they come from

    @property
    def count(self) -> int:
        return len(self.labels)


def read_samples(entry_dir: Path, manifest: ManifestBase) -> ModelSamples | None:
    """The entry's sample images, checked against its input spec; None for an entry without them.

    The file's sha256 was verified with the manifest (`runtime.entry.load_manifest`); here it is read
    without pickle and must be float32 (count, C, H, W) in [0, 1], or the entry is refused (UserError).
    """
    section = manifest.samples
    if section is None:
        return None
    where = f"{entry_dir}: samples file {section.file}"
    root = entry_dir.resolve()
    path = (entry_dir / section.file).resolve()
    if root not in path.parents:
        raise UserError(f"{where} lies outside the entry")
    if section.count > MAX_SAMPLES:
        raise UserError(f"{where}: {section.count} images, more than the {MAX_SAMPLES} a server publishes")
    try:
        images = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError) as exc:
        raise UserError(f"{where} is not a readable .npy array: {exc}") from exc
    shape = (section.count, *(int(d) for d in manifest.input.shape))
    if not isinstance(images, np.ndarray):  # an .npz archive
        images.close()
        raise UserError(f"{where} must hold one float32 {shape} (count, C, H, W) array, got an archive")
    if images.dtype != np.float32 or images.shape != shape:
        got = f"{images.dtype} {images.shape}"
        raise UserError(f"{where} must hold float32 {shape} (count, C, H, W) images, got {got}")
    if images.size and not (np.all(np.isfinite(images)) and images.min() >= 0.0 and images.max() <= 1.0):
        raise UserError(f"{where} holds values outside [0, 1] (the served input range)")
    images = np.ascontiguousarray(images)
    images.flags.writeable = False
    return ModelSamples(images=images, labels=tuple(int(v) for v in section.labels), source=str(section.source))


def _unit_channels(runner: Runner, unit_names: tuple[str, ...]) -> dict[str, int] | None:
    """Output channels of each gated unit (for the keep-ratio gauge); None when the runner lacks some."""
    channels = runner.unit_channels
    if all(channels.get(name, 0) > 0 for name in unit_names):
        return {name: int(channels[name]) for name in unit_names}
    return None


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
        unit_channels=_unit_channels(runner, units),
        backend=str(runner.backend),
        engine=str(getattr(runner, "engine", "unknown")),
        device=str(getattr(runner, "execution_device", "cpu")),
        supports_flops_budget=bool(runner.supports_flops_budget) and bool(units),
    )


class LoadedModel:
    """A warmed-up runner plus its spec (and sample images); safe to call from several threads (ORT
    sessions are)."""

    def __init__(self, runner: Runner, spec: ModelSpec, entry_dir: Path, samples: ModelSamples | None = None) -> None:
        self.runner = runner
        self.spec = spec
        self.entry_dir = entry_dir
        self.samples = samples  # None: the entry has none (exported before entries carried them, or data absent)
        self.recent_compute_s: float | None = None  # moving average, for the inline fast path
        # The model's own dynamic-batching settings (REPO/NAME/batching.json), set by the registry; None = the server's.
        self.batching: BatchingFile | None = None

    def note_compute(self, seconds: float) -> None:
        previous = self.recent_compute_s
        self.recent_compute_s = seconds if previous is None else 0.8 * previous + 0.2 * seconds

    def predict(self, images: np.ndarray, flops_budget: float | None = None) -> Prediction:
        """Run the batch; with `flops_budget` (checked against the spec by the codec) each sample
        executes at most that share of the dense FLOPs."""
        start = time.perf_counter()
        result = self.runner.run(images) if flops_budget is None else self.runner.run(images, flops_budget=flops_budget)
        compute_s = time.perf_counter() - start
        batch = images.shape[0]
        logits = np.asarray(result.logits, dtype=np.float32).reshape(batch, -1)
        columns = [np.asarray(result.kept[unit], dtype=np.int64).reshape(batch) for unit in self.spec.unit_names]
        kept = np.stack(columns, axis=1) if columns else np.zeros((batch, 0), dtype=np.int64)
        executed = np.asarray(result.flops_executed, dtype=np.float64).reshape(batch)
        extras = {k: np.asarray(v).reshape(batch) for k, v in result.extras.items()}
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
    samples = read_samples(entry_dir, runner.manifest)
    if warmup_iterations:
        runner.warmup(warmup_iterations)
    return LoadedModel(runner, spec, entry_dir, samples)
