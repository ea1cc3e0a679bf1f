"""`dynaprune flops`: dense FLOPs of an architecture, per unit, in both modes."""

from __future__ import annotations

import argparse
import json

from dynaprune.errors import UserError
from dynaprune.models.flops import CountMode, dense_flops, executed_flops, all_kept, predictor_flops
from dynaprune.models.registry import create_model, list_models


def add_parser(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--arch", required=True, help=f"architecture: {', '.join(list_models())}")
    p.add_argument("--num-classes", type=int, default=None, help="classes (default: 10 CIFAR nets, 1000 ImageNet nets)")
    p.add_argument("--in-channels", type=int, default=3)
    p.add_argument("--input-size", type=int, nargs="+", default=None, metavar="N",
                   help="input H [W] (default: the architecture's: 32 CIFAR nets, 224 ImageNet nets)")
    p.add_argument("--width", type=float, default=1.0, help="width multiplier")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object on stdout")
    p.set_defaults(func=cmd_flops)


def cmd_flops(args: argparse.Namespace) -> int:
    from dynaprune.models.geometry import trace_cost_model  # torch only when the command runs

    if args.arch not in list_models():
        raise UserError(f"unknown architecture {args.arch!r}; known: {', '.join(list_models())}")
    if args.in_channels <= 0 or args.width <= 0 or (args.num_classes is not None and args.num_classes <= 0):
        raise UserError("--in-channels, --width and --num-classes must be positive")
    kwargs = {"in_channels": args.in_channels, "width": args.width}
    if args.num_classes is not None:
        kwargs["num_classes"] = args.num_classes
    net = create_model(args.arch, **kwargs)
    if args.input_size:
        if len(args.input_size) > 2 or min(args.input_size) <= 0:
            raise UserError("--input-size takes one or two positive numbers: H [W]")
        h = args.input_size[0]
        w = args.input_size[-1]
        shape = (args.in_channels, h, w)
    else:
        shape = (args.in_channels, *net.default_input[1:])
    try:
        cost = trace_cost_model(net, shape)
    except RuntimeError as exc:
        raise UserError(f"{args.arch} cannot run on a {shape} input: {exc}") from None
    paper = dense_flops(cost, CountMode.PAPER)
    honest = dense_flops(cost, CountMode.HONEST)
    with_predictors = executed_flops(cost, all_kept(cost), CountMode.HONEST)
    units = [
        {
            "name": u.name, "gated": u.gated, "in_channels": u.in_channels, "out_channels": u.out_channels,
            "groups": u.groups, "kernel": list(u.kernel), "out_hw": list(u.out_hw),
            "paper": float(paper.convs[u.name]), "honest": float(honest.convs[u.name]),
            "predictor": predictor_flops(u),
        }
        for u in cost.convs
    ]
    result = {
        "arch": args.arch, "input_shape": list(shape), "gated_units": len(cost.gated_units),
        "dense_total": {"paper": float(paper.total), "honest": float(honest.total)},
        "fixed": [{"name": f.name, "kind": f.kind, "ops": f.ops} for f in cost.fixed],
        "predictors_total": float(sum(with_predictors.predictors.values())),
        "all_kept_honest_total": float(with_predictors.total),
        "units": units,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{args.arch}  input {shape}  gated units: {len(cost.gated_units)}")
    print(f"{'unit':<22} {'in':>5} {'out':>5} {'k':>5} {'out hw':>8} {'paper MACs':>14} {'honest MACs':>14} {'predictor':>10}")
    for u in units:
        kernel = "x".join(map(str, u["kernel"])) + ("dw" if u["groups"] > 1 else "")
        hw = "x".join(map(str, u["out_hw"]))
        print(f"{u['name']:<22} {u['in_channels']:>5} {u['out_channels']:>5} {kernel:>5} {hw:>8} "
              f"{u['paper']:>14,.0f} {u['honest']:>14,.0f} {u['predictor']:>10,}")
    for f in cost.fixed:
        print(f"{f.name:<22} {f.kind:>23} {f.ops:>23,}")
    print(f"dense total, paper mode : {paper.total:,.0f}")
    print(f"dense total, honest mode: {honest.total:,.0f}")
    overhead = result["predictors_total"] / honest.total
    print(f"predictor heads (honest): {result['predictors_total']:,.0f} ({100 * overhead:.1f}% of dense)")
    return 0
