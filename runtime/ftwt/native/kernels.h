/* Generated micro-kernels of the indexed GEMM (see engine.c). Do not edit by hand: the generator
 * (Python) is the comment at the end of this file; copy it out and run it.
 * kN_KK_NV_MR computes MR output rows x NV vectors of N lanes; KK = 9 unrolls the 3x3 taps,
 * KK = 0 loops over a run-time kk. Plain variables (no arrays) keep the accumulators in registers. */
#ifndef DYNAPRUNE_KERNELS_H
#define DYNAPRUNE_KERNELS_H

/* aoff[] must hold DP_PREFETCH readable entries past kin (engine.c pads it) */

DP_HOT static void k16_0_4_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_4_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_4_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_4_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0}; v16 c3_3 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; *(v16u *)(c + 48) = c3_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; *(v16u *)(tmp + 48) = c3_3 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_4_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0}; v16 c3_3 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0}; v16 c4_3 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; *(v16u *)(c + 48) = c3_3 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; *(v16u *)(c + 48) = c4_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; *(v16u *)(tmp + 48) = c3_3 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; *(v16u *)(tmp + 48) = c4_3 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_4_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0}; v16 c3_3 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0}; v16 c4_3 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0}; v16 c5_3 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; *(v16u *)(c + 48) = c3_3 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; *(v16u *)(c + 48) = c4_3 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; *(v16u *)(c + 48) = c5_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; *(v16u *)(tmp + 48) = c3_3 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; *(v16u *)(tmp + 48) = c4_3 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; *(v16u *)(tmp + 48) = c5_3 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_4_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        const float *a0 = w0 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_4_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_4_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_4_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0}; v16 c3_3 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; *(v16u *)(c + 48) = c3_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; *(v16u *)(tmp + 48) = c3_3 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_4_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0}; v16 c3_3 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0}; v16 c4_3 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; *(v16u *)(c + 48) = c3_3 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; *(v16u *)(c + 48) = c4_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; *(v16u *)(tmp + 48) = c3_3 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; *(v16u *)(tmp + 48) = c4_3 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_4_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0}; v16 c1_3 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0}; v16 c2_3 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0}; v16 c3_3 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0}; v16 c4_3 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0}; v16 c5_3 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                const v16 b3 = *(const v16u *)(b + 48);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; c0_3 += a * b3; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; c1_3 += a * b3; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; c2_3 += a * b3; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; c3_3 += a * b3; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; c4_3 += a * b3; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; c5_3 += a * b3; }
                b += ldb;
            }
    }
    if (ncols == 64) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; *(v16u *)(c + 48) = c0_3 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; *(v16u *)(c + 48) = c1_3 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; *(v16u *)(c + 48) = c2_3 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; *(v16u *)(c + 48) = c3_3 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; *(v16u *)(c + 48) = c4_3 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; *(v16u *)(c + 48) = c5_3 + br; }
    } else {
        float tmp[64] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; *(v16u *)(tmp + 48) = c0_3 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; *(v16u *)(tmp + 48) = c1_3 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; *(v16u *)(tmp + 48) = c2_3 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; *(v16u *)(tmp + 48) = c3_3 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; *(v16u *)(tmp + 48) = c4_3 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; *(v16u *)(tmp + 48) = c5_3 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0}; v16 c6_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; *(v16u *)(c + 32) = c6_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; *(v16u *)(tmp + 32) = c6_2 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_3_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0}; v16 c6_2 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0}; v16 c7_2 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[t]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; *(v16u *)(c + 32) = c6_2 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; *(v16u *)(c + 32) = c7_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; *(v16u *)(tmp + 32) = c6_2 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; *(v16u *)(tmp + 32) = c7_2 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        const float *a0 = w0 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0}; v16 c6_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; *(v16u *)(c + 32) = c6_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; *(v16u *)(tmp + 32) = c6_2 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_3_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0}; v16 c1_2 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0}; v16 c2_2 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0}; v16 c3_2 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0}; v16 c4_2 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0}; v16 c5_2 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0}; v16 c6_2 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0}; v16 c7_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[0]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[1]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[2]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[3]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[4]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[5]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[6]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[7]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                const v16 b2 = *(const v16u *)(b + 32);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; c0_2 += a * b2; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; c1_2 += a * b2; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; c2_2 += a * b2; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; c3_2 += a * b2; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; c4_2 += a * b2; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; c5_2 += a * b2; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; c6_2 += a * b2; }
                { const float a = a7[8]; c7_0 += a * b0; c7_1 += a * b1; c7_2 += a * b2; }
                b += ldb;
            }
    }
    if (ncols == 48) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; *(v16u *)(c + 32) = c0_2 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; *(v16u *)(c + 32) = c1_2 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; *(v16u *)(c + 32) = c2_2 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; *(v16u *)(c + 32) = c3_2 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; *(v16u *)(c + 32) = c4_2 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; *(v16u *)(c + 32) = c5_2 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; *(v16u *)(c + 32) = c6_2 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; *(v16u *)(c + 32) = c7_2 + br; }
    } else {
        float tmp[48] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; *(v16u *)(tmp + 32) = c0_2 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; *(v16u *)(tmp + 32) = c1_2 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; *(v16u *)(tmp + 32) = c2_2 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; *(v16u *)(tmp + 32) = c3_2 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; *(v16u *)(tmp + 32) = c4_2 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; *(v16u *)(tmp + 32) = c5_2 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; *(v16u *)(tmp + 32) = c6_2 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; *(v16u *)(tmp + 32) = c7_2 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[t]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[t]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[t]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    v16 c9_0 = (v16){0}; v16 c9_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[t]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[t]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[t]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; *(v16u *)(c + 16) = c9_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; *(v16u *)(tmp + 16) = c9_1 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    v16 c9_0 = (v16){0}; v16 c9_1 = (v16){0};
    v16 c10_0 = (v16){0}; v16 c10_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[t]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[t]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[t]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[t]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; *(v16u *)(c + 16) = c9_1 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; *(v16u *)(c + 16) = c10_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; *(v16u *)(tmp + 16) = c9_1 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; *(v16u *)(tmp + 16) = c10_1 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_2_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    v16 c9_0 = (v16){0}; v16 c9_1 = (v16){0};
    v16 c10_0 = (v16){0}; v16 c10_1 = (v16){0};
    v16 c11_0 = (v16){0}; v16 c11_1 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[t]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[t]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[t]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[t]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[t]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[t]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[t]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[t]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[t]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[t]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[t]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[t]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; *(v16u *)(c + 16) = c9_1 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; *(v16u *)(c + 16) = c10_1 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v16u *)(c + 0) = c11_0 + br; *(v16u *)(c + 16) = c11_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; *(v16u *)(tmp + 16) = c9_1 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; *(v16u *)(tmp + 16) = c10_1 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v16u *)(tmp + 0) = c11_0 + br; *(v16u *)(tmp + 16) = c11_1 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        const float *a0 = w0 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[0]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[1]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[2]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[3]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[4]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[5]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[6]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[7]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[8]; c7_0 += a * b0; c7_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[0]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[0]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[1]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[1]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[2]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[2]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[3]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[3]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[4]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[4]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[5]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[5]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[6]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[6]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[7]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[7]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[8]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[8]; c8_0 += a * b0; c8_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    v16 c9_0 = (v16){0}; v16 c9_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[0]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[0]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[0]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[1]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[1]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[1]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[2]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[2]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[2]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[3]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[3]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[3]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[4]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[4]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[4]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[5]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[5]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[5]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[6]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[6]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[6]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[7]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[7]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[7]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[8]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[8]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[8]; c9_0 += a * b0; c9_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; *(v16u *)(c + 16) = c9_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; *(v16u *)(tmp + 16) = c9_1 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    v16 c9_0 = (v16){0}; v16 c9_1 = (v16){0};
    v16 c10_0 = (v16){0}; v16 c10_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[0]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[0]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[0]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[0]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[1]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[1]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[1]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[1]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[2]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[2]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[2]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[2]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[3]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[3]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[3]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[3]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[4]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[4]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[4]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[4]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[5]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[5]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[5]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[5]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[6]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[6]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[6]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[6]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[7]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[7]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[7]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[7]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[8]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[8]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[8]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[8]; c10_0 += a * b0; c10_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; *(v16u *)(c + 16) = c9_1 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; *(v16u *)(c + 16) = c10_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; *(v16u *)(tmp + 16) = c9_1 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; *(v16u *)(tmp + 16) = c10_1 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_2_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    v16 c1_0 = (v16){0}; v16 c1_1 = (v16){0};
    v16 c2_0 = (v16){0}; v16 c2_1 = (v16){0};
    v16 c3_0 = (v16){0}; v16 c3_1 = (v16){0};
    v16 c4_0 = (v16){0}; v16 c4_1 = (v16){0};
    v16 c5_0 = (v16){0}; v16 c5_1 = (v16){0};
    v16 c6_0 = (v16){0}; v16 c6_1 = (v16){0};
    v16 c7_0 = (v16){0}; v16 c7_1 = (v16){0};
    v16 c8_0 = (v16){0}; v16 c8_1 = (v16){0};
    v16 c9_0 = (v16){0}; v16 c9_1 = (v16){0};
    v16 c10_0 = (v16){0}; v16 c10_1 = (v16){0};
    v16 c11_0 = (v16){0}; v16 c11_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        __builtin_prefetch(w11 + opf); __builtin_prefetch(w11 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[0]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[0]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[0]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[0]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[0]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[0]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[0]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[0]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[0]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[0]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[0]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[0]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[1]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[1]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[1]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[1]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[1]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[1]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[1]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[1]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[1]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[1]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[1]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[1]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[2]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[2]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[2]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[2]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[2]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[2]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[2]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[2]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[2]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[2]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[2]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[2]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[3]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[3]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[3]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[3]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[3]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[3]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[3]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[3]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[3]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[3]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[3]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[3]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[4]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[4]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[4]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[4]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[4]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[4]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[4]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[4]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[4]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[4]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[4]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[4]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[5]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[5]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[5]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[5]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[5]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[5]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[5]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[5]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[5]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[5]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[5]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[5]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[6]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[6]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[6]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[6]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[6]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[6]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[6]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[6]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[6]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[6]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[6]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[6]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[7]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[7]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[7]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[7]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[7]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[7]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[7]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[7]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[7]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[7]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[7]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[7]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                const v16 b1 = *(const v16u *)(b + 16);
                { const float a = a0[8]; c0_0 += a * b0; c0_1 += a * b1; }
                { const float a = a1[8]; c1_0 += a * b0; c1_1 += a * b1; }
                { const float a = a2[8]; c2_0 += a * b0; c2_1 += a * b1; }
                { const float a = a3[8]; c3_0 += a * b0; c3_1 += a * b1; }
                { const float a = a4[8]; c4_0 += a * b0; c4_1 += a * b1; }
                { const float a = a5[8]; c5_0 += a * b0; c5_1 += a * b1; }
                { const float a = a6[8]; c6_0 += a * b0; c6_1 += a * b1; }
                { const float a = a7[8]; c7_0 += a * b0; c7_1 += a * b1; }
                { const float a = a8[8]; c8_0 += a * b0; c8_1 += a * b1; }
                { const float a = a9[8]; c9_0 += a * b0; c9_1 += a * b1; }
                { const float a = a10[8]; c10_0 += a * b0; c10_1 += a * b1; }
                { const float a = a11[8]; c11_0 += a * b0; c11_1 += a * b1; }
                b += ldb;
            }
    }
    if (ncols == 32) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; *(v16u *)(c + 16) = c0_1 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; *(v16u *)(c + 16) = c1_1 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; *(v16u *)(c + 16) = c2_1 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; *(v16u *)(c + 16) = c3_1 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; *(v16u *)(c + 16) = c4_1 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; *(v16u *)(c + 16) = c5_1 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; *(v16u *)(c + 16) = c6_1 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; *(v16u *)(c + 16) = c7_1 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; *(v16u *)(c + 16) = c8_1 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; *(v16u *)(c + 16) = c9_1 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; *(v16u *)(c + 16) = c10_1 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v16u *)(c + 0) = c11_0 + br; *(v16u *)(c + 16) = c11_1 + br; }
    } else {
        float tmp[32] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; *(v16u *)(tmp + 16) = c0_1 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; *(v16u *)(tmp + 16) = c1_1 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; *(v16u *)(tmp + 16) = c2_1 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; *(v16u *)(tmp + 16) = c3_1 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; *(v16u *)(tmp + 16) = c4_1 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; *(v16u *)(tmp + 16) = c5_1 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; *(v16u *)(tmp + 16) = c6_1 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; *(v16u *)(tmp + 16) = c7_1 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; *(v16u *)(tmp + 16) = c8_1 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; *(v16u *)(tmp + 16) = c9_1 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; *(v16u *)(tmp + 16) = c10_1 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v16u *)(tmp + 0) = c11_0 + br; *(v16u *)(tmp + 16) = c11_1 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    v16 c9_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    v16 c9_0 = (v16){0};
    v16 c10_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                { const float a = a10[t]; c10_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_0_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    v16 c9_0 = (v16){0};
    v16 c10_0 = (v16){0};
    v16 c11_0 = (v16){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                { const float a = a10[t]; c10_0 += a * b0; }
                { const float a = a11[t]; c11_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v16u *)(c + 0) = c11_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v16u *)(tmp + 0) = c11_0 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        const float *a0 = w0 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    v16 c9_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    v16 c9_0 = (v16){0};
    v16 c10_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                { const float a = a10[0]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                { const float a = a10[1]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                { const float a = a10[2]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                { const float a = a10[3]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                { const float a = a10[4]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                { const float a = a10[5]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                { const float a = a10[6]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                { const float a = a10[7]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                { const float a = a10[8]; c10_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k16_9_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v16 c0_0 = (v16){0};
    v16 c1_0 = (v16){0};
    v16 c2_0 = (v16){0};
    v16 c3_0 = (v16){0};
    v16 c4_0 = (v16){0};
    v16 c5_0 = (v16){0};
    v16 c6_0 = (v16){0};
    v16 c7_0 = (v16){0};
    v16 c8_0 = (v16){0};
    v16 c9_0 = (v16){0};
    v16 c10_0 = (v16){0};
    v16 c11_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        __builtin_prefetch(w11 + opf); __builtin_prefetch(w11 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                { const float a = a10[0]; c10_0 += a * b0; }
                { const float a = a11[0]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                { const float a = a10[1]; c10_0 += a * b0; }
                { const float a = a11[1]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                { const float a = a10[2]; c10_0 += a * b0; }
                { const float a = a11[2]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                { const float a = a10[3]; c10_0 += a * b0; }
                { const float a = a11[3]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                { const float a = a10[4]; c10_0 += a * b0; }
                { const float a = a11[4]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                { const float a = a10[5]; c10_0 += a * b0; }
                { const float a = a11[5]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                { const float a = a10[6]; c10_0 += a * b0; }
                { const float a = a11[6]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                { const float a = a10[7]; c10_0 += a * b0; }
                { const float a = a11[7]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v16 b0 = *(const v16u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                { const float a = a10[8]; c10_0 += a * b0; }
                { const float a = a11[8]; c11_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 16) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v16u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v16u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v16u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v16u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v16u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v16u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v16u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v16u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v16u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v16u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v16u *)(c + 0) = c10_0 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v16u *)(c + 0) = c11_0 + br; }
    } else {
        float tmp[16] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v16u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v16u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v16u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v16u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v16u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v16u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v16u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v16u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v16u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v16u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v16u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v16u *)(tmp + 0) = c11_0 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    v8 c0_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    v8 c9_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v8u *)(c + 0) = c9_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v8u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    v8 c9_0 = (v8){0};
    v8 c10_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                { const float a = a10[t]; c10_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v8u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v8u *)(c + 0) = c10_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v8u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v8u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_0_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    v8 c9_0 = (v8){0};
    v8 c10_0 = (v8){0};
    v8 c11_0 = (v8){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                { const float a = a10[t]; c10_0 += a * b0; }
                { const float a = a11[t]; c11_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v8u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v8u *)(c + 0) = c10_0 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v8u *)(c + 0) = c11_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v8u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v8u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v8u *)(tmp + 0) = c11_0 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v8 c0_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        const float *a0 = w0 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    v8 c9_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v8u *)(c + 0) = c9_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v8u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    v8 c9_0 = (v8){0};
    v8 c10_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                { const float a = a10[0]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                { const float a = a10[1]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                { const float a = a10[2]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                { const float a = a10[3]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                { const float a = a10[4]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                { const float a = a10[5]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                { const float a = a10[6]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                { const float a = a10[7]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                { const float a = a10[8]; c10_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v8u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v8u *)(c + 0) = c10_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v8u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v8u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k8_9_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v8 c0_0 = (v8){0};
    v8 c1_0 = (v8){0};
    v8 c2_0 = (v8){0};
    v8 c3_0 = (v8){0};
    v8 c4_0 = (v8){0};
    v8 c5_0 = (v8){0};
    v8 c6_0 = (v8){0};
    v8 c7_0 = (v8){0};
    v8 c8_0 = (v8){0};
    v8 c9_0 = (v8){0};
    v8 c10_0 = (v8){0};
    v8 c11_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        __builtin_prefetch(w11 + opf); __builtin_prefetch(w11 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                { const float a = a10[0]; c10_0 += a * b0; }
                { const float a = a11[0]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                { const float a = a10[1]; c10_0 += a * b0; }
                { const float a = a11[1]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                { const float a = a10[2]; c10_0 += a * b0; }
                { const float a = a11[2]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                { const float a = a10[3]; c10_0 += a * b0; }
                { const float a = a11[3]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                { const float a = a10[4]; c10_0 += a * b0; }
                { const float a = a11[4]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                { const float a = a10[5]; c10_0 += a * b0; }
                { const float a = a11[5]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                { const float a = a10[6]; c10_0 += a * b0; }
                { const float a = a11[6]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                { const float a = a10[7]; c10_0 += a * b0; }
                { const float a = a11[7]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v8 b0 = *(const v8u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                { const float a = a10[8]; c10_0 += a * b0; }
                { const float a = a11[8]; c11_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 8) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v8u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v8u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v8u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v8u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v8u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v8u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v8u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v8u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v8u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v8u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v8u *)(c + 0) = c10_0 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v8u *)(c + 0) = c11_0 + br; }
    } else {
        float tmp[8] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v8u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v8u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v8u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v8u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v8u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v8u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v8u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v8u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v8u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v8u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v8u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v8u *)(tmp + 0) = c11_0 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    v4 c0_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    v4 c9_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v4u *)(c + 0) = c9_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v4u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    v4 c9_0 = (v4){0};
    v4 c10_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                { const float a = a10[t]; c10_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v4u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v4u *)(c + 0) = c10_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v4u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v4u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_0_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    v4 c9_0 = (v4){0};
    v4 c10_0 = (v4){0};
    v4 c11_0 = (v4){0};
    const size_t bstep = (size_t)(kk_rt) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
        for (int t = 0; t < kk_rt; ++t)
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[t]; c0_0 += a * b0; }
                { const float a = a1[t]; c1_0 += a * b0; }
                { const float a = a2[t]; c2_0 += a * b0; }
                { const float a = a3[t]; c3_0 += a * b0; }
                { const float a = a4[t]; c4_0 += a * b0; }
                { const float a = a5[t]; c5_0 += a * b0; }
                { const float a = a6[t]; c6_0 += a * b0; }
                { const float a = a7[t]; c7_0 += a * b0; }
                { const float a = a8[t]; c8_0 += a * b0; }
                { const float a = a9[t]; c9_0 += a * b0; }
                { const float a = a10[t]; c10_0 += a * b0; }
                { const float a = a11[t]; c11_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v4u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v4u *)(c + 0) = c10_0 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v4u *)(c + 0) = c11_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v4u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v4u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v4u *)(tmp + 0) = c11_0 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v4 c0_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        const float *a0 = w0 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    v4 c9_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v4u *)(c + 0) = c9_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v4u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    v4 c9_0 = (v4){0};
    v4 c10_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                { const float a = a10[0]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                { const float a = a10[1]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                { const float a = a10[2]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                { const float a = a10[3]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                { const float a = a10[4]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                { const float a = a10[5]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                { const float a = a10[6]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                { const float a = a10[7]; c10_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                { const float a = a10[8]; c10_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v4u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v4u *)(c + 0) = c10_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v4u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v4u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void k4_9_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    const float *w8 = W + (size_t)oidx[8] * rs;
    const float *w9 = W + (size_t)oidx[9] * rs;
    const float *w10 = W + (size_t)oidx[10] * rs;
    const float *w11 = W + (size_t)oidx[11] * rs;
    v4 c0_0 = (v4){0};
    v4 c1_0 = (v4){0};
    v4 c2_0 = (v4){0};
    v4 c3_0 = (v4){0};
    v4 c4_0 = (v4){0};
    v4 c5_0 = (v4){0};
    v4 c6_0 = (v4){0};
    v4 c7_0 = (v4){0};
    v4 c8_0 = (v4){0};
    v4 c9_0 = (v4){0};
    v4 c10_0 = (v4){0};
    v4 c11_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        __builtin_prefetch(w8 + opf); __builtin_prefetch(w8 + opf + 8);
        __builtin_prefetch(w9 + opf); __builtin_prefetch(w9 + opf + 8);
        __builtin_prefetch(w10 + opf); __builtin_prefetch(w10 + opf + 8);
        __builtin_prefetch(w11 + opf); __builtin_prefetch(w11 + opf + 8);
        const float *a0 = w0 + o;
        const float *a1 = w1 + o;
        const float *a2 = w2 + o;
        const float *a3 = w3 + o;
        const float *a4 = w4 + o;
        const float *a5 = w5 + o;
        const float *a6 = w6 + o;
        const float *a7 = w7 + o;
        const float *a8 = w8 + o;
        const float *a9 = w9 + o;
        const float *a10 = w10 + o;
        const float *a11 = w11 + o;
        const float *b = bj;
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[0]; c0_0 += a * b0; }
                { const float a = a1[0]; c1_0 += a * b0; }
                { const float a = a2[0]; c2_0 += a * b0; }
                { const float a = a3[0]; c3_0 += a * b0; }
                { const float a = a4[0]; c4_0 += a * b0; }
                { const float a = a5[0]; c5_0 += a * b0; }
                { const float a = a6[0]; c6_0 += a * b0; }
                { const float a = a7[0]; c7_0 += a * b0; }
                { const float a = a8[0]; c8_0 += a * b0; }
                { const float a = a9[0]; c9_0 += a * b0; }
                { const float a = a10[0]; c10_0 += a * b0; }
                { const float a = a11[0]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[1]; c0_0 += a * b0; }
                { const float a = a1[1]; c1_0 += a * b0; }
                { const float a = a2[1]; c2_0 += a * b0; }
                { const float a = a3[1]; c3_0 += a * b0; }
                { const float a = a4[1]; c4_0 += a * b0; }
                { const float a = a5[1]; c5_0 += a * b0; }
                { const float a = a6[1]; c6_0 += a * b0; }
                { const float a = a7[1]; c7_0 += a * b0; }
                { const float a = a8[1]; c8_0 += a * b0; }
                { const float a = a9[1]; c9_0 += a * b0; }
                { const float a = a10[1]; c10_0 += a * b0; }
                { const float a = a11[1]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[2]; c0_0 += a * b0; }
                { const float a = a1[2]; c1_0 += a * b0; }
                { const float a = a2[2]; c2_0 += a * b0; }
                { const float a = a3[2]; c3_0 += a * b0; }
                { const float a = a4[2]; c4_0 += a * b0; }
                { const float a = a5[2]; c5_0 += a * b0; }
                { const float a = a6[2]; c6_0 += a * b0; }
                { const float a = a7[2]; c7_0 += a * b0; }
                { const float a = a8[2]; c8_0 += a * b0; }
                { const float a = a9[2]; c9_0 += a * b0; }
                { const float a = a10[2]; c10_0 += a * b0; }
                { const float a = a11[2]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[3]; c0_0 += a * b0; }
                { const float a = a1[3]; c1_0 += a * b0; }
                { const float a = a2[3]; c2_0 += a * b0; }
                { const float a = a3[3]; c3_0 += a * b0; }
                { const float a = a4[3]; c4_0 += a * b0; }
                { const float a = a5[3]; c5_0 += a * b0; }
                { const float a = a6[3]; c6_0 += a * b0; }
                { const float a = a7[3]; c7_0 += a * b0; }
                { const float a = a8[3]; c8_0 += a * b0; }
                { const float a = a9[3]; c9_0 += a * b0; }
                { const float a = a10[3]; c10_0 += a * b0; }
                { const float a = a11[3]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[4]; c0_0 += a * b0; }
                { const float a = a1[4]; c1_0 += a * b0; }
                { const float a = a2[4]; c2_0 += a * b0; }
                { const float a = a3[4]; c3_0 += a * b0; }
                { const float a = a4[4]; c4_0 += a * b0; }
                { const float a = a5[4]; c5_0 += a * b0; }
                { const float a = a6[4]; c6_0 += a * b0; }
                { const float a = a7[4]; c7_0 += a * b0; }
                { const float a = a8[4]; c8_0 += a * b0; }
                { const float a = a9[4]; c9_0 += a * b0; }
                { const float a = a10[4]; c10_0 += a * b0; }
                { const float a = a11[4]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[5]; c0_0 += a * b0; }
                { const float a = a1[5]; c1_0 += a * b0; }
                { const float a = a2[5]; c2_0 += a * b0; }
                { const float a = a3[5]; c3_0 += a * b0; }
                { const float a = a4[5]; c4_0 += a * b0; }
                { const float a = a5[5]; c5_0 += a * b0; }
                { const float a = a6[5]; c6_0 += a * b0; }
                { const float a = a7[5]; c7_0 += a * b0; }
                { const float a = a8[5]; c8_0 += a * b0; }
                { const float a = a9[5]; c9_0 += a * b0; }
                { const float a = a10[5]; c10_0 += a * b0; }
                { const float a = a11[5]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[6]; c0_0 += a * b0; }
                { const float a = a1[6]; c1_0 += a * b0; }
                { const float a = a2[6]; c2_0 += a * b0; }
                { const float a = a3[6]; c3_0 += a * b0; }
                { const float a = a4[6]; c4_0 += a * b0; }
                { const float a = a5[6]; c5_0 += a * b0; }
                { const float a = a6[6]; c6_0 += a * b0; }
                { const float a = a7[6]; c7_0 += a * b0; }
                { const float a = a8[6]; c8_0 += a * b0; }
                { const float a = a9[6]; c9_0 += a * b0; }
                { const float a = a10[6]; c10_0 += a * b0; }
                { const float a = a11[6]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[7]; c0_0 += a * b0; }
                { const float a = a1[7]; c1_0 += a * b0; }
                { const float a = a2[7]; c2_0 += a * b0; }
                { const float a = a3[7]; c3_0 += a * b0; }
                { const float a = a4[7]; c4_0 += a * b0; }
                { const float a = a5[7]; c5_0 += a * b0; }
                { const float a = a6[7]; c6_0 += a * b0; }
                { const float a = a7[7]; c7_0 += a * b0; }
                { const float a = a8[7]; c8_0 += a * b0; }
                { const float a = a9[7]; c9_0 += a * b0; }
                { const float a = a10[7]; c10_0 += a * b0; }
                { const float a = a11[7]; c11_0 += a * b0; }
                b += ldb;
            }
            {
                const v4 b0 = *(const v4u *)(b + 0);
                { const float a = a0[8]; c0_0 += a * b0; }
                { const float a = a1[8]; c1_0 += a * b0; }
                { const float a = a2[8]; c2_0 += a * b0; }
                { const float a = a3[8]; c3_0 += a * b0; }
                { const float a = a4[8]; c4_0 += a * b0; }
                { const float a = a5[8]; c5_0 += a * b0; }
                { const float a = a6[8]; c6_0 += a * b0; }
                { const float a = a7[8]; c7_0 += a * b0; }
                { const float a = a8[8]; c8_0 += a * b0; }
                { const float a = a9[8]; c9_0 += a * b0; }
                { const float a = a10[8]; c10_0 += a * b0; }
                { const float a = a11[8]; c11_0 += a * b0; }
                b += ldb;
            }
    }
    if (ncols == 4) {
        { const float br = bias[oidx[0]]; float *c = C + 0 * ldc; *(v4u *)(c + 0) = c0_0 + br; }
        { const float br = bias[oidx[1]]; float *c = C + 1 * ldc; *(v4u *)(c + 0) = c1_0 + br; }
        { const float br = bias[oidx[2]]; float *c = C + 2 * ldc; *(v4u *)(c + 0) = c2_0 + br; }
        { const float br = bias[oidx[3]]; float *c = C + 3 * ldc; *(v4u *)(c + 0) = c3_0 + br; }
        { const float br = bias[oidx[4]]; float *c = C + 4 * ldc; *(v4u *)(c + 0) = c4_0 + br; }
        { const float br = bias[oidx[5]]; float *c = C + 5 * ldc; *(v4u *)(c + 0) = c5_0 + br; }
        { const float br = bias[oidx[6]]; float *c = C + 6 * ldc; *(v4u *)(c + 0) = c6_0 + br; }
        { const float br = bias[oidx[7]]; float *c = C + 7 * ldc; *(v4u *)(c + 0) = c7_0 + br; }
        { const float br = bias[oidx[8]]; float *c = C + 8 * ldc; *(v4u *)(c + 0) = c8_0 + br; }
        { const float br = bias[oidx[9]]; float *c = C + 9 * ldc; *(v4u *)(c + 0) = c9_0 + br; }
        { const float br = bias[oidx[10]]; float *c = C + 10 * ldc; *(v4u *)(c + 0) = c10_0 + br; }
        { const float br = bias[oidx[11]]; float *c = C + 11 * ldc; *(v4u *)(c + 0) = c11_0 + br; }
    } else {
        float tmp[4] __attribute__((aligned(64)));
        { const float br = bias[oidx[0]]; *(v4u *)(tmp + 0) = c0_0 + br; memcpy(C + 0 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[1]]; *(v4u *)(tmp + 0) = c1_0 + br; memcpy(C + 1 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[2]]; *(v4u *)(tmp + 0) = c2_0 + br; memcpy(C + 2 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[3]]; *(v4u *)(tmp + 0) = c3_0 + br; memcpy(C + 3 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[4]]; *(v4u *)(tmp + 0) = c4_0 + br; memcpy(C + 4 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[5]]; *(v4u *)(tmp + 0) = c5_0 + br; memcpy(C + 5 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[6]]; *(v4u *)(tmp + 0) = c6_0 + br; memcpy(C + 6 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[7]]; *(v4u *)(tmp + 0) = c7_0 + br; memcpy(C + 7 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[8]]; *(v4u *)(tmp + 0) = c8_0 + br; memcpy(C + 8 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[9]]; *(v4u *)(tmp + 0) = c9_0 + br; memcpy(C + 9 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[10]]; *(v4u *)(tmp + 0) = c10_0 + br; memcpy(C + 10 * ldc, tmp, (size_t)ncols * sizeof(float)); }
        { const float br = bias[oidx[11]]; *(v4u *)(tmp + 0) = c11_0 + br; memcpy(C + 11 * ldc, tmp, (size_t)ncols * sizeof(float)); }
    }
}

DP_HOT static void kt4_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
}

DP_HOT static void kt4_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    v16 c1 = (v16){0}; v4 d1 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
        { const float *a = w1 + o; c1 += BCAST4(a) * b0; c1 += BCAST4(a + 4) * b1; d1 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
    { const float br = bias[oidx[1]]; float *c = C + 1 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c1[4 * p] + c1[4 * p + 1]) + (c1[4 * p + 2] + c1[4 * p + 3]) + d1[p]) + br; }
}

DP_HOT static void kt4_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    v16 c1 = (v16){0}; v4 d1 = (v4){0};
    v16 c2 = (v16){0}; v4 d2 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
        { const float *a = w1 + o; c1 += BCAST4(a) * b0; c1 += BCAST4(a + 4) * b1; d1 += a[8] * b8; }
        { const float *a = w2 + o; c2 += BCAST4(a) * b0; c2 += BCAST4(a + 4) * b1; d2 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
    { const float br = bias[oidx[1]]; float *c = C + 1 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c1[4 * p] + c1[4 * p + 1]) + (c1[4 * p + 2] + c1[4 * p + 3]) + d1[p]) + br; }
    { const float br = bias[oidx[2]]; float *c = C + 2 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c2[4 * p] + c2[4 * p + 1]) + (c2[4 * p + 2] + c2[4 * p + 3]) + d2[p]) + br; }
}

DP_HOT static void kt4_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    v16 c1 = (v16){0}; v4 d1 = (v4){0};
    v16 c2 = (v16){0}; v4 d2 = (v4){0};
    v16 c3 = (v16){0}; v4 d3 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
        { const float *a = w1 + o; c1 += BCAST4(a) * b0; c1 += BCAST4(a + 4) * b1; d1 += a[8] * b8; }
        { const float *a = w2 + o; c2 += BCAST4(a) * b0; c2 += BCAST4(a + 4) * b1; d2 += a[8] * b8; }
        { const float *a = w3 + o; c3 += BCAST4(a) * b0; c3 += BCAST4(a + 4) * b1; d3 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
    { const float br = bias[oidx[1]]; float *c = C + 1 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c1[4 * p] + c1[4 * p + 1]) + (c1[4 * p + 2] + c1[4 * p + 3]) + d1[p]) + br; }
    { const float br = bias[oidx[2]]; float *c = C + 2 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c2[4 * p] + c2[4 * p + 1]) + (c2[4 * p + 2] + c2[4 * p + 3]) + d2[p]) + br; }
    { const float br = bias[oidx[3]]; float *c = C + 3 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c3[4 * p] + c3[4 * p + 1]) + (c3[4 * p + 2] + c3[4 * p + 3]) + d3[p]) + br; }
}

DP_HOT static void kt4_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    v16 c1 = (v16){0}; v4 d1 = (v4){0};
    v16 c2 = (v16){0}; v4 d2 = (v4){0};
    v16 c3 = (v16){0}; v4 d3 = (v4){0};
    v16 c4 = (v16){0}; v4 d4 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
        { const float *a = w1 + o; c1 += BCAST4(a) * b0; c1 += BCAST4(a + 4) * b1; d1 += a[8] * b8; }
        { const float *a = w2 + o; c2 += BCAST4(a) * b0; c2 += BCAST4(a + 4) * b1; d2 += a[8] * b8; }
        { const float *a = w3 + o; c3 += BCAST4(a) * b0; c3 += BCAST4(a + 4) * b1; d3 += a[8] * b8; }
        { const float *a = w4 + o; c4 += BCAST4(a) * b0; c4 += BCAST4(a + 4) * b1; d4 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
    { const float br = bias[oidx[1]]; float *c = C + 1 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c1[4 * p] + c1[4 * p + 1]) + (c1[4 * p + 2] + c1[4 * p + 3]) + d1[p]) + br; }
    { const float br = bias[oidx[2]]; float *c = C + 2 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c2[4 * p] + c2[4 * p + 1]) + (c2[4 * p + 2] + c2[4 * p + 3]) + d2[p]) + br; }
    { const float br = bias[oidx[3]]; float *c = C + 3 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c3[4 * p] + c3[4 * p + 1]) + (c3[4 * p + 2] + c3[4 * p + 3]) + d3[p]) + br; }
    { const float br = bias[oidx[4]]; float *c = C + 4 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c4[4 * p] + c4[4 * p + 1]) + (c4[4 * p + 2] + c4[4 * p + 3]) + d4[p]) + br; }
}

DP_HOT static void kt4_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    v16 c1 = (v16){0}; v4 d1 = (v4){0};
    v16 c2 = (v16){0}; v4 d2 = (v4){0};
    v16 c3 = (v16){0}; v4 d3 = (v4){0};
    v16 c4 = (v16){0}; v4 d4 = (v4){0};
    v16 c5 = (v16){0}; v4 d5 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
        { const float *a = w1 + o; c1 += BCAST4(a) * b0; c1 += BCAST4(a + 4) * b1; d1 += a[8] * b8; }
        { const float *a = w2 + o; c2 += BCAST4(a) * b0; c2 += BCAST4(a + 4) * b1; d2 += a[8] * b8; }
        { const float *a = w3 + o; c3 += BCAST4(a) * b0; c3 += BCAST4(a + 4) * b1; d3 += a[8] * b8; }
        { const float *a = w4 + o; c4 += BCAST4(a) * b0; c4 += BCAST4(a + 4) * b1; d4 += a[8] * b8; }
        { const float *a = w5 + o; c5 += BCAST4(a) * b0; c5 += BCAST4(a + 4) * b1; d5 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
    { const float br = bias[oidx[1]]; float *c = C + 1 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c1[4 * p] + c1[4 * p + 1]) + (c1[4 * p + 2] + c1[4 * p + 3]) + d1[p]) + br; }
    { const float br = bias[oidx[2]]; float *c = C + 2 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c2[4 * p] + c2[4 * p + 1]) + (c2[4 * p + 2] + c2[4 * p + 3]) + d2[p]) + br; }
    { const float br = bias[oidx[3]]; float *c = C + 3 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c3[4 * p] + c3[4 * p + 1]) + (c3[4 * p + 2] + c3[4 * p + 3]) + d3[p]) + br; }
    { const float br = bias[oidx[4]]; float *c = C + 4 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c4[4 * p] + c4[4 * p + 1]) + (c4[4 * p + 2] + c4[4 * p + 3]) + d4[p]) + br; }
    { const float br = bias[oidx[5]]; float *c = C + 5 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c5[4 * p] + c5[4 * p + 1]) + (c5[4 * p + 2] + c5[4 * p + 3]) + d5[p]) + br; }
}

