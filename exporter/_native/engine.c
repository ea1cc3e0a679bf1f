/* dynaprune native engine: one C call runs a sample's whole FTWT sub-network.
 *
 * Per sample, for each unit in execution order: the predictor (pool of the compact
 * input, softmax over the dense channel vector with dropped channels as zeros, linear,
 * kept = logit > 0), then the conv over the kept filters only ("indexed GEMM": im2col
 * of the compact input, then a register-blocked micro-kernel whose weights are read
 * straight from W[out_idx[r]][in_idx[j]][t] - no weight gather, no copy), ReLU, the
 * residual add for a block's second conv (dense output), max-pools; finally the head.
 * Work is exactly k_out * H_out * W_out * k_in * kh * kw multiply-adds per conv.
 *
 * Plain C99 + GCC/Clang vector extensions + the Python C API (buffer protocol);
 * OpenMP (optional) splits large convs across threads. The GIL is released while
 * computing; several Python threads may call run() at once (each takes its own
 * workspace from a pool).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef _OPENMP
#include <omp.h>
#endif

#include "engine.h"

#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

#define ALIGN 64
#define PAR_MIN_MACS 300000 /* below this a conv runs on one thread: fork/join would cost more */

/* ------------------------------------------------------------------------ vectors */

typedef float v16 __attribute__((vector_size(64)));
typedef float v16u __attribute__((vector_size(64), aligned(4), may_alias));
typedef float v8 __attribute__((vector_size(32)));
typedef float v8u __attribute__((vector_size(32), aligned(4), may_alias));
typedef float v4 __attribute__((vector_size(16)));
typedef float v4u __attribute__((vector_size(16), aligned(4), may_alias));

typedef void (*kernel_fn)(const float *, size_t, const int *, const int *, int, int, const float *, size_t,
                          const float *, float *, size_t, int);

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

typedef struct {
    int cin, cout, kh, kw, sh, sw, pt, pl, pb, pr, dh, dw;
} Geo;

typedef struct {
    int f[U_NFIELDS];
    Geo conv, proj;
    float *buf[F_NBUF];
} Unit;

typedef struct Workspace {
    struct Workspace *next;
    void *mem;
    float **tbuf; /* per tensor values, compact [k][H][W] */
    int **tidx;   /* per tensor channel indices */
    int *tk;      /* per tensor kept count */
    int *kidx, *aoff, *pos;
    float *col, *tmp, *tmp2, *tmp3, *pv, *plog;
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
    size_t ws_tensor_off_count;
    size_t sz_col, sz_tmp, sz_pv, sz_plog, sz_kidx, sz_aoff, sz_pos;
    PyThread_type_lock lock;
    Workspace *free_ws;
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

/* im2col of a compact input x [kin][H][W] into B [(j*kh + ki)*kw + kj][ldb], zero padded. */
static void im2col(const float *x, int kin, int H, int W, const Geo *g, int Ho, int Wo, float *B, size_t ldb,
                   int nthreads)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
#ifdef _OPENMP
#pragma omp parallel for schedule(static) num_threads(nthreads) if (nthreads > 1)
#endif
    for (int j = 0; j < kin; ++j) {
        const float *xs = x + (size_t)j * H * W;
        for (int ki = 0; ki < g->kh; ++ki) {
            for (int kj = 0; kj < g->kw; ++kj) {
                float *row = B + ((size_t)j * kk + (size_t)ki * g->kw + kj) * ldb;
                const int off_w = kj * g->dw - g->pl;
                int lo = 0, hi;
                if (off_w < 0) lo = (-off_w + g->sw - 1) / g->sw;
                if (W - 1 - off_w < 0) hi = 0;
                else hi = (W - 1 - off_w) / g->sw + 1;
                if (hi > Wo) hi = Wo;
                if (lo > hi) lo = hi;
                for (int oh = 0; oh < Ho; ++oh) {
                    float *dst = row + (size_t)oh * Wo;
                    const int ih = oh * g->sh - g->pt + ki * g->dh;
                    if (ih < 0 || ih >= H) {
                        memset(dst, 0, (size_t)Wo * sizeof(float));
                        continue;
                    }
                    const float *src = xs + (size_t)ih * W + off_w;
                    for (int ow = 0; ow < lo; ++ow) dst[ow] = 0.0f;
                    if (g->sw == 1) {
                        memcpy(dst + lo, src + lo, (size_t)(hi - lo) * sizeof(float));
                    } else {
                        for (int ow = lo; ow < hi; ++ow) dst[ow] = src[(size_t)ow * g->sw];
                    }
                    for (int ow = hi; ow < Wo; ++ow) dst[ow] = 0.0f;
                }
                for (size_t c = (size_t)N; c < ldb; ++c) row[c] = 0.0f;
            }
        }
    }
}

