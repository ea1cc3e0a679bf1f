"""Supervised dense Hebbian networks (Agliari et al., arXiv 2212.00606), NumPy only.

Model (see ``/work/shared/hebbian-method.md``)
---------------------------------------------
* ``N`` binary neurons ``sigma in {-1, +1}^N``; ``K`` classes with class averages
  ``etabar[mu] = (1/M) sum_a eta^{mu,a}`` of the labelled examples.
* Normalised overlaps ``ntilde_mu = sum_i etabar^mu_i sigma_i / (N sqrt(R_mu))`` where ``R`` is
  the normalisation.  For synthetic data ``R = r^2 + (1 - r^2)/M`` (:func:`normaliser`), the same
  for every class.  For real data, where ``r`` is unknown, we use the *empirical* normalisation
  ``R_mu = mean_i (etabar^mu_i)^2`` -- for synthetic data ``E[(etabar_i)^2] = r^2 + (1-r^2)/M``
  exactly, so this is the natural estimator of the same quantity.  With it, Cauchy-Schwarz gives
  ``|ntilde_mu| <= 1`` for every state, so ``ntilde^P`` can never overflow, whatever ``P``.

Energy / temperature convention
-------------------------------
The paper's cost is ``H(sigma) = -(N/P!) sum_mu ntilde_mu^P`` (:meth:`hamiltonian`).  Everything in
this module works with the rescaled inverse temperature ``beta' = 2 beta / P!`` and the rescaled
energy (:meth:`energy`)

    E(sigma) = -(N/2) sum_mu ntilde_mu^P,     so that   -beta H = -beta' E = (beta' N / 2) sum ntilde^P.

All ``beta`` arguments of the dynamics are this ``beta'``; :meth:`delta_energy` is in units of
``E``.  The theory in :mod:`dynaprune.research.hebbian_theory` uses the same ``beta'``.

Dynamics never build the ``N^P`` tensor: running overlaps ``ntilde`` (shape ``(B, K)``) are kept and
a flip of ``sigma_i`` changes them by ``-2 sigma_i A_{mu i}`` with ``A = etabar / (N sqrt(R))``;
the energy change is the exact difference of P-th powers, ``O(K)`` per attempt (no "local field"
containing the spin's own self-interaction).  Batches of independent chains (``sigma`` of shape
``(B, N)``) are updated in lock-step, one site per chain per step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, Sequence

import numpy as np

__all__ = [
    "synthetic_archetypes",
    "noisy_examples",
    "rho_from",
    "r_from_rho",
    "normaliser",
    "DenseHebbianNetwork",
    "Classification",
]

_ZERO_T_TOL = 1e-10  # |dE| below this counts as a tie at zero temperature (no flip)


# --------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------
def synthetic_archetypes(N: int, K: int, seed: int | np.random.Generator | None = None) -> np.ndarray:
    """K random archetypes xi^mu in {-1,+1}^N, shape (K, N), dtype int8."""
    rng = np.random.default_rng(seed)
    return (2 * rng.integers(0, 2, size=(K, N)) - 1).astype(np.int8)


def noisy_examples(xi: np.ndarray, M: int, r: float, rng: np.random.Generator | int | None = None) -> np.ndarray:
    """M noisy examples per archetype: eta^{mu,a}_i = chi^{mu,a}_i xi^mu_i, P(chi=+1) = (1+r)/2.

    ``xi`` has shape (K, N); returns shape (K, M, N), dtype int8.
    """
    rng = np.random.default_rng(rng)
    xi = np.asarray(xi)
    K, N = xi.shape
    flip = rng.random((K, M, N)) < (1.0 - r) / 2.0
    chi = np.where(flip, -1, 1).astype(np.int8)
    return chi * xi[:, None, :].astype(np.int8)


def rho_from(r: float, M: float) -> float:
    """Dataset entropy rho = (1 - r^2) / (M r^2) (inf at r = 0)."""
    r = np.asarray(r, dtype=float)
    with np.errstate(divide="ignore"):
        out = (1.0 - r**2) / (M * r**2)
    return float(out) if out.ndim == 0 else out


def r_from_rho(rho: float, M: float) -> float:
    """Inverse of :func:`rho_from` at fixed M: r = 1 / sqrt(1 + rho M)."""
    rho = np.asarray(rho, dtype=float)
    out = 1.0 / np.sqrt(1.0 + rho * M)
    return float(out) if out.ndim == 0 else out


def normaliser(r: float, M: float) -> float:
    """R = r^2 + (1 - r^2)/M = r^2 (1 + rho) = E[(etabar_i)^2]."""
    return float(r**2 + (1.0 - r**2) / M)


# --------------------------------------------------------------------------------------------
# network
# --------------------------------------------------------------------------------------------
class Classification(NamedTuple):
    pred: np.ndarray     # predicted class label (entries of ``net.classes``), shape (B,)
    sweeps: np.ndarray   # sweeps (or mean-field iterations) taken, shape (B,)
    overlap: np.ndarray  # winning normalised overlap ntilde at the end, shape (B,)


def _as_batch(sigma: np.ndarray) -> tuple[np.ndarray, bool]:
    s = np.asarray(sigma)
    if s.ndim == 1:
        return s[None, :], True
    if s.ndim != 2:
        raise ValueError(f"sigma must have shape (N,) or (B, N), got {s.shape}")
    return s, False


def _logit_uniform(rng: np.random.Generator, shape) -> np.ndarray:
    """log(u / (1 - u)) for u ~ U(0,1): heat-bath acceptance u < 1/(1+e^{bD}) <=> L < -bD."""
    u = rng.random(shape)
    with np.errstate(divide="ignore"):
        return np.log(u) - np.log1p(-u)


@dataclass
class DenseHebbianNetwork:
    """Supervised dense Hebbian network of even order P built from class averages.

    Attributes
    ----------
    etabar : (K, N) float class averages.
    P : even interaction order (P = 2 is the Hopfield case).
    normalisation : scalar R or per-class array (K,) of R_mu (see module docstring).
    classes : labels of the K classes (default ``arange(K)``).
    r, M : data quality / examples per class when known (synthetic data); enable :meth:`order_n`.
    """

    etabar: np.ndarray
    P: int
    normalisation: Any = "empirical"
    classes: np.ndarray | None = None
    r: float | None = None
    M: float | None = None
    normalisation_mode: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        self.etabar = np.ascontiguousarray(np.asarray(self.etabar, dtype=np.float64))
        if self.etabar.ndim != 2:
            raise ValueError("etabar must have shape (K, N)")
        self.P = int(self.P)
        if self.P < 2 or self.P % 2:
            raise ValueError(f"P must be an even integer >= 2, got {self.P}")
        K, N = self.etabar.shape
        if isinstance(self.normalisation, str):
            if self.normalisation != "empirical":
                raise ValueError("normalisation must be 'empirical', a float or an array of shape (K,)")
            R = np.mean(self.etabar**2, axis=1)
            self.normalisation_mode = "empirical"
        else:
            R = np.broadcast_to(np.asarray(self.normalisation, dtype=np.float64), (K,)).copy()
            self.normalisation_mode = self.normalisation_mode or "given"
        if np.any(R <= 0):
            raise ValueError("normalisation must be positive (a class average is identically zero?)")
        self.normalisation = R
        self.classes = np.arange(K) if self.classes is None else np.asarray(self.classes)
        if len(self.classes) != K:
            raise ValueError("classes must have K entries")
        # normalised pattern matrix: ntilde = sigma @ A.T ;  At is (N, K) so At[i] is contiguous
        self._A = self.etabar / (N * np.sqrt(R))[:, None]
        self._At = np.ascontiguousarray(self._A.T)

    # ---------------------------------------------------------------- construction
    @classmethod
    def fit(cls, examples: np.ndarray, labels: Sequence, P: int, normalisation: Any = "empirical",
            r: float | None = None, M: float | None = None) -> "DenseHebbianNetwork":
        """Supervised Hebbian 'training': class averages of ±1 ``examples`` (n, N) grouped by label.

        ``normalisation``: ``"empirical"`` (R_mu = mean of etabar_mu^2, for real data),
        ``"theory"`` (R = r^2 + (1-r^2)/M, needs r and M) or an explicit float / (K,) array.
        """
        X = np.asarray(examples, dtype=np.float64)
        y = np.asarray(labels)
        classes = np.unique(y)
        etabar = np.stack([X[y == c].mean(axis=0) for c in classes])
        mode = normalisation if isinstance(normalisation, str) else "given"
        if isinstance(normalisation, str) and normalisation == "theory":
            if r is None or M is None:
                raise ValueError("normalisation='theory' needs r and M")
            normalisation = normaliser(r, M)
        return cls(etabar=etabar, P=P, normalisation=normalisation, classes=classes, r=r, M=M,
                   normalisation_mode=mode)

    @classmethod
    def from_examples(cls, eta: np.ndarray, P: int, r: float | None = None,
                      normalisation: Any | None = None) -> "DenseHebbianNetwork":
        """From synthetic examples of shape (K, M, N) (as returned by :func:`noisy_examples`).

        If ``r`` is given the theoretical normalisation R(r, M) is used, else the empirical one.
        """
        eta = np.asarray(eta)
        K, M, N = eta.shape
        etabar = eta.mean(axis=1, dtype=np.float64)
        if normalisation is None:
            normalisation = normaliser(r, M) if r is not None else "empirical"
        mode = "theory" if (r is not None and not isinstance(normalisation, str)) else "empirical"
        return cls(etabar=etabar, P=P, normalisation=normalisation, r=r, M=M, normalisation_mode=mode)

    # ---------------------------------------------------------------- properties
    @property
    def K(self) -> int:
        return self.etabar.shape[0]

    @property
    def N(self) -> int:
        return self.etabar.shape[1]

    @property
    def rho(self) -> float | None:
        return None if self.r is None or self.M is None else rho_from(self.r, self.M)

    # ---------------------------------------------------------------- order parameters
    def overlaps(self, sigma: np.ndarray) -> np.ndarray:
        """Normalised overlaps ntilde_mu = etabar^mu . sigma / (N sqrt(R_mu)); (B, K) or (K,)."""
        s, single = _as_batch(sigma)
        out = np.asarray(s, dtype=np.float64) @ self._At
        return out[0] if single else out

    def order_m(self, sigma: np.ndarray, xi: np.ndarray) -> np.ndarray:
        """Learning order parameters m_mu = xi^mu . sigma / N (needs the archetypes xi, (K, N))."""
        s, single = _as_batch(sigma)
        out = np.asarray(s, dtype=np.float64) @ np.asarray(xi, dtype=np.float64).T / self.N
        return out[0] if single else out

    def order_n(self, sigma: np.ndarray) -> np.ndarray:
        """Storing order parameters n_mu = etabar^mu . sigma / ((1 + rho) r N) (needs r and M)."""
        if self.r is None or self.M is None:
            raise ValueError("order_n needs r and M (synthetic data); use overlaps() otherwise")
        s, single = _as_batch(sigma)
        out = np.asarray(s, dtype=np.float64) @ self.etabar.T / ((1.0 + self.rho) * self.r * self.N)
        return out[0] if single else out

    # ---------------------------------------------------------------- energies
    def energy(self, sigma: np.ndarray) -> np.ndarray:
        """Rescaled energy E = -(N/2) sum_mu ntilde_mu^P (Boltzmann weight exp(-beta' E))."""
        n = self.overlaps(sigma)
        return -0.5 * self.N * np.sum(n**self.P, axis=-1)

    def hamiltonian(self, sigma: np.ndarray) -> np.ndarray:
        """The paper's cost H = -(N/P!) sum_mu ntilde_mu^P = (2/P!) E."""
        from math import factorial

        n = self.overlaps(sigma)
        return -(self.N / factorial(self.P)) * np.sum(n**self.P, axis=-1)

    def delta_energy(self, sigma: np.ndarray, i, overlaps: np.ndarray | None = None) -> np.ndarray:
        """Exact change of :meth:`energy` when flipping sigma_i, in O(K) from running overlaps.

        ``sigma`` (N,) or (B, N); ``i`` an int or (B,) site indices; ``overlaps`` the current
        ntilde (computed if not given).  Returns a scalar array for a single state or (B,).
        """
        s, single = _as_batch(sigma)
        B = s.shape[0]
        n = self.overlaps(s) if overlaps is None else np.asarray(overlaps, dtype=np.float64).reshape(B, self.K)
        idx = np.broadcast_to(np.asarray(i), (B,))
        si = s[np.arange(B), idx].astype(np.float64)
        n_new = n - 2.0 * si[:, None] * self._At[idx]
        d = 0.5 * self.N * np.sum(n**self.P - n_new**self.P, axis=1)
        return d[0] if single else d

    # ---------------------------------------------------------------- dynamics
    def _sweep(self, sig, n, npow, order, thresh, beta):
        """One sweep of N attempts for every chain.  ``thresh`` (N, B): accept iff thresh < -beta*dE
        (heat bath with logit-uniform thresholds) -- or, with beta None, iff dE < -thresh (T = 0).
        Returns the number of accepted flips per chain."""
        B = sig.shape[0]
        rows = np.arange(B)
        At, P, halfN = self._At, self.P, 0.5 * self.N
        flips = np.zeros(B, dtype=np.int64)
        for t in range(order.shape[0]):
            idx = order[t]
            s = sig[rows, idx]
            n_new = n - (2.0 * s)[:, None] * At[idx]
            p_new = n_new**P
            dE = halfN * (npow - p_new).sum(axis=1)
            if beta is None:
                acc = dE < -thresh
            else:
                acc = thresh[t] < -beta * dE
            if acc.any():
                sig[rows, idx] = np.where(acc, -s, s)
                a2 = acc[:, None]
                n[...] = np.where(a2, n_new, n)
                npow[...] = np.where(a2, p_new, npow)
                flips += acc
        return flips

    def glauber(self, sigma0: np.ndarray, beta, sweeps: int, rng: np.random.Generator | int | None = None,
                trace: bool = False, xi: np.ndarray | None = None):
        """Heat-bath (Glauber) dynamics at rescaled inverse temperature ``beta`` (= beta').

        Each attempt flips sigma_i with probability 1/(1 + exp(beta' dE)); sites are visited in a
        fresh random permutation per sweep and chain (one sweep = N attempts).  ``sigma0`` (N,) or
        (B, N) independent chains; ``beta`` a scalar or (B,) per-chain values.
        Returns the final states (same shape as sigma0, int8); with ``trace=True`` returns
        ``(sigma, overlaps_trace)`` with ntilde after each sweep, shape (sweeps, B, K), and, if the
        archetypes ``xi`` are given, ``(sigma, overlaps_trace, m_trace)``.
        """
        rng = np.random.default_rng(rng)
        s0, single = _as_batch(sigma0)
        B, N = s0.shape
        sig = s0.astype(np.float64).copy()
        beta = np.broadcast_to(np.asarray(beta, dtype=np.float64), (B,)).copy()
        base = np.broadcast_to(np.arange(N), (B, N))
        tr_n, tr_m = [], []
        for _ in range(sweeps):
            n = sig @ self._At  # refresh (no accumulated rounding)
            npow = n**self.P
            order = np.ascontiguousarray(rng.permuted(base, axis=1).T)
            thresh = np.ascontiguousarray(_logit_uniform(rng, (B, N)).T)
            self._sweep(sig, n, npow, order, thresh, beta)
            if trace:
                tr_n.append(sig @ self._At)
                if xi is not None:
                    tr_m.append(sig @ np.asarray(xi, dtype=np.float64).T / N)
        out = sig.astype(np.int8)
        out = out[0] if single else out
        if not trace:
            return out
        tn = np.array(tr_n).reshape(sweeps, B, self.K)
        if xi is None:
            return out, tn
        return out, tn, np.array(tr_m).reshape(sweeps, B, -1)

    def zero_temperature(self, sigma0: np.ndarray, max_sweeps: int = 100,
                         rng: np.random.Generator | int | None = 0):
        """Zero-temperature asynchronous dynamics: flip iff dE < 0 (ties |dE| < 1e-10 do not flip),
        random sequential order, until a whole sweep changes nothing (a fixed point) or max_sweeps.

        Returns ``(sigma, sweeps)``: final states (int8) and, per chain, the number of sweeps in
        which at least one spin flipped (0 if sigma0 is already a fixed point).  A chain whose last
        sweep still flipped spins (max_sweeps reached) reports max_sweeps.
        """
        rng = np.random.default_rng(rng)
        s0, single = _as_batch(sigma0)
        B, N = s0.shape
        sig = s0.astype(np.float64).copy()
        sweeps = np.zeros(B, dtype=np.int64)
        active = np.ones(B, dtype=bool)
        base = np.arange(N)
        for _ in range(max_sweeps):
            ids = np.flatnonzero(active)
            if ids.size == 0:
                break
            sub = sig[ids]
            n = sub @ self._At
            npow = n**self.P
            order = np.ascontiguousarray(rng.permuted(np.broadcast_to(base, (ids.size, N)), axis=1).T)
            flips = self._sweep(sub, n, npow, order, _ZERO_T_TOL, None)
            sig[ids] = sub
            changed = flips > 0
            sweeps[ids[changed]] += 1
            active[ids[~changed]] = False
        out = sig.astype(np.int8)
        return (out[0], sweeps[0]) if single else (out, sweeps)

    def local_fields(self, m: np.ndarray) -> np.ndarray:
        """Mean-field local fields h_i(m) = (P/2) sum_mu ntilde_mu(m)^{P-1} etabar^mu_i / sqrt(R_mu),
        i.e. d/dm_i of (N/2) sum_mu ntilde_mu(m)^P.  m (N,) or (B, N)."""
        n = np.asarray(m, dtype=np.float64) @ self._At
        return (0.5 * self.P * self.N) * (n ** (self.P - 1)) @ self._A

    def mean_field(self, m0: np.ndarray, beta: float, iters: int = 200, tol: float = 1e-6,
                   damping: float = 0.5):
        """First-order (naive) mean field / Plefka: m <- (1-d) m + d tanh(beta' h(m)), synchronous,
        damped by ``d = damping`` (1 = undamped).  Iterates each chain until max_i |dm_i| < tol.

        Returns ``(m, iterations)`` with per-chain iteration counts.
        """
        m0a, single = _as_batch(m0)
        m = m0a.astype(np.float64).copy()
        B = m.shape[0]
        its = np.zeros(B, dtype=np.int64)
        active = np.ones(B, dtype=bool)
        for _ in range(iters):
            ids = np.flatnonzero(active)
            if ids.size == 0:
                break
            cur = m[ids]
            new = (1.0 - damping) * cur + damping * np.tanh(beta * self.local_fields(cur))
            m[ids] = new
            its[ids] += 1
            done = np.max(np.abs(new - cur), axis=1) < tol
            active[ids[done]] = False
        return (m[0], its[0]) if single else (m, its)

    def one_shot(self, sigma: np.ndarray) -> np.ndarray:
        """One-shot readout: index of the largest initial normalised overlap (no dynamics)."""
        return np.argmax(self.overlaps(sigma), axis=-1)

    def classify(self, sigma0: np.ndarray, method: str = "zero_temperature", *, beta: float = 10.0,
                 max_sweeps: int = 100, iters: int = 200, tol: float = 1e-6, damping: float = 0.5,
                 rng: np.random.Generator | int | None = 0) -> Classification:
        """Classify ±1 inputs (N,) or (B, N): start the dynamics at the input, relax, and output the
        class whose normalised overlap ntilde is largest.

        method: ``"zero_temperature"`` (asynchronous T=0 relaxation), ``"mean_field"`` (damped
        naive mean field at ``beta``), or ``"one_shot"`` (argmax of the initial overlaps).
        """
        s0, single = _as_batch(sigma0)
        if method == "one_shot":
            final, steps = s0, np.zeros(s0.shape[0], dtype=np.int64)
        elif method == "zero_temperature":
            final, steps = self.zero_temperature(s0, max_sweeps=max_sweeps, rng=rng)
        elif method == "mean_field":
            final, steps = self.mean_field(s0, beta=beta, iters=iters, tol=tol, damping=damping)
        else:
            raise ValueError(f"unknown method {method!r}")
        n = self.overlaps(final)
        idx = np.argmax(n, axis=1)
        res = Classification(self.classes[idx], steps, n[np.arange(len(idx)), idx])
        if single:
            return Classification(res.pred[0], res.sweeps[0], res.overlap[0])
        return res

    # ---------------------------------------------------------------- serialisation
    def to_arrays(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """Return (arrays, metadata): numpy arrays (safetensors-ready) and a JSON-able dict."""
        arrays = {
            "etabar": np.ascontiguousarray(self.etabar, dtype=np.float64),
            "normalisation": np.ascontiguousarray(self.normalisation, dtype=np.float64),
        }
        if np.issubdtype(self.classes.dtype, np.number):
            arrays["classes"] = np.ascontiguousarray(self.classes)
        meta = {
            "model": "dense_hebbian",
            "P": self.P,
            "N": self.N,
            "K": self.K,
            "normalisation": self.normalisation_mode,
            "class_names": [str(c) for c in self.classes.tolist()],
            "r": None if self.r is None else float(self.r),
            "M": None if self.M is None else float(self.M),
            "energy_convention": "E = -(N/2) sum_mu ntilde_mu^P, weight exp(-beta' E), beta' = 2 beta / P!",
        }
        return arrays, meta

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], metadata: dict[str, Any]) -> "DenseHebbianNetwork":
        classes = arrays.get("classes")
        if classes is None:
            classes = np.asarray(metadata.get("class_names", list(range(len(arrays["etabar"])))))
        return cls(etabar=np.asarray(arrays["etabar"]), P=int(metadata["P"]),
                   normalisation=np.asarray(arrays["normalisation"]), classes=np.asarray(classes),
                   r=metadata.get("r"), M=metadata.get("M"),
                   normalisation_mode=str(metadata.get("normalisation", "given")))
