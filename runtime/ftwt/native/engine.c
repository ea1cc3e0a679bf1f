/* dynaprune native engine: one C call runs a sample's whole FTWT sub-network.
 *
 * Per sample, for each unit in execution order: the predictor (pool of the compact
 * input, softmax over the dense channel vector with dropped channels as zeros, linear,
 * kept = logit > 0), then the conv over the kept filters only ("indexed GEMM": im2col
 * of the compact input, then a register-blocked micro-kernel whose weights are read
 * straight from W[out_idx[r]][in_idx[j]][t] - no weight gather, no copy), ReLU, the
 * residual add for a block's second conv (dense output), max-pools; finally the head.
 * Stride-1 convs build im2col panel by panel inside the GEMM tasks, by masked shifts of
 * the input planes, into a buffer per thread (im2col_shift_panel).
 * Work is exactly k_out * H_out * W_out * k_in * kh * kw multiply-adds per conv.
 *
 * Plain C11 + GCC/Clang vector extensions + the Python C API (buffer protocol) + pthreads:
 * large convs are split across threads by a small "help if you can" pool (pool.h). The
 * GIL is released while computing; several Python threads may call run() at once (each
 * takes its own workspace; one of them at a time gets the helper threads).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "pool.h"

#include <time.h>

/* profile clock: the calling thread's CPU time (a request preempted by other processes does not
 * count; helper threads' work is not included) */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

#define ALIGN 64
#define PAR_MIN_MACS 200000 /* smaller convs run on the calling thread: handing out work would cost more */
#define DP_PREFETCH 4        /* input channels ahead that the kernels prefetch weights for */
#define DP_MAX_WORKERS 64     /* threads that get their own im2col buffers (more: no shift im2col) */
#define PAR_MIN_PRED 32768   /* predictor linear maps (memory bound) are split from this many weights on */

/* ------------------------------------------------------------------------ vectors */

typedef float v16 __attribute__((vector_size(64)));
typedef float v16u __attribute__((vector_size(64), aligned(4), may_alias));
typedef float v8 __attribute__((vector_size(32)));
typedef float v8u __attribute__((vector_size(32), aligned(4), may_alias));
typedef float v4 __attribute__((vector_size(16)));
typedef float v4u __attribute__((vector_size(16), aligned(4), may_alias));
typedef int32_t v16i __attribute__((vector_size(64)));
typedef int32_t v16i_u __attribute__((vector_size(64), aligned(4), may_alias));

typedef void (*kernel_fn)(const float *, size_t, const int *, const int *, int, int, const float *, size_t,
                          const float *, float *, size_t, int);

/* DP_HOT: with -DDP_DISPATCH (portable builds, see setup.py) the hot functions are compiled for
 * x86-64-v4 (AVX-512), x86-64-v3 (AVX2 + FMA) and the baseline; the loader picks the best the
 * CPU has (GCC target_clones, an ifunc). Without it, one version for the -march of the build. */
#if defined(DP_DISPATCH)
#define DP_HOT __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define DP_HOT
#endif

/* four consecutive floats repeated over 16 lanes: [a0 a1 a2 a3 a0 a1 ...] */
#if defined(__AVX512F__)
#define BCAST4(p) ((v16)_mm512_broadcast_f32x4(_mm_loadu_ps(p)))
#else
/* reads 16 floats from p (weight buffers carry WEIGHT_SLACK floats of padding) and repeats the first
 * four: one in-register shuffle (a narrower load would go through the stack) */
static inline v16 bcast4(const float *p)
{
    const v16 w = *(const v16u *)p;
    return __builtin_shufflevector(w, w, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3);
}
#define BCAST4(p) bcast4(p)
#endif
#define WEIGHT_SLACK 16 /* floats allocated past every weight buffer (BCAST4 reads up to 12 ahead) */

/* kN_KK_NV_MR(W, rs, oidx, aoff, kin, kk, B, ldb, bias, C, ldc, ncols):
 * C[r][0:ncols] = bias[oidx[r]] + sum_{j<kin, t<kk} W[oidx[r]*rs + aoff[j] + t] * B[(j*kk + t)*ldb + 0:ncols]
 * for MR rows; NV vectors of N lanes per row (ncols <= NV*N; lanes past ncols come from B's
 * padding and are dropped). The weights are read in place: no gather, no packing. */
#include "kernels.h"

/* Blocking for an output of N pixels: vector width, vectors per panel, rows per block. */
typedef struct {
    int vw, vsel, nv, mr;
} Blocking;

static Blocking blocking_for(int n)
{
    Blocking b;
    if (n <= 4) {
        b.vw = 4; b.vsel = 2; b.nv = 1;
    } else if (n <= 8) {
        b.vw = 8; b.vsel = 1; b.nv = 1;
    } else if (n <= 48) {
        b.vw = 16; b.vsel = 0; b.nv = (n + 15) / 16;
    } else {
        b.vw = 16; b.vsel = 0; b.nv = 4;
    }
    b.mr = KMR[b.vsel][b.nv - 1];
    return b;
}

static size_t round_up(size_t n, size_t m) { return (n + m - 1) / m * m; }

/* ------------------------------------------------------------------------ program */

typedef struct ShiftPlan ShiftPlan; /* see im2col_shift */

typedef struct {
    int cin, cout, kh, kw, sh, sw, pt, pl, pb, pr, dh, dw;
} Geo;

/* 3x3 convs with 2x2 outputs have their own micro-kernels (KERNELS_T4) and im2col layout */
static inline int uses_t4(const Geo *g, int N, int Wo) { return N == 4 && Wo == 2 && g->kh == 3 && g->kw == 3; }

/* Row length of B (floats per row of a panel) for an output of N pixels blocked as bl */
static inline int b_row_length(const Blocking *bl, int N)
{
    const int panel = bl->nv * bl->vw;
    return N <= panel ? (int)round_up((size_t)N, (size_t)bl->vw) : panel;
}

typedef struct {
    int f[U_NFIELDS];
    Geo conv, proj;
    float *buf[F_NBUF];
    float *pwt;     /* predictor weight transposed, [cin][cout]: a kept input channel is one contiguous row */
    float *prowsum; /* per output, the sum of its predictor weights (float64 sum, rounded) */
    ShiftPlan *shift; /* im2col of the conv by shifts, or NULL */
} Unit;

typedef struct Workspace {
    struct Workspace *next;
    void *mem;
    float **tbuf; /* per tensor values, compact [k][H][W] */
    int **tidx;   /* per tensor channel indices */
    int *tk;      /* per tensor kept count */
    int *kidx, *aoff, *pos;
    float *col, *tmp, *tmp2, *tmp3, *pv, *plog, *pooled;
    float *ppart;       /* PRED_PARTS partial predictor logits */
    float *pcol;        /* per worker, one B panel built by shifts (pcol_stride floats each) */
    size_t pcol_stride;
} Workspace;

typedef struct {
    PyObject_HEAD
    int nunits, ntensors, nconvs, threads;
    Unit *units;
    int *tc, *th, *tw; /* tensor dims */
    int head_input, head_c, classes;
    float *head_w, *head_b, *mean, *std;
    int64_t *cost;
    double flops_const;
    int64_t total_channels; /* sum of units' cout (mask layout) */
    int *iota;
    /* workspace sizes (floats or ints) */
    size_t sz_col, sz_tmp, sz_pv, sz_plog, sz_kidx, sz_aoff, sz_pos;
    size_t sz_pcol;  /* floats of one worker's shift-im2col panel */
    size_t sz_slack; /* floats kept before and after the tensors for im2col_shift's out-of-plane loads */
    PyThread_type_lock lock;
    Workspace *free_ws;
    Pool *pool; /* threads - 1 helpers, or NULL */
} Engine;

static void *amalloc(size_t bytes)
{
    void *p = NULL;
    if (bytes == 0) bytes = ALIGN;
    if (posix_memalign(&p, ALIGN, round_up(bytes, ALIGN)) != 0) return NULL;
    return p;
}

/* ------------------------------------------------------------------------ kernels */

static inline int use_threads(int threads, int64_t work) { return threads > 1 && work >= PAR_MIN_MACS; }

/* Pixels q .. q+n-1 of row k of a panel-major matrix B[panel][K][P] (pixel q lives in panel q / P,
 * lane q % P) get src[0], src[stride], ... (or zeros when src is NULL). */
static inline void put_segment(float *B, size_t K, int P, size_t k, int q, int n, const float *src, int stride)
{
    while (n > 0) {
        const int p = q / P, lane = q - p * P;
        const int m = P - lane < n ? P - lane : n;
        float *dst = B + ((size_t)p * K + k) * P + lane;
        if (!src) {
            memset(dst, 0, (size_t)m * sizeof(float));
        } else if (stride == 1) {
            memcpy(dst, src, (size_t)m * sizeof(float));
            src += m;
        } else {
            for (int i = 0; i < m; ++i) dst[i] = src[(size_t)i * stride];
            src += (size_t)m * stride;
        }
        q += m;
        n -= m;
    }
}

/* im2col of a compact input x [kin][H][W] into the panel-major B: row (j*kh + ki)*kw + kj, one
 * column per output pixel, panels of P columns (the last one zero padded). Panels keep each
 * micro-kernel's B reads contiguous (rows of a plain [K][N] layout 4 KiB apart alias in L1). */
