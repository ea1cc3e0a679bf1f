"""`dynaprune train | estimate | evaluate`: the training package's commands."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import torch

from dynaprune.argtypes import fraction, positive_int, threshold
from dynaprune.errors import UserError
from dynaprune.models.families import DENSE_HEBBIAN
from dynaprune.models.flops import CostModel
from dynaprune.models.gating import GateMode
from dynaprune.models.geometry import trace_cost_model
from dynaprune.models.registry import list_models
from dynaprune.training.batches import Augment, TensorSplit
from dynaprune.training.checkpoint import (
    ArchSpec,
    CheckpointMeta,
    DataSpec,
    FtwtSpec,
    load_checkpoint,
    read_tensors,
    resolve_checkpoint,
    save_checkpoint,
    save_tensors,
)
from dynaprune.datasets.sources import SOURCES_HELP, Dataset, load_dataset
from dynaprune.training.evaluation import Evaluation, evaluate
from dynaprune.training.loop import EpochLog, FtwtSettings, Schedule, Trainer, TrainSettings, append_jsonl
from dynaprune.training.plots import plot_accuracy_vs_reduction, plot_keep_ratios, plot_training_curves

LAST_FILE = "last.safetensors"
STATE_FILE = "train_state.safetensors"
METRICS_FILE = "metrics.jsonl"


# ----------------------------------------------------------------- arguments


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto",
                        help="where to run (auto: CUDA when available)")
    parser.add_argument("--threads", type=positive_int, default=None, help="torch CPU threads (default: all cores)")
    parser.add_argument("--allow-pickle", action="store_true",
                        help="allow loading CIFAR's pickled 'python version' (unpickling can run code)")
    parser.add_argument("--json", action="store_true", help="print the final figures as one JSON object on stdout")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")


# Architectures trained by another family's trainer than the CNN loop below: arch -> "module:function"
# taking the parsed arguments (the dense Hebbian family computes class averages, no SGD).
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


# ----------------------------------------------------------------- helpers


def _device(choice: str) -> torch.device:
    if choice == "cuda" and not torch.cuda.is_available():
        raise UserError("--device cuda asked for, but torch sees no CUDA device")
    if choice == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(choice)


def _setup(args: argparse.Namespace) -> torch.device:
    if args.threads:
        torch.set_num_threads(args.threads)
    return _device(args.device)


def _load_data(meta: CheckpointMeta, args: argparse.Namespace) -> Dataset:
    return load_dataset(meta.data.uri, allow_pickle=args.allow_pickle, seed=meta.data.seed,
                        test_fraction=meta.data.test_fraction)


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


# ----------------------------------------------------------------- train


def _prepare_run_dir(out: Path, resume: bool, force: bool) -> None:
    existing = [f for f in ("model.safetensors", LAST_FILE) if (out / f).exists()]
    if resume:
        if not (out / LAST_FILE).exists() or not (out / STATE_FILE).exists():
            raise UserError(f"--resume: {out} holds no resumable run ({LAST_FILE} and {STATE_FILE} missing)")
        return
    if existing and not force:
        raise UserError(f"{out} already holds a run ({', '.join(existing)}); use --resume, --force or another --out")
    out.mkdir(parents=True, exist_ok=True)
    (out / METRICS_FILE).unlink(missing_ok=True)
    if not os.access(out, os.W_OK):
        raise UserError(f"run directory {out} is not writable")


def cmd_train(args: argparse.Namespace) -> int:
    if args.arch in FAMILY_TRAINERS:
        module, _, function = FAMILY_TRAINERS[args.arch].partition(":")
        return getattr(importlib.import_module(module), function)(args)
    device = _setup(args)
    torch.manual_seed(args.seed)
    ftwt = None
    if args.method == "ftwt":
        if not args.baseline:
            raise UserError("--method ftwt needs --from BASELINE_CHECKPOINT (a dense run)")
        base_net, base_meta = load_checkpoint(args.baseline)
        arch, data_spec = base_meta.arch, base_meta.data
        ftwt = FtwtSettings(r=args.r, mode=args.mode, mask_weight=args.mask_weight, cooldown=args.cooldown,
                            predictor=Schedule(lr=args.predictor_lr, weight_decay=0.0, milestones=()))
    else:
        if args.baseline:
            raise UserError("--from is for --method ftwt")
        base_net, base_meta = None, None
        data_spec = DataSpec(uri=args.data, seed=args.seed, test_fraction=args.test_fraction)
    dataset = load_dataset(data_spec.uri, allow_pickle=args.allow_pickle, seed=data_spec.seed,
                           test_fraction=data_spec.test_fraction)
    if base_meta is None:
        if args.arch not in list_models():
            raise UserError(f"unknown architecture {args.arch!r}; known: {', '.join(list_models())}")
        arch = ArchSpec(name=args.arch, num_classes=dataset.num_classes, in_channels=dataset.channels,
                        width=args.width, pool=args.pool)
        net = arch.build()
        mean, std = dataset.mean, dataset.std
    else:
        net, mean, std = base_net, base_meta.mean, base_meta.std
        if dataset.num_classes != arch.num_classes:
            raise UserError(f"baseline has {arch.num_classes} classes but {data_spec.uri} has {dataset.num_classes}")
    out = Path(args.out or f"runs/{arch.name}-{args.method}")
    _prepare_run_dir(out, args.resume, args.force)
    input_shape = (dataset.channels, *dataset.image_size)
    cost_model = trace_cost_model(net, input_shape)
    settings = TrainSettings(
        epochs=args.epochs,
        batch_size=args.batch_size,
        backbone=Schedule(lr=args.lr if args.lr is not None else (0.01 if ftwt else 0.1), momentum=args.momentum,
                          weight_decay=args.weight_decay, milestones=tuple(args.milestones)),
        ftwt=ftwt,
        seed=args.seed,
    )
    net.to(device)
    train = TensorSplit.from_split(dataset.train, mean, std, device)
    test = TensorSplit.from_split(dataset.test, mean, std, device)
    trainer = Trainer(net, train, test, cost_model, settings, Augment.parse(args.augment, dataset.image_size, data_spec.uri))

    def meta_for(epoch: int, metrics: dict) -> CheckpointMeta:
        return CheckpointMeta(
            kind=args.method, arch=arch, input_shape=input_shape, mean=mean, std=std,
            class_names=dataset.class_names, data=data_spec, epoch=epoch, metrics=metrics,
            ftwt=FtwtSpec(r=ftwt.r, mode=ftwt.mode, baseline=str(args.baseline)) if ftwt else None,
            config=settings.to_dict(),
        )

    start_epoch = 0
    if args.resume:
        last_net, last_meta = load_checkpoint(out / LAST_FILE)
        net.load_state_dict(last_net.state_dict())
        trainer.load_state_tensors(read_tensors(out / STATE_FILE)[0])
        start_epoch = last_meta.epoch + 1
    begin = time.perf_counter()

    def on_epoch(log: EpochLog) -> None:
        record = log.__dict__
        append_jsonl(out / METRICS_FILE, record)
        save_checkpoint(out / LAST_FILE, net, meta_for(log.epoch, {"test": log.test}))
        tensors, _ = trainer.state_tensors()
        save_tensors(out / STATE_FILE, tensors, {"epoch": str(log.epoch)})

    trainer.fit(start_epoch, on_epoch, progress=not args.quiet)
    logs = [json.loads(line) for line in (out / METRICS_FILE).read_text().splitlines() if line.strip()]
    final = evaluate(net, test, cost_model, trainer.gating)
    metrics = {
        "test": final.to_dict(),
        "best_test_top1": max((log["test"]["top1"] for log in logs), default=final.top1),
        "train_seconds": time.perf_counter() - begin,
    }
    path = save_checkpoint(out, net.cpu(), meta_for(settings.epochs - 1, metrics))
    plot_training_curves(logs, out / "curves.png", f"{arch.name} {args.method} on {data_spec.uri}")
    plot_keep_ratios(final.keep_ratio, f"{arch.name} {args.method}: per-unit keep ratio", out / "keep_ratios.png")
    result = {"checkpoint": str(path), "method": args.method, "arch": arch.name, "data": data_spec.uri,
              "epochs": settings.epochs, "r": ftwt.r if ftwt else None, **metrics}
    _emit(args, result, [f"checkpoint       {path}", *_summary_lines(final),
                         f"train time       {metrics['train_seconds']:.0f} s"])
    return 0


# ----------------------------------------------------------------- estimate / evaluate


def _loaded(args: argparse.Namespace):
    device = _setup(args)
    net, meta = load_checkpoint(args.checkpoint)
    dataset = _load_data(meta, args)
    if (dataset.channels, *dataset.image_size) != tuple(meta.input_shape):
        raise UserError(f"data {meta.data.uri} gives {(dataset.channels, *dataset.image_size)} images, "
                        f"checkpoint expects {tuple(meta.input_shape)}")
    cost_model: CostModel = trace_cost_model(net, tuple(meta.input_shape))
    test = TensorSplit.from_split(dataset.test, meta.mean, meta.std, device)
    return net.to(device), meta, test, cost_model


def cmd_estimate(args: argparse.Namespace) -> int:
    """Oracle masks of the dense net at each r: the FLOPs FTWT should reach."""
    net, meta, test, cost_model = _loaded(args)
    if meta.kind != "dense":
        print(f"note: {args.checkpoint} is an FTWT checkpoint; estimating from its backbone", file=sys.stderr)
    points = []
    for r in sorted(set(args.r)):
        result = evaluate(net, test, cost_model, GateMode.ORACLE, r=r)
        points.append({"r": r, "top1": result.top1, "reduction": result.reduction,
                       "flops_executed": result.flops_executed})
    dense = evaluate(net, test, cost_model, GateMode.DENSE)
    trained = []
    for other in args.compare:
        other_net, other_meta = load_checkpoint(other)
        if other_meta.ftwt is None:
            raise UserError(f"--compare {other}: not an FTWT checkpoint")
        res = evaluate(other_net.to(test.images.device), test, cost_model, GateMode.PREDICTED)
        trained.append({"checkpoint": other, "r": other_meta.ftwt.r, "top1": res.top1, "reduction": res.reduction})
    plot_path = Path(args.plot) if args.plot else resolve_checkpoint(args.checkpoint).parent / "estimate.png"
    plot_accuracy_vs_reduction(points, plot_path, f"{meta.arch.name} on {meta.data.uri}: oracle masks by r",
                               dense.top1, trained)
    result = {"checkpoint": args.checkpoint, "dense_top1": dense.top1, "flops_dense": dense.flops_dense,
              "points": points, "trained": trained, "plot": str(plot_path)}
    lines = [f"{'r':>6} {'oracle top-1':>13} {'paper red.':>11} {'honest red.':>12}"]
    lines += [f"{p['r']:>6g} {100 * p['top1']:>12.2f}% {100 * p['reduction']['paper']:>10.1f}% "
              f"{100 * p['reduction']['honest']:>11.1f}%" for p in points]
    lines += [f"trained r={t['r']:g}: top-1 {100 * t['top1']:.2f}%, honest reduction "
              f"{100 * t['reduction']['honest']:.1f}%" for t in trained]
    lines.append(f"plot: {plot_path}")
    _emit(args, result, lines)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    net, meta, test, cost_model = _loaded(args)
    gating = args.gating
    if gating == "auto":
        gating = "predicted" if meta.kind == "ftwt" else "dense"
    if gating == "oracle" and args.r is None:
        raise UserError("--gating oracle needs --r")
    if gating == "predicted" and meta.kind != "ftwt":
        raise UserError(f"{args.checkpoint} is a dense checkpoint: its predictors are untrained; use --gating dense or oracle")
    result = evaluate(net, test, cost_model, gating, r=args.r)
    plot_path = Path(args.plot) if args.plot else resolve_checkpoint(args.checkpoint).parent / "keep_ratios.png"
    plot_keep_ratios(result.keep_ratio, f"{meta.arch.name} ({gating} masks): per-unit keep ratio", plot_path)
    payload = {"checkpoint": args.checkpoint, "arch": meta.arch.name, "kind": meta.kind, **result.to_dict(),
               "plot": str(plot_path)}
    lines = _summary_lines(result) + ["per-unit keep ratio:"]
    lines += [f"  {name:<24} {ratio:6.3f}" for name, ratio in result.keep_ratio.items()]
    lines.append(f"plot: {plot_path}")
    _emit(args, payload, lines)
    return 0
