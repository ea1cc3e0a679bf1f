"""ONNX graphs of one exported network, built from a torch-free description.

`exporter.lowering` turns a PyTorch network into a `NetSpec` (numpy weights,
BN folded into the convs, wiring made explicit); this module turns a `NetSpec`
into ONNX models:

- per gated unit, a *predictor* graph: compact input -> logits and kept indices;
- per unit, a *masked-block* graph: compact input + kept indices -> compact output
  (only the kept filters are computed), with the residual add of a block's
  second conv folded in (the result is dense there: a residual sum);
- a *head*: global average pool + classifier on the last (compact) tensor;
- `dense.onnx`: the same backbone with standard ops, no predictors, batched.

Tensors between graphs travel as a pair (values (1, k, H, W), indices (k,)):
`indices` lists, ascending, the channels of the dense tensor that `values`
holds; every other channel is exactly zero. A dense tensor is the pair with
indices 0..C-1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from dynaprune import __version__
from dynaprune.exporter import ops

PRODUCER = "dynaprune"

# Fixed names of every graph's inputs and outputs (also listed in the manifest).
PREDICTOR_INPUTS = ["x", "x_idx"]
PREDICTOR_OUTPUTS = ["logits", "kept"]
BLOCK_INPUTS = ["x", "x_idx", "kept"]
BLOCK_SKIP_INPUTS = ["skip", "skip_idx"]
BLOCK_OUTPUTS = ["y", "y_idx"]
HEAD_INPUTS = ["x", "x_idx"]
HEAD_OUTPUTS = ["logits"]
DENSE_INPUTS = ["input"]
DENSE_OUTPUTS = ["logits"]


# --------------------------------------------------------------------------- description


@dataclass
class ConvSpec:
    """A conv with its BN folded in: y = conv(x, weight) + bias."""

    weight: np.ndarray  # (C_out, C_in / groups, kh, kw) float32
    bias: np.ndarray  # (C_out,) float32
    stride: tuple[int, int]
    padding: tuple[int, int, int, int]  # top, left, bottom, right (ONNX order)
    dilation: tuple[int, int]
    groups: int

    @property
    def out_channels(self) -> int:
        return int(self.weight.shape[0])

    @property
    def in_channels(self) -> int:
        return int(self.weight.shape[1]) * self.groups

    @property
    def kernel(self) -> tuple[int, int]:
        return int(self.weight.shape[2]), int(self.weight.shape[3])

    @property
    def depthwise(self) -> bool:
        return self.groups > 1 and self.groups == self.in_channels == self.out_channels

    def out_hw(self, hw: tuple[int, int]) -> tuple[int, int]:
        return tuple(  # type: ignore[return-value]
            (hw[i] + self.padding[i] + self.padding[i + 2] - self.dilation[i] * (self.kernel[i] - 1) - 1)
            // self.stride[i]
            + 1
            for i in range(2)
        )


@dataclass
class PoolSpec:
    """A max-pool after a unit (VGG's, the ImageNet stem's); the only pooling inside the backbone."""

    kernel: int
    stride: int
    padding: int = 0

    def out_hw(self, hw: tuple[int, int]) -> tuple[int, int]:
        return tuple((d + 2 * self.padding - self.kernel) // self.stride + 1 for d in hw)  # type: ignore[return-value]


@dataclass
class PredictorSpec:
    weight: np.ndarray  # (C_out, C_in)
    bias: np.ndarray  # (C_out,)
    pool: Literal["avg", "max"]


@dataclass
class ShortcutSpec:
    """The identity path of a residual block, applied to the dense block input."""

    kind: Literal["identity", "pad", "projection"]
    in_channels: int
    out_channels: int
    stride: int = 1
    conv: ConvSpec | None = None  # projection only


@dataclass
class UnitSpec:
    name: str
    conv: ConvSpec
    relu: bool
    predictor: PredictorSpec | None  # None: not gated, keeps every channel
    input: str  # tensor it reads: "input" or the name of the unit that wrote it
    in_hw: tuple[int, int]
    skip: str | None = None  # tensor added through the shortcut (residual blocks)
    shortcut: ShortcutSpec | None = None
    post: list[PoolSpec] = field(default_factory=list)

    @property
    def conv_hw(self) -> tuple[int, int]:
        return self.conv.out_hw(self.in_hw)

    @property
    def out_hw(self) -> tuple[int, int]:
        hw = self.conv_hw
        for pool in self.post:
            hw = pool.out_hw(hw)
        return hw

    @property
    def output_dense(self) -> bool:
        return self.shortcut is not None


@dataclass
class HeadSpec:
    input: str
    weight: np.ndarray  # (classes, C)
    bias: np.ndarray  # (classes,)


@dataclass
class NetSpec:
    input_shape: tuple[int, int, int]
    units: list[UnitSpec]
    head: HeadSpec

    def channels_of(self, tensor: str) -> int:
        if tensor == "input":
            return self.input_shape[0]
        return self.unit(tensor).conv.out_channels

    def hw_of(self, tensor: str) -> tuple[int, int]:
        if tensor == "input":
            return self.input_shape[1], self.input_shape[2]
        return self.unit(tensor).out_hw

    def is_dense(self, tensor: str) -> bool:
        return tensor == "input" or self.unit(tensor).output_dense

    def unit(self, name: str) -> UnitSpec:
        for unit in self.units:
            if unit.name == name:
                return unit
        raise KeyError(name)


# --------------------------------------------------------------------------- building


class GraphBuilder:
    """Nodes, initializers and the custom ops used by one graph."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[TensorProto] = []
        self.custom_ops: set[str] = set()
        self._count = 0

    def fresh(self, hint: str = "t") -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def op(self, op_type: str, inputs: Sequence[str], *, out: str | None = None, **attrs: object) -> str:
        name = out or self.fresh(op_type.lower())
        self.nodes.append(helper.make_node(op_type, list(inputs), [name], name=name, **attrs))
        return name

    def custom(self, op_type: str, inputs: Sequence[str], *, out: str | None = None, **attrs: object) -> str:
        name = out or self.fresh(op_type.lower())
        node = ops.node(op_type, inputs, [name], **attrs)
        node.name = name
        self.nodes.append(node)
        self.custom_ops.add(op_type)
        return name

    def const(self, array: np.ndarray, hint: str) -> str:
        name = self.fresh(hint)
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def ints(self, values: Sequence[int], hint: str = "shape") -> str:
        return self.const(np.asarray(values, dtype=np.int64), hint)

    def model(self, inputs: list[onnx.ValueInfoProto], outputs: list[onnx.ValueInfoProto], doc: str) -> onnx.ModelProto:
        graph = helper.make_graph(self.nodes, self.name, inputs, outputs, initializer=self.initializers)
        model = helper.make_model(
            graph,
            opset_imports=ops.opset_imports() if self.custom_ops else [helper.make_opsetid("", ops.ONNX_OPSET)],
            ir_version=ops.IR_VERSION,
            producer_name=PRODUCER,
            producer_version=__version__,
            doc_string=doc,
        )
        model.functions.extend(ops.functions(self.custom_ops) if self.custom_ops else [])
        onnx.checker.check_model(model, full_check=True)
        return model


