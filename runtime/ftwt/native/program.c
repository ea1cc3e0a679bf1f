/* The native engine's program interpreter (see internal.h for the whole): run_sample walks the
 * unit records of engine.h in order - predictor, conv, ReLU, residual add, pools - then the head
 * and the honest FLOPs count; and the per-request workspaces it computes in.
 */
#include "internal.h"

#include <time.h>

/* profile clock: the calling thread's CPU time (a request preempted by other processes does not
 * count; helper threads' work is not included) */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* The steps of one sample through the network. run_sample chains them for one sample;
 * run_batch walks a whole batch through them unit by unit, so that a unit's conv can run for
 * every sample at once (conv_masked_shared). Each step computes exactly what it computes in
 * the other order: a sample's arithmetic never depends on the batch around it. */

/* the image: tensor 0, dense (normalised when asked) */
static void load_image(const Engine *e, Workspace *ws, const float *img, int normalise)
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

/* Unit u's predictor: its kept output channels (ascending) into ws->kidx, their count into
 * kept[u] and ws->step_kout, the mask row (from mask_off) when asked; and where its conv writes
 * (ws->step_y). */
static void gate_unit(const Engine *e, Workspace *ws, int u, Pool *pool, int threads, float thr, int64_t *kept,
                      uint8_t *mask, int64_t mask_off)
{
    const Unit *U = &e->units[u];
    const int *f = U->f;
    const int tin = f[U_INPUT];
    const int cout = f[U_COUT];
    int *kidx = ws->kidx;
    int kout;
    if (f[U_GATED]) {
        kout = predict(U, ws->tbuf[tin], ws->tidx[tin], ws->tk[tin], f[U_IN_H] * f[U_IN_W], ws, kidx, pool, threads,
                       thr);
    } else {
        kout = cout;
        memcpy(kidx, e->iota, (size_t)cout * sizeof(int));
    }
    kept[u] = kout;
    if (mask) {
        memset(mask + mask_off, 0, (size_t)cout);
        for (int r = 0; r < kout; ++r) mask[mask_off + kidx[r]] = 1;
    }
    ws->step_kout = kout;
    ws->step_y = (f[U_NPOST] == 0 && !f[U_OUTPUT_DENSE]) ? ws->tbuf[u + 1] : ws->tmp;
}

/* Unit u's conv of one sample over its kept filters (after gate_unit), ReLU included. */
static int64_t conv_unit(const Engine *e, Workspace *ws, int u, Pool *pool, int threads)
{
    const Unit *U = &e->units[u];
    const int *f = U->f;
    const int tin = f[U_INPUT];
    const int kout = ws->step_kout;
    float *y = ws->step_y;
    int64_t macs;
    if (f[U_KIND] == 1) {
        macs = conv_depthwise(&U->conv, U->buf[F_W], U->buf[F_B], ws->tbuf[tin], ws->tidx[tin], ws->tk[tin],
                              f[U_IN_H], f[U_IN_W], ws->kidx, kout, y, f[U_CONV_H], f[U_CONV_W], ws, pool, threads);
        if (f[U_RELU]) relu_inplace(y, (size_t)kout * f[U_CONV_H] * f[U_CONV_W]); /* conv_masked applies its own */
    } else {
        macs = conv_masked(&U->conv, U->shift, U->buf[F_W], U->buf[F_B], ws->tbuf[tin], ws->tidx[tin], ws->tk[tin],
                           f[U_IN_H], f[U_IN_W], ws->kidx, kout, y, f[U_CONV_H], f[U_CONV_W], f[U_RELU], ws, pool,
                           threads);
    }
    return macs;
}

/* Unit u after its conv: the residual add (dense output), the max pools, the output tensor's
 * channel list. Returns the multiply-adds of a projection shortcut. */
static int64_t finish_unit(const Engine *e, Workspace *ws, int u, Pool *pool, int threads)
{
    const Unit *U = &e->units[u];
    const int *f = U->f;
    const int tout = u + 1;
    const int Ho = f[U_CONV_H], Wo = f[U_CONV_W];
    const int cout = f[U_COUT];
    const size_t chw = (size_t)Ho * Wo;
    const int *kidx = ws->kidx;
    const int kout = ws->step_kout;
    const int dense_out = f[U_OUTPUT_DENSE];
    const int npost = f[U_NPOST];
    float *y = ws->step_y;
    int64_t macs = 0;
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
                                Wo, 0, ws, pool, threads);
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
    return macs;
}

/* the head (global average pool of the kept channels, classifier on their columns) and the
 * honest executed FLOPs (models.flops.executed_flops, mode honest) */
