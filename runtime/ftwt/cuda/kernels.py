"""The Triton kernels of the CUDA engine: one launch per unit step for the whole batch.

Tensors are laid out as the native engine keeps them: a unit's output is *compact*, (B, C, H, W)
whose first `cnt[b]` channel rows hold the kept channels `idx[b, :cnt[b]]` (ascending); `pos[b, c]`
is the row of channel c, or -1 when it was dropped. Dense tensors (the image, residual sums) are
the same with idx = pos = 0..C-1. Rows past a sample's count are never read, so nothing clears them.

Every grid is fixed by the shapes alone (it can be captured in a CUDA graph); a program whose
rows lie past its sample's count exits at once, so dropped filters, and padding samples of a
batch-size bucket (count 0), cost a launch slot and nothing else.

Loops run to a bound fixed at compile time and skip their steps past a sample's reduction length
(`if k0 < K`): Triton's CPU interpreter (TRITON_INTERPRET=1, what the tests run) cannot take a loop
bound loaded from memory under numpy 2, and one code path for GPU and tests is what the tests check.
"""

from __future__ import annotations

import triton
import triton.language as tl


@triton.jit
def masked_conv_kernel(
    x_ptr, x_idx, x_cnt,  # input: compact (B, XC, H, W), its channel ids (B, XC), counts (B,)
    w_ptr, b_ptr,  # folded weight (COUT, CIN, KH, KW), bias (COUT,)
    y_ptr, o_idx, o_cnt,  # output: buffer (B, YC, HO, WO), the filters to compute (B, OC), counts (B,)
    u_pos,  # (B, YC) rows of the unit's kept channels (-1: dropped), read with RELU_UNKEPT
    XC, OC, YC, H, W, HO, WO, CIN, SH, SW, PH, PW, DH, DW,
    KH: tl.constexpr, KW: tl.constexpr, K_ITERS: tl.constexpr,
    RELU: tl.constexpr, OUT_SCATTER: tl.constexpr, RESIDUAL: tl.constexpr,
    RELU_AFTER: tl.constexpr, RELU_UNKEPT: tl.constexpr, PRECISION: tl.constexpr,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
):
    """Implicit GEMM over (output pixels) x (kept filters) x (kept input channels x taps).

    Weight rows and columns are read in place through the kept lists (no gathered copy). Epilogue:
    + bias, ReLU (RELU), then, for a residual block's second conv (RESIDUAL, output scattered to
    the dense sum at the filter's own channel), + the shortcut already in y and ReLU (RELU_AFTER);
    RELU_UNKEPT applies ReLU only to channels the unit dropped (a projection shortcut written first).
    """
    b = tl.program_id(0)
    nt = tl.program_id(1)
    mt = tl.program_id(2)
    kout = tl.load(o_cnt + b)
    if nt * BLOCK_N < kout:
        kin = tl.load(x_cnt + b)
        K = kin * (KH * KW)
        rows = nt * BLOCK_N + tl.arange(0, BLOCK_N)
        nmask = rows < kout
        oc = tl.load(o_idx + b * OC + rows, mask=nmask, other=0)
        m = mt * BLOCK_M + tl.arange(0, BLOCK_M)
        mmask = m < HO * WO
        oh = m // WO
        ow = m % WO
        ih0 = oh * SH - PH
        iw0 = ow * SW - PW
        x_base = x_ptr + b.to(tl.int64) * XC * H * W
        acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
        for it in range(K_ITERS):
            k0 = it * BLOCK_K
            if k0 < K:
                k = k0 + tl.arange(0, BLOCK_K)
                kmask = k < K
                j = k // (KH * KW)
                rem = k % (KH * KW)
                dy = rem // KW
                dx = rem % KW
                ih = ih0[:, None] + dy[None, :] * DH
                iw = iw0[:, None] + dx[None, :] * DW
                amask = mmask[:, None] & kmask[None, :] & (ih >= 0) & (ih < H) & (iw >= 0) & (iw < W)
                a = tl.load(x_base + j[None, :] * (H * W) + ih * W + iw, mask=amask, other=0.0)
                ci = tl.load(x_idx + b * XC + j, mask=kmask, other=0)
                woff = oc[None, :] * (CIN * KH * KW) + (ci * (KH * KW) + rem)[:, None]
                wt = tl.load(w_ptr + woff, mask=kmask[:, None] & nmask[None, :], other=0.0)
                acc += tl.dot(a, wt, input_precision=PRECISION)
        v = acc + tl.load(b_ptr + oc, mask=nmask, other=0.0)[None, :]
        if RELU:
            v = tl.maximum(v, 0.0)
        if OUT_SCATTER:
            ch = oc
        else:
            ch = rows
        yoff = b.to(tl.int64) * YC * HO * WO + ch[None, :] * (HO * WO) + m[:, None]
        smask = mmask[:, None] & nmask[None, :]
        if RESIDUAL:
            v += tl.load(y_ptr + yoff, mask=smask, other=0.0)
        if RELU_AFTER:
            v = tl.maximum(v, 0.0)
        if RELU_UNKEPT:
            p = tl.load(u_pos + b * YC + oc, mask=nmask, other=0)
            v = tl.where((p < 0)[None, :], tl.maximum(v, 0.0), v)
        tl.store(y_ptr + yoff, v, mask=smask)