def _float(name: str, shape: Sequence[int | str] | None) -> onnx.ValueInfoProto:
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)


def _index(name: str, dim: int | str) -> onnx.ValueInfoProto:
    return helper.make_tensor_value_info(name, TensorProto.INT64, [dim])


def _compact_pool(g: GraphBuilder, x: str, pool: PoolSpec) -> str:
    """Spatial pooling of a compact tensor; channels go through the batch axis.

    ONNX Runtime's pooling kernels refuse a zero-sized channel axis (a unit that
    kept nothing) but accept an empty batch, and pooling is per channel, so the
    swap is exact.
    """
    swapped = g.op("Transpose", [x], perm=[1, 0, 2, 3])
    return g.op("Transpose", [_max_pool(g, swapped, pool)], perm=[1, 0, 2, 3])


def _max_pool(g: GraphBuilder, x: str, pool: PoolSpec) -> str:
    return g.op("MaxPool", [x], kernel_shape=[pool.kernel] * 2, strides=[pool.stride] * 2, pads=[pool.padding] * 4)


def _shortcut(g: GraphBuilder, dense_skip: str, sc: ShortcutSpec) -> str:
    if sc.kind == "identity":
        return dense_skip
    if sc.kind == "projection":
        assert sc.conv is not None
        c = sc.conv
        return g.op(
            "Conv",
            [dense_skip, g.const(c.weight, "proj_w"), g.const(c.bias, "proj_b")],
            strides=list(c.stride), pads=list(c.padding), dilations=list(c.dilation),
        )
    out = dense_skip
    if sc.stride > 1:
        out = g.op("AveragePool", [out], kernel_shape=[sc.stride] * 2, strides=[sc.stride] * 2)
    extra = sc.out_channels - sc.in_channels
    if extra > 0:
        out = g.op("Pad", [out, g.ints([0, 0, 0, 0, 0, extra, 0, 0], "pads")])
    return out


def _conv_attrs(c: ConvSpec) -> dict[str, list[int]]:
    return {"strides": list(c.stride), "pads": list(c.padding), "dilations": list(c.dilation)}


