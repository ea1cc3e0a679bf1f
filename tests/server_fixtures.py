"""Helpers for the server tests: real exported models, in-process apps, a real server process.

Model entries are produced by the real exporter from tiny random FTWT ResNet-20s
(tests may use torch to *build* fixtures; the server itself never imports it).
Exports take a couple of seconds, so the `server_repo` fixture (tests/conftest.py)
builds the repository once per session, and `repo_copy` copies it where a test needs
to damage or change it; `server_process` is the one real server of the session.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import httpx
import numpy as np

with warnings.catch_warnings():  # starlette nags about httpx vs httpx2; not our concern here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
RGB = "resnet_rgb"  # 3 x 16 x 16, versions 1 and 2 (different weights)
GRAY = "resnet_gray"  # 1 x 8 x 8, version 1
RGB_SHAPE = (3, 16, 16)
GRAY_SHAPE = (1, 8, 8)
NUM_CLASSES = 10


def _export(work: Path, repo: Path, name: str, version: int, shape: tuple[int, int, int], seed: int) -> Path:
    import torch

    from dynaprune.exporter.export import export_checkpoint
    from dynaprune.training.checkpoint import ArchSpec, CheckpointMeta, DataSpec, FtwtSpec, save_checkpoint

    channels = shape[0]
    meta = CheckpointMeta(
        kind="ftwt",
        arch=ArchSpec(name="resnet20", num_classes=NUM_CLASSES, in_channels=channels, width=0.25),
        input_shape=shape,
        mean=(0.5,) * channels,
        std=(0.25,) * channels,
        class_names=tuple(f"class_{i}" for i in range(NUM_CLASSES)),
        data=DataSpec(uri="digits"),
        ftwt=FtwtSpec(r=0.7),
    )
    torch.manual_seed(seed)
    net = meta.arch.build()
    with torch.no_grad():  # random predictor biases: some channels kept, some skipped, input-dependent
        for unit in net.units():
            unit.predictor.fc.bias.normal_(0.0, 2.0)
            unit.predictor.fc.weight.mul_(20.0)
    checkpoint = save_checkpoint(work / f"{name}-{version}", net, meta)
    return export_checkpoint(checkpoint, repo, name=name, version=version).path


def build_repository(root: Path) -> Path:
    """`root`/repo with RGB v1, RGB v2 and GRAY v1 (the `server_repo` fixture calls this once per session)."""
    repo = root / "repo"
    _export(root, repo, RGB, 1, RGB_SHAPE, seed=0)
    _export(root, repo, RGB, 2, RGB_SHAPE, seed=1)
    _export(root, repo, GRAY, 1, GRAY_SHAPE, seed=2)
    return repo


def tamper(entry: Path) -> Path:
    """Flip one byte of one graph file of `entry` (as an attacker or a bad disk would)."""
    manifest = json.loads((entry / "manifest.json").read_text())
    victim = entry / sorted(manifest["files"])[0]
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))
    return victim


def settings_for(repo: Path, **overrides: Any):  # type: ignore[no-untyped-def]
    from dynaprune.server.settings import ServerSettings

    values: dict[str, Any] = {"repo": repo, "intra_op_threads": 1, "warmup_iterations": 1}
    values.update(overrides)
    return ServerSettings(**values)


def wait_ready(client: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.get("/v2/health/ready").status_code == 200:
            return
        time.sleep(0.02)
    raise AssertionError("server did not become ready")


def inflight(client: Any) -> float:
    """The server's in-flight gauge, read from /metrics."""
    for line in client.get("/metrics").text.splitlines():
        if line.startswith("dynaprune_inflight_requests "):
            return float(line.split()[1])
    raise AssertionError("no inflight gauge")


def wait_for(predicate: Any, timeout: float = 10.0) -> None:
    """Poll `predicate` until it holds (AssertionError after `timeout` seconds)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def wait_settled(client: Any, timeout: float = 30.0) -> None:
    """Wait until no entry is LOADING (for repositories where nothing may become ready)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = {e["state"] for e in client.post("/v2/repository/index").json()}
        if "LOADING" not in states and client.app.state.registry.startup_complete:
            return
        time.sleep(0.02)
    raise AssertionError("start-up load did not finish")


