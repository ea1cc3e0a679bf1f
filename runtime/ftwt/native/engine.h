/* dynaprune native engine: the program layout shared with runtime/ftwt/native_runner.py.
 *
 * The Python side flattens a manifest into one int32 record of U_NFIELDS fields per unit and
 * one int64 record of C_NFIELDS fields per conv of the cost model; the enums below name the
 * fields. Each list is written once, as an X-macro, and expands both into the enum and into the
 * module's UNIT_FIELDS / COST_FIELDS tuples of names (binding.c): native_runner.py compares those
 * tuples name by name with its own _UNIT_FIELDS / _COST_FIELDS at import and refuses a module
 * whose layout differs, so a field added, removed or reordered on one side only cannot silently
 * shift every later field. Bump DP_ABI_VERSION (and native_runner.ABI_VERSION) when the calling
 * convention changes in a way the names do not show.
 */
#ifndef DYNAPRUNE_ENGINE_H
#define DYNAPRUNE_ENGINE_H

#define DP_ABI_VERSION 2 /* 2: the module exports UNIT_FIELDS and COST_FIELDS */

/* X(name): one field of a unit record, in record order (the enum constant is U_<name>) */
#define DP_UNIT_FIELDS(X)                                                                         \
    X(KIND)         /* 0 conv (groups 1), 1 depthwise */                                         \
    X(CIN)          /* dense input channels */                                                   \
    X(COUT)         /* dense output channels */                                                  \
    X(KH) X(KW)                                                                                   \
    X(SH) X(SW)                                                                                   \
    X(PT) X(PL) X(PB) X(PR) /* padding top, left, bottom, right */                               \
    X(DH) X(DW)     /* dilation */                                                               \
    X(RELU)         /* ReLU after the conv (before the residual add) */                          \
    X(INPUT)        /* tensor read: 0 = image, u + 1 = output of unit u */                       \
    X(SKIP)         /* tensor added through the shortcut, or -1 */                               \
    X(SC_KIND)      /* 0 none, 1 identity, 2 pad (avgpool stride + zero channels), 3 projection */ \
    X(SC_IN) X(SC_OUT) X(SC_STRIDE)                                                               \
    X(NPOST)        /* max-pools after the unit (0..2) */                                        \
    X(POST0_K) X(POST0_S) X(POST0_P)                                                              \
    X(POST1_K) X(POST1_S) X(POST1_P)                                                              \
    X(IN_H) X(IN_W)                                                                               \
    X(CONV_H) X(CONV_W) /* conv output, before the pools */                                      \
    X(OUT_H) X(OUT_W)   /* after the pools */                                                    \
    X(GATED)        /* has a predictor */                                                        \
    X(PRED_POOL)    /* 0 avg, 1 max */                                                           \
    X(OUTPUT_DENSE) /* residual unit: dense output */                                            \
    X(PJ_KH) X(PJ_KW) X(PJ_SH) X(PJ_SW) /* projection conv geometry */                           \
    X(PJ_PT) X(PJ_PL) X(PJ_PB) X(PJ_PR)

/* X(name): one field of a cost record (int64), in record order (the enum constant is C_<name>):
 * one record per conv of the cost model, for the honest FLOPs count */
#define DP_COST_FIELDS(X)                                                                         \
    X(OUT_UNIT) X(IN_UNIT) X(COUT) X(CIN) X(GROUPS) X(HW) X(KH) X(KW) X(BIAS) X(DEPTHWISE)

#define DP_UNIT_ENUM_(name) U_##name,
#define DP_COST_ENUM_(name) C_##name,
enum { DP_UNIT_FIELDS(DP_UNIT_ENUM_) U_NFIELDS }; /* U_KIND = 0, ... */
enum { DP_COST_FIELDS(DP_COST_ENUM_) C_NFIELDS }; /* C_OUT_UNIT = 0, ... */
#undef DP_UNIT_ENUM_
#undef DP_COST_ENUM_

/* float buffers per unit, in this order (None where absent) */
enum { F_W = 0, F_B, F_PW, F_PB, F_PJW, F_PJB, F_NBUF };

#endif
