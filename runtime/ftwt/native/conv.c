/* The masked conv and the depthwise conv of the native engine (see internal.h for the whole).
 *
 * conv_masked computes the kept filters over the kept input channels only: B = im2col of the
 * compact input (built whole, or panel by panel inside the GEMM tasks by masked shifts), then
 * a register-blocked micro-kernel per (panel, row block) whose weights are read in place from
 * W[oidx[r]][xidx[j]][t]. Everything the GEMM tasks call lives in this file, so the compiler
 * keeps inlining what it inlined when the engine was one file.
 */
#include "internal.h"

typedef void (*kernel_fn)(const float *, size_t, const int *, const int *, int, int, const float *, size_t,
                          const float *, float *, size_t, int);

/* kN_KK_NV_MR(W, rs, oidx, aoff, kin, kk, B, ldb, bias, C, ldc, ncols):
 * C[r][0:ncols] = bias[oidx[r]] + sum_{j<kin, t<kk} W[oidx[r]*rs + aoff[j] + t] * B[(j*kk + t)*ldb + 0:ncols]
 * for MR rows; NV vectors of N lanes per row (ncols <= NV*N; lanes past ncols come from B's
 * padding and are dropped). The weights are read in place: no gather, no packing. */
#include "kernels.h"

/* Do the accumulators of the widest kernels (KMR: up to 24 vectors of 16 floats) fit in the
 * vector registers? Only with AVX-512's 32 registers of 64 bytes. With 16 registers of 32 bytes
 * (AVX2), or 32 of 16 bytes (NEON), those kernels spill their accumulators to the stack on every
 * step of the inner loop, which runs them several times slower than a kernel that fits. */
static int wide_vector_registers(void)
{
#if defined(__AVX512F__)
    return 1;
#elif defined(DP_DISPATCH) && (defined(__x86_64__) || defined(__i386__))
    return __builtin_cpu_supports("avx512f");
#else
    return 0;
#endif
}

/* accumulators (in vectors of 16 floats) a kernel may hold without AVX-512: 6 of them are 12 of
 * AVX2's 16 registers, leaving room for a vector of B and the broadcast weights */
#define NARROW_ACC 6

Blocking blocking_for(int n)
{
    Blocking b;
    const int wide = wide_vector_registers();
    if (n <= 4) {
        b.vw = 4; b.vsel = 2; b.nv = 1;
    } else if (n <= 8) {
        b.vw = 8; b.vsel = 1; b.nv = 1;
    } else if (!wide) {
        b.vw = 16; b.vsel = 0; b.nv = 1; /* panels of 16 pixels, NARROW_ACC rows */
    } else if (n <= 48) {
        b.vw = 16; b.vsel = 0; b.nv = (n + 15) / 16;
    } else {
        b.vw = 16; b.vsel = 0; b.nv = 4;
    }
    b.mr = KMR[b.vsel][b.nv - 1];
    if (!wide && b.vsel == 0 && b.mr > NARROW_ACC) b.mr = NARROW_ACC;
    return b;
}

/* rows of the 2x2-output kernels: each holds 20 floats per row (a vector of 16 and one of 4) */
static inline int t4_rows(void) { return wide_vector_registers() ? KT4_MR : KT4_MR / 2; }

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

void shift_plan_free(ShiftPlan *sp)
{
    if (!sp) return;
    free(sp->mask);
    free(sp->soff);
    free(sp);
}

/* The plan of a conv (input H x W, output Ho x Wo, B panels of P columns), or NULL when shifts do
 * not apply: stride 1 with output rows as wide as input rows (output pixel q then reads input pixel
 * q + dt for every tap) and whole vectors. Sets *oom on allocation failure. */
ShiftPlan *shift_plan_new(const Geo *g, int H, int W, int Ho, int Wo, int P, int *oom)
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
size_t shift_reach(const Geo *g, int W) { return (size_t)(g->kh * g->dh + 1) * W + (size_t)g->kw * g->dw + 16; }

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