/* Y[r] (r < kout, rows of N floats) = conv of the compact input (kin channels, indices xidx) with
 * filters oidx[r] of W [cout][cin][kh*kw], plus bias. Returns the multiply-adds done. */
static int64_t conv_masked(const Geo *g, const float *Wt, const float *bias, const float *x, const int *xidx, int kin,
                           int H, int Wd, const int *oidx, int kout, float *Y, int Ho, int Wo, Workspace *ws,
                           int threads)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
    if (kout == 0 || N == 0) return 0;
    if (kin == 0) { /* the conv of an all-zero input: the bias */
        for (int r = 0; r < kout; ++r) {
            float *y = Y + (size_t)r * N;
            const float b = bias[oidx[r]];
            for (int i = 0; i < N; ++i) y[i] = b;
        }
        return 0;
    }
    const int64_t macs = (int64_t)kout * N * kin * kk;
    const int nt = use_threads(threads, macs) ? threads : 1;
    const Blocking bl = blocking_for(N);
    const size_t ldb = round_up((size_t)N, (size_t)bl.vw);
    const float *B;
    const int direct = kk == 1 && g->sh == 1 && g->sw == 1 && g->pt == 0 && g->pl == 0 && g->pb == 0 && g->pr == 0 &&
                       ldb == (size_t)N && Ho == H && Wo == Wd;
    if (direct) {
        B = x;
    } else {
        im2col(x, kin, H, Wd, g, Ho, Wo, ws->col, ldb, (nt > 1 && (int64_t)kin * kk * N >= 65536) ? nt : 1);
        B = ws->col;
    }
    int *aoff = ws->aoff;
    for (int j = 0; j < kin; ++j) aoff[j] = xidx[j] * kk;
    const size_t rs = (size_t)g->cin * kk;
    const int kk9 = kk == 9;
    const int panel = bl.nv * bl.vw;
    const int npan = (N + panel - 1) / panel;
    const int nrb = (kout + bl.mr - 1) / bl.mr;
    const int ntasks = npan * nrb;
#ifdef _OPENMP
#pragma omp parallel for schedule(static) num_threads(nt) if (nt > 1)
#endif
    for (int task = 0; task < ntasks; ++task) {
        const int p = task / nrb, rb = task % nrb;
        const int col0 = p * panel;
        const int ncols = N - col0 < panel ? N - col0 : panel;
        const int nv = (ncols + bl.vw - 1) / bl.vw;
        const int r0 = rb * bl.mr;
        const int mr = kout - r0 < bl.mr ? kout - r0 : bl.mr;
        kernel_fn fn = KERNELS[bl.vsel][kk9][nv - 1][mr - 1];
        fn(Wt, rs, oidx + r0, aoff, kin, kk, B + col0, ldb, bias, Y + (size_t)r0 * N + col0, (size_t)N, ncols);
    }
    return macs;
}