DP_HOT static void kt4_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    v16 c1 = (v16){0}; v4 d1 = (v4){0};
    v16 c2 = (v16){0}; v4 d2 = (v4){0};
    v16 c3 = (v16){0}; v4 d3 = (v4){0};
    v16 c4 = (v16){0}; v4 d4 = (v4){0};
    v16 c5 = (v16){0}; v4 d5 = (v4){0};
    v16 c6 = (v16){0}; v4 d6 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
        { const float *a = w1 + o; c1 += BCAST4(a) * b0; c1 += BCAST4(a + 4) * b1; d1 += a[8] * b8; }
        { const float *a = w2 + o; c2 += BCAST4(a) * b0; c2 += BCAST4(a + 4) * b1; d2 += a[8] * b8; }
        { const float *a = w3 + o; c3 += BCAST4(a) * b0; c3 += BCAST4(a + 4) * b1; d3 += a[8] * b8; }
        { const float *a = w4 + o; c4 += BCAST4(a) * b0; c4 += BCAST4(a + 4) * b1; d4 += a[8] * b8; }
        { const float *a = w5 + o; c5 += BCAST4(a) * b0; c5 += BCAST4(a + 4) * b1; d5 += a[8] * b8; }
        { const float *a = w6 + o; c6 += BCAST4(a) * b0; c6 += BCAST4(a + 4) * b1; d6 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
    { const float br = bias[oidx[1]]; float *c = C + 1 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c1[4 * p] + c1[4 * p + 1]) + (c1[4 * p + 2] + c1[4 * p + 3]) + d1[p]) + br; }
    { const float br = bias[oidx[2]]; float *c = C + 2 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c2[4 * p] + c2[4 * p + 1]) + (c2[4 * p + 2] + c2[4 * p + 3]) + d2[p]) + br; }
    { const float br = bias[oidx[3]]; float *c = C + 3 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c3[4 * p] + c3[4 * p + 1]) + (c3[4 * p + 2] + c3[4 * p + 3]) + d3[p]) + br; }
    { const float br = bias[oidx[4]]; float *c = C + 4 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c4[4 * p] + c4[4 * p + 1]) + (c4[4 * p + 2] + c4[4 * p + 3]) + d4[p]) + br; }
    { const float br = bias[oidx[5]]; float *c = C + 5 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c5[4 * p] + c5[4 * p + 1]) + (c5[4 * p + 2] + c5[4 * p + 3]) + d5[p]) + br; }
    { const float br = bias[oidx[6]]; float *c = C + 6 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c6[4 * p] + c6[4 * p + 1]) + (c6[4 * p + 2] + c6[4 * p + 3]) + d6[p]) + br; }
}