static void im2col_panels(const float *x, int j0, int j1, int kin, int H, int W, const Geo *g, int Ho, int Wo,
                          float *B, int P)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
    const size_t K = (size_t)kin * kk;
    const int npan = (N + P - 1) / P;
    const int tail = npan * P - N;
    for (int j = j0; j < j1; ++j) {
        const float *xs = x + (size_t)j * H * W;
        for (int ki = 0; ki < g->kh; ++ki) {
            for (int kj = 0; kj < g->kw; ++kj) {
                const size_t k = (size_t)j * kk + (size_t)ki * g->kw + kj;
                const int off_w = kj * g->dw - g->pl;
                int lo = 0, hi;
                if (off_w < 0) lo = (-off_w + g->sw - 1) / g->sw;
                hi = W - 1 - off_w < 0 ? 0 : (W - 1 - off_w) / g->sw + 1;
                if (hi > Wo) hi = Wo;
                if (lo > hi) lo = hi;
                for (int oh = 0; oh < Ho; ++oh) {
                    const int q = oh * Wo;
                    const int ih = oh * g->sh - g->pt + ki * g->dh;
                    if (ih < 0 || ih >= H) {
                        put_segment(B, K, P, k, q, Wo, NULL, 1);
                        continue;
                    }
                    const float *src = xs + (size_t)ih * W + off_w;
                    if (lo > 0) put_segment(B, K, P, k, q, lo, NULL, 1);
                    if (hi > lo) put_segment(B, K, P, k, q + lo, hi - lo, src + (size_t)lo * g->sw, g->sw);
                    if (hi < Wo) put_segment(B, K, P, k, q + hi, Wo - hi, NULL, 1);
                }
                if (tail) put_segment(B, K, P, k, N, tail, NULL, 1);
            }
        }
    }
}

/* copy n floats; small fixed sizes become single vector moves */
static inline void copy_row(float *d, const float *s, int n)
{
    switch (n) {
    case 2: memcpy(d, s, 2 * sizeof(float)); break;
    case 4: memcpy(d, s, 4 * sizeof(float)); break;
    case 8: memcpy(d, s, 8 * sizeof(float)); break;
    case 16: memcpy(d, s, 16 * sizeof(float)); break;
    default: memcpy(d, s, (size_t)n * sizeof(float)); break;
    }
}

#define PAD_PLANE_MAX 8192 /* floats of a zero-padded input plane built on the stack (32 KiB) */

/* im2col of channels j0..j1-1 of a compact input x [kin][H][W] into B, panel-major: pixel q of
 * row k = (j*kh + ki)*kw + kj sits at B[((q / P) * K + k) * P + q % P] (with one panel, B is
 * simply [K][P]); lanes past N are zero. Each channel is first copied into a zero-padded plane,
 * so that every output row of B is one plain copy, with no boundary logic. */
static void im2col_padded(const float *x, int j0, int j1, int kin, int H, int W, const Geo *g, int Ho, int Wo,
                          float *B, int P, float *pad)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
    const size_t K = (size_t)kin * kk;
    const int Hp = H + g->pt + g->pb, Wp = W + g->pl + g->pr;
    const int npan = (N + P - 1) / P;
    const int tail = npan * P - N;
    const int aligned = npan == 1 || P % Wo == 0; /* an output row never straddles two panels */
    memset(pad, 0, (size_t)Hp * Wp * sizeof(float));
    for (int j = j0; j < j1; ++j) {
        const float *xs = x + (size_t)j * H * W;
        for (int h = 0; h < H; ++h) copy_row(pad + (size_t)(h + g->pt) * Wp + g->pl, xs + (size_t)h * W, W);
        for (int ki = 0; ki < g->kh; ++ki) {
            for (int kj = 0; kj < g->kw; ++kj) {
                const size_t k = (size_t)j * kk + (size_t)ki * g->kw + kj;
                const float *src = pad + (size_t)ki * g->dh * Wp + (size_t)kj * g->dw;
                for (int oh = 0; oh < Ho; ++oh) {
                    const float *sr = src + (size_t)oh * g->sh * Wp;
                    const int q = oh * Wo;
                    if (!aligned) {
                        put_segment(B, K, P, k, q, Wo, sr, g->sw);
                        continue;
                    }
                    float *d = B + ((size_t)(q / P) * K + k) * P + q % P;
                    if (g->sw == 1)
                        copy_row(d, sr, Wo);
                    else
                        for (int ow = 0; ow < Wo; ++ow) d[ow] = sr[(size_t)ow * g->sw];
                }
                if (tail) put_segment(B, K, P, k, N, tail, NULL, 1);
            }
        }
        /* the next channel overwrites the interior; the border stays zero */
    }
}

/* ------------------------------------------------------------------------ im2col by shifts */

#define SHIFT_TABLE_MAX 160 /* (tap, vector) pairs a shift plan lists; larger planes go by rows */

/* How im2col_shift builds B for one conv, fixed by its geometry (made once, when the engine is
 * created). Either a table of every (tap, vector of 16 output pixels): source offset from the
 * channel plane, destination (tap, panel, lane) and lane mask; or, for large planes made of rows
 * of whole vectors, a column mask per (kj, vector of the row). */
struct ShiftPlan {
    int entries; /* table size; 0: by rows */
    v16i *mask;  /* [entries], or [kw][W / 16] by rows */
    int *soff, *tap, *pan, *lane;
};

static void shift_plan_free(ShiftPlan *sp)
{
    if (!sp) return;
    free(sp->mask);
    free(sp->soff);
    free(sp);
}

/* The plan of a conv (input H x W, output Ho x Wo, B panels of P columns), or NULL when shifts do
 * not apply: stride 1 with output rows as wide as input rows (output pixel q then reads input pixel
 * q + dt for every tap) and whole vectors. Sets *oom on allocation failure. */
static ShiftPlan *shift_plan_new(const Geo *g, int H, int W, int Ho, int Wo, int P, int *oom)
{
    const int N = Ho * Wo, kk = g->kh * g->kw, nvec = N / 16;
    *oom = 0;
    if (g->sh != 1 || g->sw != 1 || Wo != W || N % 16 != 0 || P % 16 != 0) return NULL;
    const int table = kk * nvec <= SHIFT_TABLE_MAX;
    if (!table && (W % 16 != 0 || g->kw * (W / 16) > SHIFT_TABLE_MAX)) return NULL;
    ShiftPlan *sp = (ShiftPlan *)calloc(1, sizeof(ShiftPlan));
    const int nmask = table ? kk * nvec : g->kw * (W / 16);
    if (sp) sp->mask = (v16i *)amalloc((size_t)nmask * sizeof(v16i));
    if (sp && table) sp->soff = (int *)malloc((size_t)4 * nmask * sizeof(int));
    if (!sp || !sp->mask || (table && !sp->soff)) {
        shift_plan_free(sp);
        *oom = 1;
        return NULL;
    }
    const v16i iota = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    if (!table) {
        for (int kj = 0; kj < g->kw; ++kj) {
            const int dj = kj * g->dw - g->pl;
            for (int v = 0; v < W / 16; ++v) sp->mask[kj * (W / 16) + v] = (iota >= -dj - 16 * v) & (iota < W - dj - 16 * v);
        }
        return sp;
    }
    sp->entries = nmask;
    sp->tap = sp->soff + nmask;
    sp->pan = sp->tap + nmask;
    sp->lane = sp->pan + nmask;
    int e = 0;
    for (int ki = 0, t = 0; ki < g->kh; ++ki)
        for (int kj = 0; kj < g->kw; ++kj, ++t) {
            const int di = ki * g->dh - g->pt, dj = kj * g->dw - g->pl;
            for (int v = 0; v < nvec; ++v, ++e) {
                int32_t lanes[16] __attribute__((aligned(64)));
                for (int l = 0; l < 16; ++l) {
                    const int q = 16 * v + l, ih = q / W + di, iw = q % W + dj;
                    lanes[l] = (ih >= 0 && ih < H && iw >= 0 && iw < W) ? -1 : 0;
                }
                sp->mask[e] = *(const v16i *)lanes;
                sp->soff[e] = di * W + dj + 16 * v;
                sp->tap[e] = t;
                sp->pan[e] = 16 * v / P;
                sp->lane[e] = 16 * v % P;
            }
        }
    return sp;
}

/* Loads of im2col_shift reach this many floats outside a channel plane (the workspace keeps that
 * much slack around the tensors; what the masked lanes read there is never used). */
static size_t shift_reach(const Geo *g, int W) { return (size_t)(g->kh * g->dh + 1) * W + (size_t)g->kw * g->dw + 16; }

/* Panel p of B (pixels p*P .. p*P+P-1, lanes past N zero) for all kin channels, by the plan sp,
 * into Bp [kin*kk][P]: row j*kk + t is channel j shifted by dt(t) = di*W + dj with the lanes whose
 * source is padding zeroed, so 16 pixels are one unaligned load and a mask: no boundary logic and
 * no copy of the plane. Built right before the micro-kernels read it, in a buffer of the thread's
 * own that stays in its cache (a whole B written ahead is cold again when it is read, and half of
 * it in the other core's cache). */
DP_HOT static void im2col_shift_panel(const ShiftPlan *sp, const float *x, int kin, int H, int W, const Geo *g,
                                      int Ho, float *Bp, int P, int p)
{
    const int kk = g->kh * g->kw, N = Ho * W;
    const size_t plane = (size_t)H * W;
    const int q_end = (p + 1) * P < N ? (p + 1) * P : N;
    if (sp->entries) {
        int soff[SHIFT_TABLE_MAX], doff[SHIFT_TABLE_MAX];
        const v16i *mask[SHIFT_TABLE_MAX];
        int n = 0;
        for (int e = 0; e < sp->entries; ++e)
            if (sp->pan[e] == p) {
                soff[n] = sp->soff[e];
                doff[n] = sp->tap[e] * P + sp->lane[e];
                mask[n++] = sp->mask + e;
            }
        for (int j = 0; j < kin; ++j) {
            const float *xs = x + (size_t)j * plane;
            float *d = Bp + (size_t)j * kk * P;
            for (int i = 0; i < n; ++i) *(v16 *)(d + doff[i]) = (v16)(*(const v16i_u *)(xs + soff[i]) & *mask[i]);
        }
    } else {
        const int rowvec = W / 16;
        int vrow[16], vcol[16], nv = 0; /* the panel's vectors: output row, vector within the row */
        for (int q0 = p * P; q0 < q_end && nv < 16; q0 += 16, ++nv) {
            vrow[nv] = q0 / W;
            vcol[nv] = (q0 % W) / 16;
        }
        for (int j = 0; j < kin; ++j) {
            const float *xs = x + (size_t)j * plane + (size_t)p * P;
            for (int ki = 0, t = 0; ki < g->kh; ++ki)
                for (int kj = 0; kj < g->kw; ++kj, ++t) {
                    const int di = ki * g->dh - g->pt, dj = kj * g->dw - g->pl;
                    const float *s = xs + (ptrdiff_t)di * W + dj;
                    const v16i *cm = sp->mask + kj * rowvec;
                    float *d = Bp + ((size_t)j * kk + t) * P;
                    for (int v = 0; v < nv; ++v) {
                        const int32_t row = (vrow[v] + di >= 0 && vrow[v] + di < H) ? -1 : 0;
                        *(v16 *)(d + 16 * v) = (v16)(*(const v16i_u *)(s + 16 * v) & cm[vcol[v]] & row);
                    }
                }
        }
    }
    const int filled = q_end - p * P;
    if (filled < P)
        for (size_t k = 0; k < (size_t)kin * kk; ++k) memset(Bp + k * P + filled, 0, (size_t)(P - filled) * sizeof(float));
}

