"""Build a `CostModel` from one real forward pass of a gated network.

FLOPs must come from the shapes that actually run, not from a hand-written
table, so we trace: hooks record every conv's input and output size, the
classifier and the final pool, in execution order.
"""

from __future__ import annotations

import torch
from torch import nn

from dynaprune.models.flops import ConvUnit, CostModel, FixedOp
from dynaprune.models.gating import GatedConv, GatedNet, GateMode


def trace_cost_model(net: GatedNet, input_shape: tuple[int, int, int] | None = None) -> CostModel:
    shape = tuple(input_shape or net.default_input)
    unit_of_conv = {id(unit.conv): (name, unit) for name, unit in net.named_units()}
    predictor_linears = {id(unit.predictor.fc) for unit in net.units()}
    conv_names = {id(m): name for name, m in net.named_modules() if isinstance(m, nn.Conv2d)}
    convs: list[ConvUnit] = []
    fixed: list[FixedOp] = []
    last_gated: list[str | None] = [None]

    def on_conv(module: nn.Conv2d, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        name, unit = unit_of_conv.get(id(module), (None, None))
        gated = unit is not None
        if not gated:
            name = conv_names[id(module)]
        honest = None if (not gated or unit.dense_input) else last_gated[0]
        convs.append(
            ConvUnit(
                name=name,
                in_channels=module.in_channels,
                out_channels=module.out_channels,
                groups=module.groups,
                kernel=tuple(module.kernel_size),
                in_hw=tuple(inputs[0].shape[-2:]),
                out_hw=tuple(output.shape[-2:]),
                bias=module.bias is not None,
                gated=gated,
                paper_source=last_gated[0],
                honest_source=honest,
            )
        )
        if gated:
            last_gated[0] = name

    def on_linear(module: nn.Linear, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        if id(module) not in predictor_linears:
            fixed.append(FixedOp("classifier", "linear", module.in_features * module.out_features))

    def on_pool(module: nn.Module, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        fixed.append(FixedOp("global_pool", "avgpool", int(output[0].numel())))

    handles = []
    for module in net.modules():
        if isinstance(module, nn.Conv2d):
            handles.append(module.register_forward_hook(on_conv))
        elif isinstance(module, nn.Linear):
            handles.append(module.register_forward_hook(on_linear))
    if hasattr(net, "global_pool"):
        handles.append(net.global_pool.register_forward_hook(on_pool))
    saved_mode, was_training = net.gate_state.mode, net.training
    saved_targets = net.gate_state.want_targets
    try:
        net.set_gating(GateMode.DENSE, want_targets=False)
        net.eval()
        with torch.no_grad():
            net(torch.zeros(1, *shape))
    finally:
        for handle in handles:
            handle.remove()
        net.gate_state.mode, net.gate_state.want_targets = saved_mode, saved_targets
        net.train(was_training)
    return CostModel(shape, tuple(convs), tuple(fixed))  # type: ignore[arg-type]


def unit_masks(net: GatedNet) -> dict[str, torch.Tensor]:
    """Masks (B, C) each gated unit used in the last forward pass."""
    return {name: record.mask for (name, _), record in zip(net.named_units(), net.records())}


def kept_counts(net: GatedNet) -> dict[str, torch.Tensor]:
    return {name: mask.sum(dim=1) for name, mask in unit_masks(net).items()}


__all__ = ["trace_cost_model", "unit_masks", "kept_counts", "GatedConv"]
