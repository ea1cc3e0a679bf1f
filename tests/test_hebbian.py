"""Tests for the supervised dense Hebbian network (models/hebbian.py, models/hebbian_theory.py)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest


from dynaprune.research import hebbian_theory as th  # noqa: E402
from dynaprune.models.hebbian import (DenseHebbianNetwork, noisy_examples, normaliser, r_from_rho,  # noqa: E402
                            rho_from, synthetic_archetypes)


def _net(N=40, K=3, M=5, r=0.5, P=4, seed=0):
    rng = np.random.default_rng(seed)
    xi = synthetic_archetypes(N, K, rng)
    return xi, DenseHebbianNetwork.from_examples(noisy_examples(xi, M, r, rng), P=P, r=r)


@pytest.fixture(scope="module")
def digits_split():
    from dynaprune.research.hebbian_figures import load_binarised_digits

    return load_binarised_digits(seed=0)


# ------------------------------------------------------------------------------ model
@pytest.mark.parametrize("P", [2, 4, 8])
def test_delta_energy_equals_full_energy_difference(P):
    _, net = _net(N=30, K=3, P=P)
    rng = np.random.default_rng(1)
    sigma = rng.choice(np.array([-1, 1], dtype=np.int8), size=(6, 30))
    for _ in range(100):
        i = rng.integers(0, 30, size=6)
        d = net.delta_energy(sigma, i)
        flipped = sigma.copy()
        flipped[np.arange(6), i] *= -1
        np.testing.assert_allclose(d, net.energy(flipped) - net.energy(sigma), rtol=1e-9, atol=1e-12)
        sigma = flipped


def test_r1_M1_reduces_to_dense_hopfield_energy():
    N, K, P = 50, 4, 4
    rng = np.random.default_rng(2)
    xi = synthetic_archetypes(N, K, rng)
    eta = noisy_examples(xi, 1, 1.0, rng)
    assert np.array_equal(eta[:, 0], xi)
    sigma = rng.choice([-1, 1], size=(7, N))
    hopfield = -(N / math.factorial(P)) * np.sum((sigma @ xi.T.astype(float) / N) ** P, axis=1)
    for norm in (None, "empirical"):
        net = DenseHebbianNetwork.from_examples(eta, P=P, r=1.0, normalisation=norm)
        np.testing.assert_allclose(net.hamiltonian(sigma), hopfield, rtol=1e-12)
        np.testing.assert_allclose(net.energy(sigma), hopfield * math.factorial(P) / 2, rtol=1e-12)


def test_zero_temperature_from_archetype_reaches_majority_vote():
    xi, net = _net(N=1000, K=3, M=11, r=0.3, P=4, seed=3)  # odd M: no ties
    final, sweeps = net.zero_temperature(xi, max_sweeps=20, rng=0)
    assert np.array_equal(final, np.sign(net.etabar).astype(np.int8))
    assert np.all(sweeps >= 1) and np.all(sweeps < 20)


def test_glauber_matches_theory_either_side_of_threshold():
    N, K, M, r, P = 2000, 2, 10, 0.8, 4
    law = th.site_law(r=r, M=M)
    bc = th.beta_c(P, law=law)
    betas = np.array([0.8, 1.5])  # below / above beta'_c ~ 1.12 (rho ~ 0.056)
    assert betas[0] < bc < betas[1]
    rng = np.random.default_rng(4)
    xi = synthetic_archetypes(N, K, rng)
    net = DenseHebbianNetwork.from_examples(noisy_examples(xi, M, r, rng), P=P, r=r)
    _, _, tm = net.glauber(np.repeat(xi[:1], 2, axis=0), betas, 40, rng=rng, trace=True, xi=xi)
    m_sim = tm[-20:, :, 0].mean(axis=0)
    m_th = np.array([th.self_consistency(b, P, law)[1] for b in betas])
    assert m_th[0] == 0.0 and m_th[1] > 0.9
    np.testing.assert_allclose(m_sim, m_th, atol=0.03)


def test_mean_field_from_archetype_matches_low_load_theory():
    N, K, M, r, P = 4000, 2, 10, 0.8, 4
    xi, net = _net(N=N, K=K, M=M, r=r, P=P, seed=5)
    law = th.site_law(r=r, M=M)
    for beta in (0.8, 1.5):
        m, its = net.mean_field(xi[0], beta=beta, iters=2000, tol=1e-9)
        assert its < 2000
        assert abs(np.mean(m * xi[0]) - th.self_consistency(beta, P, law)[1]) < 0.02


def test_glauber_batched_sweep_at_N4000_K10_runs_vectorised():
    xi, net = _net(N=4000, K=10, M=3, r=0.6, P=4, seed=6)
    out = net.glauber(xi[:4], np.array([0.5, 1.0, 2.0, 4.0]), 1, rng=0)
    assert out.shape == (4, 4000) and out.dtype == np.int8
    assert set(np.unique(out)) <= {-1, 1}


def test_overlaps_bounded_and_energy_finite_at_P24(digits_split):
    Xtr, Xte, ytr, _ = digits_split
    net = DenseHebbianNetwork.fit(Xtr, ytr, P=24)
    n = net.overlaps(Xte)
    assert np.all(np.abs(n) <= 1 + 1e-12)
    assert np.all(np.isfinite(net.energy(Xte)))
    assert np.all(np.isfinite(net.delta_energy(Xte, np.zeros(len(Xte), dtype=int))))


def test_to_arrays_from_arrays_roundtrip():
    xi, net = _net(N=64, K=3, P=6)
    arrays, meta = net.to_arrays()
    json.dumps(meta)
    assert all(isinstance(v, np.ndarray) for v in arrays.values())
    back = DenseHebbianNetwork.from_arrays(arrays, json.loads(json.dumps(meta)))
    assert back.P == 6 and back.N == 64 and back.K == 3
    np.testing.assert_array_equal(back.overlaps(xi), net.overlaps(xi))
    np.testing.assert_array_equal(back.classify(xi).pred, net.classify(xi).pred)


def test_rho_helpers_are_consistent():
    for r, M in [(0.3, 7), (0.9, 100), (1.0, 3)]:
        rho = rho_from(r, M)
        assert math.isclose(r_from_rho(rho, M), r)
        assert math.isclose(normaliser(r, M), r**2 * (1 + rho))


# ------------------------------------------------------------------------------ theory
def test_zero_temperature_m_tends_to_erf_limit_at_large_M():
    for rho in (0.2, 1.0, 3.0):
        limit = th.zero_temperature_m_large_M(rho)
        errs = [abs(th.zero_temperature_m(r_from_rho(rho, M), M) - limit) for M in (11, 101, 20001)]
        assert errs[0] > errs[2] and errs[2] < 2e-3


def test_zero_temperature_ties_contribute_zero():
    r = 0.4  # M = 2: y = +, 0, -  ->  m = P(B=2) - P(B=0) = r
    assert math.isclose(th.zero_temperature_m(r, 2), r)


def test_beta_c_at_rho0_P4_is_about_1_01():
    assert abs(th.beta_c(4, rho=0.0) - 1.01) < 0.02


def test_beta_c_increases_with_rho():
    bcs = [th.beta_c(4, rho=rho, xtol=1e-4) for rho in (0.0, 0.2, 0.5, 1.0)]
    assert all(b2 > b1 for b1, b2 in zip(bcs, bcs[1:]))
    bcs_M = [th.beta_c(4, rho=rho, M=30, xtol=1e-4) for rho in (0.0, 0.5)]
    assert bcs_M[1] > bcs_M[0]


def test_beta_c_bisection_agrees_with_parametric_minimum():
    for law in (th.site_law(rho=0.3), th.site_law(r=0.7, M=9)):
        for P in (4, 6):
            assert abs(th.beta_c(P, law=law, xtol=1e-7) - th.beta_c_parametric(P, law)) < 1e-4


def test_P2_onset_is_continuous_at_beta_1():
    law = th.site_law(rho=0.5)
    assert th.self_consistency(0.99, 2, law) == (0.0, 0.0)
    n_small, m_small = th.self_consistency(1.02, 2, law)
    assert 0 < n_small < 0.3
    assert th.self_consistency(1.3, 2, law)[0] > n_small
    assert th.beta_c(2, rho=0.5) == 1.0


# ------------------------------------------------------------------------------ real data
def test_digits_P16_one_shot_and_relaxation_beat_chance(digits_split):
    Xtr, Xte, ytr, yte = digits_split
    net = DenseHebbianNetwork.fit(Xtr, ytr, P=16)
    for method in ("one_shot", "zero_temperature"):
        assert np.mean(net.classify(Xte, method).pred == yte) > 0.5


def test_reproduce_quick_writes_figures_and_json(tmp_path):
    from dynaprune.research.hebbian_figures import reproduce

    summary = reproduce(tmp_path, quick=True)
    for stem in ("m_vs_M", "retrieval_P4", "digits_accuracy_vs_P"):
        assert (tmp_path / f"{stem}.png").stat().st_size > 10_000
        json.loads((tmp_path / f"{stem}.json").read_text())
    assert (tmp_path / "m_vs_rho.png").exists()
    assert summary["m_vs_M_max_abs_deviation"] < 0.05
