"""`dynaprune budget`: top-1 against executed FLOPs of an FTWT entry under per-request compute budgets.

The entry runs on the native engine, as the server runs it, over the test split of the data its
checkpoint was trained on (the manifest's `source.data`): first with the predictors as trained,
then with each `--budgets` value as every sample's `flops_budget` (the share of the dense FLOPs
it may execute; `dynaprune.runtime.ftwt.budget`). For each: top-1, the mean and largest executed
share of the dense FLOPs (honest accounting), and the engine time per image, since a budget's
threshold search runs the network several times. Prints a table (or JSON) and plots the curve.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dynaprune.argtypes import positive_int, share
from dynaprune.errors import UserError
from dynaprune.loadtests.bench import resolve_entry

DESCRIPTION = __doc__.split("\n\n", 1)[1] if __doc__ else ""
DEFAULT_BUDGETS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.7, 1.0)


@dataclass(frozen=True)
class Point:
    budget: float | None  # None: the predictors as trained
    top1: float
    executed_mean: float  # mean executed FLOPs / dense FLOPs
    executed_max: float
    ms_per_image: float


def curve(entry: Path, budgets: tuple[float, ...], threads: int, samples: int | None) -> tuple[str, list[Point]]:
    """(data URI, points): the trained operating point first, then one point per budget."""
    from dynaprune.datasets.sources import load_dataset
    from dynaprune.runtime.engines import open_runner

    runner = open_runner(entry, engine="native", threads=threads, providers=["CPUExecutionProvider"])
    if not runner.supports_flops_budget:  # pragma: no cover - the native engine has budgets
        raise UserError(f"{entry}: its engine has no compute budget")
    uri = runner.manifest.source.data
    if not uri:
        raise UserError(f"{entry}: the manifest names no data source to evaluate on")
    split = load_dataset(uri).test
    images = np.ascontiguousarray(split.images[:samples], dtype=np.float32)
    labels = np.asarray(split.labels[: len(images)])
    if tuple(images.shape[1:]) != runner.inputs.shape:
        raise UserError(f"{uri} gives images of shape {images.shape[1:]}, the model takes {runner.inputs.shape}")
    points = []
    for budget in (None, *budgets):
        start = time.perf_counter()
        result = runner.run(images) if budget is None else runner.run(images, flops_budget=budget)
        seconds = time.perf_counter() - start
        share = np.asarray(result.flops_executed) / runner.flops_dense
        points.append(Point(budget=budget, top1=float(np.mean(np.argmax(result.logits, axis=1) == labels)),
                            executed_mean=float(share.mean()), executed_max=float(share.max()),
                            ms_per_image=seconds / len(images) * 1e3))
    return uri, points


def table(points: list[Point]) -> str:
    lines = [f"{'budget':>8} {'top-1':>8} {'executed (mean)':>16} {'executed (max)':>15} {'ms/image':>9}"]
    for p in points:
        budget = "trained" if p.budget is None else f"{p.budget:g}"
        lines.append(f"{budget:>8} {100 * p.top1:>7.2f}% {100 * p.executed_mean:>15.1f}% "
                     f"{100 * p.executed_max:>14.1f}% {p.ms_per_image:>9.3f}")
    return "\n".join(lines)


def plot(points: list[Point], path: Path, title: str) -> None:
    from dynaprune.figures import pyplot, save_png

    plt = pyplot()

    budgeted = [p for p in points if p.budget is not None]
    trained = [p for p in points if p.budget is None]
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    ax.plot([100 * p.executed_mean for p in budgeted], [100 * p.top1 for p in budgeted], marker="o",
            label="flops_budget (per request)")
    for p in budgeted:
        ax.annotate(f"{p.budget:g}", (100 * p.executed_mean, 100 * p.top1), textcoords="offset points",
                    xytext=(4, 4), fontsize=8)
    for p in trained:
        ax.scatter([100 * p.executed_mean], [100 * p.top1], marker="*", s=160, color="tab:red", zorder=3,
                   label="predictors as trained")
    ax.set_xlabel("executed FLOPs, % of dense (honest, mean over the test split)")
    ax.set_ylabel("top-1 (%)")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_png(fig, path)


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = subparsers.add_parser(name, help=help_text, description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model", metavar="MODEL_DIR", help="an FTWT entry REPO/NAME/VERSION (or REPO/NAME)")
    p.add_argument("--budgets", type=share, nargs="+", default=list(DEFAULT_BUDGETS), metavar="B",
                   help="flops_budget values in (0, 1]")
    p.add_argument("--threads", type=positive_int, default=2)
    p.add_argument("--samples", type=positive_int, default=None, help="test images used (default: all)")
    p.add_argument("--json", action="store_true", help="print the points as one JSON object on stdout")
    p.add_argument("--plot", metavar="PNG", default=None, help="write top-1 against executed FLOPs")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    entry = resolve_entry(args.model)
    uri, points = curve(entry, tuple(args.budgets), args.threads, args.samples)
    if args.plot:
        plot(points, Path(args.plot), f"{entry.parent.name} v{entry.name} on {uri}")
        print(f"[budget] plot written to {args.plot}", file=sys.stderr)
    result: dict[str, Any] = {"entry": str(entry), "data": uri, "points": [asdict(p) for p in points]}
    print(json.dumps(result) if args.json else table(points))
    return 0
