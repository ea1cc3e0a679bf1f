"""The FTWT family on CUDA: Triton kernels that skip the dropped filters, one launch per unit step.

Same contract and answers as `NativeRunner`: kept channel sets equal to the native engine's,
logits within the exporter's tolerance, honest FLOPs from `dynaprune.models.flops`. Per unit and
batch: a pooling and a predictor launch (softmax, linear map, threshold, the kept list and its
count built on device) and one masked implicit-GEMM conv launch whose programs past a sample's
kept count exit at once (bias, ReLU, residual add fused); shortcuts, pools and the head are small
kernels of their own (`dynaprune.runtime.ftwt.cuda.kernels`). Grids depend on the shapes only, so
on a GPU the whole forward of each batch-size bucket is captured once as a CUDA graph and a
request is one graph replay; samples that pad a batch to its bucket keep nothing and cost nothing.

This module is torch-free at import: torch and triton load when a runner is opened (the engine is
selected), never when the runtime is imported. On a machine without a GPU the runner still runs on
torch CPU tensors under Triton's interpreter (TRITON_INTERPRET=1, set before triton is imported):
that is how the test suite checks it; it is orders of magnitude slower and is not an engine to serve.
"""

from __future__ import annotations

import importlib.util
import os
import threading
import time
from typing import TYPE_CHECKING, Any

import numpy as np

from dynaprune.models.flops import CountMode, executed_flops
from dynaprune.runtime.contract import Runner, RunResult, SampleTrace
from dynaprune.runtime.ftwt.budget import check_budgets, solve
from dynaprune.runtime.ftwt.cuda.plan import Plan, build_plan, launched_macs
from dynaprune.runtime.ftwt.manifest import FAMILY, FtwtManifest
from dynaprune.runtime.ftwt.published import FtwtPublished
from dynaprune.runtime.manifest import ManifestBase, ManifestError
from dynaprune.runtime.sessions import CPU, LazySession, available_providers, gpu_present, open_session, session_options

if TYPE_CHECKING:  # pragma: no cover - typing only
    import torch

BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)  # batch sizes with a captured graph; larger batches run in chunks
GPU_TILES = (32, 64, 32)  # masked conv (BLOCK_N filters, BLOCK_M pixels, BLOCK_K inputs x taps)
INTERPRETER_TILES = (64, 256, 64)  # few, large programs: the interpreter pays per program


def cuda_engine_unavailable_reason() -> str:
    """Why the cuda engine cannot run here ("" when it can), asked without importing torch:
    torch and triton must be installed and the CUDA driver must see a GPU."""
    missing = [name for name in ("torch", "triton") if importlib.util.find_spec(name) is None]
    if missing:
        return f"the cuda engine needs {' and '.join(missing)} (pip install 'dynaprune[cuda]')"
    if not gpu_present():
        return "the cuda engine needs an NVIDIA GPU and its driver (libcuda found no device)"
    return ""


def cuda_engine_available() -> bool:
    return cuda_engine_unavailable_reason() == ""


def _pow2(n: int, lo: int = 16) -> int:
    return max(lo, 1 << max(0, int(n) - 1).bit_length())


