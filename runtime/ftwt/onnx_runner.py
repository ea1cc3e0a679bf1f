"""The FTWT family on ONNX Runtime (the portable engine): one sub-network per sample.

Sessions are created once, at construction (the dense reference lazily on first use); each
request only feeds them. Per sample, the runner walks the units in execution order. A tensor
travels as (values (1, k, H, W), indices (k,)); the predictor graph of a unit reads the tensor
named by the manifest and yields the kept output channels; the block graph computes only those
filters (and, for a residual block's second conv, adds the shortcut, giving a dense tensor).
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import onnxruntime as ort

from dynaprune.models.flops import CountMode, executed_flops
from dynaprune.runtime.contract import RunResult, SampleTrace
from dynaprune.runtime.ftwt.manifest import FAMILY, INPUT_TENSOR, FtwtManifest
from dynaprune.runtime.ftwt.published import FtwtPublished
from dynaprune.runtime.ort_io import BoundCalls, HostCalls
from dynaprune.runtime.sessions import CUDA, LazySession, OnnxRuntimeRunner


class ModelRunner(FtwtPublished, OnnxRuntimeRunner):
    """Sessions for every graph of one entry; `run` executes each sample's own sub-network.

    `providers` defaults to CUDA then CPU, keeping those onnxruntime offers.
    `intra_op_threads` applies to every session; left None, the per-unit graphs
    get one thread each and dense.onnx onnxruntime's default.
    `io_binding`: feed the sessions through IO binding on the provider's device
    (`dynaprune.runtime.ort_io`); default: when the first provider is CUDA.
    """

    family = FAMILY
    manifest: FtwtManifest

    def __init__(self, entry_dir: str | os.PathLike[str], *, io_binding: bool | None = None, **options: Any) -> None:
        """`options`: providers, intra_op_threads, inter_op_threads, verify_hashes, manifest."""
        super().__init__(entry_dir, **options)
        # Unit graphs are small and run one after the other; each session owns its
        # thread pool, so ORT's default (one thread per core, per session) would
        # start cores x units threads. Unless told otherwise they get one thread;
        # dense.onnx (one big graph) keeps ORT's default.
        self._unit_options = self.options(1 if self.intra_op_threads is None else None)
        m = self.manifest
        self._predictors = [self._session(u.predictor.file) if u.predictor else None for u in m.units]
        self._blocks = [self._session(u.block.file) for u in m.units]
        self._head = self._session(m.head.graph.file)
        self._dense = LazySession(lambda: self.session(m.dense.graph.file, self.options()))
        self._all_kept = [np.arange(u.out_channels, dtype=np.int64) for u in m.units]
        self._input_idx = np.arange(m.input.shape[0], dtype=np.int64)
        # How the sessions are fed: through IO binding on the CUDA device, activations stay on the GPU
        # from one unit's session to the next; `session.run` on the CPU provider.
        on_cuda = self.providers[0] == CUDA
        bind = on_cuda if io_binding is None else bool(io_binding)
        self.calls: HostCalls | BoundCalls = BoundCalls("cuda" if on_cuda else "cpu") if bind else HostCalls()
        self._input_idx_value = self.calls.put(self._input_idx)
        self._all_kept_value = [self.calls.put(kept) for kept in self._all_kept]
        self._stand_in = [self._zero_channel(*unit.out_hw) for unit in m.units]  # for units that keep nothing
        self._cost = m.cost()
        # After which unit each tensor is read for the last time (so it can be dropped).
        last_use: dict[str, int] = {}
        for i, unit in enumerate(m.units):
            for name in (unit.input, unit.skip):
                if name is not None:
                    last_use[name] = i
        last_use[m.head.input] = len(m.units)
        self._release = [[n for n, j in last_use.items() if j == i] for i in range(len(m.units))]

    def _session(self, rel: str) -> ort.InferenceSession:
        return self.session(rel, self._unit_options)

    # ------------------------------------------------------------------ running

    def trace_sample(self, x: np.ndarray) -> SampleTrace:
        """Run one normalised sample (1, C, H, W); kept indices of every unit.

        No graph is ever fed a tensor without channels (cuDNN is not given a C=0 conv): a unit that
        keeps no filter and adds no shortcut runs no graph, and its output travels as one all-zero
        channel (index 0), for which every consumer computes what it computes for an empty tensor (a
        conv: its bias; a scatter: zeros; a predictor: the same pooled vector; the head: its bias),
        which is what the native engine computes."""
        m, calls = self.manifest, self.calls
        tensors: dict[str, tuple[Any, Any]] = {INPUT_TENSOR: (calls.put(x), self._input_idx_value)}
        kept_of: dict[str, np.ndarray] = {}
        for i, unit in enumerate(m.units):
            values, idx = tensors[unit.input]
            predictor = self._predictors[i]
            if predictor is None:
                kept, kept_host = self._all_kept_value[i], self._all_kept[i]
            else:
                kept = calls.run(predictor, ["kept"], {"x": values, "x_idx": idx})[0]
                kept_host = calls.host(kept)
            if len(kept_host) == 0 and unit.skip is None:
                y, y_idx = self._stand_in[i]  # nothing kept and no shortcut: the block would compute nothing
            else:
                feeds = {"x": values, "x_idx": idx, "kept": kept}
                if unit.skip is not None:
                    feeds["skip"], feeds["skip_idx"] = tensors[unit.skip]
                y, y_idx = calls.run(self._blocks[i], ["y", "y_idx"], feeds)
            tensors[unit.name] = (y, y_idx)
            kept_of[unit.name] = kept_host
            for name in self._release[i]:
                tensors.pop(name, None)
        values, idx = tensors[m.head.input]
        logits = calls.host(calls.run(self._head, ["logits"], {"x": values, "x_idx": idx})[0])
        return SampleTrace(logits=logits[0], kept=kept_of)

    def _zero_channel(self, height: int, width: int) -> tuple[Any, Any]:
        """The stand-in for a tensor without channels: one zero channel, at index 0."""
        return self.calls.put(np.zeros((1, 1, height, width), np.float32)), self.calls.put(np.zeros(1, np.int64))

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
            flops = np.full(len(traces), self.flops_dense, dtype=np.float64)
        return RunResult(logits=logits, kept=kept, flops_executed=flops, flops_dense=self.flops_dense)

    def run_dense(self, images: np.ndarray) -> np.ndarray:
        """Logits (B, num_classes) of dense.onnx, the unpruned backbone."""
        x = self.normalise(images)
        return self._dense.get().run(None, {self.manifest.dense.graph.inputs[0]: x})[0]