DP_HOT static void kt4_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt; (void)ldb; (void)ncols;
    const float *w0 = W + (size_t)oidx[0] * rs;
    const float *w1 = W + (size_t)oidx[1] * rs;
    const float *w2 = W + (size_t)oidx[2] * rs;
    const float *w3 = W + (size_t)oidx[3] * rs;
    const float *w4 = W + (size_t)oidx[4] * rs;
    const float *w5 = W + (size_t)oidx[5] * rs;
    const float *w6 = W + (size_t)oidx[6] * rs;
    const float *w7 = W + (size_t)oidx[7] * rs;
    v16 c0 = (v16){0}; v4 d0 = (v4){0};
    v16 c1 = (v16){0}; v4 d1 = (v4){0};
    v16 c2 = (v16){0}; v4 d2 = (v4){0};
    v16 c3 = (v16){0}; v4 d3 = (v4){0};
    v16 c4 = (v16){0}; v4 d4 = (v4){0};
    v16 c5 = (v16){0}; v4 d5 = (v4){0};
    v16 c6 = (v16){0}; v4 d6 = (v4){0};
    v16 c7 = (v16){0}; v4 d7 = (v4){0};
    const float *b = B;
    for (int j = 0; j < kin; ++j, b += 36) {
        const int o = aoff[j];
        const int opf = aoff[j + DP_PREFETCH];
        __builtin_prefetch(w0 + opf); __builtin_prefetch(w0 + opf + 8);
        __builtin_prefetch(w1 + opf); __builtin_prefetch(w1 + opf + 8);
        __builtin_prefetch(w2 + opf); __builtin_prefetch(w2 + opf + 8);
        __builtin_prefetch(w3 + opf); __builtin_prefetch(w3 + opf + 8);
        __builtin_prefetch(w4 + opf); __builtin_prefetch(w4 + opf + 8);
        __builtin_prefetch(w5 + opf); __builtin_prefetch(w5 + opf + 8);
        __builtin_prefetch(w6 + opf); __builtin_prefetch(w6 + opf + 8);
        __builtin_prefetch(w7 + opf); __builtin_prefetch(w7 + opf + 8);
        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);
        const v4 b8 = *(const v4u *)(b + 32);
        { const float *a = w0 + o; c0 += BCAST4(a) * b0; c0 += BCAST4(a + 4) * b1; d0 += a[8] * b8; }
        { const float *a = w1 + o; c1 += BCAST4(a) * b0; c1 += BCAST4(a + 4) * b1; d1 += a[8] * b8; }
        { const float *a = w2 + o; c2 += BCAST4(a) * b0; c2 += BCAST4(a + 4) * b1; d2 += a[8] * b8; }
        { const float *a = w3 + o; c3 += BCAST4(a) * b0; c3 += BCAST4(a + 4) * b1; d3 += a[8] * b8; }
        { const float *a = w4 + o; c4 += BCAST4(a) * b0; c4 += BCAST4(a + 4) * b1; d4 += a[8] * b8; }
        { const float *a = w5 + o; c5 += BCAST4(a) * b0; c5 += BCAST4(a + 4) * b1; d5 += a[8] * b8; }
        { const float *a = w6 + o; c6 += BCAST4(a) * b0; c6 += BCAST4(a + 4) * b1; d6 += a[8] * b8; }
        { const float *a = w7 + o; c7 += BCAST4(a) * b0; c7 += BCAST4(a + 4) * b1; d7 += a[8] * b8; }
    }
    { const float br = bias[oidx[0]]; float *c = C + 0 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c0[4 * p] + c0[4 * p + 1]) + (c0[4 * p + 2] + c0[4 * p + 3]) + d0[p]) + br; }
    { const float br = bias[oidx[1]]; float *c = C + 1 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c1[4 * p] + c1[4 * p + 1]) + (c1[4 * p + 2] + c1[4 * p + 3]) + d1[p]) + br; }
    { const float br = bias[oidx[2]]; float *c = C + 2 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c2[4 * p] + c2[4 * p + 1]) + (c2[4 * p + 2] + c2[4 * p + 3]) + d2[p]) + br; }
    { const float br = bias[oidx[3]]; float *c = C + 3 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c3[4 * p] + c3[4 * p + 1]) + (c3[4 * p + 2] + c3[4 * p + 3]) + d3[p]) + br; }
    { const float br = bias[oidx[4]]; float *c = C + 4 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c4[4 * p] + c4[4 * p + 1]) + (c4[4 * p + 2] + c4[4 * p + 3]) + d4[p]) + br; }
    { const float br = bias[oidx[5]]; float *c = C + 5 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c5[4 * p] + c5[4 * p + 1]) + (c5[4 * p + 2] + c5[4 * p + 3]) + d5[p]) + br; }
    { const float br = bias[oidx[6]]; float *c = C + 6 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c6[4 * p] + c6[4 * p + 1]) + (c6[4 * p + 2] + c6[4 * p + 3]) + d6[p]) + br; }
    { const float br = bias[oidx[7]]; float *c = C + 7 * ldc;
      for (int p = 0; p < 4; ++p) c[p] = ((c7[4 * p] + c7[4 * p + 1]) + (c7[4 * p + 2] + c7[4 * p + 3]) + d7[p]) + br; }
}