/* Depthwise: output channel o reads input channel o only; a dropped input gives the bias. */
static int64_t conv_depthwise(const Geo *g, const float *Wt, const float *bias, const float *x, const int *xidx,
                              int kin, int H, int Wd, const int *oidx, int kout, float *Y, int Ho, int Wo,
                              Workspace *ws, int threads)
{
    const int N = Ho * Wo;
    const int kk = g->kh * g->kw;
    int *pos = ws->pos;
    for (int c = 0; c < g->cin; ++c) pos[c] = -1;
    for (int j = 0; j < kin; ++j) pos[xidx[j]] = j;
    int64_t macs = 0;
    for (int r = 0; r < kout; ++r)
        if (pos[oidx[r]] >= 0) macs += (int64_t)N * kk;
    const int nt = use_threads(threads, macs) ? threads : 1;
#ifdef _OPENMP
#pragma omp parallel for schedule(static) num_threads(nt) if (nt > 1)
#endif
    for (int r = 0; r < kout; ++r) {
        const int o = oidx[r];
        float *y = Y + (size_t)r * N;
        const float b = bias[o];
        if (pos[o] < 0) {
            for (int i = 0; i < N; ++i) y[i] = b;
            continue;
        }
        const float *xs = x + (size_t)pos[o] * H * Wd;
        const float *w = Wt + (size_t)o * kk;
        for (int oh = 0; oh < Ho; ++oh) {
            for (int ow = 0; ow < Wo; ++ow) {
                float acc = 0.0f;
                for (int ki = 0; ki < g->kh; ++ki) {
                    const int ih = oh * g->sh - g->pt + ki * g->dh;
                    if (ih < 0 || ih >= H) continue;
                    for (int kj = 0; kj < g->kw; ++kj) {
                        const int iw = ow * g->sw - g->pl + kj * g->dw;
                        if (iw < 0 || iw >= Wd) continue;
                        acc += xs[(size_t)ih * Wd + iw] * w[ki * g->kw + kj];
                    }
                }
                y[(size_t)oh * Wo + ow] = acc + b;
            }
        }
    }
    return macs;
}

static void relu_inplace(float *y, size_t n)
{
    for (size_t i = 0; i < n; ++i) y[i] = y[i] > 0.0f ? y[i] : 0.0f;
}