typedef struct {
    const float *x;
    int kin, H, W, Ho, Wo, P, per;
    const Geo *g;
    float *B;
} Im2colJob;

static void im2col_chunk(void *ctx, int c, int worker)
{
    const Im2colJob *J = (const Im2colJob *)ctx;
    const int j0 = c * J->per, j1 = j0 + J->per < J->kin ? j0 + J->per : J->kin;
    const Geo *g = J->g;
    const size_t plane = (size_t)(J->H + g->pt + g->pb) * (J->W + g->pl + g->pr);
    if (plane <= PAD_PLANE_MAX) {
        float pad[PAD_PLANE_MAX] __attribute__((aligned(64)));
        im2col_padded(J->x, j0, j1, J->kin, J->H, J->W, g, J->Ho, J->Wo, J->B, J->P, pad);
    } else {
        im2col_panels(J->x, j0, j1, J->kin, J->H, J->W, g, J->Ho, J->Wo, J->B, J->P);
    }
}

typedef struct {
    const float *W, *B, *bias;
    const int *oidx, *aoff;
    size_t rs, K;
    int kin, kout, kk, kk9, P, N, panel, nrb, ntasks, per, vsel, vw, mr, t4, relu;
    float *Y;
    /* B built by shifts inside the tasks (sp != NULL): each worker into its own pcol buffer */
    const ShiftPlan *sp;
    const Geo *g;
    const float *x;
    int H, Wd, Ho;
    float *pcol;
    size_t pcol_stride;
    int built[DP_MAX_WORKERS]; /* one panel: the worker has built B */
} GemmJob;

/* 2x2 outputs of a 3x3 conv: B in the layout of the KERNELS_T4 micro-kernels, 36 floats per
 * channel: taps 0-3 as [pixel][tap], taps 4-7 as [pixel][tap], tap 8 as [pixel]. Each entry is
 * one input value (or a zero of the padding): a fixed gather per channel. */
DP_HOT static void im2col_t4(const float *x, int kin, int H, int W, const Geo *g, float *B)
{
    int tab[36];
    for (int e = 0; e < 36; ++e) {
        int p, t;
        if (e < 32) {
            p = (e & 15) >> 2;
            t = (e & 3) + (e >= 16 ? 4 : 0);
        } else {
            p = e - 32;
            t = 8;
        }
        const int ki = t / 3, kj = t % 3, oh = p >> 1, ow = p & 1;
        const int ih = oh * g->sh - g->pt + ki * g->dh, iw = ow * g->sw - g->pl + kj * g->dw;
        tab[e] = (ih < 0 || ih >= H || iw < 0 || iw >= W) ? -1 : ih * W + iw;
    }
    if (H * W <= 16) { /* the plane fits one vector: each channel is three permutes of it */
        int32_t idx[48] __attribute__((aligned(64))) = {0}, msk[48] __attribute__((aligned(64))) = {0};
        for (int e = 0; e < 36; ++e) {
            idx[e] = tab[e] >= 0 ? tab[e] : 0;
            msk[e] = tab[e] >= 0 ? -1 : 0;
        }
        const v16i i0 = *(const v16i *)idx, i1 = *(const v16i *)(idx + 16), i2 = *(const v16i *)(idx + 32);
        const v16i m0 = *(const v16i *)msk, m1 = *(const v16i *)(msk + 16), m2 = *(const v16i *)(msk + 32);
        for (int j = 0; j < kin; ++j) {
            /* reads 16 floats from the plane's start: past a small plane, the next one or the
             * workspace's slack after the tensors (masked or unused) */
            const v16 xv = *(const v16u *)(x + (size_t)j * H * W);
            float *b = B + (size_t)j * 36;
            *(v16u *)b = (v16)((v16i)__builtin_shuffle(xv, i0) & m0);
            *(v16u *)(b + 16) = (v16)((v16i)__builtin_shuffle(xv, i1) & m1);
            const v16 last = (v16)((v16i)__builtin_shuffle(xv, i2) & m2);
            memcpy(b + 32, &last, 4 * sizeof(float));
        }
        return;
    }
    for (int j = 0; j < kin; ++j) {
        const float *xs = x + (size_t)j * H * W;
        float *b = B + (size_t)j * 36;
        for (int e = 0; e < 36; ++e) b[e] = tab[e] >= 0 ? xs[tab[e]] : 0.0f;
    }
}

DP_HOT static void relu_inplace(float *y, size_t n)
{
    for (size_t i = 0; i < n; ++i) y[i] = y[i] > 0.0f ? y[i] : 0.0f;
}

/* tasks = (panel of columns) x (block of mr rows), panel-major so that consecutive tasks reuse B.
 * With a shift plan, a worker builds each panel of B it needs into its own buffer when it gets
 * to it (one panel in all: once per job). */
static void gemm_chunk(void *ctx, int c, int worker)
{
    GemmJob *J = (GemmJob *)ctx;
    const int t1 = (c + 1) * J->per < J->ntasks ? (c + 1) * J->per : J->ntasks;
    float *own = J->sp ? J->pcol + (size_t)worker * J->pcol_stride : NULL;
    const int one_panel = J->ntasks == J->nrb;
    int have = own && one_panel && J->built[worker] ? 0 : -1; /* the panel now in own */
    for (int task = c * J->per; task < t1; ++task) {
        const int p = task / J->nrb, rb = task % J->nrb;
        if (own && have != p) {
            im2col_shift_panel(J->sp, J->x, J->kin, J->H, J->Wd, J->g, J->Ho, own, J->P, p);
            have = p;
            if (one_panel) J->built[worker] = 1;
        }
        const float *Bp = own ? own : J->B + (size_t)p * J->K * J->P;
        const int col0 = p * J->panel;
        const int ncols = J->N - col0 < J->panel ? J->N - col0 : J->panel;
        const int nv = (ncols + J->vw - 1) / J->vw;
        const int r0 = rb * J->mr;
        const int mr = J->kout - r0 < J->mr ? J->kout - r0 : J->mr;
        kernel_fn fn = J->t4 ? KERNELS_T4[mr - 1] : KERNELS[J->vsel][J->kk9][nv - 1][mr - 1];
        float *C = J->Y + (size_t)r0 * J->N + col0;
        fn(J->W, J->rs, J->oidx + r0, J->aoff, J->kin, J->kk, Bp, (size_t)J->P, J->bias, C, (size_t)J->N, ncols);
        if (J->relu) /* while the tile is in L1 */
            for (int r = 0; r < mr; ++r) relu_inplace(C + (size_t)r * J->N, (size_t)ncols);
    }
}

static inline int chunks_for(int items, int threads) { return items < 4 * threads ? items : 4 * threads; }

/* Y[r] (r < kout, rows of N floats) = conv of the compact input (kin channels, indices xidx) with
 * filters oidx[r] of W [cout][cin][kh*kw], plus bias. Returns the multiply-adds done. */
static int64_t conv_masked(const Geo *g, const ShiftPlan *sp, const float *Wt, const float *bias, const float *x,
                           const int *xidx, int kin, int H, int Wd, const int *oidx, int kout, float *Y, int Ho, int Wo,
                           int relu, Workspace *ws, Pool *pool, int threads)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
    if (kout == 0 || N == 0) return 0;
    if (kin == 0) { /* the conv of an all-zero input: the bias */
        for (int r = 0; r < kout; ++r) {
            float *y = Y + (size_t)r * N;
            const float b = relu && bias[oidx[r]] < 0.0f ? 0.0f : bias[oidx[r]];
            for (int i = 0; i < N; ++i) y[i] = b;
        }
        return 0;
    }
    const int64_t macs = (int64_t)kout * N * kin * kk;
    const int par = use_threads(threads, macs) && pool != NULL;
    const int t4 = uses_t4(g, N, Wo);
    Blocking bl = blocking_for(N);
    if (t4) bl.mr = KT4_MR;
    const int panel = bl.nv * bl.vw;
    const int npan = (N + panel - 1) / panel;
    const int P = b_row_length(&bl, N);
    const size_t K = (size_t)kin * kk;
    const float *B = NULL;
    const int shift = sp != NULL && !t4 && threads <= DP_MAX_WORKERS;
    if (shift) {
        /* built inside the GEMM tasks */
    } else if (npan == 1 && P == N && kk == 1 && g->sh == 1 && g->sw == 1 && g->pt == 0 && g->pl == 0 && Ho == H &&
        Wo == Wd) {
        B = x; /* a 1x1 conv of a compact input: the input is the matrix */
    } else if (t4) {
        im2col_t4(x, kin, H, Wd, g, ws->col);
        B = ws->col;
    } else {
        Im2colJob ij = {x, kin, H, Wd, Ho, Wo, P, kin, g, ws->col};
        const int n = par && (int64_t)K * N >= 32768 ? chunks_for(kin, threads) : 1;
        ij.per = (kin + n - 1) / n;
        pool_run(n > 1 ? pool : NULL, im2col_chunk, &ij, (kin + ij.per - 1) / ij.per);
        B = ws->col;
    }
    int *aoff = ws->aoff;
    for (int j = 0; j < kin; ++j) aoff[j] = xidx[j] * kk;
    for (int j = kin; j < kin + DP_PREFETCH; ++j) aoff[j] = aoff[kin - 1];
    GemmJob J;
    J.W = Wt;
    J.B = B;
    J.bias = bias;
    J.oidx = oidx;
    J.aoff = aoff;
    J.rs = (size_t)g->cin * kk;
    J.K = K;
    J.kin = kin;
    J.kout = kout;
    J.kk = kk;
    J.kk9 = kk == 9;
    J.P = P;
    J.N = N;
    J.panel = panel;
    J.nrb = (kout + bl.mr - 1) / bl.mr;
    J.ntasks = npan * J.nrb;
    J.vsel = bl.vsel;
    J.vw = bl.vw;
    J.mr = bl.mr;
    J.t4 = t4;
    J.relu = relu;
    J.Y = Y;
    J.sp = shift ? sp : NULL;
    J.g = g;
    J.x = x;
    J.H = H;
    J.Wd = Wd;
    J.Ho = Ho;
    J.pcol = ws->pcol;
    J.pcol_stride = ws->pcol_stride;
    memset(J.built, 0, sizeof J.built);
    if (!par) {
        J.per = J.ntasks;
    } else if (npan == 1) { /* one panel: every row block is a chunk (claimed dynamically: balanced) */
        J.per = 1;
    } else { /* whole panels per chunk: each thread streams its own columns of B */
        const int n = chunks_for(npan, threads);
        J.per = (npan + n - 1) / n * J.nrb;
    }
    const int nchunks = (J.ntasks + J.per - 1) / J.per;
    pool_run(nchunks > 1 ? pool : NULL, gemm_chunk, &J, nchunks);
    return macs;
}

