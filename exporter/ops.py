"""The `ai.dynaprune` operator set, defined as ONNX model-local functions.

Every graph the exporter writes calls these operators; each model also carries
their definitions (`FunctionProto`s in `model.functions`), so a stock ONNX
Runtime inlines them and runs the graphs with no compiled library. A runtime
that ships native kernels for the domain may use those instead: the function
bodies are the reference semantics. docs/onnx-ops.md documents the set.

Only onnx here (no torch, no numpy at graph-run time): the runner never needs
this module, the graph builder does.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from onnx import AttributeProto, FunctionProto, NodeProto, helper

DOMAIN = "ai.dynaprune"
DOMAIN_VERSION = 1
ONNX_OPSET = 18
IR_VERSION = 10  # onnxruntime >= 1.20 reads it; functions with attribute defaults need >= 9

KEPT_INDICES = "KeptIndices"
SCATTER_CHANNELS = "ScatterChannels"
MASKED_CONV = "MaskedConv"
MASKED_DEPTHWISE_CONV = "MaskedDepthwiseConv"
OP_NAMES = (KEPT_INDICES, SCATTER_CHANNELS, MASKED_CONV, MASKED_DEPTHWISE_CONV)


def opset_imports() -> list:
    return [helper.make_opsetid("", ONNX_OPSET), helper.make_opsetid(DOMAIN, DOMAIN_VERSION)]


def _ref(node_attr: str, fn_attr: str, kind: int) -> AttributeProto:
    """An attribute of a body node that takes its value from the function's attribute."""
    attr = AttributeProto()
    attr.name = node_attr
    attr.ref_attr_name = fn_attr
    attr.type = kind  # type: ignore[assignment]
    return attr


class _Body:
    """Collects the nodes of a function body, naming intermediates `prefix.N`."""

    def __init__(self, prefix: str = "t") -> None:
        self.nodes: list[NodeProto] = []
        self._prefix = prefix
        self._count = 0

    def fresh(self) -> str:
        self._count += 1
        return f"{self._prefix}{self._count}"

    def op(self, op_type: str, inputs: Sequence[str], *, out: str | None = None,
           refs: Iterable[AttributeProto] = (), **attrs: object) -> str:
        name = out or self.fresh()
        node = helper.make_node(op_type, list(inputs), [name], **attrs)
        node.attribute.extend(refs)
        self.nodes.append(node)
        return name

    def ints(self, values: Sequence[int]) -> str:
        return self.op("Constant", [], value_ints=list(values))

    def int_(self, value: int) -> str:
        return self.op("Constant", [], value_int=value)

    def position_map(self, indices: str, channels: str) -> str:
        """pos (C,) int64: pos[c] = j where indices[j] == c, else k (= len(indices)).

        Gathering channel pos[c] of the input with one zero channel appended at
        position k re-spreads compact channels without touching dropped ones.
        `channels` is a (1,) int64 tensor holding C.
        """
        k1 = self.op("Shape", [indices])
        fill = self.op("Expand", [k1, channels])
        k = self.op("Squeeze", [k1, self.ints([0])])
        ar = self.op("Range", [self.int_(0), k, self.int_(1)])
        return self.op("ScatterElements", [fill, indices, ar], axis=0)

    def with_zero_channel(self, x: str) -> str:
        """x (N, k, *S) -> (N, k+1, *S): one all-zero channel appended."""
        shape = self.op(
            "Concat",
            [self.op("Shape", [x], end=1), self.ints([1]), self.op("Shape", [x], start=2)],
            axis=0,
        )
        zeros = self.op("CastLike", [self.op("ConstantOfShape", [shape]), x])
        return self.op("Concat", [x, zeros], axis=1)


def _function(name: str, inputs: list[str], outputs: list[str], body: _Body, doc: str,
              attributes: Sequence[AttributeProto] = ()) -> FunctionProto:
    return helper.make_function(
        DOMAIN,
        name,
        inputs,
        outputs,
        body.nodes,
        [helper.make_opsetid("", ONNX_OPSET)],
        attribute_protos=list(attributes),
        doc_string=doc,
    )