static void maxpool(const float *x, int k, int H, int W, int kernel, int stride, int pad, float *y, int Ho, int Wo)
{
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

/* Predictor of unit U on the compact input: kept output channels, ascending, into kidx. */
static int predict(const Unit *U, const float *x, const int *xidx, int kin, int hw, Workspace *ws, int *kidx)
{
    const int cin = U->f[U_CIN], cout = U->f[U_COUT];
    float *pv = ws->pv;
    for (int c = 0; c < cin; ++c) pv[c] = 0.0f;
    for (int j = 0; j < kin; ++j) {
        const float *xs = x + (size_t)j * hw;
        float v;
        if (U->f[U_PRED_POOL] == 0) {
            float s = 0.0f;
            for (int i = 0; i < hw; ++i) s += xs[i];
            v = s / (float)hw;
        } else {
            float m = xs[0];
            for (int i = 1; i < hw; ++i) m = xs[i] > m ? xs[i] : m;
            v = m;
        }
        pv[xidx[j]] = v;
    }
    float mx = pv[0];
    for (int c = 1; c < cin; ++c) mx = pv[c] > mx ? pv[c] : mx;
    float sum = 0.0f;
    for (int c = 0; c < cin; ++c) {
        pv[c] = expf(pv[c] - mx);
        sum += pv[c];
    }
    for (int c = 0; c < cin; ++c) pv[c] = pv[c] / sum;
    const float *pw = U->buf[F_PW], *pb = U->buf[F_PB];
    int k = 0;
    for (int o = 0; o < cout; ++o) {
        const float *w = pw + (size_t)o * cin;
        float s = 0.0f;
        for (int c = 0; c < cin; ++c) s += w[c] * pv[c];
        const float logit = s + pb[o];
        if (logit > 0.0f) kidx[k++] = o;
    }
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
            kout = predict(U, x, xidx, kin, H * W, ws, kidx);
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
                                   threads);
        else
            macs += conv_masked(&U->conv, U->buf[F_W], U->buf[F_B], x, xidx, kin, H, W, kidx, kout, y, Ho, Wo, ws,
                                threads);
        double t2 = prof ? now_s() : 0.0;
        if (f[U_RELU]) relu_inplace(y, (size_t)kout * chw);
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
                macs += conv_masked(&U->proj, U->buf[F_PJW], U->buf[F_PJB], s, sidx, ks, Hs, Ws, e->iota, cout, P, Ho,
                                    Wo, ws, threads);
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
        for (int j = 0; j < k; ++j) {
            float s = 0.0f;
            const float *xs = x + (size_t)j * hw;
            for (size_t i = 0; i < hw; ++i) s += xs[i];
            pooled[j] = s / (float)hw;
        }
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
    size_t floats = 0, ints = 0;
    for (int t = 0; t < e->ntensors; ++t) {
        floats += round_up((size_t)e->tc[t] * e->th[t] * e->tw[t], 16);
        ints += round_up((size_t)e->tc[t], 16);
    }
    floats += round_up(e->sz_col, 16) + 3 * round_up(e->sz_tmp, 16) + round_up(e->sz_pv, 16) + round_up(e->sz_plog, 16);
    ints += round_up(e->sz_kidx, 16) + round_up(e->sz_aoff, 16) + round_up(e->sz_pos, 16) + round_up((size_t)e->ntensors, 16);
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
    float *fp = (float *)ws->mem;
    for (int t = 0; t < e->ntensors; ++t) {
        ws->tbuf[t] = fp;
        fp += round_up((size_t)e->tc[t] * e->th[t] * e->tw[t], 16);
    }
    ws->col = fp; fp += round_up(e->sz_col, 16);
    ws->tmp = fp; fp += round_up(e->sz_tmp, 16);
    ws->tmp2 = fp; fp += round_up(e->sz_tmp, 16);
    ws->tmp3 = fp; fp += round_up(e->sz_tmp, 16);
    ws->pv = fp; fp += round_up(e->sz_pv, 16);
    ws->plog = fp; fp += round_up(e->sz_plog, 16);
    int *ip = (int *)fp;
    for (int t = 0; t < e->ntensors; ++t) {
        ws->tidx[t] = ip;
        ip += round_up((size_t)e->tc[t], 16);
    }
    ws->kidx = ip; ip += round_up(e->sz_kidx, 16);
    ws->aoff = ip; ip += round_up(e->sz_aoff, 16);
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
        for (int u = 0; u < e->nunits; ++u)
            for (int b = 0; b < F_NBUF; ++b) free(e->units[u].buf[b]);
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
    float *out = (float *)amalloc((size_t)count * sizeof(float));
    if (!out) {
        PyBuffer_Release(&view);
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(out, view.buf, (size_t)count * sizeof(float));
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
            const size_t need = (size_t)f[U_SC_IN] * f[U_PJ_KH] * f[U_PJ_KW] * round_up(chw, 16);
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
        const size_t col = (size_t)f[U_CIN] * kk * round_up(chw, 16);
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

static int Engine_set_threads(Engine *e, PyObject *value, void *closure)
{
    long n = value ? PyLong_AsLong(value) : -1;
    if (n == -1 && PyErr_Occurred()) return -1;
    if (n < 1) {
        PyErr_SetString(PyExc_ValueError, "threads must be >= 1");
        return -1;
    }
    e->threads = (int)n;
    return 0;
}

static PyObject *Engine_get_total_channels(Engine *e, void *closure) { return PyLong_FromLongLong(e->total_channels); }

static PyMethodDef Engine_methods[] = {
    {"run", (PyCFunction)(void (*)(void))Engine_run, METH_VARARGS | METH_KEYWORDS,
     "run(x, batch, normalise, logits, kept, flops, mask=None, macs=None): run `batch` samples; writes the outputs."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Engine_getset[] = {
    {"threads", (getter)Engine_get_threads, (setter)Engine_set_threads, "threads used by large convs", NULL},
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
#ifdef _OPENMP
    PyModule_AddIntConstant(m, "OPENMP", 1);
#else
    PyModule_AddIntConstant(m, "OPENMP", 0);
#endif
#if defined(__AVX512F__)
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
