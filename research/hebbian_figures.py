"""Reproduce the supervised dense Hebbian network results (spec: /work/shared/hebbian-method.md).

Writes into ``out_dir``:

* ``m_vs_M.png`` / ``m_vs_M.json`` -- zero-temperature m versus M for several r: simulation
  (synthetic archetypes, relaxation started at the archetypes) against the exact binomial theory
  E[sign(y)]; ``m_vs_rho.png`` / ``m_vs_rho.json`` -- the same points against rho with the large-M
  curve erf(1/sqrt(2 rho)).
* ``retrieval_P4.png`` / ``retrieval_P4.json`` -- P = 4 retrieval transition in the (rho, 1/beta')
  plane: Glauber simulations started at xi^1 against the predicted threshold 1/beta'_c(rho), with the
  continuous P = 2 onset 1/beta' = 1 for contrast.
* ``digits_accuracy_vs_P.png`` / ``digits_accuracy_vs_P.json`` -- scikit-learn digits binarised at
  pixel > 7, accuracy versus P for relaxation, one-shot and mean-field readouts beside nearest
  centroid and logistic regression on the same split.
* ``summary.json`` -- the headline numbers.

Usage: ``python -m dynaprune.research.hebbian_figures --out docs/hebbian [--quick] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from dynaprune.models.hebbian import (DenseHebbianNetwork, noisy_examples, r_from_rho, rho_from,
                            synthetic_archetypes)
from dynaprune.figures import pyplot, save_png
from dynaprune.research import hebbian_theory as th

try:
    from tqdm.auto import tqdm
except ImportError:  # pragma: no cover
    def tqdm(it=None, **kw):
        return it

DIGITS_PS = (2, 4, 8, 16, 24)




def _dump(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, indent=2, default=lambda o: o.tolist() if hasattr(o, "tolist") else str(o)))


# ------------------------------------------------------------------------------------ 1. m vs M
def experiment_m_vs_M(out_dir: Path, quick: bool, seed: int = 0) -> dict:
    N = 800 if quick else 3000
    K, P = 3, 4
    rs = [0.15, 0.3, 0.6] if quick else [0.1, 0.2, 0.35, 0.6]
    Ms = [1, 3, 9, 25, 71] if quick else [1, 3, 5, 9, 15, 25, 41, 71, 121, 201]
    n_seeds = 1 if quick else 3
    sim = np.zeros((len(rs), len(Ms), n_seeds))
    sweeps = np.zeros_like(sim)
    jobs = [(a, b, s) for a in range(len(rs)) for b in range(len(Ms)) for s in range(n_seeds)]
    for a, b, s in tqdm(jobs, desc="m vs M (T=0)", file=sys.stderr):
        rng = np.random.default_rng([seed, a, b, s])
        xi = synthetic_archetypes(N, K, rng)
        net = DenseHebbianNetwork.from_examples(noisy_examples(xi, Ms[b], rs[a], rng), P=P, r=rs[a])
        final, sw = net.zero_temperature(xi, max_sweeps=50, rng=rng)  # one chain per archetype
        sim[a, b, s] = np.mean(np.diag(net.order_m(final, xi)))
        sweeps[a, b, s] = sw.mean()
    sim_mean = sim.mean(axis=2)
    theory = np.array([[th.zero_temperature_m(r, M) for M in Ms] for r in rs])
    M_line = np.unique(np.round(np.geomspace(1, max(Ms), 200)).astype(int) // 2 * 2 + 1)  # odd M
    theory_line = np.array([[th.zero_temperature_m(r, M) for M in M_line] for r in rs])
    rho = np.array([[rho_from(r, M) for M in Ms] for r in rs])
    dev = np.abs(sim_mean - theory)

    plt = pyplot()
    colors = plt.cm.viridis(np.linspace(0.05, 0.85, len(rs)))
    fig, ax = plt.subplots(figsize=(6.4, 4.6))
    for a, r in enumerate(rs):
        ax.plot(M_line, theory_line[a], "-", color=colors[a], lw=1.5, label=f"theory E[sign y], r={r}")
        ax.errorbar(Ms, sim_mean[a], yerr=sim[a].std(axis=1) if n_seeds > 1 else None, fmt="o",
                    color=colors[a], ms=5, capsize=2, label=f"simulation, r={r}")
    ax.set_xscale("log")
    ax.set_xlabel("examples per class M (odd)")
    ax.set_ylabel("overlap with archetype m")
    ax.set_title(f"Zero-temperature learning: m vs M (P={P}, N={N}, K={K})")
    ax.set_ylim(0, 1.03)
    ax.legend(fontsize=7, ncol=2, loc="lower right")
    ax.grid(alpha=0.3)
    save_png(fig, out_dir / "m_vs_M.png", dpi=130)

    rho_line = np.geomspace(min(rho.min(), 1e-3), rho.max() * 1.2, 300)
    fig, ax = plt.subplots(figsize=(6.4, 4.6))
    ax.plot(rho_line, th.zero_temperature_m_large_M(rho_line), "k-", lw=2,
            label=r"large-M theory erf$(1/\sqrt{2\rho})$")
    for a, r in enumerate(rs):
        ax.plot(rho[a], sim_mean[a], "o", color=colors[a], ms=6, label=f"simulation, r={r}")
        ax.plot(rho[a], theory[a], "x", color=colors[a], ms=6, alpha=0.7)
    ax.plot([], [], "kx", label="finite-M theory (same points)")
    ax.set_xscale("log")
    ax.set_xlabel(r"dataset entropy $\rho = (1-r^2)/(M r^2)$")
    ax.set_ylabel("overlap with archetype m")
    ax.set_title(r"Collapse onto a single curve in $\rho$ (zero temperature)")
    ax.set_ylim(0, 1.03)
    ax.legend(fontsize=8, loc="lower left")
    ax.grid(alpha=0.3)
    save_png(fig, out_dir / "m_vs_rho.png", dpi=130)

    res = {
        "params": {"N": N, "K": K, "P": P, "r": rs, "M": Ms, "seeds": n_seeds, "start": "archetypes xi^mu",
                   "dynamics": "zero temperature, asynchronous, until a sweep changes nothing"},
        "m_sim_mean": sim_mean, "m_sim_per_seed": sim, "m_theory": theory, "rho": rho,
        "m_large_M_theory": th.zero_temperature_m_large_M(rho), "mean_sweeps": sweeps.mean(axis=2),
        "max_abs_deviation": float(dev.max()), "mean_abs_deviation": float(dev.mean()),
        "note": "odd M only: for even M, tied sites (etabar_i = 0) lower m (ties count 0).",
    }
    _dump(out_dir / "m_vs_M.json", res)
    _dump(out_dir / "m_vs_rho.json", {"rho": rho, "m_sim_mean": sim_mean, "m_theory_finite_M": theory,
                                      "m_large_M_theory": th.zero_temperature_m_large_M(rho), "r": rs, "M": Ms})
    return res


# ------------------------------------------------------------------------------------ 2. P = 4 transition
def experiment_retrieval(out_dir: Path, quick: bool, seed: int = 0) -> dict:
    N = 800 if quick else 2000
    K, P, M = 2, 4, 30
    rhos = np.linspace(0.0, 1.5, 4 if quick else 13)
    temps = np.linspace(0.3, 1.2, 7 if quick else 19)  # 1/beta'
    betas = 1.0 / temps
    n_sweeps, n_meas = (20, 8) if quick else (50, 20)
    m_sim = np.zeros((len(rhos), len(temps)))
    n_sim = np.zeros_like(m_sim)
    for a, rho in enumerate(tqdm(rhos, desc="P=4 Glauber grid", file=sys.stderr)):
        r = r_from_rho(rho, M)
        rng = np.random.default_rng([seed, 7, a])
        xi = synthetic_archetypes(N, K, rng)
        net = DenseHebbianNetwork.from_examples(noisy_examples(xi, M, r, rng), P=P, r=r)
        start = np.repeat(xi[:1], len(temps), axis=0)  # one chain per temperature, all at xi^1
        _, tn, tm = net.glauber(start, betas, n_sweeps, rng=rng, trace=True, xi=xi)
        m_sim[a] = tm[-n_meas:, :, 0].mean(axis=0)
        n_sim[a] = tn[-n_meas:, :, 0].mean(axis=0)
    # theory on the same grid
    m_th = np.zeros_like(m_sim)
    for a, rho in enumerate(rhos):
        law = th.site_law(rho=rho, M=M)
        m_th[a] = th.m_curve(betas, P, law)[1]
    rho_line = np.linspace(0.0, rhos.max(), 16 if quick else 31)
    bc_line = np.array([th.beta_c(P, rho=x, M=M, xtol=1e-4) for x in tqdm(rho_line, desc="beta'_c(rho)",
                                                                           file=sys.stderr)])
    bc_grid = np.array([th.beta_c(P, rho=x, M=M, xtol=1e-4) for x in rhos])
    dev = np.abs(m_sim - m_th)
    far = np.abs(betas[None, :] - bc_grid[:, None]) > 0.1 * bc_grid[:, None]
    # P = 2 theory cut at rho = 0 for contrast
    t_fine = np.linspace(temps.min(), temps.max(), 200)
    cut_rhos = [rhos[0], rhos[len(rhos) // 2], rhos[-1]]

    plt = pyplot()
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))
    drho = (rhos[1] - rhos[0]) / 2
    dt = (temps[1] - temps[0]) / 2
    ext = [rhos[0] - drho, rhos[-1] + drho, temps[0] - dt, temps[-1] + dt]
    for ax, data, title in [(axes[0], m_sim, f"Glauber simulation from $\\xi^1$ (N={N}, M={M})"),
                            (axes[1], m_th, f"RS theory, binomial site law (M={M})")]:
        im = ax.imshow(data.T, origin="lower", aspect="auto", extent=ext, vmin=0, vmax=1, cmap="magma")
        ax.plot(rho_line, 1 / bc_line, "c-", lw=2.2, label=r"P=4 threshold $1/\beta'_c(\rho)$")
        ax.axhline(1.0, color="w", ls="--", lw=1.5, label=r"P=2 continuous onset $1/\beta'=1$")
        ax.set_xlabel(r"dataset entropy $\rho$")
        ax.set_ylabel(r"temperature $1/\beta'$")
        ax.set_title(title, fontsize=10)
        ax.set_xlim(ext[0], ext[1])
        ax.set_ylim(ext[2], ext[3])
        ax.legend(fontsize=8, loc="upper right", framealpha=0.6)
        fig.colorbar(im, ax=ax, label=r"$m$ (overlap with $\xi^1$)")
    ax = axes[2]
    cols = plt.cm.viridis(np.linspace(0.0, 0.8, len(cut_rhos)))
    for c, rho in zip(cols, cut_rhos):
        a = int(np.argmin(np.abs(rhos - rho)))
        law = th.site_law(rho=rho, M=M)
        ax.plot(t_fine, th.m_curve(1 / t_fine, P, law)[1], "-", color=c, label=f"P=4 theory, ρ={rho:.2f}")
        ax.plot(temps, m_sim[a], "o", color=c, ms=5, label=f"P=4 simulation, ρ={rho:.2f}")
    ax.plot(t_fine, th.m_curve(1 / t_fine, 2, th.site_law(rho=0.0, M=M))[1], "k--",
            label="P=2 theory, ρ=0 (continuous)")
    ax.set_xlabel(r"temperature $1/\beta'$")
    ax.set_ylabel(r"$m$")
    ax.set_title("Cuts: abrupt P=4 transition vs continuous P=2", fontsize=10)
    ax.set_ylim(-0.03, 1.03)
    ax.legend(fontsize=7, loc="lower left")
    ax.grid(alpha=0.3)
    fig.suptitle("P = 4 retrieval transition in the (ρ, 1/β') plane", fontsize=12)
    save_png(fig, out_dir / "retrieval_P4.png", dpi=120)

    res = {
        "params": {"N": N, "K": K, "P": P, "M": M, "sweeps": n_sweeps, "measured_last_sweeps": n_meas,
                   "start": "xi^1", "dynamics": "heat-bath Glauber, random sequential"},
        "rho": rhos, "temperature": temps, "m_sim": m_sim, "n_sim": n_sim, "m_theory": m_th,
        "rho_line": rho_line, "beta_c_line": bc_line, "beta_c_grid": bc_grid,
        "beta_c_rho0_large_M": th.beta_c(P, rho=0.0),
        "max_abs_deviation_all": float(dev.max()),
        "max_abs_deviation_away_from_threshold": float(dev[far].max()),
        "mean_abs_deviation": float(dev.mean()),
        "note": "'away from threshold' excludes grid points with |beta' - beta'_c| <= 10% beta'_c, where "
                "finite N (metastability, slow decay near the spinodal) dominates.",
    }
    _dump(out_dir / "retrieval_P4.json", res)
    return res


# ------------------------------------------------------------------------------------ 3. digits
def load_binarised_digits(test_size: float = 0.3, seed: int = 0):
    """scikit-learn digits, pixel > 7 (of 16) -> +1 else -1; fixed stratified split."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    Xb = np.where(X > 7, 1, -1).astype(np.int8)
    return train_test_split(Xb, y, test_size=test_size, stratify=y, random_state=seed)


