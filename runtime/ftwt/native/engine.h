/* dynaprune native engine: program layout shared by engine.c and exporter/native_runner.py.
 *
 * The Python side (exporter/native_runner.py) flattens a manifest into one int32
 * record of U_NFIELDS fields per unit; the constants below name the fields. Keep
 * both files in step (native_runner.py checks ABI_VERSION).
 */
#ifndef DYNAPRUNE_ENGINE_H
#define DYNAPRUNE_ENGINE_H

#define DP_ABI_VERSION 1

enum {
    U_KIND = 0,      /* 0 conv (groups 1), 1 depthwise */
    U_CIN,           /* dense input channels */
    U_COUT,          /* dense output channels */
    U_KH, U_KW,
    U_SH, U_SW,
    U_PT, U_PL, U_PB, U_PR, /* padding top, left, bottom, right */
    U_DH, U_DW,      /* dilation */
    U_RELU,          /* ReLU after the conv (before the residual add) */
    U_INPUT,         /* tensor read: 0 = image, u + 1 = output of unit u */
    U_SKIP,          /* tensor added through the shortcut, or -1 */
    U_SC_KIND,       /* 0 none, 1 identity, 2 pad (avgpool stride + zero channels), 3 projection */
    U_SC_IN, U_SC_OUT, U_SC_STRIDE,
    U_NPOST,         /* max-pools after the unit (0..2) */
    U_POST0_K, U_POST0_S, U_POST0_P,
    U_POST1_K, U_POST1_S, U_POST1_P,
    U_IN_H, U_IN_W,
    U_CONV_H, U_CONV_W, /* conv output, before the pools */
    U_OUT_H, U_OUT_W,   /* after the pools */
    U_GATED,         /* has a predictor */
    U_PRED_POOL,     /* 0 avg, 1 max */
    U_OUTPUT_DENSE,  /* residual unit: dense output */
    U_PJ_KH, U_PJ_KW, U_PJ_SH, U_PJ_SW, U_PJ_PT, U_PJ_PL, U_PJ_PB, U_PJ_PR, /* projection conv geometry */
    U_NFIELDS
};

/* float buffers per unit, in this order (None where absent) */
enum { F_W = 0, F_B, F_PW, F_PB, F_PJW, F_PJB, F_NBUF };

/* one record per conv of the cost model (int64 fields), for the honest FLOPs count */
enum { C_OUT_UNIT = 0, C_IN_UNIT, C_COUT, C_CIN, C_GROUPS, C_HW, C_KH, C_KW, C_BIAS, C_DEPTHWISE, C_NFIELDS };

#endif
