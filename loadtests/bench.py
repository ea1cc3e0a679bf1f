"""`dynaprune bench`: does skipping filters save wall-clock time? Dense vs dynamic vs ideal vs HTTP.

One process, one set of inputs (the model's own evaluation data), one thread
setting, variants interleaved turn by turn (the order rotates), so that a noisy
machine shifts every variant alike and ratios stay meaningful. In each turn a
variant first runs untimed for --settle-ms (the previous variant's leftovers:
its weights in the caches, and ONNX Runtime worker threads that keep spinning
~25 ms after a session's last run), then --block timed calls: every variant is
timed in the steady state of a server that serves it:

- dense:   dense.onnx on ONNX Runtime (ORT_ENABLE_ALL): the unpruned network;
- dynamic: the server's runtime path in-process (`runner.run(images)`: the native
           engine, or the ONNX Runtime runner with --engine onnx);
- ideal:   a static network whose every unit has the mean kept width of the dynamic
           run (first-k channel slices of the real weights), built from the manifest
           as one ONNX graph and run like dense: what a perfect dynamic runtime
           could hope for;
- http:    one client, binary-tensor v2 infer requests (keep-alive) against a
           running server (--url) or one started here (`dynaprune serve`).

Phase 1 interleaves dense, dynamic and ideal; phase 2 (a server process must not
share the CPU with phase 1) interleaves http with dynamic. Derived figures:
speedup = dense / dynamic (medians); realisation = speedup / (dense FLOPs /
executed FLOPs), honest accounting: 1.0 means every skipped FLOP turned into
time; gap to ideal = dynamic / ideal; HTTP overhead = http - dynamic (phase 2
medians; and http - the server's own compute_ms, which does not depend on which
engine the server runs).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Any, Callable

import numpy as np

from dynaprune.argtypes import non_negative_float, non_negative_int, positive_int
from dynaprune.errors import UserError
from dynaprune.runtime.manifest import ManifestError
from dynaprune.runtime.registry import ENGINE_CHOICES

DESCRIPTION = __doc__.split("\n\n", 1)[1] if __doc__ else ""
VARIANTS = ("dense", "dynamic", "ideal", "http")


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        name, help=help_text, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("model", metavar="MODEL_DIR",
                   help="model-repository entry REPO/NAME/VERSION (or REPO/NAME: its highest version)")
    p.add_argument("--engine", choices=ENGINE_CHOICES, default="auto",
                   help="dynamic runtime: native engine, ONNX Runtime runner, or auto (native when built; default)")
    p.add_argument("--threads", type=positive_int, default=2, help="threads for every variant (default 2)")
    p.add_argument("--batch", type=positive_int, default=1, help="images per call (default 1)")
    p.add_argument("--reps", type=positive_int, default=200, help="timed calls per variant (default 200)")
    p.add_argument("--warmup", type=non_negative_int, default=20, help="untimed calls of each variant first (default 20)")
    p.add_argument("--block", type=positive_int, default=10, help="timed calls per variant and turn (default 10)")
    p.add_argument("--settle-ms", type=non_negative_float, default=60.0,
                   help="untimed running per variant and turn before its timed calls (default 60 ms: ONNX Runtime "
                        "workers of the previous session spin ~25 ms; 0 with --block 1 times every call cold)")
    p.add_argument("--samples", type=positive_int, default=256,
                   help="evaluation images cycled through (default 256; the dynamic widths are averaged over them)")
    p.add_argument("--url", default=None, help="benchmark this running server for the http variant")
    p.add_argument("--no-http", action="store_true", help="skip the http variant")
    p.add_argument("--server-runtime", choices=["serve", "native"], default="serve",
                   help="server started for the http variant (without --url): `dynaprune serve` as shipped (default), "
                        "or the same server app with the native engine injected (create_app's runner_factory)")
    p.add_argument("--json", action="store_true", help="print the results as one JSON object on stdout")
    p.add_argument("--plot", metavar="PNG", default=None, help="write a bar chart of the medians (p90 whiskers)")
    p.add_argument("--seed", type=int, default=0, help="seed for random inputs when the evaluation data is unavailable")
    p.set_defaults(func=run)
    return p


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- the entry and its data


def resolve_entry(path: str | os.PathLike[str]) -> Path:
    entry = Path(path)
    if (entry / "manifest.json").is_file():
        return entry
    if entry.is_dir():
        versions = sorted((int(p.name), p) for p in entry.iterdir() if p.is_dir() and p.name.isdigit()
                          and (p / "manifest.json").is_file())
        if versions:
            return versions[-1][1]
    raise UserError(f"{entry} is not a model-repository entry (no manifest.json there or in a numbered subfolder)")


def evaluation_images(manifest: Any, samples: int, seed: int) -> tuple[str, np.ndarray]:
    """(source, images in [0, 1]): the test split of the manifest's data URI, else seeded noise."""
    shape = tuple(manifest.input.shape)
    uri = manifest.source.data
    if uri:
        try:
            from dynaprune.datasets.sources import load_dataset

            data = load_dataset(uri)
            images = np.asarray(data.test.images[:samples], dtype=np.float32)
            if tuple(images.shape[1:]) == shape and len(images):
                return uri, images
            _log(f"evaluation data {uri!r} has images of shape {images.shape[1:]}, the model takes {shape}; "
                 "using random inputs")
        except Exception as exc:  # missing files, pickled CIFAR, ...: fall back, but say so
            _log(f"evaluation data {uri!r} unavailable ({exc}); using random inputs")
    rng = np.random.default_rng(seed)
    return "random", rng.random((samples, *shape), dtype=np.float32)