@triton.jit
def depthwise_kernel(
    x_ptr, x_pos,  # input: compact (B, C, H, W) and the row of each channel (B, C), -1: dropped
    w_ptr, b_ptr,  # weight (C, 1, KH, KW), bias (C,)
    y_ptr, o_idx, o_cnt,  # compact output (B, C, HO, WO), kept filters (B, C), counts (B,)
    C, H, W, HO, WO, SH, SW, PH, PW, DH, DW,
    KH: tl.constexpr, KW: tl.constexpr, RELU: tl.constexpr,
    BLOCK_N: tl.constexpr, BLOCK_M: tl.constexpr,
):
    """Each kept filter reads its own input channel where that was kept (else only its bias)."""
    b = tl.program_id(0)
    nt = tl.program_id(1)
    mt = tl.program_id(2)
    kout = tl.load(o_cnt + b)
    if nt * BLOCK_N < kout:
        rows = nt * BLOCK_N + tl.arange(0, BLOCK_N)
        nmask = rows < kout
        oc = tl.load(o_idx + b * C + rows, mask=nmask, other=0)
        p = tl.load(x_pos + b * C + oc, mask=nmask, other=-1)
        have = nmask & (p >= 0)
        m = mt * BLOCK_M + tl.arange(0, BLOCK_M)
        mmask = m < HO * WO
        oh = m // WO
        ow = m % WO
        x_base = x_ptr + b.to(tl.int64) * C * H * W
        acc = tl.zeros((BLOCK_N, BLOCK_M), dtype=tl.float32)
        for dy in tl.static_range(KH):
            for dx in tl.static_range(KW):
                ih = oh * SH - PH + dy * DH
                iw = ow * SW - PW + dx * DW
                inb = mmask & (ih >= 0) & (ih < H) & (iw >= 0) & (iw < W)
                xv = tl.load(x_base + p[:, None] * (H * W) + (ih * W + iw)[None, :],
                             mask=have[:, None] & inb[None, :], other=0.0)
                wv = tl.load(w_ptr + oc * (KH * KW) + dy * KW + dx, mask=nmask, other=0.0)
                acc += xv * wv[:, None]
        v = acc + tl.load(b_ptr + oc, mask=nmask, other=0.0)[:, None]
        if RELU:
            v = tl.maximum(v, 0.0)
        yoff = b.to(tl.int64) * C * HO * WO + rows[:, None] * (HO * WO) + m[None, :]
        tl.store(y_ptr + yoff, v, mask=nmask[:, None] & mmask[None, :])


