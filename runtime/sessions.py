"""ONNX Runtime sessions and execution providers, for every engine that uses ONNX Runtime.

Provider choice is made once here: `select_providers(device)` for a server's `--device`, and
`available_providers(requested)` for a runner (the requested providers onnxruntime offers).
"""

from __future__ import annotations

import ctypes
import importlib.util
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
    # by default CUDA only where a GPU is seen: onnxruntime-gpu offers its provider on GPU-less hosts too
    wanted = (DEFAULT_PROVIDERS if _gpu_present() else [CPU]) if requested is None else requested
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


# CUDA provider options. cuDNN's default EXHAUSTIVE search benchmarks every algorithm for each new
# shape, and a masked unit's gathered weight has a new shape for nearly every sample; TF32 (on by
# default) can make `logit > 0` pick other channels than the CPU engines do.
CUDA_OPTIONS = {"cudnn_conv_algo_search": "HEURISTIC", "use_tf32": "0"}


def provider_options(providers: list[str]) -> list[Any]:
    """`providers` as onnxruntime takes them, the CUDA provider with `CUDA_OPTIONS`."""
    return [(p, dict(CUDA_OPTIONS)) if p == CUDA else p for p in providers]


def check_providers(session: ort.InferenceSession, providers: list[str], what: str) -> None:
    """A ManifestError when ONNX Runtime did not take the first provider asked for: onnxruntime-gpu
    falls back to the CPU silently when it cannot load its CUDA libraries, and a server must never
    report CUDA for a graph that runs on the CPU."""
    used = list(session.get_providers())
    if providers and providers[0] != CPU and providers[0] not in used:
        raise ManifestError(f"{what}: onnxruntime was asked for {providers[0]} but runs on {used} "
                            "(its CUDA libraries did not load: check the CUDA/cuDNN versions of onnxruntime-gpu)")


def open_session(entry_dir: Path, rel: str, options: ort.SessionOptions, providers: list[str]) -> ort.InferenceSession:
    """One graph of an entry; a graph ONNX Runtime refuses is the entry's fault, named as such."""
    try:
        session = ort.InferenceSession(str(entry_dir / rel), sess_options=options, providers=provider_options(providers))
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ManifestError(f"{entry_dir}: onnxruntime cannot load {rel}: {exc}") from exc
    check_providers(session, providers, f"{entry_dir}: {rel}")
    return session


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

    @property
    def execution_device(self) -> str:
        """"cuda" when the sessions run on the CUDA provider (each was checked to have taken it when it
        was opened: `check_providers`), else "cpu"."""
        return "cuda" if self.providers[0] == CUDA else "cpu"

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


def gpu_present() -> bool:
    """Whether the CUDA driver sees an NVIDIA GPU (asked through libcuda: no torch, no onnxruntime-gpu)."""
    return _gpu_present()


def cuda_available() -> bool:
    return CUDA in ort.get_available_providers() and _gpu_present()


def triton_cuda_possible() -> bool:
    """Whether the FTWT cuda engine could run: torch and triton installed, a GPU the driver sees
    (asked without importing torch)."""
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "triton")) and _gpu_present()


def select_providers(device: str) -> list[str]:
    """ORT execution providers for `device` in {auto, cpu, cuda}; CPU is always the fallback.

    device=cuda needs a GPU and a way to use it (onnxruntime-gpu, or torch + triton for the FTWT
    cuda engine); without one it is a start-up error, never a silent fallback to the CPU. device=auto
    asks for CUDA when there is a GPU and either way to use it, else the CPU."""
    if device == "cpu":
        return [CPU]
    has_cuda = cuda_available()
    if device == "cuda" and not has_cuda:
        if triton_cuda_possible():
            return [CUDA, CPU]
        raise UserError(
            "device=cuda was requested but CUDA is unavailable "
            "(needs a visible NVIDIA GPU and either the onnxruntime-gpu package or torch with triton "
            "for the FTWT cuda engine)"
        )
    if has_cuda or (device == "auto" and triton_cuda_possible()):
        return [CUDA, CPU]
    return [CPU]
