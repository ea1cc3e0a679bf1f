"""One-call verification of the FTWT cuda engine on a lent NVIDIA GPU: dense vs dynamic, and served.

On the device machine, from the repository root (docs/gpu.md has the exact `run` call and what it
carries); dynaprune need not be installed: the working tree's folders are mapped onto
`dynaprune.<folder>` here, as setup.py's package_dir does.

    python3 tools/gpu_verify.py --wheels build/gpu-wheels --demo-checkpoint runs/demo-ftwt --out OUT

It builds its own entries there, with the exporter on the device's torch: the demo ResNet-56 (the
FTWT-trained checkpoint when one is given, else seeded), a 32x32 VGG16-BN and a 224x224 ResNet-18
(seeded: every predictor's biases drawn from N(-0.25, 1), which keeps about 40 % of the filters; the
JSON says what was kept). For each, at batch 1, 8, 32 and 128: dense ms (the same folded weights on
torch's cuDNN convs, replayed as a CUDA graph) and dynamic ms (the cuda engine's own graph replay),
both device time from CUDA events; the honest FLOPs ratio; realisation = speedup / (dense FLOPs /
executed FLOPs); the multiply-adds really launched after tile rounding. Then kept-channel agreement
with the CPU engine over every unit decision of 32 images (the native engine when it is built for
this Python, else the entry's ONNX graphs on ONNX Runtime's CPU provider, which the exporter checked
to keep the same channels), and the served path: the real server (`create_app` and uvicorn with the
protocol `dynaprune serve` uses) in a subprocess on the cuda engine with dynamic batching, loaded by
closed-loop clients sending binary requests; its images/s sit beside the engine's dense and dynamic
rates. Writes OUT/gpu_verify.json and OUT/gpu_verify.md and prints the table.

The device image has torch, triton, numpy, onnx, onnxruntime, safetensors, prometheus-client and
httpx but not the server's web stack nor pydantic: `tools/gpu_wheels.sh` downloads those as wheels
on a machine with PyPI, and `--wheels DIR` unpacks them into a temporary folder put first on sys.path.

`--dry-run-cpu` runs every step above on the CPU instead, under Triton's interpreter
(TRITON_INTERPRET=1), on tiny nets of the same three families at batches 1 and 2, and labels all it
writes "cpu-dry-run, not a GPU figure": it checks this script, never the engine's speed. Without a GPU
and without --dry-run-cpu the script says so and exits with status 2 before measuring anything.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
NO_GPU = 2
GPU_LABEL = "gpu"
DRY_LABEL = "cpu-dry-run, not a GPU figure"
SITE_ENV = "GPU_VERIFY_SITE"  # the unpacked wheels, for the server subprocess
KEEP_BIAS = (-0.25, 1.0)  # seeded predictor biases ~ N(mean, std): P(N(-0.25, 1) > 0) = 0.40
SERVED_ARCH = "vgg16_bn"  # the network served through the real server


@dataclass(frozen=True)
class Net:
    """One network to measure, as built when no checkpoint is given for it."""

    name: str  # its model name in the repository
    arch: str
    size: int
    width: float = 1.0
    channels: int = 3
    classes: int = 10
    demo: bool = False  # stands for the demo model: --demo-checkpoint replaces it


GPU_NETS = (
    Net("resnet56-demo", "resnet56", 8, channels=1, demo=True),  # the demo's shape: 1 x 8 x 8 digits
    Net("vgg16_bn-32", "vgg16_bn", 32),
    Net("resnet18-224", "resnet18", 224),
)
# The dry run: the same three families (CIFAR ResNet, VGG with pools after units, ImageNet ResNet with
# projection shortcuts and a pooled stem), made small enough for the interpreter.
DRY_NETS = (
    Net("resnet20-demo-standin", "resnet20", 8, width=0.25, channels=1, demo=True),
    Net("vgg16_bn-32", "vgg16_bn", 32, width=0.125),
    Net("resnet18-32", "resnet18", 32, width=0.125),
)


@dataclass(frozen=True)
class Mode:
    """How much to measure: the GPU run, or the CPU dry run of the same code."""

    gpu: bool
    label: str
    nets: tuple[Net, ...]
    batches: tuple[int, ...]
    iters: int
    agreement_images: int
    warm_s: float
    serve_s: float
    clients: int


def gpu_mode(batches: tuple[int, ...], iters: int, serve_s: float, clients: int) -> Mode:
    return Mode(True, GPU_LABEL, GPU_NETS, batches, iters, 32, 5.0, serve_s, clients)


DRY_MODE = Mode(False, DRY_LABEL, DRY_NETS, (1, 2), 1, 2, 1.0, 2.0, 2)


# --------------------------------------------------------------------------- environment


def gpu_problem() -> str:
    """Why this machine cannot run the GPU check ("" when it can)."""
    try:
        import torch
    except ImportError:
        return "torch is not installed"
    if not torch.cuda.is_available():
        return "torch sees no CUDA GPU (torch.cuda.is_available() is False)"
    try:
        import triton  # noqa: F401
    except ImportError:
        return "triton is not installed"
    return ""


def dry_run_problem() -> str:
    """Why the CPU dry run cannot run here ("" when it can): it needs torch and triton too."""
    missing = [name for name in ("torch", "triton") if _missing(name)]
    return f"{' and '.join(missing)} not installed" if missing else ""


def _missing(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is None


def unpack_wheels(wheels: Path) -> Path:
    """Every wheel of `wheels` unzipped into a fresh temporary folder (a wheel's layout is what an
    install puts into site-packages); the folder is returned for sys.path."""
    found = sorted(wheels.glob("*.whl"))
    if not found:
        raise SystemExit(f"gpu_verify: no wheels in {wheels} (make them with tools/gpu_wheels.sh)")
    site = Path(tempfile.mkdtemp(prefix="gpu-verify-site-"))
    for wheel in found:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
    return site


def bootstrap(site: Path | None) -> None:
    """Make `dynaprune.*` importable from the working tree (and the carried wheels, first)."""
    if site is not None and str(site) not in sys.path:
        sys.path.insert(0, str(site))
    try:
        import dynaprune  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT))
    import dynaprune as core  # the core package: ROOT/dynaprune

    if str(ROOT) not in list(core.__path__):
        core.__path__.append(str(ROOT))  # dynaprune.runtime -> ROOT/runtime, ...


# --------------------------------------------------------------------------- entries


def seeded_checkpoint(net: Net, run_dir: Path, seed: int = 0) -> Path:
    """A gated network with seeded weights whose predictors keep about 40 % of the filters, as a
    checkpoint the exporter reads (batch-norm statistics stay at their defaults)."""
    import torch

    from dynaprune.training.checkpoint import ArchSpec, CheckpointMeta, DataSpec, FtwtSpec, save_checkpoint

    spec = ArchSpec(name=net.arch, num_classes=net.classes, in_channels=net.channels, width=net.width)
    torch.manual_seed(seed)
    model = spec.build()
    with torch.no_grad():
        for unit in model.units():
            unit.predictor.fc.weight.mul_(10.0)  # decisions that depend on the input, not on the bias alone
            unit.predictor.fc.bias.normal_(*KEEP_BIAS)
    model.set_gating("predicted", r=0.4)
    meta = CheckpointMeta(
        kind="ftwt", arch=spec, input_shape=(net.channels, net.size, net.size),
        mean=(0.5,) * net.channels, std=(0.25,) * net.channels,
        class_names=tuple(f"class{i}" for i in range(net.classes)),
        data=DataSpec(uri=f"synthetic?size={net.size}&n={6 * net.classes}&classes={net.classes}"),
        ftwt=FtwtSpec(r=0.4),
    )
    return save_checkpoint(run_dir, model, meta)


def build_entry(net: Net, work: Path, repo: Path, demo_checkpoint: Path | None) -> tuple[Path, str]:
    """(entry directory, where its weights come from) of `net`, exported into `repo`."""
    from dynaprune.exporter.export import export_checkpoint

    if net.demo and demo_checkpoint is not None:
        checkpoint, source = demo_checkpoint, f"FTWT-trained checkpoint {demo_checkpoint}"
    else:
        checkpoint = seeded_checkpoint(net, work / "runs" / net.name)
        source = f"seeded: predictor biases ~ N({KEEP_BIAS[0]}, {KEEP_BIAS[1]}), about 40 % of filters kept"
    return export_checkpoint(checkpoint, repo, name=net.name, version=1).path, source


# --------------------------------------------------------------------------- measuring


class Clock:
    """Milliseconds per call: CUDA events around CUDA-graph replays on a GPU, wall time on the CPU."""

    def __init__(self, gpu: bool) -> None:
        self.gpu = gpu

    def replayable(self, fn: Callable[[], Any]) -> Callable[[], Any]:
        """`fn` captured as a CUDA graph (its replay is returned) on a GPU; `fn` itself on the CPU."""
        if not self.gpu:
            return fn
        import torch

        stream = torch.cuda.Stream()
        stream.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(stream):
            for _ in range(3):  # cuDNN settles its algorithms (benchmark mode) before the capture
                fn()
        torch.cuda.current_stream().wait_stream(stream)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            fn()
        return graph.replay

    def ms(self, fn: Callable[[], Any], iters: int) -> float:
        fn()
        if not self.gpu:
            start = time.perf_counter()
            for _ in range(iters):
                fn()
            return 1e3 * (time.perf_counter() - start) / iters
        import torch

        torch.cuda.synchronize()
        begin, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        begin.record()
        for _ in range(iters):
            fn()
        end.record()
        end.synchronize()
        return begin.elapsed_time(end) / iters


def measure(name: str, entry: Path, source: str, mode: Mode) -> dict[str, Any]:
    """Dense vs dynamic at every batch of `mode`, and kept-channel agreement with the CPU engine."""
    import numpy as np
    import torch

    from dynaprune.runtime.ftwt.cuda.dense import DenseNetwork
    from dynaprune.runtime.ftwt.cuda.plan import launched_macs
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner

    device = "cuda" if mode.gpu else "cpu"
    runner = CudaRunner(entry, device=device, buckets=tuple(sorted(set(mode.batches))))
    dense = DenseNetwork(runner.plan, device)
    widths = np.array([s.cout for s in runner.plan.steps], dtype=np.float64)
    dense_macs = float(launched_macs(runner.plan, widths[None, :].astype(np.int64), (1, 1, 1))[0])
    clock = Clock(mode.gpu)
    rng = np.random.default_rng(0)
    rows = []
    for batch in mode.batches:
        images = rng.random((batch, *runner.manifest.input.shape), dtype=np.float32)
        x = torch.from_numpy(images).to(device)
        dense_ms = clock.ms(clock.replayable(lambda: dense(x)), mode.iters)
        runner.run(images)  # this bucket's kernels compiled and (on a GPU) its graph captured
        device_ms, stats = [], {}
        for _ in range(mode.iters):
            stats = runner.run_stats(images)
            device_ms.append(stats["device_ms"])
        dynamic_ms = float(np.median(device_ms))
        flops_ratio = float(np.mean(stats["flops_executed"]) / runner.flops_dense)
        speedup = dense_ms / dynamic_ms
        rows.append({
            "batch": batch, "dense_ms": dense_ms, "dynamic_ms": dynamic_ms,
            "dense_images_per_s": 1e3 * batch / dense_ms, "dynamic_images_per_s": 1e3 * batch / dynamic_ms,
            "flops_ratio": flops_ratio, "launched_macs_ratio": float(np.mean(stats["macs_launched"]) / dense_macs),
            "keep_ratio": float(np.mean(stats["kept"] / widths)), "speedup": speedup, "realisation": speedup * flops_ratio,
        })
    return {"model": name, "arch": runner.manifest.arch, "input_shape": list(runner.manifest.input.shape),
            "source": source, "rows": rows, "agreement": agreement(runner, entry, mode.agreement_images, rng)}


def agreement(runner: Any, entry: Path, count: int, rng: Any) -> dict[str, Any]:
    """Share of unit decisions (filter kept or not, per unit, filter and image) equal to the CPU engine's."""
    import numpy as np

    from dynaprune.runtime.ftwt.native_runner import NativeRunner, native_available
    from dynaprune.runtime.ftwt.onnx_runner import ModelRunner
    from dynaprune.runtime.sessions import CPU

    if native_available():
        reference, name = NativeRunner(entry), "native"
    else:
        reference, name = ModelRunner(entry, providers=[CPU]), "onnxruntime-cpu"
    images = rng.random((count, *runner.manifest.input.shape), dtype=np.float32)
    same = total = 0
    worst = 0.0
    for mine, theirs in zip(runner.trace(images), reference.trace(images)):
        for unit, width in runner.unit_channels.items():
            a, b = np.zeros(width, bool), np.zeros(width, bool)
            a[mine.kept[unit]] = True
            b[theirs.kept[unit]] = True
            same += int((a == b).sum())
            total += width
        worst = max(worst, float(np.abs(mine.logits - theirs.logits).max()))
    return {"reference": name, "images": count, "decisions": total, "same": same,
            "ratio": same / total if total else 1.0, "max_logit_diff": worst}


