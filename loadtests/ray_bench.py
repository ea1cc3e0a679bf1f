"""`dynaprune ray-bench`: the same model served plainly and on a loopback Ray cluster, in one run.

Three figures of the Ray Serve path (`dynaprune serve --ray`, server/ray_serve.py), each against
the plain server as shipped (`dynaprune serve`, one uvicorn process):

1. requests/s at --concurrency connections with 1 and with 2 replicas. The cluster is a head plus
   one extra node on 127.0.0.1 (loadtests/ray_cluster.py), one replica per node. On a machine
   with few cores the replicas share them, so 2 replicas are not expected to beat 1: scaling out
   adds machines, and here there is only one.
2. the overhead of the Ray path per request: p50 latency at concurrency 1, Ray (1 replica) minus
   plain. A request crosses Serve's proxy, its router and the replica's actor call.
3. a node killed under load (2 replicas, the extra node SIGKILLed with its process tree): every
   request's outcome, counted as answered before the kill, in flight at the kill, or sent after
   it; 200 / 4xx / 5xx / transport error / timeout, the error texts, and when the last failure
   was answered (loadtests/fault_load.py).

Also the cost of one replica (resident memory and threads, from /proc) and the CPU used by the
server side (the plain process, or every process of the cluster) and by the client (the light
aiohttp closed-loop client of `dynaprune saturation`, in this process). Requests are binary Open
Inference Protocol v2 with one digits image each. Every server gets the same settings
(--threads intra-op threads, the default admission limits), so one replica can keep two cores
busy on its own (max_inflight 2).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

from dynaprune.argtypes import non_negative_float, positive_float, positive_int
from dynaprune.errors import UserError
from dynaprune.loadtests.bench import resolve_entry, start_server, stop_server
from dynaprune.loadtests.closed_loop import LoopResult, Request, binary_infer_requests, closed_loop
from dynaprune.loadtests.fault_load import PHASES, FaultRun, load_across_fault
from dynaprune.loadtests.process_stats import cpu_seconds, sample_process

DESCRIPTION = __doc__.split("\n\n", 1)[1] if __doc__ else ""
KILLED_NODE = "worker0"


@dataclass(frozen=True)
class RayBenchSettings:
    entry: Path
    concurrency: int = 8
    duration_s: float = 10.0
    warmup_s: float = 2.0
    kill_at_s: float = 4.0
    kill_duration_s: float = 16.0
    request_timeout_s: float = 20.0
    threads: int = 1
    images: int = 32


@dataclass(frozen=True)
class Cell:
    server: str  # "plain", "ray x1", "ray x2"
    concurrency: int
    requests: int
    ok: int
    non_200: dict[str, int]
    requests_per_s: float
    p50_ms: float | None
    p99_ms: float | None
    server_cpu_cores: float | None
    client_cpu_cores: float


def one_entry_repo(entry: Path) -> Path:
    """A repository holding only `entry` (a symlink), as `dynaprune saturation` serves it."""
    repo = Path(tempfile.mkdtemp(prefix="dynaprune-ray-bench-repo-"))
    (repo / entry.parent.name).mkdir()
    os.symlink(entry.resolve(), repo / entry.parent.name / entry.name)
    return repo


def measure(label: str, request: Request, concurrency: int, settings: RayBenchSettings, server_pids: list[int]) -> Cell:
    """One closed-loop cell; the server's cores are its CPU seconds over the whole call's wall time."""
    before, cpu_start = time.perf_counter(), cpu_seconds(server_pids)
    loop: LoopResult = closed_loop(request, concurrency, duration_s=settings.duration_s, warmup_s=settings.warmup_s)
    elapsed, cpu_end = time.perf_counter() - before, cpu_seconds(server_pids)
    known = cpu_start is not None and cpu_end is not None and elapsed > 0
    return Cell(server=label, concurrency=concurrency, requests=loop.requests, ok=loop.ok,
                non_200={str(k): int(v) for k, v in loop.statuses.items() if k != 200},
                requests_per_s=loop.requests_per_s, p50_ms=loop.percentile_ms(50), p99_ms=loop.percentile_ms(99),
                server_cpu_cores=(cpu_end - cpu_start) / elapsed if known else None,  # type: ignore[operator]
                client_cpu_cores=loop.client_cpu_s / loop.wall_s)


def process_name(pid: int) -> str:
    """What a process of the cluster is: Ray's title (`ray::ServeReplica:...`), or its program or script."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    words = [a.decode(errors="replace") for a in argv if a]
    if not words:
        return "?"
    first = words[0].split()[0]
    if first.startswith("ray::"):
        return first.split(":")[0] + "::" + first.split("::", 1)[1].split(":")[0]
    scripts = [Path(w).name for w in words[1:] if w.endswith(".py")]
    return scripts[0] if Path(first).name.startswith("python") and scripts else Path(first).name


