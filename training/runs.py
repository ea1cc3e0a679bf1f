"""Runs of the CNN families: train a run directory, estimate FTWT's reduction, evaluate a checkpoint.

What `dynaprune train | estimate | evaluate` do once their arguments are parsed
(training/cli.py): each function takes a frozen settings object and returns a
typed result, and the CLI only prints it, as lines or as JSON. Keeping the work
here lets a notebook or a script run exactly what the commands run.

A run directory holds the final checkpoint (model.safetensors + model.json),
the last epoch's checkpoint and optimiser state (what `--resume` continues
from), one metrics.jsonl line per epoch, and the curves and keep-ratio plots.
UserError messages name the command's flags: the commands are the callers
people meet them through.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import torch

from dynaprune.datasets.sources import load_dataset
from dynaprune.errors import UserError
from dynaprune.models.flops import CostModel
from dynaprune.models.gating import GatedNet, GateMode
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
from dynaprune.training.evaluation import Evaluation, evaluate
from dynaprune.training.loop import (
    PAPER_MILESTONES,
    EpochLog,
    FtwtSettings,
    Schedule,
    Trainer,
    TrainSettings,
    append_jsonl,
)
from dynaprune.training.plots import plot_accuracy_vs_reduction, plot_keep_ratios, plot_training_curves

LAST_FILE = "last.safetensors"
STATE_FILE = "train_state.safetensors"
METRICS_FILE = "metrics.jsonl"


@dataclass(frozen=True)
class Host:
    """Where a command computes and what it may load (the options train, estimate and evaluate share)."""

    device: Literal["auto", "cpu", "cuda"] = "auto"  # auto: CUDA when available
    threads: int | None = None  # torch CPU threads; None: all cores
    allow_pickle: bool = False  # CIFAR's pickled "python version" (unpickling can run code)


# ----------------------------------------------------------------- train


@dataclass(frozen=True)
class TrainRunSettings:
    """A dense baseline, or FTWT fine-tuning from `baseline` (which then fixes the architecture and data)."""

    method: Literal["dense", "ftwt"] = "dense"
    baseline: str | None = None  # FTWT: the dense checkpoint to start from
    arch: str = "resnet56"  # dense only
    data: str = "digits"  # data source URI; dense only
    width: float = 1.0
    pool: Literal["avg", "max"] = "avg"
    out: Path | None = None  # run directory; None: runs/ARCH-METHOD
    epochs: int = 200
    batch_size: int = 128
    lr: float | None = None  # backbone lr; None: 0.1 dense, 0.01 FTWT
    momentum: float = 0.9
    weight_decay: float = 5e-4
    milestones: tuple[float, ...] = PAPER_MILESTONES  # lr steps (x0.1), as fractions of the epochs
    r: float = 0.9  # FTWT heatmap-mass threshold
    mode: Literal["decoupled", "joint"] = "decoupled"  # FTWT gradient routing
    mask_weight: float = 1.0  # lambda of the mask loss
    cooldown: float = 0.5  # fraction of the epochs after which lambda = 0
    predictor_lr: float = 0.1
    augment: Literal["auto", "none", "crop", "crop-flip"] = "auto"
    seed: int = 0
    test_fraction: float = 0.2
    resume: bool = False  # continue the run in `out` from its last epoch
    force: bool = False  # overwrite an existing run directory
    host: Host = Host()
    progress: bool = True  # progress bars on stderr


@dataclass(frozen=True)
class TrainRunResult:
    checkpoint: Path
    method: str
    arch: str
    data: str  # the data URI trained on
    epochs: int
    r: float | None  # FTWT's threshold; None for a dense run
    test: Evaluation  # the final net on the test split
    best_test_top1: float  # over the epochs' evaluations
    train_seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {"checkpoint": str(self.checkpoint), "method": self.method, "arch": self.arch, "data": self.data,
                "epochs": self.epochs, "r": self.r, "test": self.test.to_dict(), "best_test_top1": self.best_test_top1,
                "train_seconds": self.train_seconds}


def train_run(settings: TrainRunSettings) -> TrainRunResult:
    """Train (or resume) a run directory; write its checkpoints, metrics.jsonl and plots."""
    device = _setup(settings.host)
    torch.manual_seed(settings.seed)
    ftwt = None
    if settings.method == "ftwt":
        if not settings.baseline:
            raise UserError("--method ftwt needs --from BASELINE_CHECKPOINT (a dense run)")
        base_net, base_meta = load_checkpoint(settings.baseline)
        arch, data_spec = base_meta.arch, base_meta.data
        ftwt = FtwtSettings(r=settings.r, mode=settings.mode, mask_weight=settings.mask_weight,
                            cooldown=settings.cooldown,
                            predictor=Schedule(lr=settings.predictor_lr, weight_decay=0.0, milestones=()))
    else:
        if settings.baseline:
            raise UserError("--from is for --method ftwt")
        base_net, base_meta = None, None
        data_spec = DataSpec(uri=settings.data, seed=settings.seed, test_fraction=settings.test_fraction)
    dataset = load_dataset(data_spec.uri, allow_pickle=settings.host.allow_pickle, seed=data_spec.seed,
                           test_fraction=data_spec.test_fraction)
    if base_meta is None:
        if settings.arch not in list_models():
            raise UserError(f"unknown architecture {settings.arch!r}; known: {', '.join(list_models())}")
        arch = ArchSpec(name=settings.arch, num_classes=dataset.num_classes, in_channels=dataset.channels,
                        width=settings.width, pool=settings.pool)
        net = arch.build()
        mean, std = dataset.mean, dataset.std
    else:
        net, mean, std = base_net, base_meta.mean, base_meta.std
        if dataset.num_classes != arch.num_classes:
            raise UserError(f"baseline has {arch.num_classes} classes but {data_spec.uri} has {dataset.num_classes}")
    out = settings.out or Path(f"runs/{arch.name}-{settings.method}")
    prepare_run_dir(out, settings.resume, settings.force)
    input_shape = (dataset.channels, *dataset.image_size)
    cost_model = trace_cost_model(net, input_shape)
    loop_settings = TrainSettings(
        epochs=settings.epochs,
        batch_size=settings.batch_size,
        backbone=Schedule(lr=settings.lr if settings.lr is not None else (0.01 if ftwt else 0.1),
                          momentum=settings.momentum, weight_decay=settings.weight_decay,
                          milestones=tuple(settings.milestones)),
        ftwt=ftwt,
        seed=settings.seed,
    )
    net.to(device)
    train = TensorSplit.from_split(dataset.train, mean, std, device)
    test = TensorSplit.from_split(dataset.test, mean, std, device)
    trainer = Trainer(net, train, test, cost_model, loop_settings,
                      Augment.parse(settings.augment, dataset.image_size, data_spec.uri))

    def meta_for(epoch: int, metrics: dict) -> CheckpointMeta:
        return CheckpointMeta(
            kind=settings.method, arch=arch, input_shape=input_shape, mean=mean, std=std,
            class_names=dataset.class_names, data=data_spec, epoch=epoch, metrics=metrics,
            ftwt=FtwtSpec(r=ftwt.r, mode=ftwt.mode, baseline=str(settings.baseline)) if ftwt else None,
            config=loop_settings.to_dict(),
        )

    start_epoch = 0
    if settings.resume:
        last_net, last_meta = load_checkpoint(out / LAST_FILE)
        net.load_state_dict(last_net.state_dict())
        trainer.load_state_tensors(read_tensors(out / STATE_FILE)[0])
        start_epoch = last_meta.epoch + 1
    begin = time.perf_counter()

    def on_epoch(log: EpochLog) -> None:
        # Every epoch leaves a resumable run: its metrics line, the net and the optimisers' state.
        append_jsonl(out / METRICS_FILE, log.__dict__)
        save_checkpoint(out / LAST_FILE, net, meta_for(log.epoch, {"test": log.test}))
        tensors, _ = trainer.state_tensors()
        save_tensors(out / STATE_FILE, tensors, {"epoch": str(log.epoch)})

    trainer.fit(start_epoch, on_epoch, progress=settings.progress)
    logs = [json.loads(line) for line in (out / METRICS_FILE).read_text().splitlines() if line.strip()]
    final = evaluate(net, test, cost_model, trainer.gating)
    best = max((log["test"]["top1"] for log in logs), default=final.top1)
    train_seconds = time.perf_counter() - begin
    metrics = {"test": final.to_dict(), "best_test_top1": best, "train_seconds": train_seconds}
    path = save_checkpoint(out, net.cpu(), meta_for(loop_settings.epochs - 1, metrics))
    plot_training_curves(logs, out / "curves.png", f"{arch.name} {settings.method} on {data_spec.uri}")
    plot_keep_ratios(final.keep_ratio, f"{arch.name} {settings.method}: per-unit keep ratio", out / "keep_ratios.png")
    return TrainRunResult(checkpoint=path, method=settings.method, arch=arch.name, data=data_spec.uri,
                          epochs=loop_settings.epochs, r=ftwt.r if ftwt else None, test=final,
                          best_test_top1=best, train_seconds=train_seconds)


def prepare_run_dir(out: Path, resume: bool, force: bool) -> None:
    """Check that `out` may take this run (resumable, or free, or --force) and clear a forced one's metrics."""
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