@triton.jit
def shortcut_kernel(
    s_ptr, s_pos,  # the shortcut's input: compact (B, SC, HS, WS) and its channel rows (B, SC)
    y_ptr, u_pos, y_cnt,  # dense output (B, COUT, HO, WO), the unit's kept rows (B, COUT), live counts (B,)
    SC, HS, WS, COUT, HO, WO,
    ST: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_M: tl.constexpr,
):
    """Identity (ST=1) or "pad" shortcut (ST x ST average pool, channels past SC zero) into the
    dense sum, ReLU'd already for the channels the unit dropped (its conv adds to the others)."""
    b = tl.program_id(0)
    nt = tl.program_id(1)
    mt = tl.program_id(2)
    n = tl.load(y_cnt + b)
    if nt * BLOCK_N < n:
        c = nt * BLOCK_N + tl.arange(0, BLOCK_N)
        cmask = c < COUT
        sp = tl.load(s_pos + b * SC + c, mask=cmask & (c < SC), other=-1)
        have = sp >= 0
        m = mt * BLOCK_M + tl.arange(0, BLOCK_M)
        mmask = m < HO * WO
        oh = m // WO
        ow = m % WO
        s_base = s_ptr + b.to(tl.int64) * SC * HS * WS
        acc = tl.zeros((BLOCK_N, BLOCK_M), dtype=tl.float32)
        for a in tl.static_range(ST):
            for d in tl.static_range(ST):
                off = (oh * ST + a) * WS + ow * ST + d
                acc += tl.load(s_base + sp[:, None] * (HS * WS) + off[None, :],
                               mask=have[:, None] & mmask[None, :], other=0.0)
        v = acc / (ST * ST)
        kp = tl.load(u_pos + b * COUT + c, mask=cmask, other=0)
        v = tl.where((kp < 0)[:, None], tl.maximum(v, 0.0), v)
        yoff = b.to(tl.int64) * COUT * HO * WO + c[:, None] * (HO * WO) + m[None, :]
        tl.store(y_ptr + yoff, v, mask=cmask[:, None] & mmask[None, :])


@triton.jit
def maxpool_kernel(
    x_ptr, y_ptr, cnt,  # compact (B, C, H, W) -> compact (B, C, HO, WO), rows (B,)
    C, H, W, HO, WO, S, P,
    K: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_M: tl.constexpr,
):
    """Max pool of the first cnt[b] rows; padding never wins (as PyTorch's and the native engine's)."""
    b = tl.program_id(0)
    nt = tl.program_id(1)
    mt = tl.program_id(2)
    k = tl.load(cnt + b)
    if nt * BLOCK_N < k:
        rows = nt * BLOCK_N + tl.arange(0, BLOCK_N)
        nmask = rows < k
        m = mt * BLOCK_M + tl.arange(0, BLOCK_M)
        mmask = m < HO * WO
        oh = m // WO
        ow = m % WO
        x_base = x_ptr + b.to(tl.int64) * C * H * W
        acc = tl.full((BLOCK_N, BLOCK_M), float("-inf"), dtype=tl.float32)
        for a in tl.static_range(K):
            for d in tl.static_range(K):
                ih = oh * S - P + a
                iw = ow * S - P + d
                inb = mmask & (ih >= 0) & (ih < H) & (iw >= 0) & (iw < W)
                v = tl.load(x_base + rows[:, None] * (H * W) + (ih * W + iw)[None, :],
                            mask=nmask[:, None] & inb[None, :], other=float("-inf"))
                acc = tl.maximum(acc, v)
        yoff = b.to(tl.int64) * C * HO * WO + rows[:, None] * (HO * WO) + m[None, :]
        tl.store(y_ptr + yoff, acc, mask=nmask[:, None] & mmask[None, :])


@triton.jit
def predictor_pool_kernel(
    x_ptr, x_pos,  # the unit's input: compact (B, CIN, H, W), channel rows (B, CIN)
    out_ptr,  # (B, CIN): pooled value per channel, exactly 0 for a dropped one (the masked tensor)
    CIN, HW,
    AVG: tl.constexpr, HW_ITERS: tl.constexpr, BLOCK_C: tl.constexpr, BLOCK_HW: tl.constexpr,
):
    b = tl.program_id(0)
    ct = tl.program_id(1)
    c = ct * BLOCK_C + tl.arange(0, BLOCK_C)
    cmask = c < CIN
    p = tl.load(x_pos + b * CIN + c, mask=cmask, other=-1)
    have = cmask & (p >= 0)
    x_base = x_ptr + b.to(tl.int64) * CIN * HW
    if AVG:
        acc = tl.zeros((BLOCK_C,), dtype=tl.float32)
    else:
        acc = tl.full((BLOCK_C,), float("-inf"), dtype=tl.float32)
    for it in range(HW_ITERS):
        h = it * BLOCK_HW + tl.arange(0, BLOCK_HW)
        lmask = have[:, None] & (h < HW)[None, :]
        if AVG:
            v = tl.load(x_base + p[:, None] * HW + h[None, :], mask=lmask, other=0.0)
            acc += tl.sum(v, axis=1)
        else:
            v = tl.load(x_base + p[:, None] * HW + h[None, :], mask=lmask, other=float("-inf"))
            acc = tl.maximum(acc, tl.max(v, axis=1))
    if AVG:
        acc = acc / HW
    tl.store(out_ptr + b * CIN + c, tl.where(have, acc, 0.0), mask=cmask)


