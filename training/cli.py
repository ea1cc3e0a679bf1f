"""`dynaprune train | estimate | evaluate`: the training package's commands.

Thin: arguments -> settings (training/runs.py) -> `train_run`, `estimate_reduction`
or `evaluate_checkpoint` -> the result as lines, or as JSON with --json. The dense
Hebbian family trains through its own entry point (FAMILY_TRAINERS).
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path
from typing import Any

from dynaprune.argtypes import fraction, positive_int, threshold
from dynaprune.datasets.sources import SOURCES_HELP
from dynaprune.models.families import DENSE_HEBBIAN
from dynaprune.models.registry import list_models
from dynaprune.training.evaluation import Evaluation
from dynaprune.training.runs import (
    EstimateSettings,
    EvaluateSettings,
    Host,
    TrainRunSettings,
    estimate_reduction,
    evaluate_checkpoint,
    train_run,
)

# ----------------------------------------------------------------- arguments


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto",
                        help="where to run (auto: CUDA when available)")
    parser.add_argument("--threads", type=positive_int, default=None, help="torch CPU threads (default: all cores)")
    parser.add_argument("--allow-pickle", action="store_true",
                        help="allow loading CIFAR's pickled 'python version' (unpickling can run code)")
    parser.add_argument("--json", action="store_true", help="print the final figures as one JSON object on stdout")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")


# Architectures trained by another family's trainer than the CNN loop (training/runs.py):
# arch -> "module:function" taking the parsed arguments (the dense Hebbian family computes
# class averages, no SGD).
FAMILY_TRAINERS = {DENSE_HEBBIAN: "dynaprune.training.hebbian_train:train_hebbian"}


def add_parser(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    builders = {"train": _add_train, "estimate": _add_estimate, "evaluate": _add_evaluate}
    builders[name](sub.add_parser(name, help=help_text, description=help_text))


def _add_train(p: argparse.ArgumentParser) -> None:
    p.epilog = SOURCES_HELP
    p.add_argument("--method", choices=("dense", "ftwt"), default="dense",
                   help="dense baseline, or FTWT fine-tuning from --from (a dense checkpoint)")
    p.add_argument("--from", dest="baseline", default=None, help="FTWT: the dense baseline checkpoint to start from")
    p.add_argument("--arch", default="resnet56",
                   help=f"architecture (dense only; one of {', '.join(list_models())}, or {', '.join(FAMILY_TRAINERS)})")
    p.add_argument("--data", "--dataset", dest="data", default="digits",
                   help="data source URI (dense only; FTWT reuses the baseline's). dense-hebbian: digits or "
                        "synthetic?N=..&K=..&M=..&r=.. (or rho=..)")
    p.add_argument("--P", type=int, default=16, help="dense-hebbian: interaction order (even)")
    p.add_argument("--hebbian-method", choices=("zero_temperature", "mean_field", "one_shot"),
                   default="zero_temperature", help="dense-hebbian: classification dynamics")
    p.add_argument("--beta", type=float, default=10.0, help="dense-hebbian: inverse temperature beta' (mean field)")
    p.add_argument("--width", type=float, default=1.0, help="width multiplier")
    p.add_argument("--pool", choices=("avg", "max"), default="avg", help="predictor pooling")
    p.add_argument("--out", default=None, help="run directory (default runs/ARCH-METHOD)")
    p.add_argument("--epochs", type=positive_int, default=200)
    p.add_argument("--batch-size", type=positive_int, default=128)
    p.add_argument("--lr", type=float, default=None, help="backbone lr (default 0.1 dense, 0.01 FTWT)")
    p.add_argument("--momentum", type=float, default=0.9)
    p.add_argument("--weight-decay", type=float, default=5e-4)
    p.add_argument("--milestones", type=float, nargs="*", default=[81 / 200, 122 / 200, 151 / 200],
                   help="lr step points as fractions of the epochs (x0.1 each)")
    p.add_argument("--r", type=threshold, default=0.9, help="FTWT heatmap-mass threshold r in (0, 1]")
    p.add_argument("--mode", choices=("decoupled", "joint"), default="decoupled", help="FTWT gradient routing")
    p.add_argument("--mask-weight", type=float, default=1.0, help="lambda of the mask loss")
    p.add_argument("--cooldown", type=fraction, default=0.5, help="fraction of epochs after which lambda = 0")
    p.add_argument("--predictor-lr", type=float, default=0.1)
    p.add_argument("--augment", choices=("auto", "none", "crop", "crop-flip"), default="auto")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--test-fraction", type=float, default=0.2)
    p.add_argument("--resume", action="store_true", help="continue the run in --out from its last epoch")
    p.add_argument("--force", action="store_true", help="overwrite an existing run directory")
    _common(p)
    p.set_defaults(func=cmd_train)


def _add_estimate(p: argparse.ArgumentParser) -> None:
    p.add_argument("checkpoint", help="dense baseline checkpoint (run dir or .safetensors)")
    p.add_argument("--r", type=threshold, nargs="+", default=[0.9], help="one or more thresholds (a list gives a curve)")
    p.add_argument("--compare", nargs="*", default=[], help="trained FTWT checkpoints to mark on the plot")
    p.add_argument("--plot", default=None, help="PNG path (default: CHECKPOINT_DIR/estimate.png)")
    _common(p)
    p.set_defaults(func=cmd_estimate)


def _add_evaluate(p: argparse.ArgumentParser) -> None:
    p.add_argument("checkpoint", help="checkpoint (run dir or .safetensors)")
    p.add_argument("--gating", choices=("auto", "dense", "predicted", "oracle"), default="auto",
                   help="auto: predicted masks for FTWT checkpoints, dense for baselines")
    p.add_argument("--r", type=threshold, default=None, help="threshold for --gating oracle")
    p.add_argument("--plot", default=None, help="PNG of per-unit keep ratios (default: CHECKPOINT_DIR/keep_ratios.png)")
    _common(p)
    p.set_defaults(func=cmd_evaluate)


# ----------------------------------------------------------------- output


def _host(args: argparse.Namespace) -> Host:
    return Host(device=args.device, threads=args.threads, allow_pickle=args.allow_pickle)


def _emit(args: argparse.Namespace, result: dict[str, Any], lines: list[str]) -> None:
    if args.json:
        print(json.dumps(result, indent=None))
    else:
        print("\n".join(lines))


def _summary_lines(result: Evaluation) -> list[str]:
    return [
        f"top-1            {100 * result.top1:.2f}%  ({result.samples} samples, {result.gating} masks)",
        f"dense FLOPs      {result.flops_dense['paper']:,.0f} per sample",
        f"executed, paper  {result.flops_executed['paper']:,.0f}  (reduction {100 * result.reduction['paper']:.1f}%)",
        f"executed, honest {result.flops_executed['honest']:,.0f}  (reduction {100 * result.reduction['honest']:.1f}%)",
    ]


# ----------------------------------------------------------------- commands


def cmd_train(args: argparse.Namespace) -> int:
    if args.arch in FAMILY_TRAINERS:
        module, _, function = FAMILY_TRAINERS[args.arch].partition(":")
        return getattr(importlib.import_module(module), function)(args)
    result = train_run(TrainRunSettings(
        method=args.method, baseline=args.baseline, arch=args.arch, data=args.data, width=args.width,
        pool=args.pool, out=Path(args.out) if args.out else None, epochs=args.epochs, batch_size=args.batch_size,
        lr=args.lr, momentum=args.momentum, weight_decay=args.weight_decay, milestones=tuple(args.milestones),
        r=args.r, mode=args.mode, mask_weight=args.mask_weight, cooldown=args.cooldown,
        predictor_lr=args.predictor_lr, augment=args.augment, seed=args.seed, test_fraction=args.test_fraction,
        resume=args.resume, force=args.force, host=_host(args), progress=not args.quiet,
    ))  # fmt: skip
    _emit(args, result.to_dict(), [f"checkpoint       {result.checkpoint}", *_summary_lines(result.test),
                                   f"train time       {result.train_seconds:.0f} s"])
    return 0


def cmd_estimate(args: argparse.Namespace) -> int:
    """Oracle masks of the dense net at each r: the FLOPs FTWT should reach."""
    result = estimate_reduction(EstimateSettings(
        checkpoint=args.checkpoint, r=tuple(args.r), compare=tuple(args.compare),
        plot=Path(args.plot) if args.plot else None, host=_host(args),
    ))  # fmt: skip
    lines = [f"{'r':>6} {'oracle top-1':>13} {'paper red.':>11} {'honest red.':>12}"]
    lines += [f"{p.r:>6g} {100 * p.top1:>12.2f}% {100 * p.reduction['paper']:>10.1f}% "
              f"{100 * p.reduction['honest']:>11.1f}%" for p in result.points]
    lines += [f"trained r={t.r:g}: top-1 {100 * t.top1:.2f}%, honest reduction "
              f"{100 * t.reduction['honest']:.1f}%" for t in result.trained]
    lines.append(f"plot: {result.plot}")
    _emit(args, result.to_dict(), lines)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    result = evaluate_checkpoint(EvaluateSettings(
        checkpoint=args.checkpoint, gating=args.gating, r=args.r, plot=Path(args.plot) if args.plot else None,
        host=_host(args),
    ))  # fmt: skip
    lines = _summary_lines(result.evaluation) + ["per-unit keep ratio:"]
    lines += [f"  {name:<24} {ratio:6.3f}" for name, ratio in result.evaluation.keep_ratio.items()]
    lines.append(f"plot: {result.plot}")
    _emit(args, result.to_dict(), lines)
    return 0