def cluster_cost(pids: list[int]) -> dict[str, dict[str, float]]:
    """Resident memory and threads of the cluster's processes, summed by what they are."""
    cost: dict[str, dict[str, float]] = {}
    for pid in pids:
        try:
            sample = sample_process(pid)
        except UserError:  # gone meanwhile
            continue
        entry = cost.setdefault(process_name(pid), {"processes": 0, "rss_mb": 0.0, "threads": 0})
        entry["processes"] += 1
        entry["rss_mb"] += sample.rss_bytes / 2**20
        entry["threads"] += sample.threads
    return dict(sorted(cost.items()))


def kill_summary(run: FaultRun) -> dict[str, Any]:
    return {
        "concurrency": run.concurrency, "kill_at_s": run.fault_s, "kill_took_s": run.fault_took_s,
        "requests": len(run.outcomes), "counts": run.counts(),
        "by_phase": {phase: run.counts(phase) for phase in PHASES},
        "last_failure_after_kill_s": run.last_failure_s(), "errors": run.errors(),
        "replicas_before": sorted(run.replicas("before")), "replicas_after": sorted(run.replicas("after")),
        "client_cpu_cores": run.client_cpu_s / run.wall_s if run.wall_s else None,
        "timeline": [[round(o.sent_s, 4), round(o.done_s, 4), o.kind] for o in run.outcomes],
    }


CellRunner = Callable[[str, Request, int, list[int]], None]


def plain_phase(settings: RayBenchSettings, cell: CellRunner) -> dict[str, float]:
    """The plain server at concurrency 1 and N; its resident memory and threads after."""
    proc, url, plain_repo = start_server(settings.entry, settings.threads)
    try:
        request = binary_infer_requests(url, settings.entry, settings.images)
        for concurrency in (1, settings.concurrency):
            cell("plain", request, concurrency, [proc.pid])
        sample = sample_process(proc.pid)
    finally:
        stop_server(proc, plain_repo)
    return {"rss_mb": sample.rss_bytes / 2**20, "threads": sample.threads}


def ray_phase(settings: RayBenchSettings, cell: CellRunner, progress: Callable[[str], None]) -> dict[str, Any]:
    """On one loopback cluster: 1 replica (concurrency 1 and N), then 2 replicas (N), then the kill."""
    from dynaprune.loadtests.ray_cluster import LoopbackCluster, RayServer

    env = {"DYNAPRUNE_INTRA_OP_THREADS": str(settings.threads), "DYNAPRUNE_LOG_LEVEL": "warning"}
    repo = one_entry_repo(settings.entry)
    out: dict[str, Any] = {"replica_cost": []}
    try:
        progress("loopback Ray cluster: head + 1 node")
        with LoopbackCluster(workers=1, cpus_per_node=1) as cluster:
            for replicas in (1, 2):
                progress(f"dynaprune serve --ray --replicas {replicas}")
                started = time.perf_counter()
                with RayServer(cluster, repo, replicas=replicas, env=env) as server:
                    ready_s = time.perf_counter() - started
                    progress(f"  ready in {ready_s:.1f} s")
                    request = binary_infer_requests(server.url, settings.entry, settings.images)
                    pids = cluster.pids() + server.pids()  # the driver (`dynaprune serve --ray`) counts too
                    for concurrency in (1, settings.concurrency) if replicas == 1 else (settings.concurrency,):
                        cell(f"ray x{replicas}", request, concurrency, pids)
                    for node in cluster.nodes:
                        for pid in cluster.replica_pids(node.name):
                            sample = sample_process(pid)
                            out["replica_cost"].append({"replicas": replicas, "node": node.name, "ready_s": ready_s,
                                                        "rss_mb": sample.rss_bytes / 2**20, "threads": sample.threads})
                    if replicas == 2:
                        out["cluster_processes"] = cluster_cost(pids)
                        progress(f"killing {KILLED_NODE} under load ({settings.concurrency} connections)")
                        run = load_across_fault(request, settings.concurrency, lambda: cluster.kill_node(KILLED_NODE),
                                                fault_at_s=settings.kill_at_s, duration_s=settings.kill_duration_s,
                                                timeout_s=settings.request_timeout_s)
                        out["kill"] = kill_summary(run)
                        progress(f"  {out['kill']['counts']}")
    finally:
        shutil.rmtree(repo, ignore_errors=True)
    return out


