"""`dynaprune soak`: minutes of mixed load on a real server, watching its memory, descriptors and threads.

It starts `dynaprune serve` on a free loopback port for REPO, then a light client (aiohttp, one
event loop, --concurrency keep-alive connections, closed loop) sends a mix of requests to every
ready model: JSON tensors, binary tensors, multi-image batches, PNG uploads to /v1 classify, and
bad requests (malformed JSON, shapes written as strings, wrong shapes, unknown models and
versions, non-image uploads, undecodable gzip). Every second it samples the server process's
resident memory, open file descriptors and threads (from /proc).

Checks, each reported with its figures:
- no 5xx and no transport error (dropped connection or no answer within --request-timeout);
- every bad request answered 4xx, every good one 200;
- `/metrics` request totals (per model label and outcome) grew by exactly what the client counted;
- flat after warm-up: RSS of the last minute within --max-rss-growth of the first minute after
  warm-up, and open fds and threads not above their first-minute peak.

Writes soak.json (settings, counts, samples, checks) and soak.png (the three curves) into
--report-dir; exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dynaprune.argtypes import non_negative_float, positive_float, positive_int
from dynaprune.errors import UserError
from dynaprune.loadtests.process_stats import ProcessSample, sample_process
from dynaprune.server.metrics import UNKNOWN_MODEL, outcome_for_status

DESCRIPTION = __doc__.split("\n\n", 1)[1] if __doc__ else ""
KINDS = ("json", "binary", "batch", "image", "bad")
DEFAULT_MIX = {"json": 0.3, "binary": 0.25, "batch": 0.1, "image": 0.15, "bad": 0.2}


@dataclass(frozen=True)
class Prepared:
    """One request ready to send, with where its count goes."""

    kind: str
    path: str
    body: bytes
    headers: dict[str, str]
    label: str  # the model label /metrics counts it under ("unknown" for an unknown model)
    expect_ok: bool  # 200 expected (else a 4xx)
    form: tuple[str, bytes] | None = None  # multipart upload: (content type, bytes)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    versions: tuple[int, ...]
    shape: tuple[int, int, int]


# --------------------------------------------------------------------------- the request mix


def build_requests(models: list[ModelInfo], seed: int = 0) -> dict[str, list[Prepared]]:
    """A pool of prepared requests per kind (the client cycles through them at random)."""
    rng = np.random.default_rng(seed)
    pools: dict[str, list[Prepared]] = {kind: [] for kind in KINDS}
    json_headers = {"Content-Type": "application/json"}
    for model in models:
        base = f"/v2/models/{model.name}"
        for i in range(8):
            images = rng.random((1, *model.shape), dtype=np.float32)
            version = model.versions[i % len(model.versions)]
            path = base + ("/infer" if i % 2 == 0 else f"/versions/{version}/infer")
            pools["json"].append(Prepared("json", path, _json_body(images), json_headers, model.name, True))
            body, headers = _binary_body(rng.random((1 + i % 4, *model.shape), dtype=np.float32))
            pools["binary"].append(Prepared("binary", path, body, headers, model.name, True))
            batch = rng.random((4 + i % 5, *model.shape), dtype=np.float32)
            pools["batch"].append(Prepared("batch", path, _json_body(batch), json_headers, model.name, True))
            pools["image"].append(Prepared("image", f"/v1/models/{model.name}/classify?top_k=3", b"", {},
                                           model.name, True, form=("image/png", _png(rng, i))))
        good = json.loads(_json_body(rng.random((1, *model.shape), dtype=np.float32)))
        string_shape = json.loads(json.dumps(good))
        string_shape["inputs"][0]["shape"] = [str(d) for d in string_shape["inputs"][0]["shape"]]
        wrong_shape = json.loads(json.dumps(good))
        wrong_shape["inputs"][0]["shape"] = [1, model.shape[0] + 1, *model.shape[1:]]
        bad = [
            Prepared("bad", base + "/infer", b"{not json", json_headers, model.name, False),
            Prepared("bad", base + "/infer", json.dumps(string_shape).encode(), json_headers, model.name, False),
            Prepared("bad", base + "/infer", json.dumps(wrong_shape).encode(), json_headers, model.name, False),
            Prepared("bad", base + "/versions/%C2%B2/infer", json.dumps(good).encode(), json_headers, model.name, False),
            Prepared("bad", base + "/versions/999/infer", json.dumps(good).encode(), json_headers, model.name, False),
            Prepared("bad", base + "/infer", b"\x1f\x8b not gzip", {**json_headers, "Content-Encoding": "gzip"},
                     model.name, False),
            Prepared("bad", f"/v1/models/{model.name}/classify", b"", {}, model.name, False,
                     form=("image/png", b"this is not a png")),
        ]
        pools["bad"].extend(bad)
    good_body = pools["json"][0].body
    pools["bad"].append(Prepared("bad", "/v2/models/no-such-model/infer", good_body, json_headers, UNKNOWN_MODEL, False))
    pools["bad"].append(Prepared("bad", f"/v2/models/{models[0].name}/infer", gzip.compress(b"[1,2]"),
                                 {**json_headers, "Content-Encoding": "gzip"}, models[0].name, False))
    return pools


def _json_body(images: np.ndarray) -> bytes:
    tensor = {"name": "input", "datatype": "FP32", "shape": list(images.shape), "data": images.reshape(-1).tolist()}
    return json.dumps({"inputs": [tensor]}).encode()


def _binary_body(images: np.ndarray) -> tuple[bytes, dict[str, str]]:
    raw = images.astype("<f4").tobytes()
    header = json.dumps({"inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape),
                                     "parameters": {"binary_data_size": len(raw)}}]}).encode()
    return header + raw, {"Inference-Header-Content-Length": str(len(header)), "Content-Type": "application/octet-stream"}


def _png(rng: np.random.Generator, i: int) -> bytes:
    from PIL import Image

    pixels = rng.integers(0, 256, (24 + i, 32, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(out, format="PNG")
    return out.getvalue()


# --------------------------------------------------------------------------- the client


@dataclass
class ClientCounts:
    sent: Counter  # kind -> requests
    statuses: Counter  # status (or "transport") -> count
    metric_counts: Counter  # (label, outcome) -> count, as /metrics should count them
    unexpected: list[dict[str, Any]]  # a good request not answered 200, a bad one not 4xx (first 20)
    latencies_ms: list[float]


async def _client(url: str, pools: dict[str, list[Prepared]], mix: dict[str, float], concurrency: int,
                  stop_at: float, request_timeout: float, seed: int, per_second: Counter) -> ClientCounts:
    import aiohttp

    counts = ClientCounts(Counter(), Counter(), Counter(), [], [])
    kinds = [k for k in KINDS if mix.get(k, 0) > 0 and pools[k]]
    weights = [mix[k] for k in kinds]
    timeout = aiohttp.ClientTimeout(total=request_timeout)
    connector = aiohttp.TCPConnector(limit=concurrency)

    async def worker(session: aiohttp.ClientSession, wid: int) -> None:
        rng = random.Random(seed * 1000 + wid)
        while time.monotonic() < stop_at:
            kind = rng.choices(kinds, weights)[0]
            request = rng.choice(pools[kind])
            data: Any = request.body
            if request.form is not None:
                data = aiohttp.FormData()
                data.add_field("file", request.form[1], filename="image.png", content_type=request.form[0])
            sent = time.perf_counter()
            try:
                async with session.post(url + request.path, data=data, headers=request.headers) as response:
                    await response.read()
                    status: int | str = response.status
            except (aiohttp.ClientError, asyncio.TimeoutError):
                status = "transport"
            counts.sent[kind] += 1
            counts.statuses[status] += 1
            per_second[int(time.monotonic())] += 1
            if status == "transport":
                continue
            assert isinstance(status, int)
            counts.latencies_ms.append((time.perf_counter() - sent) * 1e3)
            counts.metric_counts[(request.label, outcome_for_status(status))] += 1
            ok = status == 200 if request.expect_ok else 400 <= status < 500
            if not ok and len(counts.unexpected) < 20:
                counts.unexpected.append({"kind": kind, "path": request.path, "status": status})

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.gather(*(worker(session, i) for i in range(concurrency)))
    return counts


# --------------------------------------------------------------------------- the server and its figures


def start_server(repo: Path, log_path: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    log = open(log_path, "wb")
    proc = subprocess.Popen([sys.executable, "-m", "dynaprune", "serve", "--repo", str(repo), "--port", str(port),
                             "--log-level", "warning"],
                            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **env})
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise UserError(f"the server exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/v2/health/ready", timeout=2) as response:
                if response.status == 200:
                    return proc, url
        except OSError:
            pass
        time.sleep(0.2)
    stop(proc)
    raise UserError(f"the server did not become ready: {log_path.read_text()[-2000:]}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _get_json(url: str, method: str = "GET") -> Any:
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def served_models(url: str) -> list[ModelInfo]:
    versions: dict[str, list[int]] = {}
    for entry in _get_json(url + "/v2/repository/index", "POST"):
        if entry["state"] == "READY":
            versions.setdefault(entry["name"], []).append(int(entry["version"]))
    models = []
    for name, found in sorted(versions.items()):
        meta = _get_json(f"{url}/v2/models/{name}")
        models.append(ModelInfo(name, tuple(sorted(found)), tuple(meta["inputs"][0]["shape"][1:])))  # type: ignore[arg-type]
    if not models:
        raise UserError("the server serves no model")
    return models


def request_totals(url: str) -> Counter:
    """dynaprune_requests_total by (model, outcome), from /metrics."""
    with urllib.request.urlopen(url + "/metrics", timeout=30) as response:
        text = response.read().decode()
    totals: Counter = Counter()
    for line in text.splitlines():
        if line.startswith("dynaprune_requests_total{"):
            labels = dict(part.split("=", 1) for part in line[line.index("{") + 1:line.index("}")].split(","))
            key = (labels["model"].strip('"'), labels["outcome"].strip('"'))
            totals[key] += float(line.rsplit(" ", 1)[1])
    return totals


def _growth(before: Counter, after: Counter) -> Counter:
    return Counter({key: int(after[key] - before.get(key, 0)) for key in after if after[key] - before.get(key, 0)})


def settled_totals(url: str, before: Counter, expected: Counter, patience_s: float = 15.0) -> Counter:
    """/metrics totals once they account for every answer the client counted, or after `patience_s`.

    Why wait: the server counts a request after its answer has left, so on a loaded machine the
    last few answers can reach the client before their counts reach /metrics (a fixed 0.5 s sleep
    lost that race under load). Waiting changes no figure: totals that never match still fail the
    check, and totals above the client's counts are not waited out.
    """
    wanted = Counter({key: value for key, value in expected.items() if value})
    deadline = time.monotonic() + patience_s
    while True:
        after = request_totals(url)
        growth = _growth(before, after)
        if growth == wanted or time.monotonic() >= deadline or any(growth[k] > wanted.get(k, 0) for k in growth):
            return after
        time.sleep(0.2)


class Sampler(threading.Thread):
    """Samples the server process every `interval_s` until stopped."""

    def __init__(self, pid: int, interval_s: float) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval_s = pid, interval_s
        self.samples: list[tuple[float, ProcessSample]] = []
        self.done = threading.Event()
        self.start_time = time.monotonic()

    def run(self) -> None:
        while not self.done.is_set():
            try:
                self.samples.append((time.monotonic() - self.start_time, sample_process(self.pid)))
            except UserError:
                return
            self.done.wait(self.interval_s)


# --------------------------------------------------------------------------- checks and report


def flatness(samples: list[tuple[float, ProcessSample]], warmup_s: float, window_s: float,
             max_rss_growth: float) -> dict[str, Any]:
    """Compare the first `window_s` after warm-up with the last `window_s`."""
    after = [(t, s) for t, s in samples if t >= warmup_s]
    if len(after) < 4:
        return {"ok": False, "reason": "too few samples after warm-up"}
    end = after[-1][0]
    window = min(window_s, (end - warmup_s) / 2)
    first = [s for t, s in after if t < warmup_s + window]
    last = [s for t, s in after if t > end - window]
    rss_first = float(np.mean([s.rss_bytes for s in first]))
    rss_last = float(np.mean([s.rss_bytes for s in last]))
    growth = rss_last / rss_first - 1.0
    fds_first, fds_last = max(s.open_fds for s in first), max(s.open_fds for s in last)
    thr_first, thr_last = max(s.threads for s in first), max(s.threads for s in last)
    return {
        "window_s": round(window, 1),
        "rss_first_mib": round(rss_first / 2**20, 2),
        "rss_last_mib": round(rss_last / 2**20, 2),
        "rss_growth": round(growth, 4),
        "max_rss_growth": max_rss_growth,
        "open_fds_first_max": fds_first,
        "open_fds_last_max": fds_last,
        "threads_first_max": thr_first,
        "threads_last_max": thr_last,
        "ok": growth <= max_rss_growth and fds_last <= fds_first and thr_last <= thr_first,
    }


def plot(samples: list[tuple[float, ProcessSample]], per_second: Counter, warmup_s: float, path: Path) -> Path:
    from dynaprune.figures import pyplot, save_png

    plt = pyplot()
    times = [t for t, _ in samples]
    fig, axes = plt.subplots(4, 1, figsize=(8, 9), sharex=True)
    series = [
        ([s.rss_bytes / 2**20 for _, s in samples], "RSS (MiB)"),
        ([s.open_fds for _, s in samples], "open fds"),
        ([s.threads for _, s in samples], "threads"),
    ]
    for ax, (values, label) in zip(axes, series):
        ax.plot(times, values)
        ax.set_ylabel(label)
        ax.axvline(warmup_s, color="grey", linestyle="--", linewidth=1)
        ax.set_ylim(bottom=0)
    if per_second:
        first = min(per_second)
        seconds = sorted(per_second)
        axes[3].plot([s - first for s in seconds], [per_second[s] for s in seconds])
    axes[3].set_ylabel("requests/s")
    axes[3].set_xlabel("seconds since the load started (dashed: end of warm-up)")
    axes[0].set_title("dynaprune soak: server process under mixed load")
    return save_png(fig, path)


def soak(repo: Path, minutes: float, report_dir: Path, concurrency: int = 4, warmup_s: float | None = None,
         interval_s: float = 1.0, request_timeout: float = 30.0, max_rss_growth: float = 0.10,
         seed: int = 0, env: dict[str, str] | None = None, command: str = "") -> dict[str, Any]:
    """Run the soak; the report (also written to report_dir/soak.json and soak.png)."""
    duration_s = minutes * 60.0
    warmup = min(60.0, duration_s * 0.2) if warmup_s is None else warmup_s
    if warmup >= duration_s:
        raise UserError("the warm-up must be shorter than the soak")
    report_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dynaprune-soak-") as work:
        proc, url = start_server(repo, Path(work) / "server.log", env or {})
        try:
            models = served_models(url)
            pools = build_requests(models, seed)
            before = request_totals(url)
            sampler = Sampler(proc.pid, interval_s)
            sampler.start()
            per_second: Counter = Counter()
            started = time.monotonic()
            try:
                import uvloop

                runner: Any = uvloop.run
            except ImportError:  # pragma: no cover
                runner = asyncio.run
            counts = runner(_client(url, pools, DEFAULT_MIX, concurrency, started + duration_s, request_timeout,
                                    seed, per_second))
            wall = time.monotonic() - started
            after = settled_totals(url, before, counts.metric_counts)
            sampler.done.set()
            sampler.join(5)
            alive = proc.poll() is None
            errors_logged = [line for line in (Path(work) / "server.log").read_text(errors="replace").splitlines()
                             if '"level": "error"' in line][:20]
        finally:
            stop(proc)
    growth = _growth(before, after)
    expected = Counter({key: value for key, value in counts.metric_counts.items() if value})
    mismatches = [{"model": m, "outcome": o, "metrics": growth.get((m, o), 0), "client": expected.get((m, o), 0)}
                  for (m, o) in sorted(set(growth) | set(expected)) if growth.get((m, o), 0) != expected.get((m, o), 0)]
    server_errors = sum(v for k, v in counts.statuses.items() if isinstance(k, int) and k >= 500)
    flat = flatness(sampler.samples, warmup, 60.0, max_rss_growth)
    checks = {
        "no_5xx": {"ok": server_errors == 0, "count": server_errors},
        "no_transport_errors": {"ok": counts.statuses.get("transport", 0) == 0,
                                "count": counts.statuses.get("transport", 0)},
        "answers_as_expected": {"ok": not counts.unexpected, "examples": counts.unexpected},
        "metrics_equal_client_counts": {"ok": not mismatches, "mismatches": mismatches},
        "flat_after_warmup": flat,
        "server_alive_at_end": {"ok": alive},
        "no_error_log_lines": {"ok": not errors_logged, "lines": errors_logged},
    }
    latencies = np.asarray(counts.latencies_ms) if counts.latencies_ms else np.zeros(1)
    report = {
        "command": command,
        "finished_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "settings": {"repo": str(repo), "minutes": minutes, "concurrency": concurrency, "warmup_s": warmup,
                     "sample_interval_s": interval_s, "mix": DEFAULT_MIX, "seed": seed, "server_env": env or {}},
        "models": [{"name": m.name, "versions": list(m.versions), "shape": list(m.shape)} for m in models],
        "wall_s": round(wall, 1),
        "requests": int(sum(counts.sent.values())),
        "requests_per_s": round(sum(counts.sent.values()) / wall, 1) if wall > 0 else 0.0,
        "by_kind": dict(sorted(counts.sent.items())),
        "by_status": {str(k): v for k, v in sorted(counts.statuses.items(), key=lambda kv: str(kv[0]))},
        "latency_ms": {"p50": round(float(np.percentile(latencies, 50)), 2),
                       "p99": round(float(np.percentile(latencies, 99)), 2),
                       "max": round(float(latencies.max()), 2)},
        "metrics_growth": [{"model": m, "outcome": o, "count": v} for (m, o), v in sorted(growth.items())],
        "checks": checks,
        "ok": all(check["ok"] for check in checks.values()),
        "samples": [{"t": round(t, 2), "rss_bytes": s.rss_bytes, "open_fds": s.open_fds, "threads": s.threads}
                    for t, s in sampler.samples],
    }
    (report_dir / "soak.json").write_text(json.dumps(report, indent=1) + "\n")
    plot(sampler.samples, per_second, warmup, report_dir / "soak.png")
    return report


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = subparsers.add_parser(name, help=help_text, description=DESCRIPTION,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repo", required=True, type=Path, help="model repository to serve (REPO/NAME/VERSION)")
    p.add_argument("--minutes", type=positive_float, default=10.0, help="length of the soak (default 10)")
    p.add_argument("--report-dir", type=Path, default=Path("docs/reliability"), help="where soak.json and soak.png go")
    p.add_argument("--concurrency", type=positive_int, default=4, help="client connections (default 4)")
    p.add_argument("--warmup", type=non_negative_float, default=None,
                   help="seconds excluded from the flatness check (default: 20%% of the soak, at most 60)")
    p.add_argument("--interval", type=positive_float, default=1.0, help="seconds between samples (default 1)")
    p.add_argument("--max-rss-growth", type=non_negative_float, default=0.10,
                   help="largest allowed RSS growth, last minute over first minute after warm-up (default 0.10)")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    if not args.repo.is_dir():
        raise UserError(f"model repository {args.repo} is not a directory")
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        raise UserError("the soak client needs aiohttp: pip install 'dynaprune[loadtest]'") from None
    command = "dynaprune soak " + " ".join(sys.argv[2:]) if len(sys.argv) > 2 else "dynaprune soak"
    report = soak(args.repo, args.minutes, args.report_dir, args.concurrency, args.warmup, args.interval,
                  max_rss_growth=args.max_rss_growth, seed=args.seed, command=command)
    print(json.dumps({k: report[k] for k in ("requests", "requests_per_s", "by_status", "latency_ms", "ok")}))
    for name, check in report["checks"].items():
        print(f"{name:30s} {'ok' if check['ok'] else 'FAILED'}")
    print(f"wrote {args.report_dir / 'soak.json'} and {args.report_dir / 'soak.png'}")
    return 0 if report["ok"] else 1
