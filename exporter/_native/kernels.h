/* Generated micro-kernels of the indexed GEMM (see engine.c). Do not edit by hand:
 * kN_KK_NV_MR computes MR output rows x NV vectors of N lanes; KK = 9 unrolls the 3x3 taps,
 * KK = 0 loops over a run-time kk. Plain variables (no arrays) keep the accumulators in registers. */
#ifndef DYNAPRUNE_KERNELS_H
#define DYNAPRUNE_KERNELS_H

static void k16_0_4_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_4_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_4_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_4_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_4_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_4_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_4_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0}; v16 c0_3 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
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

static void k16_9_4_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_4_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_4_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_4_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_4_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_3_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_3_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0}; v16 c0_2 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
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

static void k16_9_3_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_3_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_3_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_3_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_3_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_3_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_3_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_2_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0}; v16 c0_1 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
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

static void k16_9_2_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_2_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_0_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v16 c0_0 = (v16){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
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

static void k16_9_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k16_9_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_0_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v8 c0_0 = (v8){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
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

static void k8_9_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k8_9_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_0_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_1(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
        const float *B, size_t ldb, const float *bias, float *C, size_t ldc, int ncols)
{
    (void)kk_rt;
    const float *w0 = W + (size_t)oidx[0] * rs;
    v4 c0_0 = (v4){0};
    const size_t bstep = (size_t)(9) * ldb;
    const float *bj = B;
    for (int j = 0; j < kin; ++j, bj += bstep) {
        const int o = aoff[j];
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

static void k4_9_1_2(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_3(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_4(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_5(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_6(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_7(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_8(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_9(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_10(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_11(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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

static void k4_9_1_12(const float *W, size_t rs, const int *oidx, const int *aoff, int kin, int kk_rt,
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
#endif