# --------------------------------------------------------------------------- the served path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(argv: list[str]) -> int:
    """`gpu_verify.py serve ...`: the real server on one repository (the subprocess of `served`)."""
    parser = argparse.ArgumentParser(prog="gpu_verify.py serve")
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--max-batch-size", type=int, default=32)
    parser.add_argument("--cpu-interpret", action="store_true", help="the cuda engine on the CPU under the interpreter")
    args = parser.parse_args(argv)
    if args.cpu_interpret:
        os.environ["TRITON_INTERPRET"] = "1"
    site = os.environ.get(SITE_ENV)
    bootstrap(Path(site) if site else None)
    import uvicorn

    from dynaprune.server.app import create_app
    from dynaprune.server.http_protocol import bounded_protocol
    from dynaprune.server.logs import configure_logging
    from dynaprune.server.settings import ServerSettings

    settings = ServerSettings(repo=args.repo, host="127.0.0.1", port=args.port,
                              device="cpu" if args.cpu_interpret else "cuda", engine="auto" if args.cpu_interpret else "cuda",
                              max_batch_size=args.max_batch_size, warmup_iterations=1)
    app = create_app(settings, runner_factory=interpreted_runner if args.cpu_interpret else None)
    configure_logging("info")
    uvicorn.run(app, host=settings.host, port=settings.port, log_config=None, access_log=False,
                http=bounded_protocol(settings))
    return 0