typedef struct {
    const Geo *g;
    const float *W, *bias, *x;
    const int *oidx, *pos;
    int H, Wd, Ho, Wo, kout, per;
    float *Y;
} DwJob;

static void dw_chunk(void *ctx, int c, int worker)
{
    const DwJob *J = (const DwJob *)ctx;
    const Geo *g = J->g;
    const int N = J->Ho * J->Wo, kk = g->kh * g->kw;
    const int r1 = (c + 1) * J->per < J->kout ? (c + 1) * J->per : J->kout;
    for (int r = c * J->per; r < r1; ++r) {
        const int o = J->oidx[r];
        float *y = J->Y + (size_t)r * N;
        const float b = J->bias[o];
        if (J->pos[o] < 0) {
            for (int i = 0; i < N; ++i) y[i] = b;
            continue;
        }
        const float *xs = J->x + (size_t)J->pos[o] * J->H * J->Wd;
        const float *w = J->W + (size_t)o * kk;
        for (int oh = 0; oh < J->Ho; ++oh) {
            for (int ow = 0; ow < J->Wo; ++ow) {
                float acc = 0.0f;
                for (int ki = 0; ki < g->kh; ++ki) {
                    const int ih = oh * g->sh - g->pt + ki * g->dh;
                    if (ih < 0 || ih >= J->H) continue;
                    for (int kj = 0; kj < g->kw; ++kj) {
                        const int iw = ow * g->sw - g->pl + kj * g->dw;
                        if (iw < 0 || iw >= J->Wd) continue;
                        acc += xs[(size_t)ih * J->Wd + iw] * w[ki * g->kw + kj];
                    }
                }
                y[(size_t)oh * J->Wo + ow] = acc + b;
            }
        }
    }
}

/* Depthwise: output channel o reads input channel o only; a dropped input gives the bias. */
static int64_t conv_depthwise(const Geo *g, const float *Wt, const float *bias, const float *x, const int *xidx,
                              int kin, int H, int Wd, const int *oidx, int kout, float *Y, int Ho, int Wo,
                              Workspace *ws, Pool *pool, int threads)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
    int *pos = ws->pos;
    for (int c = 0; c < g->cin; ++c) pos[c] = -1;
    for (int j = 0; j < kin; ++j) pos[xidx[j]] = j;
    int64_t macs = 0;
    for (int r = 0; r < kout; ++r)
        if (pos[oidx[r]] >= 0) macs += (int64_t)N * kk;
    DwJob J = {g, Wt, bias, x, oidx, pos, H, Wd, Ho, Wo, kout, kout, Y};
    const int n = use_threads(threads, macs) && pool ? chunks_for(kout, threads) : 1;
    J.per = (kout + n - 1) / n;
    if (kout > 0) pool_run(n > 1 ? pool : NULL, dw_chunk, &J, (kout + J.per - 1) / J.per);
    return macs;
}

static inline float hsum16(v16 v)
{
    float s = 0.0f;
    for (int i = 0; i < 16; ++i) s += v[i];
    return s;
}

/* sum of n floats (four 16-lane partial sums: without -ffast-math the compiler keeps a scalar chain) */
DP_HOT static float sum_floats(const float *x, size_t n)
{
    v16 a0 = {0}, a1 = {0}, a2 = {0}, a3 = {0};
    size_t i = 0;
    for (; i + 64 <= n; i += 64) {
        a0 += *(const v16u *)(x + i);
        a1 += *(const v16u *)(x + i + 16);
        a2 += *(const v16u *)(x + i + 32);
        a3 += *(const v16u *)(x + i + 48);
    }
    for (; i + 16 <= n; i += 16) a0 += *(const v16u *)(x + i);
    float s = hsum16((a0 + a1) + (a2 + a3));
    for (; i < n; ++i) s += x[i];
    return s;
}

static float max_floats(const float *x, size_t n)
{
    float m = x[0];
    size_t i = 1;
    if (n >= 32) {
        v16 a = *(const v16u *)x, b = *(const v16u *)(x + 16);
        for (i = 32; i + 32 <= n; i += 32) {
            const v16 u = *(const v16u *)(x + i), w = *(const v16u *)(x + i + 16);
            for (int l = 0; l < 16; ++l) {
                a[l] = u[l] > a[l] ? u[l] : a[l];
                b[l] = w[l] > b[l] ? w[l] : b[l];
            }
        }
        for (int l = 0; l < 16; ++l) {
            m = a[l] > m ? a[l] : m;
            m = b[l] > m ? b[l] : m;
        }
    }
    for (; i < n; ++i) m = x[i] > m ? x[i] : m;
    return m;
}

/* lane-wise max (a > b ? a : b, as the scalar pool computes it) */
static inline v16 vmax16(v16 a, v16 b)
{
    const v16i m = a > b;
    return (v16)(((v16i)a & m) | ((v16i)b & ~m));
}

static inline v8 vmax8(v8 a, v8 b)
{
    typedef int32_t v8i __attribute__((vector_size(32)));
    const v8i m = a > b;
    return (v8)(((v8i)a & m) | ((v8i)b & ~m));
}

/* d[0:n] = 2x2 / stride 2 max pool of input rows r0, r1 (W floats each) in whole vectors; returns n,
 * the outputs done (the rest of the row is the caller's) */
