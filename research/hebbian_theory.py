"""Low-load (K finite, N -> infinity) replica-symmetric theory of supervised dense Hebbian networks.

Conventions follow :mod:`models.hebbian`: rescaled inverse temperature ``beta' = 2 beta / P!`` and
normalised overlap ``ntilde``.  In the gauge xi_i = +1 the site variable is

    y = xi_i etabar_i / sqrt(R) = (2B - M) / (M sqrt(R)),   B ~ Binomial(M, (1 + r)/2),

with R = r^2 + (1 - r^2)/M, so that E[y^2] = 1.  For M -> infinity at fixed rho,
y ~ Normal(1/sqrt(1+rho), rho/(1+rho)).  The retrieval (learning) solution solves

    ntilde = E[y tanh(beta' (P/2) ntilde^{P-1} y)],      m = E[tanh(beta' (P/2) ntilde^{P-1} y)].

A *site law* below is a pair ``(y, w)`` of support points and probabilities.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import optimize, special, stats

from dynaprune.models.hebbian import normaliser, r_from_rho

__all__ = [
    "binomial_site_law",
    "gaussian_site_law",
    "site_law",
    "self_consistency",
    "zero_temperature_m",
    "zero_temperature_m_large_M",
    "retrieval_exists",
    "beta_c",
    "beta_c_parametric",
    "m_curve",
]


# ------------------------------------------------------------------------------------ site laws
def binomial_site_law(r: float, M: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact law of y = (2B - M)/(M sqrt(R)), B ~ Binomial(M, (1+r)/2)."""
    M = int(M)
    B = np.arange(M + 1)
    w = stats.binom.pmf(B, M, (1.0 + r) / 2.0)
    y = (2.0 * B - M) / (M * math.sqrt(normaliser(r, M)))
    keep = w > 1e-300
    return y[keep], w[keep] / w[keep].sum()


def gaussian_site_law(rho: float, n_nodes: int = 121) -> tuple[np.ndarray, np.ndarray]:
    """Large-M law at fixed rho: y ~ N(1/sqrt(1+rho), rho/(1+rho)), by Gauss-Hermite quadrature."""
    mean = 1.0 / math.sqrt(1.0 + rho)
    sd = math.sqrt(rho / (1.0 + rho))
    if sd == 0.0:
        return np.array([1.0]), np.array([1.0])
    x, w = np.polynomial.hermite_e.hermegauss(n_nodes)
    return mean + sd * x, w / w.sum()


def site_law(r: float | None = None, M: int | None = None, rho: float | None = None):
    """Binomial law for (r, M); for (rho, M) with r = 1/sqrt(1 + rho M); Gaussian for rho alone."""
    if r is not None and M is not None:
        return binomial_site_law(r, M)
    if rho is not None and M is not None:
        return binomial_site_law(r_from_rho(rho, M), M)
    if rho is not None:
        return gaussian_site_law(rho)
    raise ValueError("give (r, M), (rho, M) or rho")


# ------------------------------------------------------------------------------------ solver
def _G(x: float, y: np.ndarray, w: np.ndarray) -> float:
    return float(np.dot(w, y * np.tanh(x * y)))


def self_consistency(beta: float, P: int, law: tuple[np.ndarray, np.ndarray], n0: float | None = None,
                     tol: float = 1e-12, max_iter: int = 200_000) -> tuple[float, float]:
    """Solve ntilde = E[y tanh(beta'(P/2) ntilde^{P-1} y)] by fixed-point iteration.

    Starts at the retrieval end, ntilde0 = E|y| (the beta' -> infinity value and an upper bound of
    the map), so the monotone iteration converges from above to the *largest* fixed point.
    Returns (ntilde, m) with m = E[tanh(beta'(P/2) ntilde^{P-1} y)].  (0, 0) if none is positive.
    """
    y, w = law
    if P == 2 and beta * float(np.dot(w, y * y)) <= 1.0:
        return 0.0, 0.0  # F(n) <= beta' E[y^2] n <= n: only the paramagnet
    ay = np.abs(y)
    n = float(np.dot(w, ay)) if n0 is None else float(n0)
    half_p = 0.5 * P
    # below n_low the map satisfies F(n) <= beta'(P/2) n^{P-1} E[y^2] < n: decay to zero is certain
    n_low = (1.0 / (beta * half_p)) ** (1.0 / (P - 2)) if P > 2 else 0.0
    if P > 2:
        n_low *= 1.0 - 1e-9
    for _ in range(max_iter):
        x = beta * half_p * n ** (P - 1)
        new = _G(x, y, w)
        if abs(new - n) < tol:
            n = new
            break
        n = new
        if P > 2 and n < n_low:
            return 0.0, 0.0
        if n < 1e-300:
            return 0.0, 0.0
    x = beta * half_p * n ** (P - 1)
    m = float(np.dot(w, np.tanh(x * y)))
    if n < 1e-7:  # P = 2 paramagnet (converges to 0 only algebraically near beta' = 1)
        return 0.0, 0.0
    return n, m