#define KT4_MR 8
static const kernel_fn KERNELS_T4[KT4_MR] = {kt4_1, kt4_2, kt4_3, kt4_4, kt4_5, kt4_6, kt4_7, kt4_8};
#define KMR_MAX 12
#define KNV_MAX 4
/* [vw: 0 = 16, 1 = 8, 2 = 4][kk is 9][nv - 1][mr - 1] */
static const kernel_fn KERNELS[3][2][KNV_MAX][KMR_MAX] = {
    {
        {
            {k16_0_1_1, k16_0_1_2, k16_0_1_3, k16_0_1_4, k16_0_1_5, k16_0_1_6, k16_0_1_7, k16_0_1_8, k16_0_1_9, k16_0_1_10, k16_0_1_11, k16_0_1_12},
            {k16_0_2_1, k16_0_2_2, k16_0_2_3, k16_0_2_4, k16_0_2_5, k16_0_2_6, k16_0_2_7, k16_0_2_8, k16_0_2_9, k16_0_2_10, k16_0_2_11, k16_0_2_12},
            {k16_0_3_1, k16_0_3_2, k16_0_3_3, k16_0_3_4, k16_0_3_5, k16_0_3_6, k16_0_3_7, k16_0_3_8, NULL, NULL, NULL, NULL},
            {k16_0_4_1, k16_0_4_2, k16_0_4_3, k16_0_4_4, k16_0_4_5, k16_0_4_6, NULL, NULL, NULL, NULL, NULL, NULL},
        },
        {
            {k16_9_1_1, k16_9_1_2, k16_9_1_3, k16_9_1_4, k16_9_1_5, k16_9_1_6, k16_9_1_7, k16_9_1_8, k16_9_1_9, k16_9_1_10, k16_9_1_11, k16_9_1_12},
            {k16_9_2_1, k16_9_2_2, k16_9_2_3, k16_9_2_4, k16_9_2_5, k16_9_2_6, k16_9_2_7, k16_9_2_8, k16_9_2_9, k16_9_2_10, k16_9_2_11, k16_9_2_12},
            {k16_9_3_1, k16_9_3_2, k16_9_3_3, k16_9_3_4, k16_9_3_5, k16_9_3_6, k16_9_3_7, k16_9_3_8, NULL, NULL, NULL, NULL},
            {k16_9_4_1, k16_9_4_2, k16_9_4_3, k16_9_4_4, k16_9_4_5, k16_9_4_6, NULL, NULL, NULL, NULL, NULL, NULL},
        },
    },
    {
        {
            {k8_0_1_1, k8_0_1_2, k8_0_1_3, k8_0_1_4, k8_0_1_5, k8_0_1_6, k8_0_1_7, k8_0_1_8, k8_0_1_9, k8_0_1_10, k8_0_1_11, k8_0_1_12},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
        },
        {
            {k8_9_1_1, k8_9_1_2, k8_9_1_3, k8_9_1_4, k8_9_1_5, k8_9_1_6, k8_9_1_7, k8_9_1_8, k8_9_1_9, k8_9_1_10, k8_9_1_11, k8_9_1_12},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
        },
    },
    {
        {
            {k4_0_1_1, k4_0_1_2, k4_0_1_3, k4_0_1_4, k4_0_1_5, k4_0_1_6, k4_0_1_7, k4_0_1_8, k4_0_1_9, k4_0_1_10, k4_0_1_11, k4_0_1_12},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
        },
        {
            {k4_9_1_1, k4_9_1_2, k4_9_1_3, k4_9_1_4, k4_9_1_5, k4_9_1_6, k4_9_1_7, k4_9_1_8, k4_9_1_9, k4_9_1_10, k4_9_1_11, k4_9_1_12},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
            {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
        },
    },
};
/* largest MR per [vw][nv - 1] (0: not generated) */
static const int KMR[3][KNV_MAX] = {{12, 12, 8, 6}, {12, 0, 0, 0}, {12, 0, 0, 0}};

/* ---- generator: copy the lines up to the end marker into gen.py ----
"""Generates exporter/_native/kernels.h (straight-line micro-kernels, no arrays: GCC keeps them in registers).

Usage: python3 gen.py exporter/_native/kernels.h
"""
import sys
VT = {16: ("v16", "v16u"), 8: ("v8", "v8u"), 4: ("v4", "v4u")}
CONFIGS = []  # (vw, nv, mrmax)
CONFIGS += [(16, 4, 6), (16, 3, 8), (16, 2, 12), (16, 1, 12), (8, 1, 12), (4, 1, 12)]
MRMAX = 12
NVMAX = 4

def kernel(vw, nv, mr, kk):
    vt, vtu = VT[vw]
    name = f"k{vw}_{kk}_{nv}_{mr}"
    L = []
    L.append(f"DP_HOT static void {name}(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,")
    L.append(f"        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)")
    L.append("{")
    if kk:
        L.append("    (void)kk_rt;")
    for r in range(mr):
        L.append(f"    const float *w{r} = W + (size_t)oidx[{r}] * rs;")
    for r in range(mr):
        L.append("    " + " ".join(f"{vt} c{r}_{v} = ({vt}){{0}};" for v in range(nv)))
    kkexpr = str(kk) if kk else "kk_rt"
    L.append(f"    const size_t bstep = (size_t)({kkexpr}) * ldb;")
    L.append("    const float *bj = B;")
    L.append("    for (int j = 0; j < kin; ++j, bj += bstep) {")
    L.append("        const int o = aoff[j];")
    if kk:
        # the weights of this row block for a later input channel: from L3/DRAM to L1 ahead of use
        L.append("        const int opf = aoff[j + DP_PREFETCH];")
        for r in range(mr):
            L.append(f"        __builtin_prefetch(w{r} + opf); __builtin_prefetch(w{r} + opf + {kk - 1});")
    for r in range(mr):
        L.append(f"        const float *a{r} = w{r} + o;")
    L.append("        const float *b = bj;")
    def step(t):
        S = []
        S.append("            {")
        for v in range(nv):
            S.append(f"                const {vt} b{v} = *(const {vtu} *)(b + {v * vw});")
        for r in range(mr):
            S.append(f"                {{ const float a = a{r}[{t}]; " + " ".join(f"c{r}_{v} += a * b{v};" for v in range(nv)) + " }")
        S.append("                b += ldb;")
        S.append("            }")
        return S
    if kk:
        for t in range(kk):
            L += step(t)
    else:
        L.append("        for (int t = 0; t < kk_rt; ++t)")
        L += step("t")
    L.append("    }")
    # epilogue
    L.append(f"    if (ncols == {nv * vw}) {{")
    for r in range(mr):
        L.append(f"        {{ const float br = bias[oidx[{r}]]; float *c = C + {r} * ldc; " +
                 " ".join(f"*({vtu} *)(c + {v * vw}) = c{r}_{v} + br;" for v in range(nv)) + " }")
    L.append("    } else {")
    L.append(f"        float tmp[{nv * vw}] __attribute__((aligned(64)));")
    for r in range(mr):
        L.append(f"        {{ const float br = bias[oidx[{r}]]; " +
                 " ".join(f"*({vtu} *)(tmp + {v * vw}) = c{r}_{v} + br;" for v in range(nv)) +
                 f" memcpy(C + {r} * ldc, tmp, (size_t)ncols * sizeof(float)); }}")
    L.append("    }")
    L.append("}")
    return name, "\n".join(L)

out = ["/" "* Generated micro-kernels of the indexed GEMM (see engine.c). Do not edit by hand: the generator",
       " * (Python) is the comment at the end of this file; copy it out and run it.",
       " * kN_KK_NV_MR computes MR output rows x NV vectors of N lanes; KK = 9 unrolls the 3x3 taps,",
       " * KK = 0 loops over a run-time kk. Plain variables (no arrays) keep the accumulators in registers. *" "/",
       "#ifndef DYNAPRUNE_KERNELS_H", "#define DYNAPRUNE_KERNELS_H", "",
       "/" "* aoff[] must hold DP_PREFETCH readable entries past kin (engine.c pads it) *" "/", ""]
tables = {}
for vw, nv, mrmax in CONFIGS:
    for kk in (0, 9):
        names = []
        for mr in range(1, mrmax + 1):
            name, code = kernel(vw, nv, mr, kk)
            out.append(code)
            out.append("")
            names.append(name)
        tables[(vw, nv, kk)] = names + ["NULL"] * (MRMAX - len(names))

# 2x2 outputs of a 3x3 conv: lanes = 4 pixels x 4 taps. Per input channel, B holds 36 floats:
# taps 0-3 as [pixel][tap], taps 4-7 as [pixel][tap], tap 8 as [pixel]. A's taps 0-3 / 4-7 are
# contiguous in the weight row: one 16-byte load broadcast to the four pixel groups.
T4MR = 8
def kernel_t4(mr):
    name = f"kt4_{mr}"
    L = [f"DP_HOT static void {name}(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,",
         "        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)", "{",
         "    (void)kk_rt; (void)ldb; (void)ncols;"]
    for r in range(mr):
        L.append(f"    const float *w{r} = W + (size_t)oidx[{r}] * rs;")
    for r in range(mr):
        L.append(f"    v16 c{r} = (v16){{0}}; v4 d{r} = (v4){{0}};")
    L.append("    const float *b = B;")
    L.append("    for (int j = 0; j < kin; ++j, b += 36) {")
    L.append("        const int o = aoff[j];")
    L.append("        const int opf = aoff[j + DP_PREFETCH];")
    for r in range(mr):
        L.append(f"        __builtin_prefetch(w{r} + opf); __builtin_prefetch(w{r} + opf + 8);")
    L.append("        const v16 b0 = *(const v16u *)b, b1 = *(const v16u *)(b + 16);")
    L.append("        const v4 b8 = *(const v4u *)(b + 32);")
    for r in range(mr):
        L.append(f"        {{ const float *a = w{r} + o; c{r} += BCAST4(a) * b0; c{r} += BCAST4(a + 4) * b1; d{r} += a[8] * b8; }}")
    L.append("    }")
    for r in range(mr):
        L.append(f"    {{ const float br = bias[oidx[{r}]]; float *c = C + {r} * ldc;")
        L.append(f"      for (int p = 0; p < 4; ++p) c[p] = ((c{r}[4 * p] + c{r}[4 * p + 1]) + (c{r}[4 * p + 2] + c{r}[4 * p + 3]) + d{r}[p]) + br; }}")
    L.append("}")
    return name, "\n".join(L)

t4 = []
for mr in range(1, T4MR + 1):
    name, code = kernel_t4(mr)
    out.append(code)
    out.append("")
    t4.append(name)
out.append(f"#define KT4_MR {T4MR}")
out.append("static const kernel_fn KERNELS_T4[KT4_MR] = {" + ", ".join(t4) + "};")
out.append(f"#define KMR_MAX {MRMAX}")
out.append(f"#define KNV_MAX {NVMAX}")
out.append("/" "* [vw: 0 = 16, 1 = 8, 2 = 4][kk is 9][nv - 1][mr - 1] *" "/")
out.append(f"static const kernel_fn KERNELS[3][2][KNV_MAX][KMR_MAX] = {{")
for vw in (16, 8, 4):
    out.append("    {")
    for kk in (0, 9):
        out.append("        {")
        for nv in range(1, NVMAX + 1):
            names = tables.get((vw, nv, kk), ["NULL"] * MRMAX)
            out.append("            {" + ", ".join(names) + "},")
        out.append("        },")
    out.append("    },")
out.append("};")
out.append("/" "* largest MR per [vw][nv - 1] (0: not generated) *" "/")
mx = {(vw, nv): mrmax for vw, nv, mrmax in CONFIGS}
out.append("static const int KMR[3][KNV_MAX] = {" + ", ".join("{" + ", ".join(str(mx.get((vw, nv), 0)) for nv in range(1, NVMAX + 1)) + "}" for vw in (16, 8, 4)) + "};")
out.append("#endif")
open(sys.argv[1] if len(sys.argv) > 1 else "kernels.h", "w").write("\n".join(out) + "\n")
---- end of generator ---- */
#endif