def kept_indices_function() -> FunctionProto:
    b = _Body()
    thr = b.op("Constant", [], refs=[_ref("value_float", "threshold", AttributeProto.FLOAT)])
    mask = b.op("Greater", ["logits", b.op("CastLike", [thr, "logits"])])
    nz = b.op("NonZero", [mask])  # (1, K): logits is 1-D
    b.op("Squeeze", [nz, b.ints([0])], out="indices")
    return _function(
        KEPT_INDICES, ["logits"], ["indices"], b,
        "Ascending int64 indices of the channels whose logit is > threshold (hard mask of one sample).",
        [helper.make_attribute("threshold", 0.0)],
    )


def scatter_channels_function() -> FunctionProto:
    b = _Body()
    c = b.op("Constant", [], refs=[_ref("value_int", "channels", AttributeProto.INT)])
    pos = b.position_map("indices", b.op("Reshape", [c, b.ints([1])]))
    b.op("Gather", [b.with_zero_channel("X"), pos], out="Y", axis=1)
    fn = _function(
        SCATTER_CHANNELS, ["X", "indices"], ["Y"], b,
        "Compact (N, k, ...) -> dense (N, channels, ...): channel j goes to indices[j], the rest are 0.",
    )
    fn.attribute.append("channels")  # required: declared by name, no default
    return fn


_CONV_ATTRS = (
    ("strides", [1, 1]),
    ("pads", [0, 0, 0, 0]),
    ("dilations", [1, 1]),
)


def _conv_attribute_protos() -> list[AttributeProto]:
    return [helper.make_attribute(name, default) for name, default in _CONV_ATTRS]


def _conv_refs() -> list[AttributeProto]:
    return [_ref(name, name, AttributeProto.INTS) for name, _ in _CONV_ATTRS]


def masked_conv_function() -> FunctionProto:
    b = _Body()
    rows = b.op("Gather", ["W", "out_indices"], axis=0)  # (k_out, C_in, kh, kw)
    weight = b.op("Gather", [rows, "in_indices"], axis=1)  # (k_out, k_in, kh, kw)
    bias = b.op("Gather", ["B", "out_indices"], axis=0)  # (k_out,)
    b.op("Conv", ["X", weight, bias], out="Y", refs=_conv_refs())
    return _function(
        MASKED_CONV, ["X", "in_indices", "out_indices", "W", "B"], ["Y"], b,
        "Conv over the kept output filters only, reading only the kept input channels.",
        _conv_attribute_protos(),
    )


