"""`dynaprune saturation`: requests/s and latency of served models at several concurrencies, in one run.

For each model entry (typically the dense baseline of a checkpoint and its FTWT model) and each
batching setting (off, and on with --max-batch-size / --max-queue-delay-ms), a `dynaprune serve`
process serves that entry alone on loopback; a light closed-loop client (loadtests/closed_loop.py,
aiohttp on one event loop) sends binary Open Inference Protocol requests built from real digits
images at each concurrency, after a warm-up. Per cell: requests/s, p50/p99 latency, non-200
answers, and the CPU the server and the client used (cores = CPU seconds / wall seconds), because
on a 2-core machine the client's share is part of the result. Ratios between cells of one run are
what to compare; absolute figures move with the machine.

The server's batching settings reach it as DYNAPRUNE_MAX_BATCH_SIZE / DYNAPRUNE_MAX_QUEUE_DELAY_MS.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from dynaprune.argtypes import non_negative_float, positive_float, positive_int
from dynaprune.errors import UserError
from dynaprune.loadtests.bench import resolve_entry, start_server, stop_server
from dynaprune.loadtests.closed_loop import LoopResult, binary_infer_requests, closed_loop
from dynaprune.loadtests.process_stats import cpu_seconds

DESCRIPTION = __doc__.split("\n\n", 1)[1] if __doc__ else ""


@dataclass(frozen=True)
class Batching:
    label: str  # "off" or "on"
    max_batch_size: int
    max_queue_delay_ms: float

    def env(self) -> dict[str, str]:
        return {"DYNAPRUNE_MAX_BATCH_SIZE": str(self.max_batch_size),
                "DYNAPRUNE_MAX_QUEUE_DELAY_MS": f"{self.max_queue_delay_ms:g}"}


@dataclass(frozen=True)
class SaturationSettings:
    entries: tuple[tuple[str, Path], ...]  # (label, REPO/NAME/VERSION)
    concurrency: tuple[int, ...] = (1, 8, 32)
    batching: tuple[Batching, ...] = (Batching("off", 1, 0.0), Batching("on", 8, 2.0))
    duration_s: float = 10.0
    warmup_s: float = 2.0
    threads: int = 2  # the server's intra-op / engine threads
    images: int = 64  # distinct inputs cycled through (their sub-networks differ)


@dataclass(frozen=True)
class Cell:
    model: str
    batching: str
    concurrency: int
    requests: int
    ok: int
    non_200: dict[str, int]
    requests_per_s: float
    p50_ms: float | None
    p99_ms: float | None
    server_cpu_cores: float | None
    client_cpu_cores: float


def _cell(label: str, batching: Batching, loop: LoopResult, server_cpu_s: float | None) -> Cell:
    non_200 = {str(k): int(v) for k, v in loop.statuses.items() if k != 200}
    return Cell(
        model=label, batching=batching.label, concurrency=loop.concurrency, requests=loop.requests, ok=loop.ok,
        non_200=non_200, requests_per_s=loop.requests_per_s, p50_ms=loop.percentile_ms(50),
        p99_ms=loop.percentile_ms(99),
        server_cpu_cores=None if server_cpu_s is None else server_cpu_s / loop.wall_s,
        client_cpu_cores=loop.client_cpu_s / loop.wall_s,
    )


def run_saturation(settings: SaturationSettings, progress: Callable[[str], None]) -> list[Cell]:
    """Every (entry, batching, concurrency) cell, one server per (entry, batching)."""
    cells: list[Cell] = []
    for label, entry in settings.entries:
        for batching in settings.batching:
            proc, url, repo = start_server(entry, settings.threads, env=batching.env())
            try:
                request = binary_infer_requests(url, entry, settings.images)
                for concurrency in settings.concurrency:
                    progress(f"{label}, batching {batching.label}: concurrency {concurrency}, "
                             f"{settings.warmup_s:g} s warm-up + {settings.duration_s:g} s")
                    before = time.perf_counter()
                    cpu_start = cpu_seconds([proc.pid])
                    # the server's CPU is read around the whole call; the warm-up's share is removed below
                    loop = closed_loop(request, concurrency, duration_s=settings.duration_s,
                                       warmup_s=settings.warmup_s)
                    cpu_end = cpu_seconds([proc.pid])
                    elapsed = time.perf_counter() - before
                    server_cpu = None
                    if cpu_start is not None and cpu_end is not None and elapsed > 0:
                        server_cpu = (cpu_end - cpu_start) * settings.duration_s / elapsed
                    cells.append(_cell(label, batching, loop, server_cpu))
                    c = cells[-1]
                    progress(f"  {c.requests_per_s:8.1f} req/s  p50 {c.p50_ms or float('nan'):7.2f} ms  "
                             f"p99 {c.p99_ms or float('nan'):7.2f} ms  non-200 {sum(c.non_200.values())}")
            finally:
                stop_server(proc, repo)
    return cells


# --------------------------------------------------------------------------- report


def table(cells: list[Cell]) -> str:
    lines = [f"{'model':<16} {'batching':<8} {'conc':>4} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
             f"{'non-200':>7} {'server cores':>12} {'client cores':>12}"]
    for c in cells:
        server = "-" if c.server_cpu_cores is None else f"{c.server_cpu_cores:.2f}"
        lines.append(f"{c.model:<16} {c.batching:<8} {c.concurrency:>4} {c.requests_per_s:>9.1f} "
                     f"{c.p50_ms or float('nan'):>8.2f} {c.p99_ms or float('nan'):>8.2f} "
                     f"{sum(c.non_200.values()):>7} {server:>12} {c.client_cpu_cores:>12.2f}")
    return "\n".join(lines)


def plot(cells: list[Cell], path: Path, title: str) -> None:
    from dynaprune.figures import pyplot, save_png

    plt = pyplot()

    series = sorted({(c.model, c.batching) for c in cells})
    levels = sorted({c.concurrency for c in cells})
    fig, (ax_rps, ax_lat) = plt.subplots(1, 2, figsize=(11, 4.2))
    width = 0.8 / max(1, len(series))
    for i, (model, batching) in enumerate(series):
        mine = {c.concurrency: c for c in cells if (c.model, c.batching) == (model, batching)}
        xs = [j + (i - (len(series) - 1) / 2) * width for j in range(len(levels))]
        ax_rps.bar(xs, [mine[level].requests_per_s if level in mine else 0 for level in levels], width,
                   label=f"{model}, batching {batching}")
        ax_lat.plot(levels, [mine[level].p50_ms if level in mine else None for level in levels], marker="o",
                    label=f"{model}, {batching}: p50")
        ax_lat.plot(levels, [mine[level].p99_ms if level in mine else None for level in levels], marker="x",
                    linestyle="--", label=f"{model}, {batching}: p99")
    ax_rps.set_xticks(range(len(levels)), [str(level) for level in levels])
    ax_rps.set_xlabel("concurrent connections")
    ax_rps.set_ylabel("requests/s (200 only)")
    ax_rps.legend(fontsize=8)
    ax_lat.set_xscale("log", base=2)
    ax_lat.set_xlabel("concurrent connections")
    ax_lat.set_ylabel("latency (ms)")
    ax_lat.legend(fontsize=7)
    fig.suptitle(title)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_png(fig, path)


# --------------------------------------------------------------------------- command


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = subparsers.add_parser(name, help=help_text, description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("entries", nargs="+", metavar="LABEL=MODEL_DIR",
                   help="entries to serve, e.g. dense=REPO/vgg-dense/1 dynamic=REPO/vgg-ftwt/1")
    p.add_argument("--concurrency", type=positive_int, nargs="+", default=[1, 8, 32])
    p.add_argument("--duration", type=positive_float, default=10.0, help="measured seconds per cell (default 10)")
    p.add_argument("--warmup", type=non_negative_float, default=2.0, help="unmeasured seconds first (default 2)")
    p.add_argument("--max-batch-size", type=positive_int, default=8, help="batching on: images per engine call")
    p.add_argument("--max-queue-delay-ms", type=non_negative_float, default=2.0, help="batching on: gathering delay")
    p.add_argument("--batching", choices=["off", "on", "both"], default="both")
    p.add_argument("--threads", type=positive_int, default=2, help="server threads (default 2)")
    p.add_argument("--images", type=positive_int, default=64, help="distinct digits inputs cycled (default 64)")
    p.add_argument("--json", action="store_true", help="print the cells as one JSON object on stdout")
    p.add_argument("--plot", metavar="PNG", default=None, help="write requests/s and p50/p99 per cell")
    p.set_defaults(func=run)
    return p


def _entries(pairs: list[str]) -> tuple[tuple[str, Path], ...]:
    out = []
    for pair in pairs:
        label, sep, path = pair.partition("=")
        if not sep or not label or not path:
            raise UserError(f"entries are LABEL=MODEL_DIR, got {pair!r}")
        out.append((label, resolve_entry(path)))
    return tuple(out)


def run(args: argparse.Namespace) -> int:
    batching = {"off": (Batching("off", 1, 0.0),),
                "on": (Batching("on", args.max_batch_size, args.max_queue_delay_ms),)}
    batching["both"] = batching["off"] + batching["on"]
    settings = SaturationSettings(entries=_entries(args.entries), concurrency=tuple(args.concurrency),
                                  batching=batching[args.batching], duration_s=args.duration, warmup_s=args.warmup,
                                  threads=args.threads, images=args.images)
    cells = run_saturation(settings, lambda text: print(f"[saturation] {text}", file=sys.stderr, flush=True))
    if args.plot:
        plot(cells, Path(args.plot), f"{', '.join(label for label, _ in settings.entries)}: closed loop, binary v2")
    if args.json:
        print(json.dumps({"settings": {**asdict(settings), "entries": [[k, str(v)] for k, v in settings.entries]},
                          "machine": {"cpus": os.cpu_count()}, "cells": [asdict(c) for c in cells]}))
    else:
        print(table(cells))
    return 0