def run_ray_bench(settings: RayBenchSettings, progress: Callable[[str], None]) -> dict[str, Any]:
    cells: list[Cell] = []

    def cell(label: str, request: Request, concurrency: int, pids: list[int]) -> None:
        progress(f"{label}: concurrency {concurrency}, {settings.warmup_s:g} s warm-up + {settings.duration_s:g} s")
        cells.append(measure(label, request, concurrency, settings, pids))
        c = cells[-1]
        progress(f"  {c.requests_per_s:8.1f} req/s  p50 {c.p50_ms or float('nan'):7.2f} ms  non-200 {sum(c.non_200.values())}")

    load_before = os.getloadavg()
    progress("plain server (dynaprune serve)")
    plain = plain_phase(settings, cell)
    ray = ray_phase(settings, cell, progress)
    by = {(c.server, c.concurrency): c for c in cells}
    plain1, ray1 = by[("plain", 1)].p50_ms, by[("ray x1", 1)].p50_ms
    one, two = by[("ray x1", settings.concurrency)], by[("ray x2", settings.concurrency)]
    return {
        "settings": {**asdict(settings), "entry": str(settings.entry)},
        "machine": {"cpus": os.cpu_count(), "loadavg_1m_before": load_before[0], "loadavg_1m_after": os.getloadavg()[0]},
        "cells": [asdict(c) for c in cells],
        "ray_overhead_p50_ms": ray1 - plain1 if ray1 is not None and plain1 is not None else None,
        "replicas_2_over_1": two.requests_per_s / one.requests_per_s if one.requests_per_s else None,
        "plain_process": plain,
        **ray,
    }


