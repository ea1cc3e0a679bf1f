/* dynaprune native engine: what crosses its C files (not part of any interface outside the engine).
 *
 * One C call runs a sample's whole FTWT sub-network. Per sample, for each unit in execution
 * order: the predictor (pool of the compact input, softmax over the dense channel vector with
 * dropped channels as zeros, linear, kept = logit > 0), then the conv over the kept filters only
 * ("indexed GEMM": im2col of the compact input, then a register-blocked micro-kernel whose
 * weights are read straight from W[out_idx[r]][in_idx[j]][t] - no weight gather, no copy), ReLU,
 * the residual add for a block's second conv (dense output), max-pools; finally the head.
 * Stride-1 convs build im2col panel by panel inside the GEMM tasks, by masked shifts of the input
 * planes, into a buffer per thread (im2col_shift_panel). Work is exactly
 * k_out * H_out * W_out * k_in * kh * kw multiply-adds per conv.
 *
 * A batch of two or more samples runs in lockstep by default (run_batch): unit by unit, each step
 * spread over the threads sample by sample, the convs of 2x2 planes for all samples at once with
 * each tile of filters read once (conv_masked_shared); a sample's arithmetic is the same in every
 * mode, so batching never changes an answer.
 *
 * Plain C11 + GCC/Clang vector extensions + the Python C API (buffer protocol) + pthreads: large
 * convs are split across threads by a small "help if you can" pool (pool.h). The GIL is released
 * while computing; several Python threads may call run() at once (each takes its own workspace;
 * one of them at a time gets the helper threads).
 *
 * The files, by job:
 *   conv.c     the masked conv and the depthwise conv: blocking, im2col (padded, by panels, by
 *              shifts, the 2x2-output layout), shift plans, the GEMM tasks over the generated
 *              micro-kernels (kernels.h, from tools/gen_kernels.py)
 *   ops.c      the other per-unit operations: reductions, max pools, the predictor
 *   program.c  run_sample (the interpreter of the unit records) and the workspaces
 *   binding.c  the Python type and module: argument checks, engine creation, run()
 *   pool.c     the thread pool (pool.h)
 * Separate compilation units, yet as fast as the one file they were: the inner loops live in the
 * same file as their callers (the GEMM tasks with the micro-kernels and im2col, the predictor with
 * its reductions), so the compiler inlines exactly what it did before; the small helpers several
 * files use are static inline below (and pool_run's serial case in pool.h). A call between files
 * happens once per conv, unit or channel, where it costs nothing measurable; the outputs are
 * bit for bit those of the single-file engine.
 * Everything declared here is hidden (DP_INTERNAL): the module exports PyInit__native only, no
 * generic name (predict, maxpool, ...) can clash with another library's, and calls between files
 * bind directly instead of through the PLT (DP_HOT functions through their ifunc, as before).
 */
#ifndef DYNAPRUNE_INTERNAL_H
#define DYNAPRUNE_INTERNAL_H

#define PY_SSIZE_T_CLEAN
#include <Python.h> /* first, as the C API asks; the Engine type below is a Python object */
#include <pythread.h>

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__AVX512F__)
#include <immintrin.h> /* BCAST4 */
#endif

#include "engine.h"
#include "pool.h"

#define DP_INTERNAL __attribute__((visibility("hidden")))

#define ALIGN 64
#define PAR_MIN_MACS 200000 /* smaller convs run on the calling thread: handing out work would cost more */
#define DP_PREFETCH 4       /* input channels ahead that the kernels prefetch weights for */
#define DP_MAX_WORKERS 64   /* threads that get their own im2col buffers (more: no shift im2col) */
#define PAR_MIN_PRED 32768  /* predictor linear maps (memory bound) are split from this many weights on */
#define PRED_PARTS 4        /* large predictors: kept input rows in this many parts, summed in a fixed order */
#define WEIGHT_SLACK 16     /* floats allocated past every weight buffer (BCAST4 reads up to 12 ahead) */

/* ------------------------------------------------------------------------ vectors */

typedef float v16 __attribute__((vector_size(64)));
typedef float v16u __attribute__((vector_size(64), aligned(4), may_alias));
typedef float v8 __attribute__((vector_size(32)));
typedef float v8u __attribute__((vector_size(32), aligned(4), may_alias));
typedef float v4 __attribute__((vector_size(16)));
typedef float v4u __attribute__((vector_size(16), aligned(4), may_alias));
typedef int32_t v16i __attribute__((vector_size(64)));
typedef int32_t v16i_u __attribute__((vector_size(64), aligned(4), may_alias));