def interpreted_runner(entry_dir: Path, *, verify_hashes: bool = True, **_options: Any) -> Any:
    """The dry run's engine in the server: the cuda engine's kernels on the CPU (Triton's interpreter)."""
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner

    return CudaRunner(entry_dir, device="cpu", buckets=DRY_MODE.batches, verify_hashes=verify_hashes)


def wait_ready(proc: subprocess.Popen, base: str, log: Path, timeout: float) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}:\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(f"{base}/v2/health/ready", timeout=5, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server was not ready after {timeout:.0f} s:\n{log.read_text()[-4000:]}")


def served(repo: Path, model: str, mode: Mode, site: Path | None) -> dict[str, Any]:
    """The real server on `repo` in a subprocess, under closed-loop binary requests of one image each."""
    import httpx

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = repo.parent / "server.log"
    command = [sys.executable, str(Path(__file__).resolve()), "serve", "--repo", str(repo), "--port", str(port),
               "--max-batch-size", str(max(mode.batches))] + ([] if mode.gpu else ["--cpu-interpret"])
    env = dict(os.environ)
    if site is not None:
        env[SITE_ENV] = str(site)
    with open(log, "w") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    try:
        wait_ready(proc, base, log, 600.0 if mode.gpu else 180.0)
        meta = httpx.get(f"{base}/v2/models/{model}", timeout=30, trust_env=False).json()
        load = closed_loop(f"{base}/v2/models/{model}/infer", meta["inputs"][0], mode)
        metrics = httpx.get(f"{base}/metrics", timeout=30, trust_env=False).text
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    engines = [line for line in metrics.splitlines() if line.startswith("dynaprune_model_engine_info{")]
    batch_sum = _metric(metrics, f'dynaprune_batch_size_sum{{model="{model}"}}')
    batch_count = _metric(metrics, f'dynaprune_batch_size_count{{model="{model}"}}')
    return {"model": model, "backend": meta["backend"], "engine": meta["parameters"].get("engine"),
            "device": meta["parameters"].get("device"), "engine_info": engines,
            "mean_engine_batch": batch_sum / batch_count if batch_count else None, **load}


def _metric(text: str, series: str) -> float:
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.split()[-1])
    return 0.0


