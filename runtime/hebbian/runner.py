"""The dense-Hebbian family on ONNX Runtime: one batched call of hebbian.onnx per request.

`run` = hebbian.onnx (binarise, mean-field Loop, overlaps); per-sample iterations come back as
`RunResult.extras["sweeps"]`. `run_dense` = readout.onnx (the one-shot readout, no dynamics).
Images are (B, C, H, W) in [0, 1] (no normalisation); the graphs binarise them at
`manifest.input.binarise_threshold`. FLOPs per sample: binarise + sweeps x per-iteration +
final overlaps (`flops_executed`); `flops_dense` is the same at the iteration cap, so
1 - executed / dense is the work early convergence saved.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from dynaprune.runtime.contract import RunResult
from dynaprune.runtime.hebbian.manifest import FAMILY, HebbianManifest
from dynaprune.runtime.sessions import LazySession, OnnxRuntimeRunner


class HebbianRunner(OnnxRuntimeRunner):
    family = FAMILY
    manifest: HebbianManifest

    def __init__(self, entry_dir: str | os.PathLike[str], **options: Any) -> None:
        """`options`: providers, intra_op_threads, inter_op_threads, verify_hashes, manifest."""
        super().__init__(entry_dir, **options)
        h = self.manifest.hebbian
        self._graph = h.graph
        self._session = self.session(h.graph.file, self.options())
        self._readout = LazySession(lambda: self.session(h.readout.file, self.options()))
        f = h.flops
        self._flops_base = f.binarise + f.readout
        self._flops_per_iteration = f.per_iteration
        self._flops_dense = float(self._flops_base + h.dynamics.iters * f.per_iteration)

    @property
    def flops_dense(self) -> float:
        return self._flops_dense

    def normalise(self, images: np.ndarray) -> np.ndarray:
        """The graphs binarise raw images themselves: only the shape and dtype are checked."""
        return self.inputs.check(images)

    def run(self, images: np.ndarray) -> RunResult:
        x = self.inputs.check(images)
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
        ref = self.manifest.hebbian.readout
        x = self.inputs.check(images)
        return np.asarray(self._readout.get().run(ref.outputs[:1], {ref.inputs[0]: x})[0], dtype=np.float32)
