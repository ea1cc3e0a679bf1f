"""Dense baseline and FTWT training loops.

Both share one epoch loop; FTWT differs in its gating, its second optimiser
(predictors, constant lr) and the mask loss that is switched off after the
cool-down fraction. Learning rates are a pure function of the epoch, so a
resumed run continues exactly where it stopped.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Literal

import torch
import torch.nn.functional as F
from tqdm import tqdm

from dynaprune.models.flops import CostModel
from dynaprune.models.gating import GatedNet, GateMode, UnitRecord
from dynaprune.training.batches import Augment, TensorSplit
from dynaprune.training.evaluation import Evaluation, evaluate

PAPER_MILESTONES = (81 / 200, 122 / 200, 151 / 200)


@dataclass
class Schedule:
    """SGD settings of one optimiser; milestones are fractions of the run."""

    lr: float
    momentum: float = 0.9
    weight_decay: float = 5e-4
    milestones: tuple[float, ...] = PAPER_MILESTONES
    gamma: float = 0.1

    def lr_at(self, epoch: int, epochs: int) -> float:
        passed = sum(epoch >= math.floor(m * epochs) for m in self.milestones)
        return self.lr * self.gamma**passed

    def optimizer(self, params) -> torch.optim.SGD:
        return torch.optim.SGD(params, lr=self.lr, momentum=self.momentum, weight_decay=self.weight_decay)


@dataclass
class FtwtSettings:
    r: float
    mode: Literal["decoupled", "joint"] = "decoupled"
    mask_weight: float = 1.0  # lambda
    cooldown: float = 0.5  # fraction of epochs after which lambda = 0
    predictor: Schedule = field(default_factory=lambda: Schedule(lr=0.1, weight_decay=0.0, milestones=()))


@dataclass
class TrainSettings:
    epochs: int
    batch_size: int = 128
    backbone: Schedule = field(default_factory=lambda: Schedule(lr=0.1))
    ftwt: FtwtSettings | None = None
    seed: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


def mask_loss(records: list[UnitRecord]) -> torch.Tensor:
    """Mean over units of per-channel BCE (batch-averaged, summed over channels)."""
    losses = []
    for record in records:
        assert record.logits is not None and record.target is not None
        bce = F.binary_cross_entropy_with_logits(record.logits, record.target, reduction="none")
        losses.append(bce.mean(dim=0).sum())
    return torch.stack(losses).mean()


@dataclass
class EpochLog:
    epoch: int
    lr: float
    mask_weight: float
    train_loss: float
    train_ce: float
    train_mask_loss: float
    train_top1: float
    test: dict
    seconds: float


class Trainer:
    """Runs epochs and reports each one to `on_epoch` (checkpointing, logging)."""

    def __init__(
        self,
        net: GatedNet,
        train: TensorSplit,
        test: TensorSplit,
        cost_model: CostModel,
        settings: TrainSettings,
        augment: Augment,
    ) -> None:
        self.net, self.train, self.test = net, train, test
        self.cost_model, self.settings, self.augment = cost_model, settings, augment
        self.generator = torch.Generator().manual_seed(settings.seed)
        ftwt = settings.ftwt
        if ftwt is None:
            self.optimizers = [settings.backbone.optimizer(net.parameters())]
        else:
            self.optimizers = [
                settings.backbone.optimizer(list(net.backbone_parameters())),
                ftwt.predictor.optimizer(list(net.predictor_parameters())),
            ]
        self.schedules = [settings.backbone] + ([ftwt.predictor] if ftwt else [])

    @property
    def gating(self) -> GateMode:
        return GateMode.DENSE if self.settings.ftwt is None else GateMode.PREDICTED

    def mask_weight(self, epoch: int) -> float:
        ftwt = self.settings.ftwt
        if ftwt is None or epoch >= math.floor(ftwt.cooldown * self.settings.epochs):
            return 0.0
        return ftwt.mask_weight

    def run_epoch(self, epoch: int) -> EpochLog:
        start = time.perf_counter()
        settings, net = self.settings, self.net
        lrs = []
        for optimizer, schedule in zip(self.optimizers, self.schedules):
            lr = schedule.lr_at(epoch, settings.epochs)
            lrs.append(lr)
            for group in optimizer.param_groups:
                group["lr"] = lr
        weight = self.mask_weight(epoch)
        ftwt = settings.ftwt
        net.train()
        net.set_gating(self.gating, r=ftwt.r if ftwt else None, decoupled=(ftwt is None or ftwt.mode == "decoupled"),
                       want_targets=weight > 0)
        totals = {"loss": 0.0, "ce": 0.0, "mask": 0.0, "correct": 0.0, "n": 0}
        for images, labels in self.train.batches(settings.batch_size, self.generator):
            if self.augment.active:
                images = self.augment(images, self.generator)
            logits = net(images)
            ce = F.cross_entropy(logits, labels)
            loss = ce
            mask = torch.zeros(())
            if weight > 0:
                mask = mask_loss(net.records())
                loss = ce + weight * mask
            for optimizer in self.optimizers:
                optimizer.zero_grad(set_to_none=True)
            loss.backward()
            for optimizer in self.optimizers:
                optimizer.step()
            n = len(labels)
            totals["loss"] += float(loss.detach()) * n
            totals["ce"] += float(ce.detach()) * n
            totals["mask"] += float(mask.detach()) * n
            totals["correct"] += float((logits.argmax(1) == labels).sum())
            totals["n"] += n
        result = evaluate(net, self.test, self.cost_model, self.gating)
        n = totals["n"]
        return EpochLog(
            epoch=epoch,
            lr=lrs[0],
            mask_weight=weight,
            train_loss=totals["loss"] / n,
            train_ce=totals["ce"] / n,
            train_mask_loss=totals["mask"] / n,
            train_top1=totals["correct"] / n,
            test=result.to_dict(),
            seconds=time.perf_counter() - start,
        )

    def fit(self, start_epoch: int, on_epoch: Callable[[EpochLog], None], progress: bool = True) -> list[EpochLog]:
        logs = []
        bar = tqdm(range(start_epoch, self.settings.epochs), desc="ftwt" if self.settings.ftwt else "dense",
                   initial=start_epoch, total=self.settings.epochs, disable=not progress, unit="epoch")
        for epoch in bar:
            log = self.run_epoch(epoch)
            logs.append(log)
            postfix = {"loss": f"{log.train_loss:.3f}", "test_top1": f"{log.test['top1']:.4f}"}
            if self.settings.ftwt:
                postfix["honest_red"] = f"{log.test['reduction']['honest']:.3f}"
            bar.set_postfix(postfix)
            on_epoch(log)
        return logs

    # --- resume support: optimiser state as tensors + JSON, never pickle ---

    def state_tensors(self) -> tuple[dict[str, torch.Tensor], dict]:
        tensors: dict[str, torch.Tensor] = {}
        info: dict = {"optimizers": []}
        for index, optimizer in enumerate(self.optimizers):
            state = optimizer.state_dict()
            for param_id, param_state in state["state"].items():
                for key, value in param_state.items():
                    if isinstance(value, torch.Tensor):
                        tensors[f"opt{index}.{param_id}.{key}"] = value
            info["optimizers"].append(len(state["param_groups"]))
        tensors["generator_state"] = self.generator.get_state()
        return tensors, info

    def load_state_tensors(self, tensors: dict[str, torch.Tensor]) -> None:
        for index, optimizer in enumerate(self.optimizers):
            state = optimizer.state_dict()
            restored: dict = {}
            prefix = f"opt{index}."
            for key, value in tensors.items():
                if key.startswith(prefix):
                    param_id, name = key[len(prefix):].split(".", 1)
                    restored.setdefault(int(param_id), {})[name] = value
            state["state"] = restored
            optimizer.load_state_dict(state)
        if "generator_state" in tensors:
            self.generator.set_state(tensors["generator_state"])


def append_jsonl(path: Path, record: dict) -> None:
    with path.open("a") as handle:
        handle.write(json.dumps(record) + "\n")


__all__ = ["Trainer", "TrainSettings", "FtwtSettings", "Schedule", "EpochLog", "mask_loss", "Evaluation"]