@triton.jit
def predictor_kernel(
    p_ptr,  # (B, CIN) pooled input channels
    w_ptr, b_ptr,  # predictor linear map (COUT, CIN), bias (COUT,)
    thr_ptr,  # (B,) keep a filter when its logit > thr (0 as trained; +inf for padding samples)
    k_idx, k_pos, k_cnt,  # out: kept filters ascending (B, COUT), row of each filter (B, COUT), count (B,)
    CIN, COUT,
    BLOCK_CIN: tl.constexpr, BLOCK_O: tl.constexpr, O_ITERS: tl.constexpr,
):
    """Softmax over the pooled channels, linear map, threshold, and the kept list built on device
    (a prefix sum of the keep flags gives each kept filter its row): no host round trip."""
    b = tl.program_id(0)
    c = tl.arange(0, BLOCK_CIN)
    cmask = c < CIN
    pv = tl.load(p_ptr + b * CIN + c, mask=cmask, other=float("-inf"))
    mx = tl.max(pv, axis=0)
    e = tl.where(cmask, tl.exp(pv - mx), 0.0)
    s = e / tl.sum(e, axis=0)
    thr = tl.load(thr_ptr + b)
    count = tl.sum(tl.zeros((BLOCK_O,), dtype=tl.int32), axis=0)
    for it in tl.static_range(O_ITERS):
        o = it * BLOCK_O + tl.arange(0, BLOCK_O)
        omask = o < COUT
        wt = tl.load(w_ptr + o[:, None] * CIN + c[None, :], mask=omask[:, None] & cmask[None, :], other=0.0)
        logit = tl.sum(wt * s[None, :], axis=1) + tl.load(b_ptr + o, mask=omask, other=0.0)
        keep = (logit > thr) & omask
        flags = keep.to(tl.int32)
        row = count + tl.cumsum(flags, axis=0) - 1
        tl.store(k_idx + b * COUT + row, o, mask=keep)
        tl.store(k_pos + b * COUT + o, tl.where(keep, row, -1), mask=omask)
        count += tl.sum(flags, axis=0)
    tl.store(k_cnt + b, count)


@triton.jit
def head_kernel(
    x_ptr, x_idx, x_cnt,  # compact (B, C, H, W), channel ids (B, C), counts (B,)
    w_ptr, b_ptr, out_ptr,  # classifier (CLASSES, C), bias (CLASSES,), logits (B, CLASSES)
    C, HW, CLASSES,
    HW_ITERS: tl.constexpr, CLS_ITERS: tl.constexpr,
    BLOCK_C: tl.constexpr, BLOCK_HW: tl.constexpr, BLOCK_CLS: tl.constexpr,
):
    """Global average pool of the kept channels, classifier on their weight columns only."""
    b = tl.program_id(0)
    j = tl.arange(0, BLOCK_C)
    k = tl.load(x_cnt + b)
    jmask = j < k
    x_base = x_ptr + b.to(tl.int64) * C * HW
    acc = tl.zeros((BLOCK_C,), dtype=tl.float32)
    for it in range(HW_ITERS):
        h = it * BLOCK_HW + tl.arange(0, BLOCK_HW)
        v = tl.load(x_base + j[:, None] * HW + h[None, :], mask=jmask[:, None] & (h < HW)[None, :], other=0.0)
        acc += tl.sum(v, axis=1)
    pooled = acc / HW
    idx = tl.load(x_idx + b * C + j, mask=jmask, other=0)
    for it in range(CLS_ITERS):
        cls = it * BLOCK_CLS + tl.arange(0, BLOCK_CLS)
        cmask = cls < CLASSES
        wt = tl.load(w_ptr + cls[:, None] * C + idx[None, :], mask=cmask[:, None] & jmask[None, :], other=0.0)
        logit = tl.sum(wt * pooled[None, :], axis=1) + tl.load(b_ptr + cls, mask=cmask, other=0.0)
        tl.store(out_ptr + b * CLASSES + cls, logit, mask=cmask)


# Whether these kernels were built for Triton's CPU interpreter (TRITON_INTERPRET=1 when this module
# was first imported): they then run on torch CPU tensors, for tests, and never on a GPU.
INTERPRETED = type(masked_conv_kernel).__name__ == "InterpretedFunction"