def masked_depthwise_conv_function() -> FunctionProto:
    """Depthwise conv over a data-dependent channel count.

    ONNX Conv takes `group` as a static attribute, so a depthwise conv over k
    channels (k known only at run time) cannot be one Conv node. The body sums
    over the kh*kw kernel taps instead (a Loop): tap (i, j) adds a strided slice
    of the padded input times that tap's weight per channel. Work is exactly
    k_out * H_out * W_out * kh * kw multiply-adds.
    """
    b = _Body()
    channels = b.op("Shape", ["W"], end=1)  # (1,) = C
    sel = b.op("Gather", [b.position_map("in_indices", channels), "out_indices"], axis=0)
    x = b.op("Gather", [b.with_zero_channel("X"), sel], axis=1)  # (N, k_out, H, W); dropped inputs read 0
    weight = b.op("Gather", ["W", "out_indices"], axis=0)  # (k_out, 1, kh, kw)
    bias = b.op("Gather", ["B", "out_indices"], axis=0)  # (k_out,)
    pads = b.op("Constant", [], refs=[_ref("value_ints", "pads", AttributeProto.INTS)])
    strides = b.op("Constant", [], refs=[_ref("value_ints", "strides", AttributeProto.INTS)])
    dilations = b.op("Constant", [], refs=[_ref("value_ints", "dilations", AttributeProto.INTS)])
    spatial = b.ints([2, 3])
    padded = b.op("Pad", [x, pads, "", spatial])
    kernel = b.op("Shape", ["W"], start=2)  # (kh, kw)
    one = b.ints([1])
    reach = b.op("Mul", [dilations, b.op("Sub", [kernel, one])])
    out_hw = b.op(
        "Add", [b.op("Div", [b.op("Sub", [b.op("Sub", [b.op("Shape", [padded], start=2), reach]), one]), strides]), one]
    )
    span = b.op("Add", [b.op("Mul", [b.op("Sub", [out_hw, one]), strides]), one])  # slice extent per tap
    taps = b.op("ReduceProd", [kernel], keepdims=0)
    kw = b.op("Gather", [kernel, b.int_(1)], axis=0)
    k_out = b.op("Shape", [weight], end=1)
    flat = b.op("Reshape", [weight, b.op("Concat", [k_out, b.op("Reshape", [taps, one])], axis=0)])  # (k_out, T)
    shape4 = b.ints([1, -1, 1, 1])
    out_shape = b.op("Concat", [b.op("Shape", [x], end=2), out_hw], axis=0)
    acc0 = b.op("Expand", [b.op("Reshape", [bias, shape4]), out_shape])

    lb = _Body("l")
    t, cond, acc = "tap", "cond_in", "acc_in"
    row = lb.op("Div", [t, kw])
    col = lb.op("Mod", [t, kw])
    start = lb.op(
        "Mul",
        [lb.op("Concat", [lb.op("Unsqueeze", [row, lb.ints([0])]), lb.op("Unsqueeze", [col, lb.ints([0])])], axis=0),
         dilations],
    )
    window = lb.op("Slice", [padded, start, lb.op("Add", [start, span]), spatial, strides])
    tap_w = lb.op("Reshape", [lb.op("Gather", [flat, t], axis=1), shape4])
    lb.op("Add", [acc, lb.op("Mul", [window, tap_w])], out="acc_out")
    lb.op("Identity", [cond], out="cond_out")
    loop_body = helper.make_graph(
        lb.nodes,
        "tap_loop",
        [
            helper.make_tensor_value_info(t, 7, []),
            helper.make_tensor_value_info(cond, 9, []),
            helper.make_tensor_value_info(acc, 1, None),
        ],
        [helper.make_tensor_value_info("cond_out", 9, []), helper.make_tensor_value_info("acc_out", 1, None)],
    )
    b.op("Loop", [taps, "", acc0], out="Y", body=loop_body)
    return _function(
        MASKED_DEPTHWISE_CONV, ["X", "in_indices", "out_indices", "W", "B"], ["Y"], b,
        "Depthwise conv over the kept channels only; a kept output whose input channel was dropped yields its bias.",
        _conv_attribute_protos(),
    )


_BUILDERS = {
    KEPT_INDICES: kept_indices_function,
    SCATTER_CHANNELS: scatter_channels_function,
    MASKED_CONV: masked_conv_function,
    MASKED_DEPTHWISE_CONV: masked_depthwise_conv_function,
}


def functions(names: Iterable[str] | None = None) -> list[FunctionProto]:
    """FunctionProtos for the named ops (all by default), in a stable order."""
    wanted = set(OP_NAMES if names is None else names)
    unknown = wanted - set(OP_NAMES)
    if unknown:
        raise ValueError(f"not an {DOMAIN} op: {sorted(unknown)}")
    return [_BUILDERS[name]() for name in OP_NAMES if name in wanted]


def node(op: str, inputs: Sequence[str], outputs: Sequence[str], **attrs: object) -> NodeProto:
    """A call of one of this domain's ops."""
    if op not in _BUILDERS:
        raise ValueError(f"not an {DOMAIN} op: {op}")
    return helper.make_node(op, list(inputs), list(outputs), domain=DOMAIN, **attrs)