# ----------------------------------------------------------------- estimate


@dataclass(frozen=True)
class EstimateSettings:
    checkpoint: str  # a dense baseline: run directory or .safetensors
    r: tuple[float, ...] = (0.9,)  # thresholds; several give a curve
    compare: tuple[str, ...] = ()  # trained FTWT checkpoints to set beside the curve
    plot: Path | None = None  # None: CHECKPOINT_DIR/estimate.png
    host: Host = Host()


@dataclass(frozen=True)
class OraclePoint:
    """The dense net under oracle masks at one r: what FTWT trained at that r should approach."""

    r: float
    top1: float
    reduction: dict[str, float]  # mode -> 1 - executed / dense
    flops_executed: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TrainedPoint:
    """A trained FTWT checkpoint (predicted masks) on the same test split."""

    checkpoint: str
    r: float
    top1: float
    reduction: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EstimateResult:
    checkpoint: str
    kind: str  # the checkpoint's kind: "dense", or "ftwt" (then its backbone was used)
    dense_top1: float
    flops_dense: dict[str, float]
    points: tuple[OraclePoint, ...]  # by increasing r
    trained: tuple[TrainedPoint, ...]
    plot: Path

    def to_dict(self) -> dict[str, Any]:
        return {"checkpoint": self.checkpoint, "dense_top1": self.dense_top1, "flops_dense": self.flops_dense,
                "points": [p.to_dict() for p in self.points], "trained": [t.to_dict() for t in self.trained],
                "plot": str(self.plot)}


