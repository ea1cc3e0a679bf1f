/* The native engine's Python binding (see internal.h for the whole): the Engine type, the checks
 * of the program that native_runner.py hands over, engine creation, run(), and the module with
 * its layout constants (ABI_VERSION, UNIT_FIELDS, COST_FIELDS) that native_runner.py verifies.
 */
#include "internal.h"

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

/* A batch whose samples are spread over the pool: chunk c runs samples [c * per, (c + 1) * per)
 * one after the other on one thread, in a workspace of its own, without splitting their convs. */
typedef struct {
    Engine *e;
    const float *x;
    size_t chw;
    int normalise;
    Py_ssize_t batch, per;
    float *logits;
    int64_t *kept;
    uint8_t *mask;
    int64_t *macs;
    double *flops;
    const float *thr; /* per sample, or NULL: 0 */
    int failed; /* set by any chunk that found no memory for a workspace */
} SampleJob;

static void sample_chunk(void *ctx, int c, int worker)
{
    SampleJob *J = ctx;
    const Engine *e = J->e;
    (void)worker;
    Workspace *ws = workspace_take(J->e);
    if (!ws) {
        J->failed = 1;
        return;
    }
    const Py_ssize_t end = (c + 1) * J->per < J->batch ? (c + 1) * J->per : J->batch;
    for (Py_ssize_t i = c * J->per; i < end; ++i)
        run_sample(e, ws, NULL, 1, J->thr ? J->thr[i] : 0.0f, J->x + (size_t)i * J->chw, J->normalise, J->logits + (size_t)i * e->classes,
                   J->kept + (size_t)i * e->nunits, J->mask ? J->mask + (size_t)i * e->total_channels : NULL,
                   J->macs ? J->macs + i : NULL, J->flops + i, NULL);
    workspace_give(J->e, ws);
}

/* How a batch runs (the `spread` argument): SPREAD_CONVS runs its samples one by one, each large
 * conv split over the threads (intra-sample); SPREAD_SAMPLES spreads whole samples over the
 * threads (inter-sample); SPREAD_LAYERS walks the batch through the network unit by unit
 * (run_batch), the small-plane convs reading each tile of weights once for all samples. The
 * arithmetic of a sample is the same in every mode: only the speed differs. */
enum { SPREAD_AUTO = -1, SPREAD_CONVS = 0, SPREAD_SAMPLES = 1, SPREAD_LAYERS = 2 };

#define LOCKSTEP_MAX 16 /* samples walked through the network together (each holds a workspace) */

static int spread_mode(const Engine *e, Py_ssize_t batch, int spread, int profiling)
{
    if (batch < 2) return SPREAD_CONVS;
    if (profiling) return spread == SPREAD_LAYERS ? SPREAD_LAYERS : SPREAD_CONVS; /* times on the calling thread */
    if (spread == SPREAD_SAMPLES && (e->threads < 2 || !e->pool)) return SPREAD_CONVS;
    if (spread >= 0) return spread;
    return SPREAD_LAYERS;
}

/* the batch in groups of LOCKSTEP_MAX samples through run_batch; 0, or -1 when out of memory */
static int run_lockstep(Engine *e, const float *x, size_t chw, int normalise, Py_ssize_t batch, float *logits,
                        int64_t *kept, uint8_t *mask, int64_t *macs, double *flops, const float *thr, double *prof)
{
    Workspace *ws[LOCKSTEP_MAX] = {0};
    ConvItem items[LOCKSTEP_MAX];
    const int group = batch < LOCKSTEP_MAX ? (int)batch : LOCKSTEP_MAX;
    int failed = 0;
    for (int i = 0; i < group && !failed; ++i)
        if (!(ws[i] = workspace_take(e))) failed = 1;
    for (Py_ssize_t i0 = 0; i0 < batch && !failed; i0 += group) {
        const int n = batch - i0 < group ? (int)(batch - i0) : group;
        BatchRun b = {e, ws, items, n, e->pool, thr ? thr + i0 : NULL, x + (size_t)i0 * chw, chw, normalise,
                      logits + (size_t)i0 * e->classes, kept + (size_t)i0 * e->nunits,
                      mask ? mask + (size_t)i0 * e->total_channels : NULL, macs ? macs + i0 : NULL, flops + i0,
                      prof};
        run_batch(&b);
    }
    for (int i = 0; i < group; ++i)
        if (ws[i]) workspace_give(e, ws[i]);
    return failed ? -1 : 0;
}

