"""Run an exported network with ONNX Runtime: `open_runner` picks the family's runner.

- `ModelRunner` (family "ftwt"): one sub-network per sample (below).
- `HebbianRunner` (family "dense-hebbian"): one batched call of hebbian.onnx
  (binarise, mean-field Loop, overlaps); per-sample iterations come back as
  `RunResult.extras["sweeps"]`.

Torch-free (numpy, onnxruntime, the manifest and models.flops only), so a server
without torch uses it. Sessions are created once, at construction (the dense
reference lazily on first use); each request only feeds them.

Per sample, the runner walks the units in execution order. A tensor travels as
(values (1, k, H, W), indices (k,)); the predictor graph of a unit reads the
tensor named by the manifest and yields the kept output channels; the block
graph computes only those filters (and, for a residual block's second conv,
adds the shortcut, giving a dense tensor).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

from exporter.manifest import INPUT_TENSOR, MANIFEST_FILE, Manifest, ManifestError, load_manifest
from models.flops import CountMode, dense_flops, executed_flops

DEFAULT_PROVIDERS = ["CUDAExecutionProvider", "CPUExecutionProvider"]


@dataclass
class RunResult:
    logits: np.ndarray  # (B, num_classes) float32
    kept: dict[str, np.ndarray]  # unit name -> (B,) int64 kept output channels, execution order
    flops_executed: np.ndarray  # (B,) float64, honest mode
    flops_dense: float  # honest dense total per sample
    # Per-sample values beyond logits, name -> (B,) array (the server echoes them as response
    # parameters). FTWT: none. dense-hebbian: "sweeps" (int64), "winning_overlap" (float32).
    extras: dict[str, np.ndarray] = field(default_factory=dict)


@dataclass
class SampleTrace:
    """What one sample's sub-network was: kept channel indices per unit, and its logits."""

    logits: np.ndarray  # (num_classes,)
    kept: dict[str, np.ndarray]  # unit name -> ascending int64 indices


def _providers(requested: list[str] | None) -> list[str]:
    available = set(ort.get_available_providers())
    wanted = DEFAULT_PROVIDERS if requested is None else requested
    chosen = [p for p in wanted if p in available]
    if not chosen:
        raise ManifestError(
            f"none of the execution providers {wanted} is available (onnxruntime offers {sorted(available)})"
        )
    return chosen


def _options(intra: int | None, inter: int | None) -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.log_severity_level = 3  # warnings about unused initializers etc. are noise here
    if intra is not None:
        options.intra_op_num_threads = intra
    if inter is not None:
        options.inter_op_num_threads = inter
    return options


def _open_session(entry_dir: Path, rel: str, options: ort.SessionOptions, providers: list[str]) -> ort.InferenceSession:
    """One graph of an entry; a graph ONNX Runtime refuses is the entry's fault, named as such."""
    try:
        return ort.InferenceSession(str(entry_dir / rel), sess_options=options, providers=providers)
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ManifestError(f"{entry_dir}: onnxruntime cannot load {rel}: {exc}") from exc