def predictor_model(net: NetSpec, unit: UnitSpec) -> onnx.ModelProto:
    assert unit.predictor is not None
    p = unit.predictor
    c_in, c_out = unit.conv.in_channels, unit.conv.out_channels
    g = GraphBuilder(f"{unit.name}.predictor")
    reduce = "ReduceMean" if p.pool == "avg" else "ReduceMax"
    pooled = g.op(reduce, ["x", g.ints([2, 3], "axes")], keepdims=0)  # (1, k_in)
    dense = g.custom(ops.SCATTER_CHANNELS, [pooled, "x_idx"], channels=c_in)  # (1, C_in), dropped = 0
    soft = g.op("Softmax", [dense], axis=1)
    logits = g.op("Gemm", [soft, g.const(p.weight, "fc_w"), g.const(p.bias, "fc_b")], transB=1)
    g.op("Reshape", [logits, g.ints([c_out])], out="logits")
    g.custom(ops.KEPT_INDICES, ["logits"], out="kept", threshold=0.0)
    h, w = unit.in_hw
    return g.model(
        [_float("x", [1, "k_in", h, w]), _index("x_idx", "k_in")],
        [_float("logits", [c_out]), _index("kept", "k_out")],
        f"FTWT mask predictor of unit {unit.name}: {p.pool} pool -> softmax -> linear -> kept = logits > 0.",
    )


def block_model(net: NetSpec, unit: UnitSpec) -> onnx.ModelProto:
    c = unit.conv
    g = GraphBuilder(f"{unit.name}.block")
    op = ops.MASKED_DEPTHWISE_CONV if c.depthwise else ops.MASKED_CONV
    y = g.custom(op, ["x", "x_idx", "kept", g.const(c.weight, "w"), g.const(c.bias, "b")], **_conv_attrs(c))
    if unit.relu:
        y = g.op("Relu", [y])
    inputs = [_float("x", [1, "k_in", *unit.in_hw]), _index("x_idx", "k_in"), _index("kept", "k_out")]
    if unit.shortcut is not None:
        assert unit.skip is not None
        sc = unit.shortcut
        branch = g.custom(ops.SCATTER_CHANNELS, [y, "kept"], channels=c.out_channels)
        skip = g.custom(ops.SCATTER_CHANNELS, ["skip", "skip_idx"], channels=sc.in_channels)
        y = g.op("Relu", [g.op("Add", [branch, _shortcut(g, skip, sc)])])
        inputs += [_float("skip", [1, "k_skip", *net.hw_of(unit.skip)]), _index("skip_idx", "k_skip")]
        g.op("Identity", [g.ints(list(range(c.out_channels)), "all_channels")], out="y_idx")
        out_channels: int | str = c.out_channels
    else:
        g.op("Identity", ["kept"], out="y_idx")
        out_channels = "k_out"
    for pool in unit.post:
        y = _compact_pool(g, y, pool)
    g.op("Identity", [y], out="y")
    kind = "depthwise conv" if c.depthwise else "conv"
    return g.model(
        inputs,
        [_float("y", [1, out_channels, *unit.out_hw]), _index("y_idx", out_channels)],
        f"Masked block of unit {unit.name}: {kind} over the kept filters only"
        + (", then the residual add (dense output)" if unit.shortcut else ""),
    )


def head_model(net: NetSpec) -> onnx.ModelProto:
    head = net.head
    g = GraphBuilder("head")
    pooled = g.op("ReduceMean", ["x", g.ints([2, 3], "axes")], keepdims=0)  # (1, k)
    weight = g.op("Gather", [g.const(head.weight, "fc_w"), "x_idx"], axis=1)  # kept columns only
    g.op("Gemm", [pooled, weight, g.const(head.bias, "fc_b")], out="logits", transB=1)
    classes = int(head.weight.shape[0])
    return g.model(
        [_float("x", [1, "k", *net.hw_of(head.input)]), _index("x_idx", "k")],
        [_float("logits", [1, classes])],
        "Global average pool + classifier over the kept channels of the last tensor.",
    )


def dense_model(net: NetSpec) -> onnx.ModelProto:
    """The unpruned backbone (no predictors, no masks), batched, standard ops only."""
    g = GraphBuilder("dense")
    tensors = {"input": "input"}
    for unit in net.units:
        c = unit.conv
        y = g.op(
            "Conv", [tensors[unit.input], g.const(c.weight, "w"), g.const(c.bias, "b")], group=c.groups, **_conv_attrs(c)
        )
        if unit.relu:
            y = g.op("Relu", [y])
        if unit.shortcut is not None:
            assert unit.skip is not None
            y = g.op("Relu", [g.op("Add", [y, _shortcut(g, tensors[unit.skip], unit.shortcut)])])
        for pool in unit.post:
            y = _max_pool(g, y, pool)
        tensors[unit.name] = y
    pooled = g.op("Flatten", [g.op("GlobalAveragePool", [tensors[net.head.input]])])
    g.op("Gemm", [pooled, g.const(net.head.weight, "fc_w"), g.const(net.head.bias, "fc_b")], out="logits", transB=1)
    classes = int(net.head.weight.shape[0])
    return g.model(
        [_float("input", ["N", *net.input_shape])],
        [_float("logits", ["N", classes])],
        "Dense reference: the same backbone with every channel kept and no predictors (normalised input).",
    )