def _cdiv(a: int, b: int) -> int:
    return -(-a // b)


class _Buffers:
    """Everything one batch-size bucket computes in (static: a CUDA graph replays on these)."""

    def __init__(self, runner: "CudaRunner", batch: int) -> None:
        torch = runner.torch
        dev, plan = runner.device, runner.plan
        f32, i32 = dict(dtype=torch.float32, device=dev), dict(dtype=torch.int32, device=dev)
        self.batch = batch
        self.live = torch.zeros(batch, **i32)  # 1 for a real sample, 0 for padding
        self.thr = torch.zeros(batch, **f32)
        self.tensors = [torch.zeros((batch, c, h, w), **f32) for c, h, w in plan.tensors]
        self.dense_cnt = {c: torch.zeros(batch, **i32) for c in runner.widths}
        units = len(plan.steps)
        self.counts = torch.zeros((units, batch), **i32)  # kept filters per unit and sample
        self.idx: list[Any] = []
        self.pos: list[Any] = []
        self.pooled: list[Any] = []
        self.conv_out: list[Any] = []
        for s in plan.steps:
            if s.gated:
                self.idx.append(torch.zeros((batch, s.cout), **i32))
                self.pos.append(torch.zeros((batch, s.cout), **i32))
                self.pooled.append(torch.zeros((batch, s.cin), **f32))
            else:
                self.idx.append(runner.iota[s.cout][:batch])
                self.pos.append(runner.iota[s.cout][:batch])
                self.pooled.append(None)
            if s.post:
                chans = [torch.zeros((batch, s.cout, s.conv.out_h, s.conv.out_w), **f32)]
                h, w = s.conv.out_h, s.conv.out_w
                for k, st, p in s.post[:-1]:
                    h, w = (h + 2 * p - k) // st + 1, (w + 2 * p - k) // st + 1
                    chans.append(torch.zeros((batch, s.cout, h, w), **f32))
                self.conv_out.append(chans)
            else:
                self.conv_out.append(None)
        self.logits = torch.zeros((batch, plan.head_w.shape[0]), **f32)
        self.graph: Any = None


class CudaRunner(FtwtPublished, Runner):
    """One FTWT entry on the Triton kernels; `run` executes each sample's own sub-network.

    `device`: "cuda" (default), "cuda:N", or "cpu" (only under TRITON_INTERPRET=1, for tests).
    `tf32`: let the conv GEMMs use TF32 tensor cores (off: IEEE float32, the kept channels of the
    CPU engines). `graphs`: capture each bucket's forward as a CUDA graph (default: on a GPU).
    `providers` and `inter_op_threads` only apply to `run_dense` (dense.onnx on ONNX Runtime).
    """

    backend = "dynaprune-triton-cuda"
    engine = "cuda"
    supports_flops_budget = True
    family = FAMILY
    manifest: FtwtManifest

    def __init__(self, entry_dir: str | os.PathLike[str], *, device: str | None = None, tf32: bool = False,
                 graphs: bool | None = None, buckets: tuple[int, ...] = BUCKETS, verify_hashes: bool = True,
                 providers: list[str] | None = None, intra_op_threads: int | None = None,
                 inter_op_threads: int | None = None, manifest: ManifestBase | None = None) -> None:
        super().__init__(entry_dir, verify_hashes=verify_hashes, manifest=manifest)
        device = device or "cuda"
        if device != "cpu":
            reason = cuda_engine_unavailable_reason()
            if reason:
                raise ManifestError(reason)
        import torch  # the engine is selected: now, and only now, torch and triton load

        from dynaprune.runtime.ftwt.cuda import kernels

        if device == "cpu" and not kernels.INTERPRETED:
            raise ManifestError("the cuda engine runs on the CPU only under Triton's interpreter "
                                "(TRITON_INTERPRET=1 before triton is first imported)")
        if device != "cpu" and (kernels.INTERPRETED or not torch.cuda.is_available()):
            raise ManifestError("the cuda engine needs a GPU that torch can use (torch.cuda.is_available() is False, "
                                "or TRITON_INTERPRET=1 made the kernels CPU-interpreted)")
        self.torch, self.kernels = torch, kernels
        self.device = torch.device(device)
        self.on_gpu = self.device.type == "cuda"
        self.precision = "tf32" if tf32 else "ieee"
        self.graphs = self.on_gpu if graphs is None else (bool(graphs) and self.on_gpu)
        self.buckets = tuple(sorted(int(b) for b in buckets))
        if not self.buckets or self.buckets[0] < 1:
            raise ValueError(f"buckets must be positive batch sizes, got {buckets}")
        self.tiles = INTERPRETER_TILES if kernels.INTERPRETED else GPU_TILES
        self.plan: Plan = build_plan(self.entry_dir, self.manifest)
        self._providers, self._intra, self._inter = providers, intra_op_threads, inter_op_threads
        self._names = [s.name for s in self.plan.steps]
        dev = self.device
        self.widths = sorted({c for c, _, _ in self.plan.tensors} | {s.cout for s in self.plan.steps})
        big = self.buckets[-1]
        self.iota = {c: torch.arange(c, dtype=torch.int32, device=dev).repeat(big, 1).contiguous() for c in self.widths}
        self.weights = [{k: torch.from_numpy(np.array(v, dtype=np.float32)).to(dev) for k, v in s.arrays.items()}
                        for s in self.plan.steps]
        self.head_w = torch.from_numpy(np.array(self.plan.head_w)).to(dev)
        self.head_b = torch.from_numpy(np.array(self.plan.head_b)).to(dev)
        self.mean = torch.from_numpy(self.plan.mean).to(dev).view(1, -1, 1, 1)
        self.std = torch.from_numpy(self.plan.std).to(dev).view(1, -1, 1, 1)
        self._buffers: dict[int, _Buffers] = {}
        self._lock = threading.Lock()  # one forward at a time per runner: the buffers are shared
        self._cost = self.manifest.cost()
        self._dense = LazySession(self._open_dense)
        self.last_device_ms = 0.0  # device time of the last batch (CUDA events on a GPU)
        self._ran_on: str | None = None  # the device the last batch's outputs were found on

    # ------------------------------------------------------------------ the forward

    def _forward(self, bufs: _Buffers) -> None:
        """Every launch of one batch on `bufs` (what a CUDA graph captures)."""
        k, plan, B = self.kernels, self.plan, bufs.batch
        block_n, block_m, block_k = self.tiles
        for c, cnt in bufs.dense_cnt.items():
            self.torch.mul(bufs.live, c, out=cnt)
        x0 = bufs.tensors[0]
        x0.sub_(self.mean).div_(self.std)
        # per tensor: (buffer, channel ids, channel rows, counts)
        state: list[tuple[Any, Any, Any, Any]] = [(x0, self.iota[plan.tensors[0][0]][:B], self.iota[plan.tensors[0][0]][:B],
                                                   bufs.dense_cnt[plan.tensors[0][0]])]
        for s, wts in zip(plan.steps, self.weights):
            u = s.index
            xbuf, xidx, xpos, xcnt = state[s.input]
            cnt = bufs.counts[u]
            if s.gated:
                hw = s.in_h * s.in_w
                block_c = min(64, _pow2(s.cin))
                block_hw = min(_pow2(hw), 256 if self.kernels.INTERPRETED else 64)
                k.predictor_pool_kernel[(B, _cdiv(s.cin, block_c))](
                    xbuf, xpos, bufs.pooled[u], s.cin, hw,
                    AVG=s.avg_pool, HW_ITERS=_cdiv(hw, block_hw), BLOCK_C=block_c, BLOCK_HW=block_hw)
                block_cin = _pow2(s.cin)
                block_o = max(1, min(_pow2(s.cout), 4096 // block_cin))
                k.predictor_kernel[(B,)](
                    bufs.pooled[u], wts["pw"], wts["pb"], bufs.thr, bufs.idx[u], bufs.pos[u], cnt, s.cin, s.cout,
                    BLOCK_CIN=block_cin, BLOCK_O=block_o, O_ITERS=_cdiv(s.cout, block_o))
            else:
                cnt.copy_(bufs.dense_cnt[s.cout])
            oidx, opos = bufs.idx[u], bufs.pos[u]
            out = bufs.conv_out[u][0] if s.post else bufs.tensors[u + 1]
            g = s.conv
            grid = (B, _cdiv(s.cout, block_n), _cdiv(g.out_h * g.out_w, block_m))
            if s.output_dense:
                live = bufs.dense_cnt[s.cout]
                sbuf, sidx, spos, scnt = state[s.skip]
                sc, hs, ws = plan.tensors[s.skip]
                if s.shortcut == "projection":
                    p = s.projection
                    assert p is not None
                    self._conv(sbuf, sidx, scnt, wts["pj_w"], wts["pj_b"], out, self.iota[s.cout][:B], live, opos,
                               xc=sc, oc=s.cout, yc=s.cout, h=hs, width=ws, cin=sc, g=p, grid=grid,
                               relu=False, scatter=False, residual=False, relu_after=False, relu_unkept=True)
                else:
                    k.shortcut_kernel[grid](sbuf, spos, out, opos, live, sc, hs, ws, s.cout, g.out_h, g.out_w,
                                            ST=s.shortcut_stride, BLOCK_N=block_n, BLOCK_M=block_m)
                self._conv(xbuf, xidx, xcnt, wts["w"], wts["b"], out, oidx, cnt, opos,
                           xc=s.cin, oc=s.cout, yc=s.cout, h=s.in_h, width=s.in_w, cin=s.cin, g=g, grid=grid,
                           relu=s.relu, scatter=True, residual=True, relu_after=True, relu_unkept=False)
                result = (self.iota[s.cout][:B], self.iota[s.cout][:B], live)
            else:
                if s.depthwise:
                    k.depthwise_kernel[grid](
                        xbuf, xpos, wts["w"], wts["b"], out, oidx, cnt, s.cout, s.in_h, s.in_w, g.out_h, g.out_w,
                        g.sh, g.sw, g.ph, g.pw, g.dh, g.dw, KH=g.kh, KW=g.kw, RELU=s.relu,
                        BLOCK_N=block_n, BLOCK_M=block_m)
                else:
                    self._conv(xbuf, xidx, xcnt, wts["w"], wts["b"], out, oidx, cnt, opos,
                               xc=s.cin, oc=s.cout, yc=s.cout, h=s.in_h, width=s.in_w, cin=s.cin, g=g, grid=grid,
                               relu=s.relu, scatter=False, residual=False, relu_after=False, relu_unkept=False)
                result = (oidx, opos, cnt)
            if s.post:
                src, h, w = out, g.out_h, g.out_w
                for p_i, (pk, ps, pp) in enumerate(s.post):
                    h2, w2 = (h + 2 * pp - pk) // ps + 1, (w + 2 * pp - pk) // ps + 1
                    dst = bufs.tensors[u + 1] if p_i == len(s.post) - 1 else bufs.conv_out[u][p_i + 1]
                    k.maxpool_kernel[(B, _cdiv(s.cout, block_n), _cdiv(h2 * w2, block_m))](
                        src, dst, result[2], s.cout, h, w, h2, w2, ps, pp, K=pk, BLOCK_N=block_n, BLOCK_M=block_m)
                    src, h, w = dst, h2, w2
            state.append((bufs.tensors[u + 1], *result))
        hbuf, hidx, _, hcnt = state[plan.head_input]
        c, h, w = plan.tensors[plan.head_input]
        block_c = _pow2(c)
        block_hw = max(1, min(_pow2(h * w, 1), 8192 // block_c))
        classes = plan.head_w.shape[0]
        block_cls = max(1, min(_pow2(classes), 8192 // block_c))
        k.head_kernel[(B,)](hbuf, hidx, hcnt, self.head_w, self.head_b, bufs.logits, c, h * w, classes,
                            HW_ITERS=_cdiv(h * w, block_hw), CLS_ITERS=_cdiv(classes, block_cls),
                            BLOCK_C=block_c, BLOCK_HW=block_hw, BLOCK_CLS=block_cls)

    def _conv(self, x: Any, xidx: Any, xcnt: Any, weight: Any, bias: Any, y: Any, oidx: Any, ocnt: Any, upos: Any, *,
              xc: int, oc: int, yc: int, h: int, width: int, cin: int, g: Any, grid: tuple[int, int, int],
              relu: bool, scatter: bool, residual: bool, relu_after: bool, relu_unkept: bool) -> None:
        """One masked conv launch (`kernels.masked_conv_kernel`) with this runner's tiles and precision."""
        block_n, block_m, block_k = self.tiles
        self.kernels.masked_conv_kernel[grid](
            x, xidx, xcnt, weight, bias, y, oidx, ocnt, upos,
            xc, oc, yc, h, width, g.out_h, g.out_w, cin, g.sh, g.sw, g.ph, g.pw, g.dh, g.dw,
            KH=g.kh, KW=g.kw, K_ITERS=_cdiv(xc * g.kh * g.kw, block_k),
            RELU=relu, OUT_SCATTER=scatter, RESIDUAL=residual, RELU_AFTER=relu_after, RELU_UNKEPT=relu_unkept,
            PRECISION=self.precision, BLOCK_M=block_m, BLOCK_N=block_n, BLOCK_K=block_k)

    # ------------------------------------------------------------------ running

    def _bucket(self, n: int) -> int:
        return next(b for b in self.buckets if b >= n)

    def _buffers_for(self, batch: int) -> _Buffers:
        bufs = self._buffers.get(batch)
        if bufs is None:
            bufs = self._buffers[batch] = _Buffers(self, batch)
        return bufs

    def _replay(self, bufs: _Buffers) -> None:
        torch = self.torch
        if not self.graphs:
            self._forward(bufs)
            return
        if bufs.graph is None:
            stream = torch.cuda.Stream()
            stream.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(stream):
                x = bufs.tensors[0].clone()
                self._forward(bufs)  # compiles every kernel before capture
                bufs.tensors[0].copy_(x)
            torch.cuda.current_stream().wait_stream(stream)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph):
                self._forward(bufs)
            bufs.graph = graph
        bufs.graph.replay()

    def execute(self, x: np.ndarray, thresholds: np.ndarray | None) -> tuple[np.ndarray, np.ndarray, float]:
        """Raw images (B, C, H, W) -> logits (B, classes), kept counts (B, units), device ms."""
        torch = self.torch
        n = x.shape[0]
        logits = np.empty((n, self.plan.head_w.shape[0]), dtype=np.float32)
        kept = np.empty((n, len(self.plan.steps)), dtype=np.int64)
        self._pos_host: list[np.ndarray] = []
        elapsed = 0.0
        top = self.buckets[-1]
        for start in range(0, n, top):
            chunk = slice(start, min(n, start + top))
            m = chunk.stop - chunk.start
            bufs = self._buffers_for(self._bucket(m))
            thr = np.full(bufs.batch, np.inf, dtype=np.float32)
            thr[:m] = 0.0 if thresholds is None else thresholds[chunk]
            live = np.zeros(bufs.batch, dtype=np.int32)
            live[:m] = 1
            bufs.tensors[0][:m].copy_(torch.from_numpy(x[chunk]))
            bufs.tensors[0][m:].zero_()  # padding samples: zeros, not stale values
            bufs.live.copy_(torch.from_numpy(live))
            bufs.thr.copy_(torch.from_numpy(thr))
            if self.on_gpu:
                begin, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                begin.record()
                self._replay(bufs)
                end.record()
                end.synchronize()
                elapsed += begin.elapsed_time(end)
            else:
                t0 = time.perf_counter()
                self._replay(bufs)
                elapsed += 1e3 * (time.perf_counter() - t0)
            self._confirm_device(bufs)
            logits[chunk] = bufs.logits[:m].cpu().numpy()
            kept[chunk] = bufs.counts[:, :m].T.cpu().numpy()
            self._pos_host.append(np.concatenate([p[:m].cpu().numpy() for p in bufs.pos], axis=1))
        return logits, kept, elapsed

    def _confirm_device(self, bufs: _Buffers) -> None:
        """Refuse to report a device the answers did not come from: every output of the batch (logits,
        kept counts, kept rows) must be on this runner's device. A GPU device under the interpreter is
        refused at construction, so outputs on the GPU mean the kernels ran there."""
        where = sorted({t.device.type for t in (bufs.logits, bufs.counts, *bufs.pos)})
        if where != [self.device.type]:
            raise ManifestError(f"the cuda engine was opened on {self.device} but its outputs are on {', '.join(where)}: "
                                "refusing to report it as running there")
        self._ran_on = str(self.device)

    @property
    def execution_device(self) -> str:
        """The device the last batch's outputs were checked to be on ("cuda", "cuda:1"; "cpu" under the
        interpreter); asked before any run, one warm-up sample runs first."""
        if self._ran_on is None:
            self.warmup(1)
        assert self._ran_on is not None
        return self._ran_on

    def _flops(self, kept: np.ndarray) -> np.ndarray:
        if not self.manifest.gated:
            return np.full(kept.shape[0], self.flops_dense, dtype=np.float64)
        counts = {name: kept[:, i] for i, name in enumerate(self._names)}
        total = executed_flops(self._cost, counts, CountMode.HONEST).total
        return np.broadcast_to(np.asarray(total, dtype=np.float64), (kept.shape[0],)).copy()

    def run(self, images: np.ndarray, flops_budget: np.ndarray | float | None = None) -> RunResult:
        """`flops_budget`: per sample (or one for all), the share of the dense FLOPs it may execute
        (`dynaprune.runtime.ftwt.budget`); None runs the predictors as trained."""
        x = self.inputs.check(images)
        with self._lock:
            thresholds = None
            if flops_budget is not None and self.manifest.gated and len(x):
                targets = check_budgets(flops_budget, len(x)) * self.flops_dense
                thresholds = solve(lambda t: self._flops(self.execute(x, t)[1]), targets)
            logits, kept, self.last_device_ms = self.execute(x, thresholds)
        return RunResult(logits=logits, kept={n: kept[:, i].copy() for i, n in enumerate(self._names)},
                         flops_executed=self._flops(kept), flops_dense=self.flops_dense)

    def run_stats(self, images: np.ndarray) -> dict[str, Any]:
        """Like `run`, plus what the engine did: multiply-adds launched after rounding to kernel
        tiles (`launched_macs`) and the batch's device time in ms (CUDA events on a GPU)."""
        x = self.inputs.check(images)
        with self._lock:
            logits, kept, ms = self.execute(x, None)
        return {"logits": logits, "kept": kept, "flops_executed": self._flops(kept),
                "macs_launched": launched_macs(self.plan, kept, self.tiles), "device_ms": ms}

    def trace(self, images: np.ndarray) -> list[SampleTrace]:
        """Per-sample kept indices and logits for UNnormalised images (B, C, H, W)."""
        x = self.inputs.check(images)
        with self._lock:
            logits, _, _ = self.execute(x, None)
            pos = np.concatenate(self._pos_host, axis=0) if self._pos_host else np.zeros((0, 0), np.int32)
        offsets = np.concatenate([[0], np.cumsum([s.cout for s in self.plan.steps])])
        return [SampleTrace(logits=logits[i], kept={
            name: np.flatnonzero(pos[i, offsets[u]:offsets[u + 1]] >= 0).astype(np.int64)
            for u, name in enumerate(self._names)}) for i in range(x.shape[0])]

    # ------------------------------------------------------------------ the dense reference

    def _open_dense(self):
        providers = available_providers(self._providers if self._providers is not None else [CPU], cpu_fallback=True)
        return open_session(self.entry_dir, self.manifest.dense.graph.file, session_options(self._intra, self._inter),
                            providers)

    def run_dense(self, images: np.ndarray) -> np.ndarray:
        """Logits (B, num_classes) of dense.onnx (ONNX Runtime, CPU unless told), the unpruned backbone."""
        x = self.normalise(images)
        return self._dense.get().run(None, {self.manifest.dense.graph.inputs[0]: x})[0]