DP_HOT static int pool2_row_vectors(const float *r0, const float *r1, float *d, int W)
{
    int i = 0;
    for (; i + 32 <= W; i += 32) {
        const v16 m0 = vmax16(*(const v16u *)(r0 + i), *(const v16u *)(r1 + i));
        const v16 m1 = vmax16(*(const v16u *)(r0 + i + 16), *(const v16u *)(r1 + i + 16));
        const v16 ev = __builtin_shufflevector(m0, m1, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        const v16 od = __builtin_shufflevector(m0, m1, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
        *(v16u *)(d + i / 2) = vmax16(ev, od);
    }
    if (i + 16 <= W) {
        const v16 m = vmax16(*(const v16u *)(r0 + i), *(const v16u *)(r1 + i));
        const v16 ev = __builtin_shufflevector(m, m, 0, 2, 4, 6, 8, 10, 12, 14, 0, 2, 4, 6, 8, 10, 12, 14);
        const v16 od = __builtin_shufflevector(m, m, 1, 3, 5, 7, 9, 11, 13, 15, 1, 3, 5, 7, 9, 11, 13, 15);
        const v16 o = vmax16(ev, od);
        memcpy(d + i / 2, &o, 8 * sizeof(float));
        i += 16;
    }
    if (i + 8 <= W) {
        const v8 m = vmax8(*(const v8u *)(r0 + i), *(const v8u *)(r1 + i));
        const v8 ev = __builtin_shufflevector(m, m, 0, 2, 4, 6, 0, 2, 4, 6);
        const v8 od = __builtin_shufflevector(m, m, 1, 3, 5, 7, 1, 3, 5, 7);
        const v8 o = vmax8(ev, od);
        memcpy(d + i / 2, &o, 4 * sizeof(float));
        i += 8;
    }
    return i / 2;
}

static void maxpool(const float *x, int k, int H, int W, int kernel, int stride, int pad, float *y, int Ho, int Wo)
{
    if (kernel == 2 && stride == 2 && pad == 0) { /* VGG's pool */
        for (int c = 0; c < k; ++c) {
            const float *xs = x + (size_t)c * H * W;
            float *ys = y + (size_t)c * Ho * Wo;
            for (int oh = 0; oh < Ho; ++oh) {
                const float *r0 = xs + (size_t)(2 * oh) * W, *r1 = r0 + W;
                float *d = ys + (size_t)oh * Wo;
                for (int ow = pool2_row_vectors(r0, r1, d, W); ow < Wo; ++ow) {
                    const float a = r0[2 * ow] > r0[2 * ow + 1] ? r0[2 * ow] : r0[2 * ow + 1];
                    const float b = r1[2 * ow] > r1[2 * ow + 1] ? r1[2 * ow] : r1[2 * ow + 1];
                    d[ow] = a > b ? a : b;
                }
            }
        }
        return;
    }
    for (int c = 0; c < k; ++c) {
        const float *xs = x + (size_t)c * H * W;
        float *ys = y + (size_t)c * Ho * Wo;
        for (int oh = 0; oh < Ho; ++oh) {
            for (int ow = 0; ow < Wo; ++ow) {
                float m = -INFINITY;
                for (int ki = 0; ki < kernel; ++ki) {
                    const int ih = oh * stride - pad + ki;
                    if (ih < 0 || ih >= H) continue;
                    for (int kj = 0; kj < kernel; ++kj) {
                        const int iw = ow * stride - pad + kj;
                        if (iw < 0 || iw >= W) continue;
                        const float v = xs[(size_t)ih * W + iw];
                        m = v > m ? v : m;
                    }
                }
                ys[(size_t)oh * Wo + ow] = m;
            }
        }
    }
}

typedef struct {
    const float *wt, *coef, *rowsum, *b;
    const int *cols;
    int ncols, cout;
    float s0;
    float *part;
} PredJob;

#define PRED_PARTS 4 /* large predictors: kept input rows in this many parts, summed in a fixed order */

/* acc[0:cout] = sum over the listed input channels cols[j0:j1] of coef[c] * wt[c][0:cout] */
DP_HOT static void pred_rows(const PredJob *J, int j0, int j1, float *acc)
{
    const int n = J->cout;
    for (int o = 0; o < n; ++o) acc[o] = 0.0f;
    int j = j0;
    for (; j + 4 <= j1; j += 4) {
        const int c0 = J->cols[j], c1 = J->cols[j + 1], c2 = J->cols[j + 2], c3 = J->cols[j + 3];
        const float k0 = J->coef[c0], k1 = J->coef[c1], k2 = J->coef[c2], k3 = J->coef[c3];
        const float *r0 = J->wt + (size_t)c0 * n, *r1 = J->wt + (size_t)c1 * n;
        const float *r2 = J->wt + (size_t)c2 * n, *r3 = J->wt + (size_t)c3 * n;
        for (int o = 0; o < n; ++o) acc[o] += (k0 * r0[o] + k1 * r1[o]) + (k2 * r2[o] + k3 * r3[o]);
    }
    for (; j < j1; ++j) {
        const int c = J->cols[j];
        const float k = J->coef[c];
        const float *r = J->wt + (size_t)c * n;
        for (int o = 0; o < n; ++o) acc[o] += k * r[o];
    }
}

/* logits += s0 * rowsum (the dropped channels' common softmax value times their weights), + bias */
static void pred_finish(const PredJob *J, float *logits)
{
    if (J->rowsum)
        for (int o = 0; o < J->cout; ++o) logits[o] = (logits[o] + J->s0 * J->rowsum[o]) + J->b[o];
    else
        for (int o = 0; o < J->cout; ++o) logits[o] += J->b[o];
}

/* Large predictors: part `chunk` of the kept rows, all outputs (whole weight rows: the reads of a
 * thread are sequential, which column chunks of a row-major matrix are not). */
DP_HOT static void pred_part(void *ctx, int chunk, int worker)
{
    const PredJob *J = (const PredJob *)ctx;
    (void)worker;
    const int j0 = (int)((int64_t)J->ncols * chunk / PRED_PARTS), j1 = (int)((int64_t)J->ncols * (chunk + 1) / PRED_PARTS);
    pred_rows(J, j0, j1, J->part + (size_t)chunk * J->cout);
}

/* Predictor of unit U on the compact input: kept output channels, ascending, into kidx.
 * Pool each kept channel; dropped channels pool to exactly 0 (the masked PyTorch tensor) and
 * take part in the softmax with one common value s0; linear; kept = logit > 0. The linear map
 * reads only the kept input channels' weights: W s = W_kept (s_kept - s0) + s0 * rowsum(W). */
static int predict(const Unit *U, const float *x, const int *xidx, int kin, int hw, Workspace *ws, int *kidx,
                   Pool *pool, int threads)
{
    const int cin = U->f[U_CIN], cout = U->f[U_COUT];
    float *pooled = ws->pooled; /* per kept input channel */
    float *pv = ws->pv;         /* dense: softmax input, then softmax, then coefficients */
    const int avg = U->f[U_PRED_POOL] == 0;
    float mx = kin < cin ? 0.0f : -INFINITY; /* dropped channels pool to exactly 0 */
    for (int j = 0; j < kin; ++j) {
        const float *xs = x + (size_t)j * hw;
        pooled[j] = avg ? sum_floats(xs, (size_t)hw) / (float)hw : max_floats(xs, (size_t)hw);
        mx = pooled[j] > mx ? pooled[j] : mx;
    }
    const float e0 = expf(0.0f - mx); /* exp(0 - max): the value of every dropped channel */
    for (int c = 0; c < cin; ++c) pv[c] = e0;
    for (int j = 0; j < kin; ++j) pv[xidx[j]] = expf(pooled[j] - mx);
    const float sum = sum_floats(pv, (size_t)cin);
    const float s0 = e0 / sum;
    for (int c = 0; c < cin; ++c) pv[c] = pv[c] / sum;
    PredJob J;
    J.wt = U->pwt;
    J.b = U->buf[F_PB];
    J.cols = xidx;
    J.ncols = kin;
    J.cout = cout;
    float *logits = ws->plog;
    if (kin < cin) { /* W s = W[:, kept] (s[kept] - s0) + s0 * rowsum(W) */
        for (int j = 0; j < kin; ++j) pv[xidx[j]] -= s0;
        J.coef = pv;
        J.rowsum = U->prowsum;
        J.s0 = s0;
    } else { /* dense input: xidx is 0..cin-1 */
        J.coef = pv;
        J.rowsum = NULL;
        J.s0 = 0.0f;
    }
    J.part = ws->ppart;
    if ((int64_t)cout * kin >= PAR_MIN_PRED) {
        /* the parts and their order of summation do not depend on the thread count: the kept
         * channels are the same for any number of threads */
        _Static_assert(PRED_PARTS == 4, "the sum below adds four parts");
        pool_run(threads > 1 ? pool : NULL, pred_part, &J, PRED_PARTS);
        const float *p0 = J.part, *p1 = p0 + cout, *p2 = p1 + cout, *p3 = p2 + cout;
        for (int o = 0; o < cout; ++o) logits[o] = (p0[o] + p1[o]) + (p2[o] + p3[o]);
    } else {
        pred_rows(&J, 0, kin, logits);
    }
    pred_finish(&J, logits);
    int k = 0;
    for (int o = 0; o < cout; ++o)
        if (logits[o] > 0.0f) kidx[k++] = o;
    return k;
}

/* One normalised sample through the whole network. */
static void run_sample(const Engine *e, Workspace *ws, const float *img, int normalise, float *logits,
                       int64_t *kept, uint8_t *mask, int64_t *macs_out, double *flops_out, double *prof)
{
    const int threads = e->threads;
    int64_t macs = 0;
    /* the image: tensor 0, dense */
    {
        const int C = e->tc[0], hw = e->th[0] * e->tw[0];
        float *dst = ws->tbuf[0];
        for (int c = 0; c < C; ++c) {
            const float m = e->mean[c], s = e->std[c];
            const float *src = img + (size_t)c * hw;
            float *d = dst + (size_t)c * hw;
            if (normalise)
                for (int i = 0; i < hw; ++i) d[i] = (src[i] - m) / s;
            else
                memcpy(d, src, (size_t)hw * sizeof(float));
            ws->tidx[0][c] = c;
        }
        ws->tk[0] = C;
    }
    int64_t mask_off = 0;
    for (int u = 0; u < e->nunits; ++u) {
        const Unit *U = &e->units[u];
        const int *f = U->f;
        const int tin = f[U_INPUT], tout = u + 1;
        const float *x = ws->tbuf[tin];
        const int *xidx = ws->tidx[tin];
        const int kin = ws->tk[tin];
        const int H = f[U_IN_H], W = f[U_IN_W], Ho = f[U_CONV_H], Wo = f[U_CONV_W];
        const int cout = f[U_COUT];
        const size_t chw = (size_t)Ho * Wo;
        int *kidx = ws->kidx;
        int kout;
        double t0 = prof ? now_s() : 0.0;
        if (f[U_GATED]) {
            kout = predict(U, x, xidx, kin, H * W, ws, kidx, e->pool, threads);
        } else {
            kout = cout;
            memcpy(kidx, e->iota, (size_t)cout * sizeof(int));
        }
        kept[u] = kout;
        if (mask) {
            memset(mask + mask_off, 0, (size_t)cout);
            for (int r = 0; r < kout; ++r) mask[mask_off + kidx[r]] = 1;
        }
        mask_off += cout;
        const int dense_out = f[U_OUTPUT_DENSE];
        const int npost = f[U_NPOST];
        float *y = (npost == 0 && !dense_out) ? ws->tbuf[tout] : ws->tmp;
        double t1 = prof ? now_s() : 0.0;
        if (f[U_KIND] == 1)
            macs += conv_depthwise(&U->conv, U->buf[F_W], U->buf[F_B], x, xidx, kin, H, W, kidx, kout, y, Ho, Wo, ws,
                                   e->pool, threads);
        else
            macs += conv_masked(&U->conv, U->shift, U->buf[F_W], U->buf[F_B], x, xidx, kin, H, W, kidx, kout, y, Ho, Wo,
                                f[U_RELU], ws, e->pool, threads);
        double t2 = prof ? now_s() : 0.0;
        if (f[U_RELU] && f[U_KIND] == 1) relu_inplace(y, (size_t)kout * chw); /* conv_masked applies its own */
        int kres = kout;
        int *out_idx = ws->tidx[tout];
        if (dense_out) {
            float *D = npost == 0 ? ws->tbuf[tout] : ws->tmp2;
            memset(D, 0, (size_t)cout * chw * sizeof(float));
            for (int r = 0; r < kout; ++r) memcpy(D + (size_t)kidx[r] * chw, y + (size_t)r * chw, chw * sizeof(float));
            const int ts = f[U_SKIP];
            const float *s = ws->tbuf[ts];
            const int *sidx = ws->tidx[ts];
            const int ks = ws->tk[ts];
            const int Hs = e->th[ts], Ws = e->tw[ts];
            switch (f[U_SC_KIND]) {
            case 1: /* identity */
                for (int j = 0; j < ks; ++j) {
                    float *d = D + (size_t)sidx[j] * chw;
                    const float *sj = s + (size_t)j * chw;
                    for (size_t i = 0; i < chw; ++i) d[i] += sj[i];
                }
                break;
            case 2: { /* pad: avgpool(stride) then zero channels */
                const int st = f[U_SC_STRIDE];
                const float area = (float)(st * st);
                for (int j = 0; j < ks; ++j) {
                    float *d = D + (size_t)sidx[j] * chw;
                    const float *sj = s + (size_t)j * Hs * Ws;
                    for (int oh = 0; oh < Ho; ++oh)
                        for (int ow = 0; ow < Wo; ++ow) {
                            float acc = 0.0f;
                            for (int a = 0; a < st; ++a)
                                for (int b = 0; b < st; ++b) acc += sj[(size_t)(oh * st + a) * Ws + ow * st + b];
                            d[(size_t)oh * Wo + ow] += acc / area;
                        }
                }
                break;
            }
            case 3: { /* projection: ungated conv of the shortcut input, every output channel */
                float *P = ws->tmp3;
                macs += conv_masked(&U->proj, NULL, U->buf[F_PJW], U->buf[F_PJB], s, sidx, ks, Hs, Ws, e->iota, cout, P, Ho,
                                    Wo, 0, ws, e->pool, threads);
                const size_t n = (size_t)cout * chw;
                for (size_t i = 0; i < n; ++i) D[i] += P[i];
                break;
            }
            default:
                break;
            }
            relu_inplace(D, (size_t)cout * chw);
            y = D;
            kres = cout;
            memcpy(out_idx, e->iota, (size_t)cout * sizeof(int));
        } else {
            memcpy(out_idx, kidx, (size_t)kout * sizeof(int));
        }
        if (npost > 0) {
            int h = Ho, w = Wo;
            const float *src = y;
            for (int p = 0; p < npost; ++p) {
                const int pk = f[U_POST0_K + 3 * p], ps = f[U_POST0_S + 3 * p], pp = f[U_POST0_P + 3 * p];
                const int h2 = (h + 2 * pp - pk) / ps + 1, w2 = (w + 2 * pp - pk) / ps + 1;
                float *dst = (p == npost - 1) ? ws->tbuf[tout] : (src == ws->tmp3 ? ws->tmp : ws->tmp3);
                maxpool(src, kres, h, w, pk, ps, pp, dst, h2, w2);
                src = dst;
                h = h2;
                w = w2;
            }
        }
        ws->tk[tout] = kres;
        if (prof) {
            const double t3 = now_s();
            prof[3 * u] += t1 - t0;
            prof[3 * u + 1] += t2 - t1;
            prof[3 * u + 2] += t3 - t2;
        }
    }
    /* head: global average pool of the kept channels, classifier on their columns */
    {
        const int t = e->head_input;
        const int k = ws->tk[t];
        const int *idx = ws->tidx[t];
        const size_t hw = (size_t)e->th[t] * e->tw[t];
        const float *x = ws->tbuf[t];
        float *pooled = ws->pv;
        for (int j = 0; j < k; ++j) pooled[j] = sum_floats(x + (size_t)j * hw, hw) / (float)hw;
        for (int c = 0; c < e->classes; ++c) {
            const float *w = e->head_w + (size_t)c * e->head_c;
            float s = 0.0f;
            for (int j = 0; j < k; ++j) s += pooled[j] * w[idx[j]];
            logits[c] = s + e->head_b[c];
        }
    }
    /* honest executed FLOPs (models.flops.executed_flops, mode honest) */
    {
        double total = 0.0;
        for (int i = 0; i < e->nconvs; ++i) {
            const int64_t *c = e->cost + (size_t)i * C_NFIELDS;
            const double kout = c[C_OUT_UNIT] >= 0 ? (double)kept[c[C_OUT_UNIT]] : (double)c[C_COUT];
            double kin = (double)c[C_CIN];
            if (c[C_IN_UNIT] >= 0) {
                const double k = (double)kept[c[C_IN_UNIT]];
                kin = k < kin ? k : kin;
            }
            const double hw = (double)c[C_HW];
            double m;
            if (c[C_DEPTHWISE])
                m = kout * hw * (double)c[C_KH] * (double)c[C_KW];
            else
                m = kout * hw * (kin / (double)c[C_GROUPS]) * (double)c[C_KH] * (double)c[C_KW];
            if (c[C_BIAS]) m += kout * hw;
            total += m;
        }
        *flops_out = total + e->flops_const;
    }
    if (macs_out) *macs_out = macs;
}

/* ------------------------------------------------------------------------ workspaces */

static Workspace *workspace_new(const Engine *e)
{
    size_t floats = 2 * e->sz_slack, ints = 0;
    for (int t = 0; t < e->ntensors; ++t) {
        floats += round_up((size_t)e->tc[t] * e->th[t] * e->tw[t], 16);
        ints += round_up((size_t)e->tc[t], 16);
    }
    const int workers = e->threads <= DP_MAX_WORKERS ? e->threads : 1;
    floats += (size_t)workers * round_up(e->sz_pcol, 16);
    floats += PRED_PARTS * round_up(e->sz_plog, 16);
    floats += round_up(e->sz_col, 16) + 3 * round_up(e->sz_tmp, 16) + 2 * round_up(e->sz_pv, 16) + round_up(e->sz_plog, 16);
    ints += round_up(e->sz_kidx, 16) + round_up(e->sz_aoff + DP_PREFETCH, 16) + round_up(e->sz_pos, 16) + round_up((size_t)e->ntensors, 16);
    Workspace *ws = (Workspace *)calloc(1, sizeof(Workspace));
    if (!ws) return NULL;
    ws->tbuf = (float **)calloc((size_t)e->ntensors, sizeof(float *));
    ws->tidx = (int **)calloc((size_t)e->ntensors, sizeof(int *));
    ws->mem = amalloc(floats * sizeof(float) + ints * sizeof(int));
    if (!ws->tbuf || !ws->tidx || !ws->mem) {
        free(ws->tbuf);
        free(ws->tidx);
        free(ws->mem);
        free(ws);
        return NULL;
    }
    memset(ws->mem, 0, floats * sizeof(float) + ints * sizeof(int));
    float *fp = (float *)ws->mem + e->sz_slack;
    for (int t = 0; t < e->ntensors; ++t) {
        ws->tbuf[t] = fp;
        fp += round_up((size_t)e->tc[t] * e->th[t] * e->tw[t], 16);
    }
    fp += e->sz_slack;
    ws->ppart = fp;
    fp += PRED_PARTS * round_up(e->sz_plog, 16);
    ws->pcol = fp;
    ws->pcol_stride = round_up(e->sz_pcol, 16);
    fp += (size_t)workers * ws->pcol_stride;
    ws->col = fp; fp += round_up(e->sz_col, 16);
    ws->tmp = fp; fp += round_up(e->sz_tmp, 16);
    ws->tmp2 = fp; fp += round_up(e->sz_tmp, 16);
    ws->tmp3 = fp; fp += round_up(e->sz_tmp, 16);
    ws->pv = fp; fp += round_up(e->sz_pv, 16);
    ws->plog = fp; fp += round_up(e->sz_plog, 16);
    ws->pooled = fp; fp += round_up(e->sz_pv, 16);
    int *ip = (int *)fp;
    for (int t = 0; t < e->ntensors; ++t) {
        ws->tidx[t] = ip;
        ip += round_up((size_t)e->tc[t], 16);
    }
    ws->kidx = ip; ip += round_up(e->sz_kidx, 16);
    ws->aoff = ip; ip += round_up(e->sz_aoff + DP_PREFETCH, 16);
    ws->pos = ip; ip += round_up(e->sz_pos, 16);
    ws->tk = ip;
    return ws;
}

static void workspace_free(Workspace *ws)
{
    if (!ws) return;
    free(ws->tbuf);
    free(ws->tidx);
    free(ws->mem);
    free(ws);
}

static Workspace *workspace_take(Engine *e)
{
    Workspace *ws;
    PyThread_acquire_lock(e->lock, WAIT_LOCK);
    ws = e->free_ws;
    if (ws) e->free_ws = ws->next;
    PyThread_release_lock(e->lock);
    if (!ws) ws = workspace_new(e);
    return ws;
}

static void workspace_give(Engine *e, Workspace *ws)
{
    PyThread_acquire_lock(e->lock, WAIT_LOCK);
    ws->next = e->free_ws;
    e->free_ws = ws;
    PyThread_release_lock(e->lock);
}

/* ------------------------------------------------------------------------ Python type */

static void Engine_dealloc(Engine *e)
{
    if (e->units) {
        for (int u = 0; u < e->nunits; ++u) {
            for (int b = 0; b < F_NBUF; ++b) free(e->units[u].buf[b]);
            free(e->units[u].pwt);
            free(e->units[u].prowsum);
            shift_plan_free(e->units[u].shift);
        }
        free(e->units);
    }
    free(e->tc);
    free(e->th);
    free(e->tw);
    free(e->head_w);
    free(e->head_b);
    free(e->mean);
    free(e->std);
    free(e->cost);
    free(e->iota);
    while (e->free_ws) {
        Workspace *next = e->free_ws->next;
        workspace_free(e->free_ws);
        e->free_ws = next;
    }
    if (e->lock) PyThread_free_lock(e->lock);
    pool_destroy(e->pool);
    Py_TYPE(e)->tp_free((PyObject *)e);
}

/* Copy a float32 buffer of exactly `count` items into aligned memory (count 0 -> NULL ok). */
static float *copy_floats(PyObject *obj, Py_ssize_t count, const char *what)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    if (view.itemsize != 4 || !view.format || strcmp(view.format, "f") != 0 || view.len != count * 4) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd contiguous float32 values, got %zd bytes of format %s", what,
                     count, view.len, view.format ? view.format : "?");
        PyBuffer_Release(&view);
        return NULL;
    }
    float *out = (float *)amalloc(((size_t)count + WEIGHT_SLACK) * sizeof(float));
    if (!out) {
        PyBuffer_Release(&view);
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(out, view.buf, (size_t)count * sizeof(float));
    memset(out + count, 0, WEIGHT_SLACK * sizeof(float));
    PyBuffer_Release(&view);
    return out;
}