# --------------------------------------------------------------------------- the ideal network


def mean_widths(manifest: Any, kept: dict[str, np.ndarray]) -> dict[str, int]:
    """Per unit: the mean kept output channels of the dynamic run, rounded, at least 1."""
    return {u.name: int(min(u.out_channels, max(1, round(float(np.mean(kept[u.name])))))) for u in manifest.units}


def ideal_model(entry: Path, manifest: Any, widths: dict[str, int]):
    """A static ONNX net: unit u computes its first widths[u] filters from the channels its input really has.

    Compact tensors carry their first k channels; residual sums stay dense (the branch is
    zero-padded to the block width before the add), as in the dynamic network. No predictors.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from dynaprune.runtime.ftwt.weights import head_weights, unit_weights

    nodes: list[Any] = []
    inits: list[Any] = []
    count = [0]

    def fresh(hint: str) -> str:
        count[0] += 1
        return f"{hint}_{count[0]}"

    def const(array: np.ndarray, hint: str) -> str:
        name = fresh(hint)
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(kind: str, inputs: list[str], **attrs: Any) -> str:
        out = fresh(kind.lower())
        nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def pad_channels(x: str, have: int, want: int) -> str:
        if want <= have:
            return x
        return op("Pad", [x, const(np.asarray([0, 0, 0, 0, 0, want - have, 0, 0], np.int64), "pads")])

    channels = {"input": manifest.input.shape[0]}  # channels each tensor carries
    tensors = {"input": "input"}
    for unit in manifest.units:
        w = unit_weights(entry, unit)
        attrs = w["attrs"]
        conv_attrs = {k: list(attrs[k]) for k in ("strides", "pads", "dilations") if k in attrs}
        k_in = channels[unit.input]
        k_out = widths[unit.name]
        x = tensors[unit.input]
        if unit.kind == "depthwise":
            k = min(k_out, k_in)
            y = op("Conv", [x if k == k_in else op("Slice", [x, const(np.asarray([0], np.int64), "s"),
                                                                const(np.asarray([k], np.int64), "e"),
                                                                const(np.asarray([1], np.int64), "a")]),
                            const(w["w"][:k], "w"), const(w["b"][:k], "b")], group=k, **conv_attrs)
            y = pad_channels(y, k, k_out)
        else:
            y = op("Conv", [x, const(w["w"][:k_out, :k_in], "w"), const(w["b"][:k_out], "b")], **conv_attrs)
        if unit.relu:
            y = op("Relu", [y])
        if unit.shortcut is not None:
            sc = unit.shortcut
            skip, k_skip = tensors[unit.skip], channels[unit.skip]
            if sc.kind == "projection":
                pj = w["pj_attrs"]
                shortcut = op("Conv", [skip, const(w["pj_w"][:, :k_skip], "pj_w"), const(w["pj_b"], "pj_b")],
                              **{k: list(pj[k]) for k in ("strides", "pads", "dilations") if k in pj})
            else:
                shortcut = skip
                if sc.kind == "pad" and sc.stride > 1:
                    shortcut = op("AveragePool", [shortcut], kernel_shape=[sc.stride] * 2, strides=[sc.stride] * 2)
                shortcut = pad_channels(shortcut, k_skip, unit.out_channels)
            y = op("Relu", [op("Add", [pad_channels(y, k_out, unit.out_channels), shortcut])])
            k_out = unit.out_channels
        for pool in unit.post:
            y = op("MaxPool", [y], kernel_shape=[pool.kernel] * 2, strides=[pool.stride] * 2, pads=[pool.padding] * 4)
        tensors[unit.name] = y
        channels[unit.name] = k_out
    head_w, head_b = head_weights(entry, manifest)
    k = channels[manifest.head.input]
    pooled = op("Flatten", [op("GlobalAveragePool", [tensors[manifest.head.input]])])
    nodes.append(helper.make_node("Gemm", [pooled, const(head_w[:, :k], "fc_w"), const(head_b, "fc_b")], ["logits"],
                                  transB=1))
    c, h, wd = manifest.input.shape
    graph = helper.make_graph(
        nodes, "ideal", [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", c, h, wd])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", manifest.head.num_classes])],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)], ir_version=10,
                              producer_name="dynaprune-bench")
    onnx.checker.check_model(model)
    return model


def ideal_flops(manifest: Any, widths: dict[str, int]) -> float:
    """Honest conv + fixed FLOPs of the ideal net (no predictors): executed_flops with the widths, predictors off."""
    from dynaprune.models.flops import CountMode, executed_flops

    return float(executed_flops(manifest.cost(), widths, CountMode.HONEST, predictors_ran=False).total)


# --------------------------------------------------------------------------- sessions


def ort_session(model: Any, threads: int):
    import onnxruntime as ort

    from dynaprune.runtime.sessions import session_options

    options = session_options(threads, 1)
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    source = model if isinstance(model, (str, bytes)) else model.SerializeToString()
    return ort.InferenceSession(source, sess_options=options, providers=["CPUExecutionProvider"])


def open_dynamic(entry: Path, engine: str, threads: int):
    """(engine name, runner): the server's runtime path for this entry, on the CPU."""
    from dynaprune.runtime.engines import open_runner

    try:
        runner = open_runner(entry, engine=engine, threads=threads, providers=["CPUExecutionProvider"])
    except ManifestError as exc:
        raise UserError(f"--engine {engine}: {exc}") from exc
    return runner.engine, runner