@contextmanager
def running_app(repo: Path, *, runner_factory: Any = None, ready: bool = True, **overrides: Any) -> Iterator[TestClient]:
    """An in-process app (lifespan running) with its models loaded."""
    from dynaprune.server.app import create_app

    app = create_app(settings_for(repo, **overrides), runner_factory=runner_factory)
    with TestClient(app, raise_server_exceptions=False) as client:
        if ready:
            wait_ready(client)
        else:
            wait_settled(client)
        yield client


def random_images(batch: int, shape: tuple[int, int, int] = RGB_SHAPE, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).random((batch, *shape), dtype=np.float32)


def infer_body(images: np.ndarray, **extra: Any) -> dict[str, Any]:
    body = {"inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape), "data": images.reshape(-1).tolist()}]}
    body.update(extra)
    return body


def binary_request(images: np.ndarray, **extra: Any) -> tuple[bytes, dict[str, str]]:
    raw = images.astype("<f4").tobytes()
    header = {"inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape), "parameters": {"binary_data_size": len(raw)}}]}
    header.update(extra)
    head = json.dumps(header).encode()
    return head + raw, {"Inference-Header-Content-Length": str(len(head)), "Content-Type": "application/octet-stream"}


def png_bytes(size: tuple[int, int] = (40, 30), mode: str = "RGB", fmt: str = "PNG") -> bytes:
    import io

    from PIL import Image

    rng = np.random.default_rng(3)
    channels = 1 if mode == "L" else 3
    pixels = rng.integers(0, 256, (size[1], size[0], channels), dtype=np.uint8)
    image = Image.fromarray(pixels[..., 0] if channels == 1 else pixels, mode)
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


# --------------------------------------------------------------------------- a runner we can hold


class GatedRunnerFactory:
    """Wraps the real runner so a test decides when each inference may finish.

    `entered` counts inferences that reached the runtime; `gate` releases them.
    Warm-up runs pass straight through.
    """

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Semaphore(0)

    def __call__(self, entry_dir: Path, **kwargs: Any) -> Any:
        from dynaprune.runtime.ftwt import ModelRunner

        factory = self

        class Held(ModelRunner):
            warming = False

            def warmup(self, iterations: int = 2) -> None:
                self.warming = True
                try:
                    super().warmup(iterations)
                finally:
                    self.warming = False

            def run(self, images: np.ndarray) -> Any:
                if not self.warming:
                    factory.entered.release()
                    factory.gate.wait(30)
                return super().run(images)

        return Held(entry_dir, **kwargs)


# --------------------------------------------------------------------------- a real server process


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http_ready(proc: subprocess.Popen, url: str, log_path: Path, what: str, timeout: float) -> None:
    """Poll `url` until it answers 200; fail with the process's log if it exits or times out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"{what} exited with {proc.returncode}: {log_path.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=1.0, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{what} not ready after {timeout}s: {log_path.read_text()[-3000:]}")


def stop_process(proc: subprocess.Popen) -> None:
    """Terminate politely, then kill: a test must never leave a server behind."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


class ServerProcess:
    """`python -m dynaprune serve` in a subprocess, JSON logs captured to a file."""

    def __init__(self, repo: Path, log_path: Path, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        full_env = {**os.environ, "DYNAPRUNE_INTRA_OP_THREADS": "1", "DYNAPRUNE_WARMUP_ITERATIONS": "1", **(env or {})}
        self._log = open(log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "dynaprune", "serve", "--repo", str(repo), "--port", str(self.port)],
            cwd=ROOT,
            env=full_env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        wait_http_ready(self.proc, self.url + "/v2/health/ready", self.log_path, "server", timeout)

    def log_lines(self) -> list[dict[str, Any]]:
        self._log.flush()
        lines = []
        for line in self.log_path.read_text().splitlines():
            try:
                lines.append(json.loads(line))
            except ValueError:
                lines.append({"unparsed": line})
        return lines

    def stop(self) -> None:
        stop_process(self.proc)
        self._log.close()