class ModelRunner:
    """Sessions for every graph of one entry; `run` executes each sample's own sub-network.

    `providers` defaults to CUDA then CPU, keeping those onnxruntime offers.
    `intra_op_threads` applies to every session; left None, the per-unit graphs
    get one thread each and dense.onnx onnxruntime's default.
    """

    backend = "onnxruntime"  # published as the model's backend in the server's metadata

    def __init__(
        self,
        entry_dir: str | os.PathLike[str],
        *,
        providers: list[str] | None = None,
        intra_op_threads: int | None = None,
        inter_op_threads: int | None = None,
        verify_hashes: bool = True,
    ) -> None:
        self.entry_dir = Path(entry_dir)
        self.manifest: Manifest = load_manifest(self.entry_dir, verify_hashes=verify_hashes)
        if self.manifest.family != "ftwt":
            raise ManifestError(f"{self.entry_dir}: a {self.manifest.family} entry; open it with open_runner()")
        self.providers = _providers(providers)
        # Unit graphs are small and run one after the other; each session owns its
        # thread pool, so ORT's default (one thread per core, per session) would
        # start cores x units threads. Unless told otherwise they get one thread;
        # dense.onnx (one big graph) keeps ORT's default.
        self._unit_options = _options(1 if intra_op_threads is None else intra_op_threads, inter_op_threads)
        self._dense_options = _options(intra_op_threads, inter_op_threads)
        m = self.manifest
        self._predictors = [self._session(u.predictor.file) if u.predictor else None for u in m.units]
        self._blocks = [self._session(u.block.file) for u in m.units]
        self._head = self._session(m.head.graph.file)
        self._dense: ort.InferenceSession | None = None
        self._dense_lock = threading.Lock()
        self._all_kept = [np.arange(u.out_channels, dtype=np.int64) for u in m.units]
        self._input_idx = np.arange(m.input.shape[0], dtype=np.int64)
        self._mean = np.asarray(m.input.mean, dtype=np.float32).reshape(1, -1, 1, 1)
        self._std = np.asarray(m.input.std, dtype=np.float32).reshape(1, -1, 1, 1)
        self._cost = m.cost()
        self._flops_dense = float(dense_flops(self._cost, CountMode.HONEST).total)
        # After which unit each tensor is read for the last time (so it can be dropped).
        last_use: dict[str, int] = {}
        for i, unit in enumerate(m.units):
            for name in (unit.input, unit.skip):
                if name is not None:
                    last_use[name] = i
        last_use[m.head.input] = len(m.units)
        self._release = [[n for n, j in last_use.items() if j == i] for i in range(len(m.units))]

    def _session(self, rel: str, options: ort.SessionOptions | None = None) -> ort.InferenceSession:
        return _open_session(self.entry_dir, rel, options or self._unit_options, self.providers)

    @property
    def unit_names(self) -> list[str]:
        return [u.name for u in self.manifest.units]

    # ------------------------------------------------------------------ inputs

    def normalise(self, images: np.ndarray) -> np.ndarray:
        """(B, C, H, W) images in [0, 1] -> float32 normalised with the manifest's mean/std."""
        images = np.asarray(images)
        expected = tuple(self.manifest.input.shape)
        if images.ndim != 4 or tuple(images.shape[1:]) != expected:
            raise ValueError(f"images must be (B, {', '.join(map(str, expected))}), got {images.shape}")
        return ((images.astype(np.float32, copy=False) - self._mean) / self._std).astype(np.float32, copy=False)

    # ------------------------------------------------------------------ running

    def trace_sample(self, x: np.ndarray) -> SampleTrace:
        """Run one normalised sample (1, C, H, W); kept indices of every unit."""
        m = self.manifest
        tensors: dict[str, tuple[np.ndarray, np.ndarray]] = {INPUT_TENSOR: (x, self._input_idx)}
        kept_of: dict[str, np.ndarray] = {}
        for i, unit in enumerate(m.units):
            values, idx = tensors[unit.input]
            predictor = self._predictors[i]
            if predictor is None:
                kept = self._all_kept[i]
            else:
                kept = predictor.run(["kept"], {"x": values, "x_idx": idx})[0]
            feeds = {"x": values, "x_idx": idx, "kept": kept}
            if unit.skip is not None:
                feeds["skip"], feeds["skip_idx"] = tensors[unit.skip]
            y, y_idx = self._blocks[i].run(None, feeds)
            tensors[unit.name] = (y, y_idx)
            kept_of[unit.name] = kept
            for name in self._release[i]:
                tensors.pop(name, None)
        values, idx = tensors[m.head.input]
        logits = self._head.run(None, {"x": values, "x_idx": idx})[0]
        return SampleTrace(logits=logits[0], kept=kept_of)

    def trace(self, images: np.ndarray) -> list[SampleTrace]:
        """Per-sample kept indices and logits for UNnormalised images (B, C, H, W)."""
        x = self.normalise(images)
        return [self.trace_sample(x[i : i + 1]) for i in range(x.shape[0])]

    def run(self, images: np.ndarray) -> RunResult:
        traces = self.trace(images)
        names = self.unit_names
        classes = self.manifest.head.num_classes
        logits = np.stack([t.logits for t in traces]).astype(np.float32) if traces else np.zeros((0, classes), np.float32)
        kept = {n: np.array([len(t.kept[n]) for t in traces], dtype=np.int64) for n in names}
        if self.manifest.gated:
            flops = np.asarray(executed_flops(self._cost, kept, CountMode.HONEST).total, dtype=np.float64)
            flops = np.broadcast_to(flops, (len(traces),)).copy()
        else:  # no predictors run: the dense backbone's cost
            flops = np.full(len(traces), self._flops_dense, dtype=np.float64)
        return RunResult(logits=logits, kept=kept, flops_executed=flops, flops_dense=self._flops_dense)

    def run_dense(self, images: np.ndarray) -> np.ndarray:
        """Logits (B, num_classes) of dense.onnx, the unpruned backbone."""
        with self._dense_lock:  # sessions are thread-safe; creating this one lazily must be too
            if self._dense is None:
                self._dense = self._session(self.manifest.dense.graph.file, self._dense_options)
        x = self.normalise(images)
        return self._dense.run(None, {self.manifest.dense.graph.inputs[0]: x})[0]

    def warmup(self, iterations: int = 2) -> None:
        shape = (1, *self.manifest.input.shape)
        rng = np.random.default_rng(0)
        for _ in range(max(0, iterations)):
            self.run(rng.random(shape, dtype=np.float32))


def _check_images(images: np.ndarray, manifest: Manifest) -> np.ndarray:
    images = np.asarray(images)
    expected = tuple(manifest.input.shape)
    if images.ndim != 4 or tuple(images.shape[1:]) != expected:
        raise ValueError(f"images must be (B, {', '.join(map(str, expected))}), got {images.shape}")
    return np.ascontiguousarray(images, dtype=np.float32)