def table(result: dict[str, Any]) -> str:
    lines = [f"{'server':<8} {'conc':>4} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'non-200':>7} "
             f"{'server cores':>12} {'client cores':>12}"]
    for c in result["cells"]:
        server = "-" if c["server_cpu_cores"] is None else f"{c['server_cpu_cores']:.2f}"
        lines.append(f"{c['server']:<8} {c['concurrency']:>4} {c['requests_per_s']:>8.1f} "
                     f"{c['p50_ms'] or float('nan'):>8.2f} {c['p99_ms'] or float('nan'):>8.2f} "
                     f"{sum(c['non_200'].values()):>7} {server:>12} {c['client_cpu_cores']:>12.2f}")
    overhead, ratio = result["ray_overhead_p50_ms"], result["replicas_2_over_1"]
    lines.append(f"Ray path overhead at concurrency 1 (p50, Ray x1 - plain): "
                 f"{'-' if overhead is None else f'{overhead:+.2f} ms'}")
    lines.append(f"2 replicas / 1 replica requests/s: {'-' if ratio is None else f'{ratio:.2f}x'}")
    machine, plain = result["machine"], result["plain_process"]
    lines.append(f"machine: {machine['cpus']} CPUs, 1-min load average {machine['loadavg_1m_before']:.2f} before, "
                 f"{machine['loadavg_1m_after']:.2f} after (anything above the bench's own use is other work)")
    lines.append(f"plain server process: {plain['rss_mb']:.0f} MB RSS, {plain['threads']} threads")
    for cost in result["replica_cost"]:
        lines.append(f"replica ({cost['replicas']} deployed, on {cost['node']}): {cost['rss_mb']:.0f} MB RSS, "
                     f"{cost['threads']} threads")
    processes = result["cluster_processes"]
    lines.append(f"Ray cluster with 2 replicas, every process (driver included): "
                 f"{sum(p['rss_mb'] for p in processes.values()):.0f} MB RSS, "
                 f"{sum(p['threads'] for p in processes.values()):.0f} threads:")
    for name, cost in processes.items():
        lines.append(f"  {name:<28} x{cost['processes']:<2.0f} {cost['rss_mb']:7.0f} MB {cost['threads']:5.0f} threads")
    kill = result["kill"]
    lines.append(f"node kill under load ({kill['concurrency']} connections), {kill['requests']} requests:")
    for phase, counts in kill["by_phase"].items():
        lines.append(f"  {phase:<9} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    last = kill["last_failure_after_kill_s"]
    lines.append(f"  last non-200 answered {'-' if last is None else f'{last:.2f} s'} after the kill; "
                 f"replicas serving before {len(kill['replicas_before'])}, after {len(kill['replicas_after'])}")
    for text in kill["errors"]:
        lines.append(f"  error seen: {text[:150]}")
    return "\n".join(lines)


def plot(result: dict[str, Any], path: Path) -> None:
    from dynaprune.figures import pyplot, save_png

    plt = pyplot()
    fig, (ax_rps, ax_kill) = plt.subplots(1, 2, figsize=(11, 4.2))
    cells = result["cells"]
    labels = [f"{c['server']}\nconc {c['concurrency']}" for c in cells]
    ax_rps.bar(range(len(cells)), [c["requests_per_s"] for c in cells], color="#4c72b0")
    ax_rps.set_xticks(range(len(cells)), labels, fontsize=8)
    ax_rps.set_ylabel("requests/s (200 only)")
    ax_rps.set_title("plain server vs Ray Serve, 1 and 2 replicas", fontsize=9)
    colours = {"ok": "#55a868", "4xx": "#dd8452", "5xx": "#c44e52", "transport": "#8172b3", "timeout": "black"}
    for kind, colour in colours.items():
        points = [(sent, (done - sent) * 1e3) for sent, done, k in result["kill"]["timeline"] if k == kind]
        if points:
            ax_kill.scatter(*zip(*points), s=6, color=colour, label=f"{kind} ({len(points)})")
    ax_kill.axvline(0.0, color="grey", linestyle="--", linewidth=1)
    ax_kill.set_xlabel("request sent, seconds from the node kill")
    ax_kill.set_ylabel("latency (ms)")
    ax_kill.set_yscale("log")
    ax_kill.set_title("2 replicas, one node SIGKILLed under load", fontsize=9)
    ax_kill.legend(fontsize=8)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_png(fig, path)


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = subparsers.add_parser(name, help=help_text, description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model", metavar="MODEL_DIR", help="the entry to serve, REPO/NAME/VERSION")
    p.add_argument("--concurrency", type=positive_int, default=8, help="connections of the throughput cells and the kill (default 8)")
    p.add_argument("--duration", type=positive_float, default=10.0, help="measured seconds per cell (default 10)")
    p.add_argument("--warmup", type=non_negative_float, default=2.0, help="unmeasured seconds first (default 2)")
    p.add_argument("--kill-at", type=positive_float, default=4.0, help="seconds of load before the kill (default 4)")
    p.add_argument("--kill-duration", type=positive_float, default=16.0, help="seconds of load in the kill run (default 16)")
    p.add_argument("--request-timeout", type=positive_float, default=20.0, help="deadline of every request (default 20)")
    p.add_argument("--threads", type=positive_int, default=1, help="intra-op threads of every server (default 1)")
    p.add_argument("--images", type=positive_int, default=32, help="distinct digits inputs cycled (default 32)")
    p.add_argument("--out", metavar="JSON", default=None, help="also write the result here")
    p.add_argument("--plot", metavar="PNG", default=None, help="requests/s per cell and the kill's timeline")
    p.add_argument("--json", action="store_true", help="print the result as JSON instead of the table")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    if args.kill_at >= args.kill_duration:
        raise UserError(f"--kill-at ({args.kill_at:g}) must be less than --kill-duration ({args.kill_duration:g})")
    try:
        import ray  # noqa: F401 - only to fail early and clearly; the cluster runs the `ray` command
    except ImportError:
        raise UserError("ray-bench needs Ray Serve: pip install 'dynaprune[ray]'") from None
    settings = RayBenchSettings(entry=resolve_entry(args.model), concurrency=args.concurrency, duration_s=args.duration,
                                warmup_s=args.warmup, kill_at_s=args.kill_at, kill_duration_s=args.kill_duration,
                                request_timeout_s=args.request_timeout, threads=args.threads, images=args.images)
    result = run_ray_bench(settings, lambda text: print(f"[ray-bench] {text}", file=sys.stderr, flush=True))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    if args.plot:
        plot(result, Path(args.plot))
    print(json.dumps(result) if args.json else table(result))
    return 0