/* DP_HOT: with -DDP_DISPATCH (portable builds, see setup.py) the hot functions are compiled for
 * x86-64-v4 (AVX-512), x86-64-v3 (AVX2 + FMA) and the baseline; the loader picks the best the
 * CPU has (GCC target_clones, an ifunc). Without it, one version for the -march of the build.
 * A clone is only ever called through its dispatcher, never inlined: DP_HOT goes on functions
 * whose work dwarfs a call (a whole GEMM tile, a plane, a row of pools). */
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

static inline size_t round_up(size_t n, size_t m) { return (n + m - 1) / m * m; }

/* ALIGN-aligned memory of at least `bytes` (free() releases it); NULL when out of memory */
static inline void *amalloc(size_t bytes)
{
    void *p = NULL;
    if (bytes == 0) bytes = ALIGN;
    if (posix_memalign(&p, ALIGN, round_up(bytes, ALIGN)) != 0) return NULL;
    return p;
}

/* ------------------------------------------------------------------------ conv geometry (conv.c) */

typedef struct {
    int cin, cout, kh, kw, sh, sw, pt, pl, pb, pr, dh, dw;
} Geo;

/* Blocking for an output of N pixels: vector width, vectors per panel, rows per block. */
typedef struct {
    int vw, vsel, nv, mr;
} Blocking;

DP_INTERNAL Blocking blocking_for(int n);

/* 3x3 convs with 2x2 outputs have their own micro-kernels (KERNELS_T4) and im2col layout */
static inline int uses_t4(const Geo *g, int N, int Wo) { return N == 4 && Wo == 2 && g->kh == 3 && g->kw == 3; }

/* Row length of B (floats per row of a panel) for an output of N pixels blocked as bl */
static inline int b_row_length(const Blocking *bl, int N)
{
    const int panel = bl->nv * bl->vw;
    return N <= panel ? (int)round_up((size_t)N, (size_t)bl->vw) : panel;
}

/* How im2col_shift_panel builds B for one conv, fixed by its geometry (conv.c) */
typedef struct ShiftPlan ShiftPlan;

/* The plan of a conv (input H x W, output Ho x Wo, B panels of P columns), or NULL when shifts do
 * not apply. Sets *oom on allocation failure. */
DP_INTERNAL ShiftPlan *shift_plan_new(const Geo *g, int H, int W, int Ho, int Wo, int P, int *oom);
DP_INTERNAL void shift_plan_free(ShiftPlan *sp);
/* floats outside a channel plane that a conv's shift loads reach (the workspace's slack) */
DP_INTERNAL size_t shift_reach(const Geo *g, int W);

/* ------------------------------------------------------------------------ program */

typedef struct {
    int f[U_NFIELDS];
    Geo conv, proj;
    float *buf[F_NBUF];
    float *pwt;       /* predictor weight transposed, [cin][cout]: a kept input channel is one contiguous row */
    float *prowsum;   /* per output, the sum of its predictor weights (float64 sum, rounded) */
    ShiftPlan *shift; /* im2col of the conv by shifts, or NULL */
} Unit;