static int get_ints(PyObject *obj, const char *fmt_expected, Py_ssize_t itemsize, Py_buffer *view, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
    if (view->itemsize != itemsize || !view->format || strchr(fmt_expected, view->format[0]) == NULL ||
        view->format[1] != 0) {
        PyErr_Format(PyExc_ValueError, "%s: wrong element type %s", what, view->format ? view->format : "?");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static PyTypeObject EngineType;

static PyObject *engine_create(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"units", "floats", "tensors", "head", "head_w", "head_b", "mean", "std", "cost",
                             "flops_const", "threads", NULL};
    PyObject *units_obj, *floats_obj, *tensors_obj, *head_w, *head_b, *mean_obj, *std_obj, *cost_obj;
    int head_input, head_c, classes, threads;
    double flops_const;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OOO(iii)OOOOOdi", kwlist, &units_obj, &floats_obj, &tensors_obj,
                                     &head_input, &head_c, &classes, &head_w, &head_b, &mean_obj, &std_obj, &cost_obj,
                                     &flops_const, &threads))
        return NULL;
    Engine *e = (Engine *)EngineType.tp_alloc(&EngineType, 0);
    if (!e) return NULL;
    e->threads = threads < 1 ? 1 : threads;
    e->lock = PyThread_allocate_lock();
    if (!e->lock) {
        Py_DECREF(e);
        return PyErr_NoMemory();
    }
    Py_buffer uv, tv, cv;
    if (get_ints(units_obj, "iil", 4, &uv, "units") < 0) goto fail;
    if (uv.len % (U_NFIELDS * 4) != 0) {
        PyBuffer_Release(&uv);
        PyErr_SetString(PyExc_ValueError, "units: size is not a whole number of records");
        goto fail;
    }
    e->nunits = (int)(uv.len / (U_NFIELDS * 4));
    e->units = (Unit *)calloc((size_t)e->nunits + 1, sizeof(Unit));
    if (!e->units) {
        PyBuffer_Release(&uv);
        PyErr_NoMemory();
        goto fail;
    }
    for (int u = 0; u < e->nunits; ++u) memcpy(e->units[u].f, (int32_t *)uv.buf + (size_t)u * U_NFIELDS, sizeof(int) * U_NFIELDS);
    PyBuffer_Release(&uv);

    if (get_ints(tensors_obj, "iil", 4, &tv, "tensors") < 0) goto fail;
    e->ntensors = (int)(tv.len / 12);
    if (e->ntensors != e->nunits + 1) {
        PyBuffer_Release(&tv);
        PyErr_SetString(PyExc_ValueError, "tensors: need one (C, H, W) per unit plus the image");
        goto fail;
    }
    e->tc = (int *)calloc((size_t)e->ntensors, sizeof(int));
    e->th = (int *)calloc((size_t)e->ntensors, sizeof(int));
    e->tw = (int *)calloc((size_t)e->ntensors, sizeof(int));
    if (!e->tc || !e->th || !e->tw) {
        PyBuffer_Release(&tv);
        PyErr_NoMemory();
        goto fail;
    }
    for (int t = 0; t < e->ntensors; ++t) {
        e->tc[t] = ((int32_t *)tv.buf)[3 * t];
        e->th[t] = ((int32_t *)tv.buf)[3 * t + 1];
        e->tw[t] = ((int32_t *)tv.buf)[3 * t + 2];
    }
    PyBuffer_Release(&tv);

    if (!PyList_Check(floats_obj) || PyList_GET_SIZE(floats_obj) != (Py_ssize_t)e->nunits * F_NBUF) {
        PyErr_SetString(PyExc_ValueError, "floats: need a list of 6 buffers (or None) per unit");
        goto fail;
    }
    int maxc = e->tc[0];
    e->sz_col = e->sz_tmp = 0;
    e->sz_pv = e->sz_plog = e->sz_kidx = e->sz_aoff = e->sz_pos = 16;
    e->sz_slack = 16;
    e->sz_pcol = 0;
    for (int u = 0; u < e->nunits; ++u) {
        Unit *U = &e->units[u];
        int *f = U->f;
        if (f[U_INPUT] < 0 || f[U_INPUT] > u || f[U_SKIP] < -1 || f[U_SKIP] > u || f[U_NPOST] < 0 || f[U_NPOST] > 2 ||
            f[U_CIN] < 1 || f[U_COUT] < 1 || f[U_KH] < 1 || f[U_KW] < 1 || f[U_SH] < 1 || f[U_SW] < 1 ||
            f[U_DH] < 1 || f[U_DW] < 1 || f[U_CONV_H] < 1 || f[U_CONV_W] < 1 ||
            (f[U_OUTPUT_DENSE] && (f[U_SKIP] < 0 || f[U_SC_KIND] < 1 || f[U_SC_KIND] > 3)) ||
            e->tc[f[U_INPUT]] != f[U_CIN] || e->th[f[U_INPUT]] != f[U_IN_H] || e->tw[f[U_INPUT]] != f[U_IN_W] ||
            e->tc[u + 1] != f[U_COUT] || e->th[u + 1] != f[U_OUT_H] || e->tw[u + 1] != f[U_OUT_W]) {
            PyErr_Format(PyExc_ValueError, "unit %d: inconsistent geometry or wiring", u);
            goto fail;
        }
        Geo g = {f[U_CIN], f[U_COUT], f[U_KH], f[U_KW], f[U_SH], f[U_SW], f[U_PT], f[U_PL], f[U_PB], f[U_PR], f[U_DH], f[U_DW]};
        U->conv = g;
        const int kk = f[U_KH] * f[U_KW];
        const size_t chw = (size_t)f[U_CONV_H] * f[U_CONV_W];
        Py_ssize_t wcount = (Py_ssize_t)f[U_COUT] * (f[U_KIND] == 1 ? 1 : f[U_CIN]) * kk;
        Py_ssize_t counts[F_NBUF] = {wcount, f[U_COUT], f[U_GATED] ? (Py_ssize_t)f[U_COUT] * f[U_CIN] : 0,
                                     f[U_GATED] ? f[U_COUT] : 0, 0, 0};
        if (f[U_SC_KIND] == 3) {
            Geo p = {f[U_SC_IN], f[U_SC_OUT], f[U_PJ_KH], f[U_PJ_KW], f[U_PJ_SH], f[U_PJ_SW], f[U_PJ_PT], f[U_PJ_PL], f[U_PJ_PB], f[U_PJ_PR], 1, 1};
            U->proj = p;
            counts[F_PJW] = (Py_ssize_t)f[U_SC_OUT] * f[U_SC_IN] * f[U_PJ_KH] * f[U_PJ_KW];
            counts[F_PJB] = f[U_SC_OUT];
            const int ts = f[U_SKIP];
            const size_t need = (size_t)f[U_SC_IN] * f[U_PJ_KH] * f[U_PJ_KW] * round_up(chw, 64);
            if (need > e->sz_col) e->sz_col = need;
            (void)ts;
        }
        for (int b = 0; b < F_NBUF; ++b) {
            PyObject *item = PyList_GET_ITEM(floats_obj, (Py_ssize_t)u * F_NBUF + b);
            if (counts[b] == 0) continue;
            if (item == Py_None) {
                PyErr_Format(PyExc_ValueError, "unit %d: float buffer %d missing", u, b);
                goto fail;
            }
            U->buf[b] = copy_floats(item, counts[b], "unit weights");
            if (!U->buf[b]) goto fail;
        }
        if (f[U_GATED]) {
            const int ci = f[U_CIN], co = f[U_COUT];
            U->pwt = (float *)amalloc((size_t)ci * co * sizeof(float));
            U->prowsum = (float *)amalloc((size_t)co * sizeof(float));
            if (!U->pwt || !U->prowsum) {
                PyErr_NoMemory();
                goto fail;
            }
            for (int o = 0; o < co; ++o) {
                double rsum = 0.0;
                for (int c = 0; c < ci; ++c) {
                    const float w = U->buf[F_PW][(size_t)o * ci + c];
                    U->pwt[(size_t)c * co + o] = w;
                    rsum += (double)w;
                }
                U->prowsum[o] = (float)rsum;
            }
        }
        if (f[U_KIND] != 1 && !uses_t4(&g, (int)chw, f[U_CONV_W])) { /* not depthwise, not the 2x2-output kernels */
            const Blocking bl = blocking_for((int)chw);
            const int P = b_row_length(&bl, (int)chw);
            int oom;
            U->shift = shift_plan_new(&g, f[U_IN_H], f[U_IN_W], f[U_CONV_H], f[U_CONV_W], P, &oom);
            if (oom) {
                PyErr_NoMemory();
                goto fail;
            }
            const size_t reach = round_up(shift_reach(&g, f[U_IN_W]), 16);
            if (U->shift && reach > e->sz_slack) e->sz_slack = reach;
            if (U->shift && (size_t)f[U_CIN] * kk * P > e->sz_pcol) e->sz_pcol = (size_t)f[U_CIN] * kk * P;
        }
        const size_t col = (size_t)f[U_CIN] * kk * round_up(chw, 64);
        if (col > e->sz_col) e->sz_col = col;
        int cmax = f[U_COUT] > f[U_SC_OUT] ? f[U_COUT] : f[U_SC_OUT];
        if ((size_t)cmax * chw > e->sz_tmp) e->sz_tmp = (size_t)cmax * chw;
        if ((size_t)f[U_CIN] > e->sz_pv) e->sz_pv = f[U_CIN];
        if ((size_t)f[U_CIN] > e->sz_aoff) e->sz_aoff = f[U_CIN];
        if ((size_t)f[U_SC_IN] > e->sz_aoff) e->sz_aoff = f[U_SC_IN];
        if ((size_t)f[U_CIN] > e->sz_pos) e->sz_pos = f[U_CIN];
        if ((size_t)f[U_COUT] > e->sz_kidx) e->sz_kidx = f[U_COUT];
        if ((size_t)f[U_COUT] > e->sz_plog) e->sz_plog = f[U_COUT];
        if (f[U_COUT] > maxc) maxc = f[U_COUT];
        if (f[U_CIN] > maxc) maxc = f[U_CIN];
        if (f[U_SC_OUT] > maxc) maxc = f[U_SC_OUT];
        e->total_channels += f[U_COUT];
    }
    e->head_input = head_input;
    e->head_c = head_c;
    e->classes = classes;
    if (head_input < 0 || head_input >= e->ntensors || e->tc[head_input] != head_c || classes < 1) {
        PyErr_SetString(PyExc_ValueError, "head: inconsistent input tensor or sizes");
        goto fail;
    }
    if ((size_t)head_c > e->sz_pv) e->sz_pv = head_c;
    if (!(e->head_w = copy_floats(head_w, (Py_ssize_t)classes * head_c, "head weight"))) goto fail;
    if (!(e->head_b = copy_floats(head_b, classes, "head bias"))) goto fail;
    if (!(e->mean = copy_floats(mean_obj, e->tc[0], "mean"))) goto fail;
    if (!(e->std = copy_floats(std_obj, e->tc[0], "std"))) goto fail;
    if (get_ints(cost_obj, "lq", 8, &cv, "cost") < 0) goto fail;
    e->nconvs = (int)(cv.len / (C_NFIELDS * 8));
    e->cost = (int64_t *)malloc((size_t)cv.len + 8);
    if (!e->cost) {
        PyBuffer_Release(&cv);
        PyErr_NoMemory();
        goto fail;
    }
    memcpy(e->cost, cv.buf, (size_t)cv.len);
    PyBuffer_Release(&cv);
    for (int i = 0; i < e->nconvs; ++i) {
        const int64_t *c = e->cost + (size_t)i * C_NFIELDS;
        if (c[C_OUT_UNIT] >= e->nunits || c[C_IN_UNIT] >= e->nunits || c[C_GROUPS] < 1) {
            PyErr_SetString(PyExc_ValueError, "cost: unit index out of range");
            goto fail;
        }
    }
    e->flops_const = flops_const;
    e->iota = (int *)malloc(sizeof(int) * (size_t)(maxc + 1));
    if (!e->iota) {
        PyErr_NoMemory();
        goto fail;
    }
    for (int i = 0; i <= maxc; ++i) e->iota[i] = i;
    /* one workspace up front: first requests do not pay for it */
    Workspace *ws = workspace_new(e);
    if (!ws) {
        PyErr_NoMemory();
        goto fail;
    }
    workspace_give(e, ws);
    e->pool = pool_create(e->threads);
    return (PyObject *)e;
