"""The load-test report: figures from the client's rows and the server's /metrics, as JSON, Markdown, PNG.

Latency percentiles are exact (numpy over every request), not Locust's
bucketed estimates. Client and server counts are reported side by side so a
reader can see that every request the client sent was counted by the server.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from dynaprune.loadtests.rows import RequestRow
from dynaprune.loadtests.target import MetricsSnapshot


def _ms(values: np.ndarray) -> dict[str, float | None]:
    if len(values) == 0:
        return {"p50": None, "p95": None, "p99": None, "mean": None, "max": None}
    p50, p95, p99 = np.percentile(values, [50, 95, 99])
    return {
        "p50": round(float(p50), 3),
        "p95": round(float(p95), 3),
        "p99": round(float(p99), 3),
        "mean": round(float(np.mean(values)), 3),
        "max": round(float(np.max(values)), 3),
    }


def _status_key(status: int) -> str:
    return "transport_error" if status == 0 else str(status)


def summarise(
    rows: Sequence[RequestRow],
    *,
    config: dict[str, Any],
    before: MetricsSnapshot,
    after: MetricsSnapshot,
    transport_errors: dict[str, int],
    wall_s: float,
) -> dict[str, Any]:
    """The report as one JSON-able dict (see docs/stack.md for the fields)."""
    n = len(rows)
    starts = np.array([r.start for r in rows], dtype=np.float64)
    ends = np.array([r.end for r in rows], dtype=np.float64)
    kinds = np.array([r.kind for r in rows], dtype=object)
    latency = np.array([r.latency_ms for r in rows], dtype=np.float64)
    status = np.array([r.status for r in rows], dtype=np.int64)
    skip = np.array([r.skip_ratio for r in rows], dtype=np.float64)
    dense = np.array([r.flops_dense for r in rows], dtype=np.float64)
    skipped = np.array([r.flops_skipped for r in rows], dtype=np.float64)

    span = float(ends.max() - starts.min()) if n else 0.0
    ok = status == 200
    with_figures = ok & np.isfinite(skip)
    by_status = {_status_key(int(s)): int(c) for s, c in zip(*np.unique(status, return_counts=True))}
    errors = {k: v for k, v in by_status.items() if k != "200"}
    server_5xx = int(np.sum(status >= 500))
    server_delta = after.requests - before.requests
    delta_by_outcome = {
        outcome: int(round(after.requests_by_outcome.get(outcome, 0.0) - before.requests_by_outcome.get(outcome, 0.0)))
        for outcome in sorted(set(after.requests_by_outcome) | set(before.requests_by_outcome))
    }
    flops_skipped = float(np.sum(skipped[with_figures])) if with_figures.any() else 0.0
    flops_dense = float(np.sum(dense[with_figures])) if with_figures.any() else 0.0
    per_kind = {}
    for kind in sorted(set(kinds.tolist())):
        mask = kinds == kind
        per_kind[kind] = {
            "requests": int(mask.sum()),
            "ok": int((mask & ok).sum()),
            "requests_per_s": round(float(mask.sum()) / span, 3) if span > 0 else None,
            "latency_ms": _ms(latency[mask]),
        }
    return {
        "config": config,
        "wall_s": round(wall_s, 3),
        "span_s": round(span, 3),
        "requests": n,
        "ok": int(ok.sum()),
        "requests_per_s": round(n / span, 3) if span > 0 else None,
        "latency_ms": _ms(latency),
        "latency_ms_ok": _ms(latency[ok]),
        "status_counts": by_status,
        "errors_by_status": errors,
        "server_errors_5xx": server_5xx,
        "transport_errors": dict(sorted(transport_errors.items(), key=lambda kv: -kv[1])),
        "per_kind": per_kind,
        "skip_ratio": {
            "mean_per_request": round(float(np.mean(skip[with_figures])), 6) if with_figures.any() else None,
            "flops_weighted": round(flops_skipped / flops_dense, 6) if flops_dense > 0 else None,
            "min": round(float(np.min(skip[with_figures])), 6) if with_figures.any() else None,
            "max": round(float(np.max(skip[with_figures])), 6) if with_figures.any() else None,
        },
        "flops": {
            "dense": flops_dense,
            "skipped": flops_skipped,
            "executed": flops_dense - flops_skipped,
            "saved_per_s": round(flops_skipped / span, 1) if span > 0 else None,
        },
        "server": {
            "requests_before": int(round(before.requests)),
            "requests_after": int(round(after.requests)),
            "requests_delta": int(round(server_delta)),
            "delta_by_outcome": delta_by_outcome,
            "flops_skipped_delta": after.flops_skipped - before.flops_skipped,
            "flops_dense_delta": after.flops_dense - before.flops_dense,
            "skip_ratio_mean_delta": (
                (after.skip_ratio_sum - before.skip_ratio_sum) / (after.skip_ratio_count - before.skip_ratio_count)
                if after.skip_ratio_count > before.skip_ratio_count
                else None
            ),
        },
        "counts_match": int(round(server_delta)) == n,
    }


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def markdown(report: dict[str, Any]) -> str:
    cfg = report["config"]
    lat = report["latency_ms"]
    server = report["server"]
    skip = report["skip_ratio"]
    lines = [
        f"# Load test: {cfg['model']} at {cfg['url']}",
        "",
        f"{cfg['users']} users (spawn rate {cfg['spawn_rate']}/s), {cfg['duration_s']} s planned, "
        f"mix of users {', '.join(f'{k}={v:g}' for k, v in cfg['mix'].items())}, batch sizes {cfg['batch_sizes']}, "
        f"max {cfg['max_requests']:,} requests; started {cfg['started_at']}.",
        "",
        "| figure | value |",
        "|---|---|",
        f"| requests (client) | {report['requests']:,} |",
        f"| requests counted by the server (/metrics delta) | {server['requests_delta']:,} "
        f"({'matches' if report['counts_match'] else 'DOES NOT match'}) |",
        f"| successful (200) | {report['ok']:,} |",
        f"| throughput | {_fmt(report['requests_per_s'])} requests/s over {_fmt(report['span_s'])} s |",
        f"| latency p50 / p95 / p99 | {_fmt(lat['p50'])} / {_fmt(lat['p95'])} / {_fmt(lat['p99'])} ms |",
        f"| latency mean / max | {_fmt(lat['mean'])} / {_fmt(lat['max'])} ms |",
        f"| 5xx responses | {report['server_errors_5xx']:,} |",
        f"| errors by status | {', '.join(f'{k}: {v:,}' for k, v in report['errors_by_status'].items()) or 'none'} |",
        f"| mean skip ratio (per request / FLOPs-weighted) | {_fmt(skip['mean_per_request'], 4)} / "
        f"{_fmt(skip['flops_weighted'], 4)} |",
        f"| FLOPs saved | {_fmt(report['flops']['skipped'], 0)} of {_fmt(report['flops']['dense'], 0)} dense "
        f"({_fmt(report['flops']['saved_per_s'], 0)} per second) |",
        f"| FLOPs saved, server counter delta | {_fmt(server['flops_skipped_delta'], 0)} |",
        f"| server outcomes (delta) | {', '.join(f'{k}: {v:,}' for k, v in server['delta_by_outcome'].items()) or '-'} |",
        "",
        "| kind | requests | ok | req/s | p50 ms | p95 ms | p99 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, row in report["per_kind"].items():
        k = row["latency_ms"]
        lines.append(
            f"| {kind} | {row['requests']:,} | {row['ok']:,} | {_fmt(row['requests_per_s'])} | "
            f"{_fmt(k['p50'])} | {_fmt(k['p95'])} | {_fmt(k['p99'])} |"
        )
    if report["transport_errors"]:
        lines += ["", "Transport errors (no HTTP response):", ""]
        lines += [f"- {count:,} x {message}" for message, count in report["transport_errors"].items()]
    lines += ["", "![throughput and latency over time](timeline.png)", ""]
    return "\n".join(lines)


def timeline_png(rows: Sequence[RequestRow], path: Path, title: str) -> None:
    """Throughput (completions per second, by kind) and latency percentiles per one-second bin."""
    from dynaprune.figures import pyplot

    plt = pyplot()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6), sharex=True, constrained_layout=True)
    if rows:
        t0 = min(r.start for r in rows)
        ends = np.array([r.end - t0 for r in rows])
        latency = np.array([r.latency_ms for r in rows])
        kinds = np.array([r.kind for r in rows], dtype=object)
        status = np.array([r.status for r in rows])
        # Whole one-second bins only: a last, partial second would read as a drop in throughput.
        whole = max(1, int(math.floor(ends.max())))
        edges = np.arange(0.0, whole + 1.0, 1.0)

        def extend(values: Any) -> np.ndarray:  # step plots need the last value repeated at the right edge
            values = np.asarray(values, dtype=np.float64)
            return np.append(values, values[-1])

        stacked = []
        labels = []
        for kind in sorted(set(kinds.tolist())):
            stacked.append(extend(np.histogram(ends[kinds == kind], edges)[0]))
            labels.append(kind)
        top.stackplot(edges, *stacked, labels=labels, step="post", alpha=0.8)
        failed = np.histogram(ends[status != 200], edges)[0]
        if failed.any():
            top.step(edges, extend(failed), where="post", color="red", label="non-200")
        top.set_ylabel("requests/s")
        top.legend(loc="upper right", fontsize=8)
        top.set_title(title)
        bins = np.floor(ends).astype(np.int64)
        for q, style in ((50, "-"), (95, "--"), (99, ":")):
            series = [np.percentile(latency[bins == b], q) if np.any(bins == b) else np.nan for b in range(len(edges) - 1)]
            bottom.step(edges, extend(series), where="post", linestyle=style, label=f"p{q}")
        bottom.set_ylabel("latency (ms)")
        bottom.set_xlabel("seconds since the first request")
        bottom.legend(loc="upper right", fontsize=8)
        bottom.set_ylim(bottom=0)
    else:
        top.text(0.5, 0.5, "no requests completed", ha="center", va="center", transform=top.transAxes)
    fig.savefig(path, dpi=110)  # constrained layout already: no tight_layout (save_png) here
    plt.close(fig)


def write(report: dict[str, Any], rows: Sequence[RequestRow], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "report.json", "markdown": out / "report.md", "png": out / "timeline.png"}
    paths["json"].write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    paths["markdown"].write_text(markdown(report), encoding="utf-8")
    cfg = report["config"]
    timeline_png(rows, paths["png"], f"{cfg['model']}: {cfg['users']} users, {report['requests']:,} requests")
    return paths