# --------------------------------------------------------------------------- http


class HttpClient:
    """One keep-alive connection sending v2 infer requests with the binary tensor extension."""

    def __init__(self, base_url: str, name: str, version: int, shape: tuple[int, ...]) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme != "http" or not parsed.hostname:
            raise UserError(f"--url must look like http://127.0.0.1:8000, got {base_url!r}")
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.path = f"{parsed.path.rstrip('/')}/v2/models/{name}/versions/{version}/infer"
        self.shape = shape
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        self.compute_ms: list[float] = []

    def infer(self, images: np.ndarray) -> np.ndarray:
        raw = np.ascontiguousarray(images, dtype="<f4").tobytes()
        header = json.dumps({
            "inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape),
                        "parameters": {"binary_data_size": len(raw)}}],
            "outputs": [{"name": "logits", "parameters": {"binary_data": True}}],
        }).encode()
        headers = {"Content-Type": "application/octet-stream", "Inference-Header-Content-Length": str(len(header))}
        self.conn.request("POST", self.path, body=header + raw, headers=headers)
        response = self.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise UserError(f"http variant: the server answered {response.status}: {body[:300]!r}")
        length = int(response.getheader("Inference-Header-Content-Length") or len(body))
        meta = json.loads(body[:length])
        self.compute_ms.append(float(meta.get("parameters", {}).get("compute_ms", float("nan"))))
        return np.frombuffer(body[length:], dtype="<f4")

    def close(self) -> None:
        self.conn.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(entry: Path, threads: int, runtime: str = "serve", timeout_s: float = 180.0,
                 env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str, Path]:
    """A server on a free loopback port, serving a repository that holds only this entry.

    runtime "serve": `dynaprune serve` as shipped; "native": the same app with NativeRunner injected.
    `env` adds settings (DYNAPRUNE_*) to the server's environment.
    """
    name, version = entry.parent.name, entry.name
    repo = Path(tempfile.mkdtemp(prefix="dynaprune-bench-repo-"))
    (repo / name).mkdir()
    os.symlink(entry.resolve(), repo / name / version)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(repo / "server.log", "wb")
    if runtime == "native":
        cmd = [sys.executable, "-m", "dynaprune.loadtests.native_server", str(repo), str(port), str(threads)]
    else:
        cmd = [sys.executable, "-m", "dynaprune", "serve", "--repo", str(repo), "--host", "127.0.0.1", "--port",
               str(port), "--device", "cpu", "--intra-op-threads", str(threads), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    deadline = time.monotonic() + timeout_s
    ready_path = f"/v2/models/{name}/versions/{version}/ready"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", ready_path)
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                return proc, url, repo
        except OSError:
            pass
        time.sleep(0.2)
    stop_server(proc, repo)
    tail = (repo / "server.log").read_text(errors="replace")[-2000:] if (repo / "server.log").exists() else ""
    raise UserError(f"the server started for the http variant did not become ready: {tail}")


def stop_server(proc: subprocess.Popen, repo: Path | None) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    if repo is not None:
        shutil.rmtree(repo, ignore_errors=True)


# --------------------------------------------------------------------------- measuring


def _stats(times_s: list[float]) -> dict[str, float]:
    a = np.asarray(times_s, dtype=np.float64) * 1e3
    if not a.size:
        return {}
    return {"median_ms": float(np.median(a)), "p90_ms": float(np.percentile(a, 90)), "mean_ms": float(a.mean()),
            "min_ms": float(a.min()), "n": int(a.size)}


def interleave(calls: dict[str, Callable[[int], Any]], reps: int, warmup: int, block: int = 10,
               settle_s: float = 0.06, progress: Callable[[str], None] = _log) -> dict[str, list[float]]:
    """Time `reps` calls of each variant, interleaved turn by turn; the order of variants rotates each turn.

    In a turn a variant first runs untimed for `settle_s` seconds (at least one call), then `block`
    timed calls. Settling absorbs what the previous variant left behind: caches holding its
    weights (dense.onnx streams ~60 MB for a VGG-16) and, above all, ONNX Runtime worker threads
    of another session that keep spinning for ~25 ms after its last run and take a core away.
    Each variant is thus timed in the steady state that a server serving that model sees, while
    slow drifts of a shared machine still hit every variant alike. `settle_s=0` and `block=1`
    time every call right after another variant. The first `warmup` timed calls of each variant
    are dropped as well.
    """
    names = list(calls)
    times: dict[str, list[float]] = {n: [] for n in names}
    seen = dict.fromkeys(names, 0)
    clock = time.perf_counter
    turns = -(-(reps + warmup) // block)
    step = max(1, turns // 10)
    call = 0
    for turn in range(turns):
        shift = turn % len(names)
        for name in names[shift:] + names[:shift]:
            fn = calls[name]
            start = clock()
            while True:  # settle
                fn(call)
                call += 1
                if clock() - start >= settle_s:
                    break
            for _ in range(block):
                start = clock()
                fn(call)
                elapsed = clock() - start
                call += 1
                seen[name] += 1
                if seen[name] > warmup and len(times[name]) < reps:
                    times[name].append(elapsed)
        if (turn + 1) % step == 0 or turn + 1 == turns:
            progress(f"turn {turn + 1}/{turns}")
    return times


def bench(entry: Path, *, engine: str = "auto", threads: int = 2, batch: int = 1, reps: int = 200,
          warmup: int = 20, samples: int = 256, url: str | None = None, http_variant: bool = True,
          server_runtime: str = "serve", block: int = 10, settle_ms: float = 60.0, seed: int = 0,
          progress: Callable[[str], None] = _log) -> dict[str, Any]:
    from dynaprune.models.flops import CountMode, dense_flops
    from dynaprune.runtime.entry import load_manifest
    from dynaprune.runtime.ftwt import FtwtManifest
    from dynaprune.runtime.ftwt.native_runner import native_info

    manifest = load_manifest(entry)
    if not isinstance(manifest, FtwtManifest):
        raise UserError(f"{entry}: bench compares dynamic pruning runtimes; this entry is {manifest.family!r}, not ftwt")
    source, images = evaluation_images(manifest, max(samples, batch), seed)
    progress(f"{manifest.name} v{manifest.version} ({manifest.arch}): {len(images)} inputs from {source}")
    engine_used, runner = open_dynamic(entry, engine, threads)
    progress(f"dynamic runtime: {engine_used}; threads {threads}; batch {batch}")

    # The widths of the ideal net: the mean kept channels over the inputs.
    result = runner.run(images)
    kept = {name: np.asarray(v) for name, v in result.kept.items()}
    widths = mean_widths(manifest, kept)
    flops_dense = float(dense_flops(manifest.cost(), CountMode.HONEST).total)
    flops_executed = float(np.mean(result.flops_executed))

    normalised = runner.normalise(images)
    batches = max(1, len(images) // batch)

    def pick(rep: int, x: np.ndarray) -> np.ndarray:
        start = (rep % batches) * batch
        return x[start : start + batch]

    dense = ort_session(str(entry / manifest.dense.graph.file), threads)
    ideal = ort_session(ideal_model(entry, manifest, widths), threads)
    calls: dict[str, Callable[[int], Any]] = {
        "dense": lambda rep: dense.run(None, {"input": pick(rep, normalised)}),
        "dynamic": lambda rep: runner.run(pick(rep, images)),
        "ideal": lambda rep: ideal.run(None, {"input": pick(rep, normalised)}),
    }
    load_before = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    progress("phase 1: dense, dynamic, ideal (interleaved)")
    times = interleave(calls, reps, warmup, block, settle_ms / 1e3, progress)
    http_times: dict[str, list[float]] = {}
    server_compute: list[float] = []
    http_source = None
    if http_variant:
        # Phase 2, http against dynamic only: a server process (its thread pools spinning after
        # each request) must not share the CPU with the phase-1 measurements.
        server = repo = client = None
        try:
            if url is None:
                progress(f"starting a server ({server_runtime}) for the http variant")
                server, url, repo = start_server(entry, threads, server_runtime)
                http_source = "`dynaprune serve`" if server_runtime == "serve" else "server app with NativeRunner"
            else:
                http_source = "given by --url"
            client = HttpClient(url, manifest.name, manifest.version, tuple(manifest.input.shape))
            probe = client.infer(pick(0, images))
            if probe.size != batch * manifest.head.num_classes:
                raise UserError(f"http variant: the server returned {probe.size} logits for a batch of {batch}")
            http_client = client
            progress("phase 2: http and dynamic (interleaved)")
            http_times = interleave({"http": lambda rep: http_client.infer(pick(rep, images)),
                                     "dynamic": calls["dynamic"]}, reps, warmup, block, settle_ms / 1e3, progress)
            server_compute = list(client.compute_ms[-reps:])
        finally:
            if client is not None:
                client.close()
            if server is not None:
                stop_server(server, repo)
        times["http"] = http_times["http"]

    stats = {name: _stats(t) for name, t in times.items()}
    med = {name: s["median_ms"] for name, s in stats.items()}
    flop_ratio = flops_dense / flops_executed if flops_executed > 0 else float("nan")
    speedup = med["dense"] / med["dynamic"]
    out: dict[str, Any] = {
        "model": {"entry": str(entry), "name": manifest.name, "version": manifest.version, "arch": manifest.arch,
                  "input_shape": list(manifest.input.shape), "units": len(manifest.units), "gated": manifest.gated},
        "settings": {"engine": engine_used, "engine_requested": engine, "threads": threads, "batch": batch,
                     "reps": reps, "warmup": warmup, "inputs": source, "samples": int(len(images)),
                     "block": block, "settle_ms": settle_ms,
                     "order": f"phase 1: dense, dynamic, ideal interleaved: per turn each variant runs untimed for "
                              f"{settle_ms:g} ms, then {block} timed calls; order rotating per turn; "
                              "phase 2: http and dynamic, the same way",
                     "native": native_info()},
        "machine": {"cpu_count": os.cpu_count(), "platform": platform.platform(), "load_average_before": load_before,
                    "load_average_after": list(os.getloadavg()) if hasattr(os, "getloadavg") else None},
        "variants": stats,
        "flops": {"dense": flops_dense, "executed_mean": flops_executed, "ideal": ideal_flops(manifest, widths),
                  "dense_over_executed": flop_ratio, "reduction": 1.0 - flops_executed / flops_dense},
        "speedup": speedup,
        "realisation": speedup / flop_ratio,
        "gap_to_ideal": med["dynamic"] / med["ideal"],
        "ideal_speedup": med["dense"] / med["ideal"],
        "per_batch": batch,
        "widths": {"ideal": widths,
                   "kept_mean": {name: float(np.mean(v)) for name, v in kept.items()},
                   "out_channels": {u.name: u.out_channels for u in manifest.units}},
    }
    if "http" in stats:
        compute = np.asarray(server_compute, dtype=np.float64)
        beside = _stats(http_times["dynamic"])
        out["http"] = {
            "source": http_source,
            "dynamic_in_phase_2": beside,
            "overhead_ms": med["http"] - beside["median_ms"],
            "overhead_p90_ms": stats["http"]["p90_ms"] - beside["p90_ms"],
            "server_compute_median_ms": float(np.nanmedian(compute)) if compute.size else None,
            "overhead_vs_server_compute_ms": (med["http"] - float(np.nanmedian(compute))) if compute.size else None,
        }
    return out


# --------------------------------------------------------------------------- output


def table(result: dict[str, Any]) -> str:
    lines = []
    m, s, f = result["model"], result["settings"], result["flops"]
    lines.append(f"{m['name']} v{m['version']} ({m['arch']}, input {'x'.join(map(str, m['input_shape']))}): "
                 f"engine {s['engine']}, {s['threads']} threads, batch {s['batch']}, {s['reps']} timed calls per "
                 f"variant (interleaved, blocks of {s['block']}), inputs {s['inputs']}")
    lines.append(f"{'variant':<9} {'median ms':>10} {'p90 ms':>9}  {'min ms':>8}")
    for name in VARIANTS:
        v = result["variants"].get(name)
        if v:
            lines.append(f"{name:<9} {v['median_ms']:>10.3f} {v['p90_ms']:>9.3f}  {v['min_ms']:>8.3f}")
    lines.append(f"FLOPs (honest, per sample): dense {f['dense'] / 1e6:.2f} M, executed {f['executed_mean'] / 1e6:.2f} M "
                 f"(reduction {100 * f['reduction']:.1f}%, dense/executed {f['dense_over_executed']:.2f}x), "
                 f"ideal net {f['ideal'] / 1e6:.2f} M")
    lines.append(f"speedup dense/dynamic {result['speedup']:.2f}x; realisation {result['realisation']:.2f}; "
                 f"gap to ideal dynamic/ideal {result['gap_to_ideal']:.2f}x (ideal speedup {result['ideal_speedup']:.2f}x)")
    if "http" in result:
        h = result["http"]
        extra = ""
        if h.get("server_compute_median_ms") is not None:
            extra = (f"; server compute_ms median {h['server_compute_median_ms']:.3f}, "
                     f"http - server compute {h['overhead_vs_server_compute_ms']:.3f} ms")
        lines.append(f"HTTP overhead (http - dynamic, medians) {h['overhead_ms']:.3f} ms{extra}")
    return "\n".join(lines)


def plot(result: dict[str, Any], path: str) -> None:
    from dynaprune.figures import pyplot, save_png

    plt = pyplot()
    names = [n for n in VARIANTS if n in result["variants"]]
    med = [result["variants"][n]["median_ms"] for n in names]
    p90 = [result["variants"][n]["p90_ms"] for n in names]
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    colors = {"dense": "#888888", "dynamic": "#1f77b4", "ideal": "#2ca02c", "http": "#ff7f0e"}
    ax.bar(names, med, color=[colors[n] for n in names],
           yerr=[np.zeros(len(names)), np.subtract(p90, med)], capsize=4)
    for i, value in enumerate(med):
        ax.text(i, value / 2, f"{value:.2f}", ha="center", va="center", fontsize=9, color="white", fontweight="bold")
    m, s = result["model"], result["settings"]
    ax.set_ylabel("latency per call, ms (median, whisker = p90)")
    ax.set_title(f"{m['name']} ({m['arch']} {'x'.join(map(str, m['input_shape']))}), {s['engine']} engine, "
                 f"{s['threads']} threads, batch {s['batch']}", fontsize=9)
    ax.text(0.02, 0.97, f"speedup {result['speedup']:.2f}x, realisation {result['realisation']:.2f}\n"
            f"FLOPs dense/executed {result['flops']['dense_over_executed']:.2f}x, dynamic/ideal "
            f"{result['gap_to_ideal']:.2f}x", transform=ax.transAxes, ha="left", va="top", fontsize=8,
            bbox={"facecolor": "white", "edgecolor": "#cccccc", "alpha": 0.9})
    ax.set_ylim(0, max(p90) * 1.35)
    save_png(fig, path)


def run(args: argparse.Namespace) -> int:
    entry = resolve_entry(args.model)
    if args.url is not None and args.no_http:
        raise UserError("--url and --no-http contradict each other")
    result = bench(entry, engine=args.engine, threads=args.threads, batch=args.batch, reps=args.reps,
                   warmup=args.warmup, samples=args.samples, url=args.url, http_variant=not args.no_http,
                   server_runtime=args.server_runtime, block=args.block, settle_ms=args.settle_ms, seed=args.seed)
    if args.plot:
        plot(result, args.plot)
        _log(f"plot written to {args.plot}")
    if args.json:
        print(json.dumps(result))
    else:
        print(table(result))
    return 0