def estimate_reduction(settings: EstimateSettings) -> EstimateResult:
    """Oracle masks of the dense net at each r: the FLOPs FTWT should reach; plotted with any trained runs."""
    net, meta, test, cost_model = _loaded(settings.checkpoint, settings.host)
    if meta.kind != "dense":
        # On stderr as soon as it is known, so that it precedes any error that follows.
        print(f"note: {settings.checkpoint} is an FTWT checkpoint; estimating from its backbone", file=sys.stderr)
    points = []
    for r in sorted(set(settings.r)):
        result = evaluate(net, test, cost_model, GateMode.ORACLE, r=r)
        points.append(OraclePoint(r=r, top1=result.top1, reduction=result.reduction,
                                  flops_executed=result.flops_executed))
    dense = evaluate(net, test, cost_model, GateMode.DENSE)
    trained = []
    for other in settings.compare:
        other_net, other_meta = load_checkpoint(other)
        if other_meta.ftwt is None:
            raise UserError(f"--compare {other}: not an FTWT checkpoint")
        res = evaluate(other_net.to(test.images.device), test, cost_model, GateMode.PREDICTED)
        trained.append(TrainedPoint(checkpoint=other, r=other_meta.ftwt.r, top1=res.top1, reduction=res.reduction))
    plot_path = settings.plot or resolve_checkpoint(settings.checkpoint).parent / "estimate.png"
    plot_accuracy_vs_reduction([p.to_dict() for p in points], plot_path,
                               f"{meta.arch.name} on {meta.data.uri}: oracle masks by r", dense.top1,
                               [t.to_dict() for t in trained])
    return EstimateResult(checkpoint=settings.checkpoint, kind=meta.kind, dense_top1=dense.top1,
                          flops_dense=dense.flops_dense, points=tuple(points), trained=tuple(trained), plot=plot_path)