DP_HOT void relu_inplace(float *y, size_t n)
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
int64_t conv_masked(const Geo *g, const ShiftPlan *sp, const float *Wt, const float *bias, const float *x,
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
    if (t4) bl.mr = t4_rows();
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

/* ------------------------------------------------------------------------ one conv for a batch */

#define SHARE_MAX_N 8                /* output pixels up to which a conv runs batch-wide (measured: 2x2 planes gain, 4x4 lose) */
#define SHARE_TILE_BYTES (192 * 1024) /* weights per tile of filters: stays in L2 while every sample uses it */

int conv_shares_weights(const Geo *g, int Ho, int Wo)
{
    const int N = Ho * Wo;
    const Blocking bl = blocking_for(N);
    (void)g;
    return N <= SHARE_MAX_N && N <= bl.nv * bl.vw; /* one panel of B per sample */
}

typedef struct {
    const Geo *g;
    const float *bias;
    ConvItem *items;
    int H, Wd, Ho, Wo, P, t4, relu;
} SharedPrep;

/* one sample: B (im2col of its compact input, as conv_masked builds it) and its weight offsets */
static void shared_prep(void *ctx, int c, int worker)
{
    const SharedPrep *S = (const SharedPrep *)ctx;
    const Geo *g = S->g;
    ConvItem *it = &S->items[c];
    const int N = S->Ho * S->Wo, kk = g->kh * g->kw;
    (void)worker;
    it->B = NULL;
    it->macs = 0;
    if (it->kout == 0) return;
    if (it->kin == 0) { /* the conv of an all-zero input: the bias */
        for (int r = 0; r < it->kout; ++r) {
            float *y = it->Y + (size_t)r * N;
            const float b = S->relu && S->bias[it->oidx[r]] < 0.0f ? 0.0f : S->bias[it->oidx[r]];
            for (int i = 0; i < N; ++i) y[i] = b;
        }
        return;
    }
    Workspace *ws = it->ws;
    if (S->P == N && kk == 1 && g->sh == 1 && g->sw == 1 && g->pt == 0 && g->pl == 0 && S->Ho == S->H && S->Wo == S->Wd) {
        it->B = it->x;
    } else if (S->t4) {
        im2col_t4(it->x, it->kin, S->H, S->Wd, g, ws->col);
        it->B = ws->col;
    } else {
        Im2colJob ij = {it->x, it->kin, S->H, S->Wd, S->Ho, S->Wo, S->P, it->kin, g, ws->col};
        im2col_chunk(&ij, 0, 0);
        it->B = ws->col;
    }
    int *aoff = ws->aoff;
    for (int j = 0; j < it->kin; ++j) aoff[j] = it->xidx[j] * kk;
    for (int j = it->kin; j < it->kin + DP_PREFETCH; ++j) aoff[j] = aoff[it->kin - 1];
    it->macs = (int64_t)it->kout * N * it->kin * kk;
}

typedef struct {
    const float *W, *bias;
    const ConvItem *items;
    size_t rs;
    int n, kk, kk9, P, N, nv, vsel, mr, t4, relu, tile, cout;
} SharedJob;

/* first position of a sorted list at or past v */
static inline int lower_bound(const int *a, int n, int v)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (a[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* filters from [c * tile, (c + 1) * tile) on, of every sample that kept some of them */
static void shared_tile(void *ctx, int c, int worker)
{
    const SharedJob *J = (const SharedJob *)ctx;
    const int o0 = c * J->tile, o1 = o0 + J->tile < J->cout ? o0 + J->tile : J->cout;
    (void)worker;
    for (int s = 0; s < J->n; ++s) {
        const ConvItem *it = &J->items[s];
        if (!it->B) continue;
        /* the sample's blocks of mr kept filters (counted from its first, as conv_masked blocks
         * them: full blocks but the last) whose first filter lies in the tile */
        const int a = lower_bound(it->oidx, it->kout, o0), b = lower_bound(it->oidx, it->kout, o1);
        for (int r0 = (a + J->mr - 1) / J->mr * J->mr; r0 < b; r0 += J->mr) {
            const int mr = it->kout - r0 < J->mr ? it->kout - r0 : J->mr;
            kernel_fn fn = J->t4 ? KERNELS_T4[mr - 1] : KERNELS[J->vsel][J->kk9][J->nv - 1][mr - 1];
            float *C = it->Y + (size_t)r0 * J->N;
            fn(J->W, J->rs, it->oidx + r0, it->ws->aoff, it->kin, J->kk, it->B, (size_t)J->P, J->bias, C, (size_t)J->N,
               J->N);
            if (J->relu)
                for (int r = 0; r < mr; ++r) relu_inplace(C + (size_t)r * J->N, (size_t)J->N);
        }
    }
}

int64_t conv_masked_shared(const Geo *g, const float *Wt, const float *bias, int H, int Wd, int Ho, int Wo, int relu,
                           ConvItem *items, int n, Pool *pool)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
    if (n <= 0 || N == 0) return 0;
    const int t4 = uses_t4(g, N, Wo);
    Blocking bl = blocking_for(N);
    if (t4) bl.mr = t4_rows();
    const int P = b_row_length(&bl, N);
    SharedPrep S = {g, bias, items, H, Wd, Ho, Wo, P, t4, relu};
    pool_run(pool, shared_prep, &S, n);
    SharedJob J;
    J.W = Wt;
    J.bias = bias;
    J.items = items;
    J.rs = (size_t)g->cin * kk;
    J.n = n;
    J.kk = kk;
    J.kk9 = kk == 9;
    J.P = P;
    J.N = N;
    J.nv = (N + bl.vw - 1) / bl.vw;
    J.vsel = bl.vsel;
    J.mr = bl.mr;
    J.t4 = t4;
    J.relu = relu;
    J.cout = g->cout;
    const size_t row_bytes = J.rs * sizeof(float);
    const int tile = (int)(SHARE_TILE_BYTES / (row_bytes ? row_bytes : 1));
    J.tile = tile < bl.mr ? bl.mr : tile;
    pool_run(pool, shared_tile, &J, (g->cout + J.tile - 1) / J.tile);
    int64_t macs = 0;
    for (int i = 0; i < n; ++i) macs += items[i].macs;
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
int64_t conv_depthwise(const Geo *g, const float *Wt, const float *bias, const float *x, const int *xidx,
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