static PyObject *Engine_run(Engine *e, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"x", "batch", "normalise", "logits", "kept", "flops", "mask", "macs", "profile",
                             "spread", "thresholds", NULL};
    PyObject *x_obj, *lo_obj, *ke_obj, *fl_obj, *ma_obj = Py_None, *mc_obj = Py_None, *pr_obj = Py_None;
    PyObject *th_obj = Py_None;
    Py_ssize_t batch;
    int normalise, spread = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OnpOOO|OOOiO", kwlist, &x_obj, &batch, &normalise, &lo_obj,
                                     &ke_obj, &fl_obj, &ma_obj, &mc_obj, &pr_obj, &spread, &th_obj))
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
    Py_buffer tv;
    const int have_thr = th_obj != Py_None;
    if (have_thr) {
        if (PyObject_GetBuffer(th_obj, &tv, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) goto f7;
        if (tv.itemsize != 4 || !tv.format || strcmp(tv.format, "f") != 0 || tv.len != batch * 4) {
            PyBuffer_Release(&tv);
            PyErr_SetString(PyExc_ValueError, "thresholds: expected batch contiguous float32 values");
            goto f7;
        }
    }
    const float *thr = have_thr ? (const float *)tv.buf : NULL;
    Workspace *ws;
    int failed = 0;
    if (spread < SPREAD_AUTO || spread > SPREAD_LAYERS) {
        PyErr_SetString(PyExc_ValueError, "spread must be -1 (decide), 0 (convs), 1 (samples) or 2 (layers)");
        goto f8;
    }
    const int mode = spread_mode(e, batch, spread, have_prof);
    Py_BEGIN_ALLOW_THREADS
    if (mode == SPREAD_LAYERS) {
        failed = run_lockstep(e, (const float *)xv.buf, chw, normalise, batch, (float *)lv.buf, (int64_t *)kv.buf,
                              have_mask ? (uint8_t *)mv.buf : NULL, have_macs ? (int64_t *)cv.buf : NULL,
                              (double *)fv.buf, thr, have_prof ? (double *)pv.buf : NULL) < 0;
    } else if (mode == SPREAD_SAMPLES) {
        SampleJob J = {e, (const float *)xv.buf, chw, normalise, batch, 1, (float *)lv.buf, (int64_t *)kv.buf,
                       have_mask ? (uint8_t *)mv.buf : NULL, have_macs ? (int64_t *)cv.buf : NULL, (double *)fv.buf,
                       thr, 0};
        const Py_ssize_t chunks = batch < POOL_MAX_CHUNKS ? batch : POOL_MAX_CHUNKS;
        J.per = (batch + chunks - 1) / chunks;
        pool_run(e->pool, sample_chunk, &J, (int)((batch + J.per - 1) / J.per));
        failed = J.failed;
    } else {
        ws = workspace_take(e);
        if (!ws) {
            failed = 1;
        } else {
            for (Py_ssize_t i = 0; i < batch; ++i) {
                run_sample(e, ws, e->pool, e->threads, thr ? thr[i] : 0.0f, (const float *)xv.buf + (size_t)i * chw,
                           normalise,
                           (float *)lv.buf + (size_t)i * e->classes, (int64_t *)kv.buf + (size_t)i * e->nunits,
                           have_mask ? (uint8_t *)mv.buf + (size_t)i * e->total_channels : NULL,
                           have_macs ? (int64_t *)cv.buf + i : NULL, (double *)fv.buf + i,
                           have_prof ? (double *)pv.buf : NULL);
            }
            workspace_give(e, ws);
        }
    }
    Py_END_ALLOW_THREADS
    if (have_thr) PyBuffer_Release(&tv);
    if (have_prof) PyBuffer_Release(&pv);
    if (have_macs) PyBuffer_Release(&cv);
    if (have_mask) PyBuffer_Release(&mv);
    PyBuffer_Release(&fv);
    PyBuffer_Release(&kv);
    PyBuffer_Release(&lv);
    PyBuffer_Release(&xv);
    if (failed) return PyErr_NoMemory();
    Py_RETURN_NONE;
f8:
    if (have_thr) PyBuffer_Release(&tv);
f7:
    if (have_prof) PyBuffer_Release(&pv);
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
     "run(x, batch, normalise, logits, kept, flops, mask=None, macs=None, profile=None, spread=-1): run `batch` "
     "samples; writes the outputs. spread: 2 walks the batch through the network unit by unit (small-plane convs "
     "read their weights once for all samples), 1 spreads the samples over the threads, 0 splits each sample's "
     "convs, -1 decides. thresholds: per-sample float32 predictor thresholds (kept = logit > threshold; default 0)."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Engine_getset[] = {
    {"threads", (getter)Engine_get_threads, NULL, "threads used by large convs (the caller plus helpers)", NULL},
    {"total_channels", (getter)Engine_get_total_channels, NULL, "sum of the units' output channels (mask width)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject EngineType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "dynaprune.runtime.ftwt._native.Engine",
    .tp_basicsize = sizeof(Engine),
    .tp_dealloc = (destructor)Engine_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A compiled FTWT network (create it with dynaprune.runtime.ftwt._native.create).",
    .tp_methods = Engine_methods,
    .tp_getset = Engine_getset,
};

static PyMethodDef module_methods[] = {
    {"create", (PyCFunction)(void (*)(void))engine_create, METH_VARARGS | METH_KEYWORDS,
     "create(units, floats, tensors, head, head_w, head_b, mean, std, cost, flops_const, threads) -> Engine"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "_native", "dynaprune native FTWT engine (see runtime/ftwt/native_runner.py)", -1,
    module_methods,
};

/* The field names of engine.h's records, in record order, expanded from the same X-macros as the
 * enums: the module exports them so that native_runner.py can compare its own lists name by name
 * (a count alone misses two fields swapped, or one renamed). */
#define DP_FIELD_NAME_(name) #name,
static const char *const unit_field_names[] = {DP_UNIT_FIELDS(DP_FIELD_NAME_)};
static const char *const cost_field_names[] = {DP_COST_FIELDS(DP_FIELD_NAME_)};
#undef DP_FIELD_NAME_
_Static_assert(sizeof unit_field_names / sizeof unit_field_names[0] == U_NFIELDS, "one name per unit field");
_Static_assert(sizeof cost_field_names / sizeof cost_field_names[0] == C_NFIELDS, "one name per cost field");

/* m.<attr> = tuple of the n strings names[]; -1 with an exception set on failure */
static int add_names(PyObject *m, const char *attr, const char *const *names, Py_ssize_t n)
{
    PyObject *t = PyTuple_New(n);
    if (!t) return -1;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject *s = PyUnicode_FromString(names[i]);
        if (!s) {
            Py_DECREF(t);
            return -1;
        }
        PyTuple_SET_ITEM(t, i, s);
    }
    const int rc = PyModule_AddObjectRef(m, attr, t);
    Py_DECREF(t);
    return rc;
}

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
    if (PyModule_AddIntConstant(m, "ABI_VERSION", DP_ABI_VERSION) < 0 ||
        PyModule_AddIntConstant(m, "U_NFIELDS", U_NFIELDS) < 0 || PyModule_AddIntConstant(m, "C_NFIELDS", C_NFIELDS) < 0 ||
        add_names(m, "UNIT_FIELDS", unit_field_names, U_NFIELDS) < 0 ||
        add_names(m, "COST_FIELDS", cost_field_names, C_NFIELDS) < 0) {
        Py_DECREF(m);
        return NULL;
    }
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