class HebbianRunner:
    """Runs a dense-Hebbian entry: `run` = hebbian.onnx (mean-field relaxation), `run_dense` =
    readout.onnx (the one-shot readout, no dynamics). Same interface as `ModelRunner`.

    Images are (B, C, H, W) in [0, 1] (no normalisation); the graphs binarise them at
    `manifest.input.binarise_threshold`. FLOPs per sample: binarise + sweeps x per-iteration +
    final overlaps (`flops_executed`); `flops_dense` is the same at the iteration cap, so
    1 - executed / dense is the work early convergence saved.
    """

    backend = "onnxruntime"

    def __init__(
        self,
        entry_dir: str | os.PathLike[str],
        *,
        providers: list[str] | None = None,
        intra_op_threads: int | None = None,
        inter_op_threads: int | None = None,
        verify_hashes: bool = True,
    ) -> None:
        self.entry_dir = Path(entry_dir)
        self.manifest: Manifest = load_manifest(self.entry_dir, verify_hashes=verify_hashes)
        if self.manifest.hebbian is None:
            raise ManifestError(f"{self.entry_dir}: a {self.manifest.family} entry, not dense-hebbian; use open_runner()")
        self.providers = _providers(providers)
        self._options = _options(intra_op_threads, inter_op_threads)
        h = self.manifest.hebbian
        self._graph = h.graph
        self._session = self._open(h.graph.file)
        self._readout: ort.InferenceSession | None = None
        self._readout_lock = threading.Lock()
        f = h.flops
        self._flops_base = f.binarise + f.readout
        self._flops_per_iteration = f.per_iteration
        self._flops_dense = float(self._flops_base + h.dynamics.iters * f.per_iteration)

    def _open(self, rel: str) -> ort.InferenceSession:
        return _open_session(self.entry_dir, rel, self._options, self.providers)

    @property
    def unit_names(self) -> list[str]:
        return []

    @property
    def flops_dense(self) -> float:
        return self._flops_dense

    def run(self, images: np.ndarray) -> RunResult:
        x = _check_images(images, self.manifest)
        feeds = {self._graph.inputs[0]: x}
        logits, sweeps, winning = self._session.run(self._graph.outputs, feeds)
        sweeps = np.asarray(sweeps, dtype=np.int64)
        flops = self._flops_base + sweeps.astype(np.float64) * self._flops_per_iteration
        return RunResult(
            logits=np.asarray(logits, dtype=np.float32),
            kept={},
            flops_executed=flops,
            flops_dense=self._flops_dense,
            extras={"sweeps": sweeps, "winning_overlap": np.asarray(winning, dtype=np.float32)},
        )

    def run_dense(self, images: np.ndarray) -> np.ndarray:
        """Logits (B, K) of the one-shot readout: the initial normalised overlaps, no dynamics."""
        with self._readout_lock:
            if self._readout is None:
                self._readout = self._open(self.manifest.hebbian.readout.file)
        x = _check_images(images, self.manifest)
        ref = self.manifest.hebbian.readout
        return np.asarray(self._readout.run(ref.outputs[:1], {ref.inputs[0]: x})[0], dtype=np.float32)

    def warmup(self, iterations: int = 2) -> None:
        shape = (1, *self.manifest.input.shape)
        rng = np.random.default_rng(0)
        for _ in range(max(0, iterations)):
            self.run(rng.random(shape, dtype=np.float32))


def entry_family(entry_dir: str | os.PathLike[str]) -> str:
    """The `family` of an entry's manifest.json, read without validating anything else
    ("ftwt" when it cannot be read: ModelRunner then reports the real problem)."""
    try:
        raw: Any = json.loads((Path(entry_dir) / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return "ftwt"
    family = raw.get("family") if isinstance(raw, dict) else None
    return family if isinstance(family, str) else "ftwt"


def open_runner(
    entry_dir: str | os.PathLike[str],
    *,
    providers: list[str] | None = None,
    intra_op_threads: int | None = None,
    inter_op_threads: int | None = None,
    verify_hashes: bool = True,
) -> ModelRunner | HebbianRunner:
    """The runner for an entry's family: `ModelRunner` (ftwt) or `HebbianRunner` (dense-hebbian).

    Both validate the manifest (and, unless told otherwise, every file's sha256) on construction;
    an unknown family is a ManifestError.
    """
    kwargs = dict(providers=providers, intra_op_threads=intra_op_threads, inter_op_threads=inter_op_threads,
                  verify_hashes=verify_hashes)
    if entry_family(entry_dir) == "dense-hebbian":
        return HebbianRunner(entry_dir, **kwargs)
    return ModelRunner(entry_dir, **kwargs)


__all__ = ["ModelRunner", "HebbianRunner", "open_runner", "entry_family", "RunResult", "SampleTrace",
           "DEFAULT_PROVIDERS"]