static void finish_sample(const Engine *e, Workspace *ws, const int64_t *kept, float *logits, double *flops_out)
{
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

/* One normalised sample through the whole network. */
void run_sample(const Engine *e, Workspace *ws, Pool *pool, int threads, float thr, const float *img, int normalise,
                float *logits, int64_t *kept, uint8_t *mask, int64_t *macs_out, double *flops_out, double *prof)
{
    int64_t macs = 0, mask_off = 0;
    load_image(e, ws, img, normalise);
    for (int u = 0; u < e->nunits; ++u) {
        const double t0 = prof ? now_s() : 0.0;
        gate_unit(e, ws, u, pool, threads, thr, kept, mask, mask_off);
        mask_off += e->units[u].f[U_COUT];
        const double t1 = prof ? now_s() : 0.0;
        macs += conv_unit(e, ws, u, pool, threads);
        const double t2 = prof ? now_s() : 0.0;
        macs += finish_unit(e, ws, u, pool, threads);
        if (prof) {
            const double t3 = now_s();
            prof[3 * u] += t1 - t0;
            prof[3 * u + 1] += t2 - t1;
            prof[3 * u + 2] += t3 - t2;
        }
    }
    finish_sample(e, ws, kept, logits, flops_out);
    if (macs_out) *macs_out = macs;
}

/* ------------------------------------------------------------------------ a batch in lockstep */

enum { STEP_GATE, STEP_CONV, STEP_FINISH, STEP_HEAD };

typedef struct {
    const BatchRun *b;
    int step, u;
    int64_t mask_off;
} StepJob;

/* one sample's part of a step, on one thread (its convs are not split) */
static void step_chunk(void *ctx, int c, int worker)
{
    const StepJob *J = (const StepJob *)ctx;
    const BatchRun *b = J->b;
    const Engine *e = b->e;
    Workspace *ws = b->ws[c];
    int64_t *kept = b->kept + (size_t)c * e->nunits;
    (void)worker;
    switch (J->step) {
    case STEP_GATE:
        if (J->u == 0) {
            load_image(e, ws, b->x + (size_t)c * b->chw, b->normalise);
            ws->step_macs = 0;
        }
        gate_unit(e, ws, J->u, NULL, 1, b->thr ? b->thr[c] : 0.0f, kept,
                  b->mask ? b->mask + (size_t)c * e->total_channels : NULL, J->mask_off);
        break;
    case STEP_CONV:
        ws->step_macs += conv_unit(e, ws, J->u, NULL, 1);
        break;
    case STEP_FINISH:
        ws->step_macs += finish_unit(e, ws, J->u, NULL, 1);
        break;
    default:
        finish_sample(e, ws, kept, b->logits + (size_t)c * e->classes, b->flops + c);
        if (b->macs) b->macs[c] = ws->step_macs;
        break;
    }
}

static void run_step(const BatchRun *b, int step, int u, int64_t mask_off)
{
    StepJob J = {b, step, u, mask_off};
    pool_run(b->pool, step_chunk, &J, b->n);
}

void run_batch(const BatchRun *b)
{
    const Engine *e = b->e;
    int64_t mask_off = 0;
    ConvItem *items = b->items;
    double *prof = b->prof;
    for (int u = 0; u < e->nunits; ++u) {
        const Unit *U = &e->units[u];
        const int *f = U->f;
        const double t0 = prof ? now_s() : 0.0;
        run_step(b, STEP_GATE, u, mask_off);
        mask_off += f[U_COUT];
        const double t1 = prof ? now_s() : 0.0;
        if (f[U_KIND] != 1 && conv_shares_weights(&U->conv, f[U_CONV_H], f[U_CONV_W])) {
            const int tin = f[U_INPUT];
            for (int s = 0; s < b->n; ++s) {
                Workspace *ws = b->ws[s];
                ConvItem it = {ws->tbuf[tin], ws->tidx[tin], ws->tk[tin], ws->kidx, ws->step_kout, ws->step_y, ws, NULL, 0};
                items[s] = it;
            }
            conv_masked_shared(&U->conv, U->buf[F_W], U->buf[F_B], f[U_IN_H], f[U_IN_W], f[U_CONV_H], f[U_CONV_W],
                               f[U_RELU], items, b->n, b->pool);
            for (int s = 0; s < b->n; ++s) b->ws[s]->step_macs += items[s].macs;
        } else {
            run_step(b, STEP_CONV, u, 0);
        }
        const double t2 = prof ? now_s() : 0.0;
        run_step(b, STEP_FINISH, u, 0);
        if (prof) {
            const double t3 = now_s();
            prof[3 * u] += t1 - t0;
            prof[3 * u + 1] += t2 - t1;
            prof[3 * u + 2] += t3 - t2;
        }
    }
    run_step(b, STEP_HEAD, 0, 0);
}

/* ------------------------------------------------------------------------ workspaces */

Workspace *workspace_new(const Engine *e)
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

void workspace_free(Workspace *ws)
{
    if (!ws) return;
    free(ws->tbuf);
    free(ws->tidx);
    free(ws->mem);
    free(ws);
}

Workspace *workspace_take(Engine *e)
{
    Workspace *ws;
    PyThread_acquire_lock(e->lock, WAIT_LOCK);
    ws = e->free_ws;
    if (ws) e->free_ws = ws->next;
    PyThread_release_lock(e->lock);
    if (!ws) ws = workspace_new(e);
    return ws;
}

void workspace_give(Engine *e, Workspace *ws)
{
    PyThread_acquire_lock(e->lock, WAIT_LOCK);
    ws->next = e->free_ws;
    e->free_ws = ws;
    PyThread_release_lock(e->lock);
}