def closed_loop(url: str, tensor: dict[str, Any], mode: Mode) -> dict[str, Any]:
    """`mode.clients` clients, each sending its next request when the last is answered: warm for
    `mode.warm_s` (bucket graphs captured), then counted for `mode.serve_s`."""
    import httpx
    import numpy as np

    shape = [1, *tensor["shape"][1:]]
    raw = np.random.default_rng(1).random(shape, dtype=np.float32).astype("<f4").tobytes()
    header = json.dumps({"inputs": [{"name": tensor["name"], "datatype": "FP32", "shape": shape,
                                     "parameters": {"binary_data_size": len(raw)}}]}).encode()
    headers = {"Inference-Header-Content-Length": str(len(header)), "Content-Type": "application/octet-stream"}
    start = time.monotonic() + mode.warm_s
    stop = start + mode.serve_s
    latencies: list[float] = []
    errors: list[int] = []
    finished: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        with httpx.Client(timeout=120, trust_env=False) as session:
            while True:
                sent = time.monotonic()
                if sent >= stop:
                    return
                status = session.post(url, content=header + raw, headers=headers).status_code
                done = time.monotonic()
                if sent >= start:  # counted when sent in the window, even if answered after it (slow interpreter)
                    with lock:
                        finished.append(done)
                        (latencies.append(1e3 * (done - sent)) if status == 200 else errors.append(status))

    threads = [threading.Thread(target=client) for _ in range(mode.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ok = np.array(latencies) if latencies else np.zeros(1)
    seconds = max(max(finished, default=stop), stop) - start  # the window, stretched to the last counted answer
    return {"clients": mode.clients, "seconds": seconds, "requests": len(latencies), "errors": len(errors),
            "images_per_s": len(latencies) / seconds, "p50_ms": float(np.percentile(ok, 50)),
            "p99_ms": float(np.percentile(ok, 99))}


# --------------------------------------------------------------------------- report


def table(report: dict[str, Any]) -> str:
    lines = [f"GPU verification: {report['label']} ({report['device']}; torch {report['torch']}, "
             f"triton {report['triton']})", "",
             "| model | batch | dense ms | dynamic ms | FLOPs ratio | launched MACs ratio | keep ratio | speedup | realisation |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in report["models"]:
        for row in r["rows"]:
            lines.append(f"| {r['model']} | {row['batch']} | {row['dense_ms']:.3f} | {row['dynamic_ms']:.3f} | "
                         f"{row['flops_ratio']:.3f} | {row['launched_macs_ratio']:.3f} | {row['keep_ratio']:.3f} | "
                         f"{row['speedup']:.2f} | {row['realisation']:.2f} |")
    lines += ["", "| model | kept-channel agreement | reference | unit decisions | max logit diff |", "|---|---|---|---|---|"]
    for r in report["models"]:
        a = r["agreement"]
        lines.append(f"| {r['model']} | {100 * a['ratio']:.3f} % | {a['reference']} | {a['decisions']} | {a['max_logit_diff']:.2e} |")
    s = report["served"]
    if s is not None:
        rates = {row["batch"]: row for m in report["models"] if m["model"] == s["model"] for row in m["rows"]}
        top = rates[max(rates)]
        lines += ["", f"Served {s['model']} ({s['engine']} engine on {s['device']}, {s['clients']} clients, "
                  f"binary requests of 1 image, dynamic batching up to {max(rates)}): {s['images_per_s']:.1f} images/s, "
                  f"p50 {s['p50_ms']:.2f} ms, p99 {s['p99_ms']:.2f} ms, {s['errors']} errors; engine alone at batch "
                  f"{top['batch']}: dense {top['dense_images_per_s']:.1f}, dynamic {top['dynamic_images_per_s']:.1f} images/s."]
    if report["label"] == DRY_LABEL:
        lines += ["", f"**{DRY_LABEL}**: Triton's CPU interpreter on tiny nets; these times check the script, not the engine."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve"]:
        return serve(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("gpu-verify-out"))
    parser.add_argument("--demo-checkpoint", type=Path, default=None,
                        help="the FTWT-trained demo checkpoint (runs/demo-ftwt); else the demo's shape is seeded")
    parser.add_argument("--wheels", type=Path, default=None, help="a folder of carried wheels (tools/gpu_wheels.sh)")
    parser.add_argument("--batches", default="1,8,32,128")
    parser.add_argument("--iters", type=int, default=20)
    parser.add_argument("--serve-seconds", type=float, default=15.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--dry-run-cpu", action="store_true",
                        help=f"run every step on the CPU under Triton's interpreter, tiny nets ({DRY_LABEL})")
    args = parser.parse_args(argv)
    if args.dry_run_cpu:
        os.environ["TRITON_INTERPRET"] = "1"  # before triton is first imported
        problem = dry_run_problem()
        if problem:
            print(f"gpu_verify: the CPU dry run needs torch and triton: {problem}", file=sys.stderr)
            return 1
        mode = DRY_MODE
    else:
        problem = gpu_problem()
        if problem:
            print(f"gpu_verify: no usable GPU here: {problem}. Nothing was measured; run this on a machine "
                  "with an NVIDIA GPU, torch (CUDA) and triton (docs/gpu.md), or pass --dry-run-cpu.", file=sys.stderr)
            return NO_GPU
        mode = gpu_mode(tuple(int(b) for b in args.batches.split(",")), args.iters, args.serve_seconds, args.clients)
    site = unpack_wheels(args.wheels) if args.wheels is not None else None
    bootstrap(site)
    import torch
    import triton

    if mode.gpu:
        torch.backends.cudnn.benchmark = True  # the dense baseline gets cuDNN's best algorithm per shape
        torch.backends.cudnn.allow_tf32 = False  # IEEE float32 on both sides (the engine's default)
        torch.backends.cuda.matmul.allow_tf32 = False
    started = time.time()
    work = Path(tempfile.mkdtemp(prefix="gpu-verify-"))
    try:
        models, served_entry = [], None
        for net in mode.nets:
            entry, source = build_entry(net, work, work / "repo", args.demo_checkpoint)
            print(f"gpu_verify: measuring {net.name} ({source})", file=sys.stderr, flush=True)
            models.append(measure(net.name, entry, source, mode))
            if net.arch == SERVED_ARCH:
                served_entry = (net.name, entry)
        serving = None
        if served_entry is not None:
            name, entry = served_entry
            shutil.copytree(entry, work / "served" / name / "1")
            serving = served(work / "served", name, mode, site)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = {"label": mode.label, "device": torch.cuda.get_device_name() if mode.gpu else "cpu (Triton interpreter)",
              "torch": torch.__version__, "triton": triton.__version__, "batches": list(mode.batches),
              "iters": mode.iters, "models": models, "served": serving, "seconds": time.time() - started}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "gpu_verify.json").write_text(json.dumps(report, indent=2))
    (args.out / "gpu_verify.md").write_text(table(report))
    print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