fail:
    Py_DECREF(e);
    return NULL;
}

static int writable(PyObject *obj, Py_buffer *view, Py_ssize_t bytes, const char *fmt, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_WRITABLE | PyBUF_FORMAT) < 0) return -1;
    if (view->len != bytes || !view->format || strchr(fmt, view->format[0]) == NULL) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd writable bytes of type %s", what, bytes, fmt);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static PyObject *Engine_run(Engine *e, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"x", "batch", "normalise", "logits", "kept", "flops", "mask", "macs", "profile", NULL};
    PyObject *x_obj, *lo_obj, *ke_obj, *fl_obj, *ma_obj = Py_None, *mc_obj = Py_None, *pr_obj = Py_None;
    Py_ssize_t batch;
    int normalise;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OnpOOO|OOO", kwlist, &x_obj, &batch, &normalise, &lo_obj, &ke_obj,
                                     &fl_obj, &ma_obj, &mc_obj, &pr_obj))
        return NULL;
    if (batch < 0) {
        PyErr_SetString(PyExc_ValueError, "batch must be >= 0");
        return NULL;
    }
    const size_t chw = (size_t)e->tc[0] * e->th[0] * e->tw[0];
    Py_buffer xv, lv, kv, fv, mv, cv, pv;
    int have_mask = ma_obj != Py_None, have_macs = mc_obj != Py_None, have_prof = pr_obj != Py_None;
    if (PyObject_GetBuffer(x_obj, &xv, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    if (xv.itemsize != 4 || !xv.format || strcmp(xv.format, "f") != 0 || (size_t)xv.len != batch * chw * 4) {
        PyBuffer_Release(&xv);
        PyErr_SetString(PyExc_ValueError, "x: expected batch * C * H * W contiguous float32 values");
        return NULL;
    }
    if (writable(lo_obj, &lv, batch * e->classes * 4, "f", "logits") < 0) goto f1;
    if (writable(ke_obj, &kv, batch * e->nunits * 8, "lq", "kept") < 0) goto f2;
    if (writable(fl_obj, &fv, batch * 8, "d", "flops") < 0) goto f3;
    if (have_mask && writable(ma_obj, &mv, batch * e->total_channels, "Bb?", "mask") < 0) goto f4;
    if (have_macs && writable(mc_obj, &cv, batch * 8, "lq", "macs") < 0) goto f5;
    if (have_prof && writable(pr_obj, &pv, (Py_ssize_t)e->nunits * 3 * 8, "d", "profile") < 0) goto f6;
    Workspace *ws;
    int failed = 0;
    Py_BEGIN_ALLOW_THREADS
    ws = workspace_take(e);
    if (!ws) {
        failed = 1;
    } else {
        for (Py_ssize_t i = 0; i < batch; ++i) {
            run_sample(e, ws, (const float *)xv.buf + (size_t)i * chw, normalise, (float *)lv.buf + (size_t)i * e->classes,
                       (int64_t *)kv.buf + (size_t)i * e->nunits,
                       have_mask ? (uint8_t *)mv.buf + (size_t)i * e->total_channels : NULL,
                       have_macs ? (int64_t *)cv.buf + i : NULL, (double *)fv.buf + i,
                       have_prof ? (double *)pv.buf : NULL);
        }
        workspace_give(e, ws);
    }
    Py_END_ALLOW_THREADS
    if (have_prof) PyBuffer_Release(&pv);
    if (have_macs) PyBuffer_Release(&cv);
    if (have_mask) PyBuffer_Release(&mv);
    PyBuffer_Release(&fv);
    PyBuffer_Release(&kv);
    PyBuffer_Release(&lv);
    PyBuffer_Release(&xv);
    if (failed) return PyErr_NoMemory();
    Py_RETURN_NONE;
f6:
    if (have_macs) PyBuffer_Release(&cv);
f5:
    if (have_mask) PyBuffer_Release(&mv);
f4:
    PyBuffer_Release(&fv);
f3:
    PyBuffer_Release(&kv);
f2:
    PyBuffer_Release(&lv);
f1:
    PyBuffer_Release(&xv);
    return NULL;
}

static PyObject *Engine_get_threads(Engine *e, void *closure) { return PyLong_FromLong(e->threads); }

static PyObject *Engine_get_total_channels(Engine *e, void *closure) { return PyLong_FromLongLong(e->total_channels); }

static PyMethodDef Engine_methods[] = {
    {"run", (PyCFunction)(void (*)(void))Engine_run, METH_VARARGS | METH_KEYWORDS,
     "run(x, batch, normalise, logits, kept, flops, mask=None, macs=None): run `batch` samples; writes the outputs."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Engine_getset[] = {
    {"threads", (getter)Engine_get_threads, NULL, "threads used by large convs (the caller plus helpers)", NULL},
    {"total_channels", (getter)Engine_get_total_channels, NULL, "sum of the units' output channels (mask width)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject EngineType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "exporter._native.Engine",
    .tp_basicsize = sizeof(Engine),
    .tp_dealloc = (destructor)Engine_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A compiled FTWT network (create it with exporter._native.create).",
    .tp_methods = Engine_methods,
    .tp_getset = Engine_getset,
};

static PyMethodDef module_methods[] = {
    {"create", (PyCFunction)(void (*)(void))engine_create, METH_VARARGS | METH_KEYWORDS,
     "create(units, floats, tensors, head, head_w, head_b, mean, std, cost, flops_const, threads) -> Engine"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_native", "dynaprune native FTWT engine (see exporter/native_runner.py)", -1,
    module_methods,
};

PyMODINIT_FUNC PyInit__native(void)
{
    if (PyType_Ready(&EngineType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (!m) return NULL;
    Py_INCREF(&EngineType);
    if (PyModule_AddObject(m, "Engine", (PyObject *)&EngineType) < 0) {
        Py_DECREF(&EngineType);
        Py_DECREF(m);
        return NULL;
    }
    PyModule_AddIntConstant(m, "ABI_VERSION", DP_ABI_VERSION);
    PyModule_AddIntConstant(m, "U_NFIELDS", U_NFIELDS);
    PyModule_AddIntConstant(m, "C_NFIELDS", C_NFIELDS);
    PyModule_AddStringConstant(m, "THREADING", "pthreads pool");
#if defined(DP_DISPATCH) && (defined(__x86_64__) || defined(__i386__))
    __builtin_cpu_init();
    PyModule_AddStringConstant(m, "SIMD", __builtin_cpu_supports("x86-64-v4")   ? "x86-64-v4 (runtime dispatch)"
                                          : __builtin_cpu_supports("x86-64-v3") ? "x86-64-v3 (runtime dispatch)"
                                                                                : "baseline (runtime dispatch)");
#elif defined(__AVX512F__)
    PyModule_AddStringConstant(m, "SIMD", "avx512f");
#elif defined(__AVX2__)
    PyModule_AddStringConstant(m, "SIMD", "avx2");
#elif defined(__AVX__)
    PyModule_AddStringConstant(m, "SIMD", "avx");
#elif defined(__SSE2__)
    PyModule_AddStringConstant(m, "SIMD", "sse2");
#elif defined(__ARM_NEON)
    PyModule_AddStringConstant(m, "SIMD", "neon");
#else
    PyModule_AddStringConstant(m, "SIMD", "generic");
#endif
    return m;
}
