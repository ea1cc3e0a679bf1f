"""PNG figures for what people would rather look at than read."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from dynaprune.figures import pyplot, save_png

plt = pyplot()


def plot_keep_ratios(keep_ratio: dict[str, float], title: str, path: Path) -> Path:
    names = list(keep_ratio)
    fig, ax = plt.subplots(figsize=(max(6, 0.18 * len(names) + 2), 3.6))
    ax.bar(range(len(names)), [keep_ratio[n] for n in names], color="#3b7dd8")
    ax.set_xticks(range(len(names)))
    ax.set_xticklabels(names, rotation=90, fontsize=6)
    ax.set_ylim(0, 1.02)
    ax.set_ylabel("mean kept / channels")
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)
    return save_png(fig, path)


def plot_accuracy_vs_reduction(
    points: Sequence[dict], path: Path, title: str, baseline_top1: float | None = None,
    trained: Sequence[dict] = (),
) -> Path:
    """points: dicts with r, top1, reduction{paper, honest} (oracle masks)."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    for mode, style in (("honest", "o-"), ("paper", "s--")):
        xs = [100 * p["reduction"][mode] for p in points]
        ys = [100 * p["top1"] for p in points]
        ax.plot(xs, ys, style, label=f"oracle masks ({mode} FLOPs)")
        if mode == "honest":
            for p, x, y in zip(points, xs, ys):
                ax.annotate(f"r={p['r']:g}", (x, y), textcoords="offset points", xytext=(4, 4), fontsize=7)
    for t in trained:
        ax.plot(100 * t["reduction"]["honest"], 100 * t["top1"], "*", markersize=12,
                label=f"FTWT trained, r={t['r']:g} (honest)")
    if baseline_top1 is not None:
        ax.axhline(100 * baseline_top1, color="grey", linestyle=":", label="dense baseline")
    ax.set_xlabel("FLOPs reduction (%)")
    ax.set_ylabel("top-1 (%)")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return save_png(fig, path)


def plot_training_curves(logs: Sequence[dict], path: Path, title: str) -> Path:
    epochs = [log["epoch"] + 1 for log in logs]
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    ax.plot(epochs, [100 * log["test"]["top1"] for log in logs], label="test top-1 (%)")
    ax.plot(epochs, [100 * log["train_top1"] for log in logs], label="train top-1 (%)", alpha=0.6)
    if any(log["test"]["gating"] != "dense" for log in logs):
        ax.plot(epochs, [100 * log["test"]["reduction"]["honest"] for log in logs], label="honest FLOPs reduction (%)")
    ax.set_xlabel("epoch")
    ax.set_ylim(0, 101)
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return save_png(fig, path)
