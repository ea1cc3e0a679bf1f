"""Per-request compute budgets for FTWT models: the predictor threshold that makes a sample fit.

FTWT's predictors keep a channel when its logit is above 0. A budget b in (0, 1] asks that a
sample execute at most b x the dense FLOPs (honest accounting, predictors included). The engine
takes one threshold per sample, applied to every unit's logits, so the predictors' own scores
decide which channels go first (or come back, for a budget above what the trained threshold
executes): `solve` finds, per sample, the smallest threshold whose executed FLOPs fit, by
bracketing then bisection, each step one engine call for the whole batch.

Not every budget can be met: below the cost of the predictors alone nothing fits, and then the
largest threshold tried (no channel kept) is used; the caller reports what was really executed.
Executed FLOPs need not fall strictly monotonically with the threshold (a unit keeping fewer
channels changes what later predictors see), so the bisection keeps, as its answer, a threshold
known to fit.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

START = 1.0  # first bracket step, in logit units
LIMIT = 1.0e4  # thresholds beyond +-LIMIT keep nothing / everything for any trained predictor
BISECTIONS = 20  # halvings of the bracket: 2^-20 of its width, far below logit noise


def check_budgets(budgets: np.ndarray, batch: int) -> np.ndarray:
    """(batch,) float64 fractions in (0, 1]; ValueError naming the problem otherwise."""
    values = np.broadcast_to(np.asarray(budgets, dtype=np.float64), (batch,))
    if not np.all(np.isfinite(values)) or np.any(values <= 0) or np.any(values > 1):
        raise ValueError(f"flops_budget must lie in (0, 1], got {values.tolist()}")
    return values


def solve(executed: Callable[[np.ndarray], np.ndarray], targets: np.ndarray) -> np.ndarray:
    """Per sample, the smallest threshold t (float32) with executed(t) <= target, where one exists.

    `executed(thresholds)` runs the batch and returns each sample's executed FLOPs.
    """
    n = len(targets)
    zero = np.zeros(n, dtype=np.float32)
    fits = executed(zero) <= targets
    hi = np.where(fits, 0.0, np.nan)  # a threshold known to fit (nan: none yet)
    lo = np.where(fits, np.nan, 0.0)  # a threshold known not to fit (nan: none yet)
    step = START
    while step <= LIMIT and (np.isnan(hi).any() or np.isnan(lo).any()):
        # widen each open bracket: up from a threshold that does not fit, down from one that does
        probe = np.where(np.isnan(hi), lo + step, np.where(np.isnan(lo), hi - step, 0.0)).astype(np.float32)
        open_ = np.isnan(hi) | np.isnan(lo)
        ok = executed(probe) <= targets
        hi = np.where(open_ & ok & (np.isnan(hi) | (probe < hi)), probe, hi)
        lo = np.where(open_ & ~ok & (np.isnan(lo) | (probe > lo)), probe, lo)
        step *= 2.0
    hi = np.where(np.isnan(hi), np.float32(LIMIT), hi)  # nothing fits: keep as little as possible
    lo = np.where(np.isnan(lo), -np.inf, lo)  # everything fits: keep everything
    keep_all = np.isinf(lo)
    hi = np.where(keep_all, np.float32(-LIMIT), hi)
    search = ~keep_all & (hi < LIMIT)
    for _ in range(BISECTIONS):
        if not search.any():
            break
        mid = np.where(search, (lo + hi) / 2.0, hi).astype(np.float32)
        ok = executed(mid) <= targets
        hi = np.where(search & ok, mid, hi)
        lo = np.where(search & ~ok, mid, lo)
    return hi.astype(np.float32)
