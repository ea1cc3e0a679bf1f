"""ONNX Runtime sessions and execution providers, for every engine that uses ONNX Runtime.

Provider choice is made once here: `select_providers(device)` for a server's `--device`, and
`available_providers(requested)` for a runner (the requested providers onnxruntime offers).
"""

from __future__ import annotations

import ctypes
import os
import threading
from pathlib import Path
from typing import Any, Callable

import onnxruntime as ort

from dynaprune.errors import UserError
from dynaprune.runtime.contract import Runner
from dynaprune.runtime.manifest import ManifestError

CPU = "CPUExecutionProvider"
CUDA = "CUDAExecutionProvider"
DEFAULT_PROVIDERS = [CUDA, CPU]


def available_providers(requested: list[str] | None, *, cpu_fallback: bool = False) -> list[str]:
    """The requested providers (default: CUDA then CPU) that onnxruntime offers, in order; when none
    is offered, the CPU with `cpu_fallback`, else a ManifestError."""
    available = set(ort.get_available_providers())
    wanted = DEFAULT_PROVIDERS if requested is None else requested
    chosen = [p for p in wanted if p in available]
    if not chosen and cpu_fallback:
        return [CPU]
    if not chosen:
        raise ManifestError(
            f"none of the execution providers {wanted} is available (onnxruntime offers {sorted(available)})"
        )
    return chosen


def session_options(intra: int | None, inter: int | None) -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.log_severity_level = 3  # warnings about unused initializers etc. are noise here
    if intra is not None:
        options.intra_op_num_threads = intra
    if inter is not None:
        options.inter_op_num_threads = inter
    return options


def open_session(entry_dir: Path, rel: str, options: ort.SessionOptions, providers: list[str]) -> ort.InferenceSession:
    """One graph of an entry; a graph ONNX Runtime refuses is the entry's fault, named as such."""
    try:
        return ort.InferenceSession(str(entry_dir / rel), sess_options=options, providers=providers)
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ManifestError(f"{entry_dir}: onnxruntime cannot load {rel}: {exc}") from exc


class LazySession:
    """A session created on first use, once, even when several threads ask at the same time
    (dense references are loaded only by those who run them: the benchmark, parity checks)."""

    def __init__(self, create: Callable[[], ort.InferenceSession]) -> None:
        self._create = create
        self._session: ort.InferenceSession | None = None
        self._lock = threading.Lock()

    def get(self) -> ort.InferenceSession:
        with self._lock:
            if self._session is None:
                self._session = self._create()
            return self._session


class OnnxRuntimeRunner(Runner):
    """Base of the engines that run an entry's graphs on ONNX Runtime: providers and thread
    settings, and opening the entry's graphs with them."""

    backend = "onnxruntime"
    engine = "onnx"

    def __init__(self, entry_dir: str | os.PathLike[str], *, providers: list[str] | None = None,
                 intra_op_threads: int | None = None, inter_op_threads: int | None = None, **entry: Any) -> None:
        super().__init__(entry_dir, **entry)  # verify_hashes, manifest
        self.providers = available_providers(providers)
        self.intra_op_threads = intra_op_threads
        self.inter_op_threads = inter_op_threads

    def options(self, intra: int | None = None) -> ort.SessionOptions:
        """Session options with `intra` threads (default: the runner's `intra_op_threads`)."""
        return session_options(self.intra_op_threads if intra is None else intra, self.inter_op_threads)

    def session(self, rel: str, options: ort.SessionOptions) -> ort.InferenceSession:
        return open_session(self.entry_dir, rel, options, self.providers)


# --------------------------------------------------------------------------- devices


def _gpu_present() -> bool:
    """Ask the CUDA driver directly: onnxruntime-gpu lists its CUDA provider even on GPU-less hosts."""
    try:
        libcuda = ctypes.CDLL("libcuda.so.1")
    except OSError:
        return False
    try:
        if libcuda.cuInit(0) != 0:
            return False
        count = ctypes.c_int(0)
        if libcuda.cuDeviceGetCount(ctypes.byref(count)) != 0:
            return False
        return count.value > 0
    except AttributeError:
        return False


def cuda_available() -> bool:
    return CUDA in ort.get_available_providers() and _gpu_present()


def select_providers(device: str) -> list[str]:
    """ORT execution providers for `device` in {auto, cpu, cuda}; CPU is always the fallback."""
    if device == "cpu":
        return [CPU]
    has_cuda = cuda_available()
    if device == "cuda" and not has_cuda:
        raise UserError(
            "device=cuda was requested but CUDA is unavailable "
            "(needs the onnxruntime-gpu package and a visible NVIDIA GPU)"
        )
    if has_cuda:
        return [CUDA, CPU]
    return [CPU]