/* One request's scratch memory (program.c); sized by the engine for its largest unit */
typedef struct Workspace {
    struct Workspace *next;
    void *mem;
    float **tbuf; /* per tensor values, compact [k][H][W] */
    int **tidx;   /* per tensor channel indices */
    int *tk;      /* per tensor kept count */
    int *kidx, *aoff, *pos;
    float *col, *tmp, *tmp2, *tmp3, *pv, *plog, *pooled;
    float *ppart; /* PRED_PARTS partial predictor logits */
    float *pcol;  /* per worker, one B panel built by shifts (pcol_stride floats each) */
    size_t pcol_stride;
    /* between the steps of a unit (program.c): kept outputs, where the conv writes, MACs so far */
    int step_kout;
    float *step_y;
    int64_t step_macs;
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

/* ------------------------------------------------------------------------ operations */

/* conv.c. Y[r] (r < kout, rows of Ho*Wo floats) = conv of the compact input x (kin channels,
 * indices xidx) with filters oidx[r] of W [cout][cin][kh*kw], plus bias (and ReLU if relu).
 * Returns the multiply-adds done. */
DP_INTERNAL int64_t conv_masked(const Geo *g, const ShiftPlan *sp, const float *Wt, const float *bias, const float *x,
                                const int *xidx, int kin, int H, int Wd, const int *oidx, int kout, float *Y, int Ho,
                                int Wo, int relu, Workspace *ws, Pool *pool, int threads);
/* One sample's part of a conv that runs for a whole batch (conv_masked_shared): its compact
 * input, kept filters and output, as conv_masked takes them; B and macs are filled in. */
typedef struct {
    const float *x;
    const int *xidx;
    int kin;
    const int *oidx; /* ascending */
    int kout;
    float *Y;
    Workspace *ws; /* the sample's own: its im2col and weight offsets */
    const float *B;
    int64_t macs;
} ConvItem;

/* conv.c. Does this conv run for a whole batch at once in run_batch? Convs with small output
 * planes do only a few multiply-adds per weight they read, so they are bound by reading the
 * weights; one pass over each tile of filters for every sample of the batch saves most of it. */
DP_INTERNAL int conv_shares_weights(const Geo *g, int Ho, int Wo);
/* conv.c. conv_masked for every item, each sample's output exactly what conv_masked computes
 * alone (same micro-kernels, same order of accumulation per output), but tiles of filters
 * outermost: a tile is read from memory once, then used by every sample that kept any of its
 * filters. Tiles are spread over the pool. Returns the multiply-adds done (also per item). */
DP_INTERNAL int64_t conv_masked_shared(const Geo *g, const float *Wt, const float *bias, int H, int Wd, int Ho, int Wo,
                                       int relu, ConvItem *items, int n, Pool *pool);
/* conv.c. Depthwise: output channel o reads input channel o only; a dropped input gives the bias. */
DP_INTERNAL int64_t conv_depthwise(const Geo *g, const float *Wt, const float *bias, const float *x, const int *xidx,
                                   int kin, int H, int Wd, const int *oidx, int kout, float *Y, int Ho, int Wo,
                                   Workspace *ws, Pool *pool, int threads);
/* conv.c. y = max(y, 0) */
DP_INTERNAL void relu_inplace(float *y, size_t n);

/* ops.c. Sum of n floats, in the engine's fixed order (four 16-lane partial sums). */
DP_INTERNAL float sum_floats(const float *x, size_t n);
/* ops.c. Max pool of k planes H x W into Ho x Wo (square kernel; padding cells never win, as in PyTorch). */
DP_INTERNAL void maxpool(const float *x, int k, int H, int W, int kernel, int stride, int pad, float *y, int Ho, int Wo);
/* ops.c. Predictor of unit U on the compact input: kept output channels, ascending, into kidx; returns their count. */
DP_INTERNAL int predict(const Unit *U, const float *x, const int *xidx, int kin, int hw, Workspace *ws, int *kidx,
                        Pool *pool, int threads, float thr);

/* ------------------------------------------------------------------------ program.c */

/* One sample through the whole network (see Engine_run in binding.c for the outputs); its large
 * convs are split over `pool` with `threads` threads (NULL / 1: all on the calling thread, as when
 * a batch's samples are themselves spread over the pool). Predictors keep channels whose logit
 * is above `thr` (0 as trained). */
DP_INTERNAL void run_sample(const Engine *e, Workspace *ws, Pool *pool, int threads, float thr, const float *img,
                            int normalise, float *logits, int64_t *kept, uint8_t *mask, int64_t *macs_out,
                            double *flops_out, double *prof);
/* A batch in lockstep (program.c): unit by unit, each step spread over the pool sample by
 * sample, the convs of conv_shares_weights for all samples at once. Every sample's outputs are
 * those of run_sample. ws[i] and items[i]: sample i's workspace and scratch. */
typedef struct {
    const Engine *e;
    Workspace **ws;
    ConvItem *items;
    int n;
    Pool *pool;
    const float *thr; /* per sample, or NULL: 0 */
    const float *x;
    size_t chw;
    int normalise;
    float *logits;
    int64_t *kept;
    uint8_t *mask; /* or NULL */
    int64_t *macs; /* or NULL */
    double *flops;
    double *prof; /* or NULL: per unit, the calling thread's CPU seconds of its three steps, added */
} BatchRun;
DP_INTERNAL void run_batch(const BatchRun *b);
DP_INTERNAL Workspace *workspace_new(const Engine *e);
DP_INTERNAL void workspace_free(Workspace *ws);
/* a free workspace of e, or a new one (NULL when out of memory); callable without the GIL */
DP_INTERNAL Workspace *workspace_take(Engine *e);
DP_INTERNAL void workspace_give(Engine *e, Workspace *ws);

#endif
