"""The `dynaprune` console script.

Subcommands live in the package that owns them; this table only says where.
Modules are imported lazily so that, e.g., `dynaprune serve` never imports torch.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from dynaprune import __version__
from dynaprune.errors import UserError

# subcommand -> (module holding `add_parser(subparsers)`, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "flops": ("dynaprune.models.cli", "dense FLOPs of an architecture, per unit, in both accounting modes"),
    "train": ("dynaprune.training.cli", "train a dense baseline or an FTWT network"),
    "estimate": ("dynaprune.training.cli", "predict the FTWT FLOPs reduction from a dense checkpoint"),
    "evaluate": ("dynaprune.training.cli", "top-1, executed FLOPs and per-unit keep ratios of a checkpoint"),
    "hebbian-figures": ("dynaprune.research.cli", "reproduce the dense Hebbian figures (PNG + JSON) into docs/hebbian"),
    "export": ("dynaprune.exporter.cli", "write a checkpoint as a verified ONNX model-repository entry"),
    "serve": ("dynaprune.server.cli", "run the inference server"),
    "loadtest": ("dynaprune.loadtests.cli", "load-test a running server with Locust and write a report"),
    "bench": ("dynaprune.loadtests.bench", "time dense vs dynamic (skipped filters) vs ideal vs HTTP on one model"),
    "saturation": ("dynaprune.loadtests.saturation", "requests/s and latency of served models at several concurrencies"),
    "budget": ("dynaprune.loadtests.budget_curve", "top-1 against executed FLOPs under per-request compute budgets"),
    "soak": ("dynaprune.loadtests.soak", "minutes of mixed load on a server; its memory, fds and threads sampled"),
    "ray-bench": ("dynaprune.loadtests.ray_bench", "plain server vs Ray Serve (1 and 2 replicas) and a node killed under load"),
}


def build_parser(selected: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dynaprune",
        description="Train, export and serve dynamically pruned (FTWT) networks.",
    )
    parser.add_argument("--version", action="version", version=f"dynaprune {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        if selected is not None and name != selected:
            # Cheap placeholder: lets `dynaprune --help` list every command
            # without importing heavy modules.
            sub.add_parser(name, help=help_text, add_help=False)
            continue
        importlib.import_module(module_name).add_parser(sub, name, help_text)
    return parser


def _selected_command(argv: Sequence[str]) -> str | None:
    for token in argv:
        if token in SUBCOMMANDS:
            return token
        if not token.startswith("-"):
            return None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    selected = _selected_command(argv)
    parser = build_parser(selected if selected is not None else "__none__")
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"dynaprune {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"dynaprune {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