# ----------------------------------------------------------------- evaluate


@dataclass(frozen=True)
class EvaluateSettings:
    checkpoint: str  # run directory or .safetensors
    gating: Literal["auto", "dense", "predicted", "oracle"] = "auto"  # auto: predicted for FTWT, dense otherwise
    r: float | None = None  # threshold, for oracle gating
    plot: Path | None = None  # None: CHECKPOINT_DIR/keep_ratios.png
    host: Host = Host()


@dataclass(frozen=True)
class EvaluateResult:
    checkpoint: str
    arch: str
    kind: str  # "dense" or "ftwt"
    evaluation: Evaluation  # its gating is the one used (auto resolved)
    plot: Path

    def to_dict(self) -> dict[str, Any]:
        return {"checkpoint": self.checkpoint, "arch": self.arch, "kind": self.kind, **self.evaluation.to_dict(),
                "plot": str(self.plot)}


def evaluate_checkpoint(settings: EvaluateSettings) -> EvaluateResult:
    """Top-1, executed FLOPs and per-unit keep ratios on the checkpoint's own test split; plots the ratios."""
    net, meta, test, cost_model = _loaded(settings.checkpoint, settings.host)
    gating = settings.gating
    if gating == "auto":
        gating = "predicted" if meta.kind == "ftwt" else "dense"
    if gating == "oracle" and settings.r is None:
        raise UserError("--gating oracle needs --r")
    if gating == "predicted" and meta.kind != "ftwt":
        raise UserError(f"{settings.checkpoint} is a dense checkpoint: its predictors are untrained; "
                        "use --gating dense or oracle")
    result = evaluate(net, test, cost_model, gating, r=settings.r)
    plot_path = settings.plot or resolve_checkpoint(settings.checkpoint).parent / "keep_ratios.png"
    plot_keep_ratios(result.keep_ratio, f"{meta.arch.name} ({gating} masks): per-unit keep ratio", plot_path)
    return EvaluateResult(checkpoint=settings.checkpoint, arch=meta.arch.name, kind=meta.kind, evaluation=result,
                          plot=plot_path)


# ----------------------------------------------------------------- helpers


def _device(choice: str) -> torch.device:
    if choice == "cuda" and not torch.cuda.is_available():
        raise UserError("--device cuda asked for, but torch sees no CUDA device")
    if choice == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(choice)


def _setup(host: Host) -> torch.device:
    if host.threads:
        torch.set_num_threads(host.threads)
    return _device(host.device)


def _loaded(checkpoint: str, host: Host) -> tuple[GatedNet, CheckpointMeta, TensorSplit, CostModel]:
    """The checkpoint's net on the device, its metadata, its test split and its cost model."""
    device = _setup(host)
    net, meta = load_checkpoint(checkpoint)
    dataset = load_dataset(meta.data.uri, allow_pickle=host.allow_pickle, seed=meta.data.seed,
                           test_fraction=meta.data.test_fraction)
    if (dataset.channels, *dataset.image_size) != tuple(meta.input_shape):
        raise UserError(f"data {meta.data.uri} gives {(dataset.channels, *dataset.image_size)} images, "
                        f"checkpoint expects {tuple(meta.input_shape)}")
    cost_model = trace_cost_model(net, tuple(meta.input_shape))
    test = TensorSplit.from_split(dataset.test, meta.mean, meta.std, device)
    return net.to(device), meta, test, cost_model