def experiment_digits(out_dir: Path, quick: bool, seed: int = 0, mf_beta: float = 10.0) -> dict:
    import warnings

    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import NearestCentroid

    Xtr, Xte, ytr, yte = load_binarised_digits(seed=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        acc_nc = float(NearestCentroid().fit(Xtr, ytr).score(Xte, yte))
        acc_lr = float(LogisticRegression(max_iter=5000).fit(Xtr, ytr).score(Xte, yte))
    rows = {"relaxation": [], "one_shot": [], "mean_field": []}
    sweeps, top_class = [], []
    for P in tqdm(DIGITS_PS, desc="digits vs P", file=sys.stderr):
        net = DenseHebbianNetwork.fit(Xtr, ytr, P=P)
        zt = net.classify(Xte, "zero_temperature", rng=seed)
        rows["relaxation"].append(float(np.mean(zt.pred == yte)))
        rows["one_shot"].append(float(np.mean(net.classify(Xte, "one_shot").pred == yte)))
        rows["mean_field"].append(float(np.mean(net.classify(Xte, "mean_field", beta=mf_beta).pred == yte)))
        sweeps.append(float(zt.sweeps.mean()))
        counts = np.bincount(zt.pred, minlength=10)
        top_class.append({"class": int(counts.argmax()), "fraction": float(counts.max() / len(yte))})

    plt = pyplot()
    fig, ax = plt.subplots(figsize=(6.6, 4.6))
    ax.plot(DIGITS_PS, rows["relaxation"], "o-", lw=2, label="relaxation (zero temperature)")
    ax.plot(DIGITS_PS, rows["one_shot"], "s-", lw=1.5, label="one-shot readout (initial overlaps)")
    ax.plot(DIGITS_PS, rows["mean_field"], "^:", lw=1.5, label=f"naive mean field (β'={mf_beta:g})")
    ax.axhline(acc_nc, color="gray", ls="--", label=f"nearest centroid ({acc_nc:.3f})")
    ax.axhline(acc_lr, color="k", ls="-.", label=f"logistic regression ({acc_lr:.3f})")
    ax.axhline(0.1, color="r", ls=":", lw=1, label="chance")
    ax.set_xscale("log", base=2)
    ax.set_xticks(DIGITS_PS)
    ax.set_xticklabels([str(p) for p in DIGITS_PS])
    ax.set_xlabel("interaction order P")
    ax.set_ylabel("test accuracy")
    ax.set_ylim(0, 1)
    ax.set_title(f"Digits (8x8, binarised >7): N=64, K=10, train {len(ytr)} / test {len(yte)}", fontsize=10)
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(alpha=0.3)
    save_png(fig, out_dir / "digits_accuracy_vs_P.png", dpi=130)

    res = {
        "params": {"binarise": "pixel > 7 -> +1 else -1", "N": 64, "K": 10, "split": "stratified, test_size=0.3",
                   "seed": seed, "n_train": int(len(ytr)), "n_test": int(len(yte)),
                   "normalisation": "empirical: R_mu = mean_i etabar_mu_i^2", "mean_field_beta": mf_beta},
        "P": list(DIGITS_PS), "accuracy": rows, "mean_sweeps_relaxation": sweeps,
        "relaxation_most_predicted_class": top_class,
        "nearest_centroid": acc_nc, "logistic_regression": acc_lr,
    }
    _dump(out_dir / "digits_accuracy_vs_P.json", res)
    return res


# ------------------------------------------------------------------------------------ driver
def reproduce(out_dir: Path, quick: bool = False) -> dict:
    """Run all three experiments, write PNG + JSON into ``out_dir`` and return a summary dict."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    a = experiment_m_vs_M(out_dir, quick)
    b = experiment_retrieval(out_dir, quick)
    c = experiment_digits(out_dir, quick)
    summary = {
        "quick": quick,
        "seconds": round(time.perf_counter() - t0, 1),
        "m_vs_M_max_abs_deviation": a["max_abs_deviation"],
        "retrieval_P4_max_abs_deviation_all": b["max_abs_deviation_all"],
        "retrieval_P4_max_abs_deviation_away_from_threshold": b["max_abs_deviation_away_from_threshold"],
        "beta_c_rho0_P4": b["beta_c_rho0_large_M"],
        "digits_P": c["P"],
        "digits_accuracy": c["accuracy"],
        "digits_nearest_centroid": c["nearest_centroid"],
        "digits_logistic_regression": c["logistic_regression"],
        "files": sorted(p.name for p in out_dir.iterdir() if p.suffix in {".png", ".json"}),
    }
    _dump(out_dir / "summary.json", summary)
    return summary


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Reproduce the dense Hebbian network figures.")
    ap.add_argument("--out", type=Path, default=Path("docs/hebbian"), help="output folder")
    ap.add_argument("--quick", action="store_true", help="small grids (~30 s), for tests")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    args = ap.parse_args(argv)
    summary = reproduce(args.out, quick=args.quick)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"wrote {len(summary['files'])} files to {args.out} in {summary['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
