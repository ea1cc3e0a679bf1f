"""ONNX graphs of a supervised dense Hebbian network (the `dense-hebbian` family).

Torch-free (numpy and onnx only). Two graphs, standard `ai.onnx` opset-18
operators only (no `ai.dynaprune` op, no function), dynamic batch:

- `hebbian.onnx`: image (B, C, H, W) in [0, 1] -> binarise to ±1 at
  `threshold` -> a `Loop` of damped synchronous mean-field updates
  `m <- (1 - d) m + d tanh(beta' h(m))`, each sample until `max_i |dm_i| < tol`
  or the iteration cap -> final normalised overlaps (`logits`, (B, K)), the
  iterations each sample took (`sweeps`, INT64 (B,)) and its largest overlap
  (`winning_overlap`, (B,)).
- `readout.onnx`: the one-shot readout, image -> binarise -> initial overlaps.

The dynamics mirror `models.hebbian.DenseHebbianNetwork.mean_field` operation
for operation, in float64 like the NumPy model: the loop carries
(m, iterations, active); each pass updates only the still-active rows
(`Compress` them out, update, `ScatterND` them back), exactly as the NumPy code
updates `m[ids]`, so a sample's result does not depend on the batch it rides in
and the work done is the per-sample work the manifest's FLOPs count. The
fields are computed from the overlaps, never from an N^P tensor:
`n = m A^T`, `h = ((P N / 2) n^(P-1)) A` with `A = etabar / (N sqrt(R))`.
docs/onnx-ops.md ("Dense Hebbian entries") documents both graphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from dynaprune import __version__
from dynaprune.exporter import ops
from dynaprune.models.families import DENSE_HEBBIAN

FAMILY = DENSE_HEBBIAN  # the family these graphs implement
GRAPH_FILE = "hebbian.onnx"
READOUT_FILE = "readout.onnx"
INPUTS = ["input"]
OUTPUTS = ["logits", "sweeps", "winning_overlap"]
READOUT_OUTPUTS = ["logits"]
PRODUCER = "dynaprune"


def pattern_matrix(etabar: np.ndarray, normalisation: np.ndarray) -> np.ndarray:
    """A = etabar / (N sqrt(R))[:, None], (K, N) float64: overlaps are sigma @ A.T.

    The same expression as `DenseHebbianNetwork.__post_init__`, so the values
    are bitwise those of the in-process model.
    """
    etabar = np.asarray(etabar, dtype=np.float64)
    R = np.broadcast_to(np.asarray(normalisation, dtype=np.float64), (etabar.shape[0],))
    return etabar / (etabar.shape[1] * np.sqrt(R))[:, None]


@dataclass(frozen=True)
class Dynamics:
    """Damped synchronous mean field (as `DenseHebbianNetwork.mean_field`)."""

    beta: float  # rescaled inverse temperature beta' = 2 beta / P!
    iters: int  # cap on iterations
    tol: float  # a sample stops once max_i |m_new - m| < tol
    damping: float  # d in m <- (1 - d) m + d tanh(beta' h(m)); 1 = undamped

    def check(self) -> None:
        problems = []
        if not np.isfinite(self.beta) or self.beta < 0:
            problems.append(f"beta must be finite and >= 0, got {self.beta}")
        if int(self.iters) != self.iters or self.iters < 1:
            problems.append(f"the iteration cap must be a positive integer, got {self.iters}")
        if not np.isfinite(self.tol) or self.tol <= 0:
            problems.append(f"tol must be finite and > 0, got {self.tol}")
        if not 0 < self.damping <= 1:
            problems.append(f"damping must be in (0, 1], got {self.damping}")
        if problems:
            raise ValueError("; ".join(problems))


def flops(K: int, N: int) -> dict[str, float]:
    """Per-sample op counts (MACs; one op per element-wise result that is not a constant scaling).

    binarise: one comparison per pixel. per_iteration: overlaps m A^T (K N MACs),
    fields (n^(P-1)) A (K N MACs), one power per overlap (K), one tanh per
    neuron (N), one |dm| per neuron for the convergence test (N). readout: the
    final overlaps (K N MACs).
    """
    return {"binarise": float(N), "per_iteration": float(2 * K * N + K + 2 * N), "readout": float(K * N)}


class _Nodes:
    def __init__(self, prefix: str) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self._prefix = prefix
        self._count = 0

    def op(self, op_type: str, inputs: Sequence[str], *, out: str | None = None, **attrs: object) -> str:
        self._count += 1
        name = out or f"{self._prefix}{op_type.lower()}_{self._count}"
        self.nodes.append(helper.make_node(op_type, list(inputs), [name], name=name, **attrs))
        return name

    def scalar(self, value: float, hint: str, dtype: type = np.float64) -> str:
        return self.op("Constant", [], out=f"{self._prefix}{hint}",
                       value=numpy_helper.from_array(np.asarray(value, dtype=dtype), hint))


def _const(inits: list[TensorProto], name: str, value: np.ndarray) -> str:
    inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
    return name


def _binarise(g: _Nodes, inits: list[TensorProto], threshold: float) -> str:
    """input (B, C, H, W) float32 -> sigma (B, N) float64 in {-1, +1}: +1 iff pixel > threshold."""
    flat = g.op("Flatten", ["input"], out="flat", axis=1)
    above = g.op("Greater", [flat, _const(inits, "threshold", np.asarray(threshold, dtype=np.float32))], out="above")
    return g.op("Where", [above, _const(inits, "plus_one", np.asarray(1.0)), _const(inits, "minus_one", np.asarray(-1.0))],
                out="sigma")


def _model(graph: onnx.GraphProto, doc: str) -> onnx.ModelProto:
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", ops.ONNX_OPSET)],
        ir_version=ops.IR_VERSION,
        producer_name=PRODUCER,
        producer_version=__version__,
        doc_string=doc,
    )
    onnx.checker.check_model(model, full_check=True)
    return model


def _input(shape: Sequence[int]) -> onnx.ValueInfoProto:
    return helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", *shape])


def _check_shapes(A: np.ndarray, input_shape: Sequence[int]) -> tuple[int, int]:
    K, N = A.shape
    if int(np.prod(input_shape)) != N:
        raise ValueError(f"input shape {list(input_shape)} has {int(np.prod(input_shape))} pixels, the network {N} neurons")
    return K, N


def dynamics_model(A: np.ndarray, *, P: int, dynamics: Dynamics, threshold: float,
                   input_shape: Sequence[int]) -> onnx.ModelProto:
    """`hebbian.onnx`: image -> ±1 -> mean-field Loop -> (logits, sweeps, winning_overlap)."""
    dynamics.check()
    K, N = _check_shapes(A, input_shape)
    A = np.asarray(A, dtype=np.float64)
    inits: list[TensorProto] = []
    at = _const(inits, "A_t", np.ascontiguousarray(A.T))  # (N, K): overlaps = m @ A_t
    a = _const(inits, "A", A)  # (K, N): fields = f(overlaps) @ A
    # ---- body: (iteration, cond, m, its, active) -> (cond, m, its, active)
    b = _Nodes("body/")
    # Scalars in the NumPy code's order of operations (float64, Python arithmetic). They are
    # Constant nodes of the body, not outer-scope initializers: ONNX Runtime hands a scalar
    # initializer to a subgraph as shape (1,), which would make `cond_out` (1,) instead of ().
    exponent = b.scalar(float(P - 1), "power")
    scale = b.scalar(0.5 * P * N, "field_scale")
    beta = b.scalar(float(dynamics.beta), "beta")
    keep = b.scalar(1.0 - float(dynamics.damping), "one_minus_damping")
    damp = b.scalar(float(dynamics.damping), "damping")
    tol = b.scalar(float(dynamics.tol), "tol")
    axis0 = _const(inits, "axis0", np.asarray([0], np.int64))
    axis1 = _const(inits, "axis1", np.asarray([1], np.int64))
    active = "active_in"
    cur = b.op("Compress", ["m_in", active], axis=0)  # (k, N) rows still iterating
    n = b.op("MatMul", [cur, at])  # (k, K) overlaps
    field = b.op("MatMul", [b.op("Mul", [scale, b.op("Pow", [n, exponent])]), a])  # (k, N) local fields
    drive = b.op("Tanh", [b.op("Mul", [beta, field])])
    new = b.op("Add", [b.op("Mul", [keep, cur]), b.op("Mul", [damp, drive])])
    delta = b.op("ReduceMax", [b.op("Abs", [b.op("Sub", [new, cur])]), axis1],
                 keepdims=0)
    going = b.op("Not", [b.op("Less", [delta, tol])])  # NaN keeps iterating, as in NumPy
    rows = b.op("Transpose", [b.op("NonZero", [active])])  # (k, 1)
    b.op("ScatterND", ["m_in", rows, new], out="m_out")
    b.op("Add", ["its_in", b.op("Cast", [active], to=TensorProto.INT64)], out="its_out")
    b.op("ScatterND", [active, rows, going], out="active_out")
    count = b.op("ReduceSum", [b.op("Cast", ["active_out"], to=TensorProto.INT64), axis0], keepdims=0)
    b.op("Greater", [count, b.scalar(0, "zero", np.int64)], out="cond_out")
    body = helper.make_graph(
        b.nodes, "mean_field_step",
        [helper.make_tensor_value_info("iteration", TensorProto.INT64, []),
         helper.make_tensor_value_info("cond_in", TensorProto.BOOL, None),
         helper.make_tensor_value_info("m_in", TensorProto.DOUBLE, None),
         helper.make_tensor_value_info("its_in", TensorProto.INT64, None),
         helper.make_tensor_value_info("active_in", TensorProto.BOOL, None)],
        [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []),
         helper.make_tensor_value_info("m_out", TensorProto.DOUBLE, None),
         helper.make_tensor_value_info("its_out", TensorProto.INT64, None),
         helper.make_tensor_value_info("active_out", TensorProto.BOOL, None)],
    )

    # ---- main graph
    g = _Nodes("")
    zero = _const(inits, "zero", np.asarray(0, dtype=np.int64))
    sigma = _binarise(g, inits, threshold)
    batch = g.op("Slice", [g.op("Shape", [sigma]), _const(inits, "start0", np.asarray([0], np.int64)),
                           _const(inits, "end1", np.asarray([1], np.int64))], out="batch")
    active0 = g.op("ConstantOfShape", [batch], out="active0", value=helper.make_tensor("t", TensorProto.BOOL, [1], [True]))
    its0 = g.op("ConstantOfShape", [batch], out="its0", value=helper.make_tensor("z", TensorProto.INT64, [1], [0]))
    cond0 = g.op("Greater", [g.op("Size", [active0]), zero], out="cond0")  # an empty batch runs no iteration
    cap = _const(inits, "iteration_cap", np.asarray(int(dynamics.iters), dtype=np.int64))
    g.nodes.append(helper.make_node("Loop", [cap, cond0, sigma, its0, active0], ["m_final", "sweeps", "active_final"],
                                    name="mean_field", body=body))
    overlaps = g.op("MatMul", ["m_final", at], out="overlaps")  # (B, K) float64
    g.op("Cast", [overlaps], out="logits", to=TensorProto.FLOAT)
    g.op("Cast", [g.op("ReduceMax", [overlaps, axis1], keepdims=0)], out="winning_overlap", to=TensorProto.FLOAT)
    graph = helper.make_graph(
        g.nodes, "dense_hebbian", [_input(input_shape)],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", K]),
         helper.make_tensor_value_info("sweeps", TensorProto.INT64, ["batch"]),
         helper.make_tensor_value_info("winning_overlap", TensorProto.FLOAT, ["batch"])],
        initializer=inits,
    )
    doc = (f"dense Hebbian network P={P} N={N} K={K}: binarise at > {threshold}, damped synchronous mean field "
           f"(beta'={dynamics.beta}, damping={dynamics.damping}, tol={dynamics.tol}, at most {dynamics.iters} "
           "iterations), float64 inside")
    return _model(graph, doc)


def readout_model(A: np.ndarray, *, threshold: float, input_shape: Sequence[int]) -> onnx.ModelProto:
    """`readout.onnx`: image -> ±1 -> initial normalised overlaps (the one-shot readout's logits)."""
    K, _ = _check_shapes(A, input_shape)
    inits: list[TensorProto] = []
    g = _Nodes("")
    sigma = _binarise(g, inits, threshold)
    at = _const(inits, "A_t", np.ascontiguousarray(np.asarray(A, dtype=np.float64).T))
    g.op("Cast", [g.op("MatMul", [sigma, at])], out="logits", to=TensorProto.FLOAT)
    graph = helper.make_graph(g.nodes, "dense_hebbian_readout", [_input(input_shape)],
                              [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", K])],
                              initializer=inits)
    return _model(graph, f"one-shot readout of a dense Hebbian network (K={K}): initial normalised overlaps")


__all__ = ["FAMILY", "GRAPH_FILE", "READOUT_FILE", "INPUTS", "OUTPUTS", "READOUT_OUTPUTS", "Dynamics",
           "dynamics_model", "readout_model", "pattern_matrix", "flops"]
