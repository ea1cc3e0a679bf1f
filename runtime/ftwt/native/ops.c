/* The native engine's per-unit operations other than the conv (see internal.h for the whole):
 * reductions in a fixed order, max pools, and the predictor that picks a unit's kept filters.
 * The predictor's pooling and linear map stay in this file with it, so they inline as before.
 */
#include "internal.h"

static inline float hsum16(v16 v)
{
    float s = 0.0f;
    for (int i = 0; i < 16; ++i) s += v[i];
    return s;
}

/* sum of n floats (four 16-lane partial sums: without -ffast-math the compiler keeps a scalar chain) */
DP_HOT float sum_floats(const float *x, size_t n)
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

void maxpool(const float *x, int k, int H, int W, int kernel, int stride, int pad, float *y, int Ho, int Wo)
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
 * take part in the softmax with one common value s0; linear; kept = logit > thr (0 as trained; a
 * request's compute budget raises or lowers it for all units of its sample). The linear map
 * reads only the kept input channels' weights: W s = W_kept (s_kept - s0) + s0 * rowsum(W). */
int predict(const Unit *U, const float *x, const int *xidx, int kin, int hw, Workspace *ws, int *kidx,
            Pool *pool, int threads, float thr)
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
        if (logits[o] > thr) kidx[k++] = o;
    return k;
}