def m_curve(betas, P: int, law) -> tuple[np.ndarray, np.ndarray]:
    """(ntilde, m) along an array of beta' values (each solved from the retrieval start)."""
    out = np.array([self_consistency(float(b), P, law) for b in np.atleast_1d(betas)])
    return out[:, 0], out[:, 1]


# ------------------------------------------------------------------------------------ T = 0
def zero_temperature_m(r: float, M: int) -> float:
    """m = E[sign(y)] with ties (y = 0, possible for even M) contributing 0.

    Ground state = class majority vote sign(etabar); a tied site (etabar_i = 0) is +1 or -1 at
    random, which contributes 0 on average."""
    M = int(M)
    p = (1.0 + r) / 2.0
    # P(B > M/2) - P(B < M/2)
    upper = stats.binom.sf(M // 2, M, p)           # P(B > floor(M/2))
    lower = stats.binom.cdf((M - 1) // 2, M, p)    # P(B <= ceil(M/2) - 1) = P(B < M/2)
    return float(upper - lower)


def zero_temperature_m_large_M(rho):
    """Large-M limit of the zero-temperature m at fixed rho: erf(1/sqrt(2 rho)) (1 at rho = 0)."""
    rho = np.asarray(rho, dtype=float)
    with np.errstate(divide="ignore"):
        out = special.erf(1.0 / np.sqrt(2.0 * rho))
    return float(out) if out.ndim == 0 else out


# ------------------------------------------------------------------------------------ threshold
def retrieval_exists(beta: float, P: int, law, m_min: float = 0.01) -> bool:
    """Whether a retrieval solution with m > m_min exists at beta'."""
    _, m = self_consistency(beta, P, law, tol=1e-13)
    return m > m_min


def beta_c(P: int, rho: float = 0.0, M: int | None = None, law=None, m_min: float = 0.01,
           xtol: float = 1e-6) -> float:
    """Retrieval threshold beta'_c: smallest beta' at which a retrieval solution with m > m_min
    exists, by bisection (iteration from the retrieval start is an exact existence test, because
    the map is monotone and bounded by E|y|).

    The site law is the binomial at (rho, M) if M is given, the Gaussian large-M law at rho
    otherwise, or ``law`` if given.  For P = 2 the onset is continuous at beta' = 1 (E[y^2] = 1),
    which is returned exactly.
    """
    if P == 2:
        return 1.0
    if law is None:
        law = site_law(rho=rho, M=M)
    lo, hi = 0.5, 2.0
    while retrieval_exists(lo, P, law, m_min):
        lo /= 2.0
    while not retrieval_exists(hi, P, law, m_min):
        lo, hi = hi, hi * 2.0
        if hi > 1e8:
            return math.inf
    while hi - lo > xtol * hi:
        mid = 0.5 * (lo + hi)
        if retrieval_exists(mid, P, law, m_min):
            hi = mid
        else:
            lo = mid
    return hi


def beta_c_parametric(P: int, law) -> float:
    """Independent check of :func:`beta_c` for P >= 4: along the solution branch, with
    x = beta'(P/2) ntilde^{P-1} and ntilde = G(x) = E[y tanh(x y)], beta'(x) = 2x / (P G(x)^{P-1});
    the threshold (spinodal) is its minimum over x > 0."""
    y, w = law

    def f(logx):
        x = math.exp(logx)
        return 2.0 * x / (P * _G(x, y, w) ** (P - 1))

    grid = np.linspace(-6, 8, 400)
    vals = np.array([f(v) for v in grid])
    k = int(np.argmin(vals))
    res = optimize.minimize_scalar(f, bracket=(grid[max(k - 1, 0)], grid[k], grid[min(k + 1, len(grid) - 1)]))
    return float(min(res.fun, vals[k]))
