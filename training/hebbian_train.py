"""Training (class averages) and checkpoints for the dense Hebbian family.

"Training" a supervised dense Hebbian network is computing class averages of
±1 examples; the checkpoint stores them with safetensors (numpy API, so no
torch and no pickle) and a JSON header describing P, data and figures.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl

import numpy as np
from pydantic import BaseModel, Field, ValidationError
from safetensors import SafetensorError
from safetensors.numpy import load_file, save_file

from dynaprune.errors import UserError
from dynaprune.models.families import DENSE_HEBBIAN as FAMILY
from dynaprune.models.hebbian import DenseHebbianNetwork, noisy_examples, r_from_rho, synthetic_archetypes
from dynaprune.training.checkpoint_files import METADATA_KEY, MODEL_FILE, atomic_write, resolve_checkpoint

SYNTHETIC_KEYS = {"N": int, "K": int, "M": int, "r": float, "rho": float, "seed": int, "test": int}


class HebbianData(BaseModel):
    uri: str
    seed: int = 0
    test_fraction: float = 0.3


class HebbianMeta(BaseModel):
    format_version: int = 1
    family: Literal["dense-hebbian"] = FAMILY
    P: int = Field(ge=2)
    N: int
    K: int
    class_names: tuple[str, ...]
    normalisation: str
    r: float | None = None
    M: float | None = None
    data: HebbianData
    method: Literal["zero_temperature", "mean_field", "one_shot"] = "zero_temperature"
    beta: float = 10.0
    max_sweeps: int = 100
    metrics: dict[str, Any] = Field(default_factory=dict)


def binarise_digits(seed: int, test_fraction: float):
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    xb = np.where(x > 7, 1, -1).astype(np.int8)  # pixel > 7 of 16
    return train_test_split(xb, y, test_size=test_fraction, stratify=y, random_state=seed)


def synthetic_split(query: str, seed: int):
    """`synthetic?N=..&K=..&M=..&r=..` (or rho= instead of r): M examples per class
    to learn from; the test set is fresh noisy examples of the same archetypes."""
    params: dict[str, Any] = {"N": 1000, "K": 10, "M": 40, "seed": seed, "test": 20}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key not in SYNTHETIC_KEYS:
            raise UserError(f"synthetic Hebbian data: unknown parameter {key!r}; known: {', '.join(SYNTHETIC_KEYS)}")
        try:
            params[key] = SYNTHETIC_KEYS[key](value)
        except ValueError:
            raise UserError(f"synthetic Hebbian data: {key}={value!r} is not a number") from None
    if "r" in params and "rho" in params:
        raise UserError("synthetic Hebbian data: give r or rho, not both")
    r = params.get("r", r_from_rho(params["rho"], params["M"]) if "rho" in params else 0.5)
    if not 0 < r <= 1 or min(params["N"], params["K"], params["M"], params["test"]) <= 0:
        raise UserError("synthetic Hebbian data: need 0 < r <= 1 and positive N, K, M, test")
    rng = np.random.default_rng(params["seed"])
    xi = synthetic_archetypes(params["N"], params["K"], rng)
    train = noisy_examples(xi, params["M"], r, rng)  # (K, M, N)
    test = noisy_examples(xi, params["test"], r, rng)
    labels = lambda eta: np.repeat(np.arange(params["K"]), eta.shape[1])  # noqa: E731
    return (train.reshape(-1, params["N"]), test.reshape(-1, params["N"]), labels(train), labels(test), r,
            params["M"], xi)


def accuracy(net: DenseHebbianNetwork, x: np.ndarray, y: np.ndarray, method: str, beta: float) -> dict[str, float]:
    result = net.classify(x.astype(np.float64), method=method, beta=beta)
    return {"top1": float(np.mean(result.pred == y)), "mean_sweeps": float(np.mean(result.sweeps)),
            "mean_winning_overlap": float(np.mean(result.overlap))}


def train_hebbian(args: argparse.Namespace) -> int:
    uri = args.data
    scheme, _, query = uri.partition("?")
    synthetic_r = synthetic_m = None
    if scheme == "digits":
        x_train, x_test, y_train, y_test = binarise_digits(args.seed, 0.3)
        names = tuple(str(c) for c in range(10))
    elif scheme == "synthetic":
        x_train, x_test, y_train, y_test, synthetic_r, synthetic_m, _ = synthetic_split(query, args.seed)
        names = tuple(f"pattern{c}" for c in range(int(y_train.max()) + 1))
    else:
        raise UserError(f"dense-hebbian trains on 'digits' or 'synthetic?N=..&K=..&M=..&r=..', not {uri!r}")
    if args.P < 2 or args.P % 2:
        raise UserError(f"--P must be an even integer >= 2, got {args.P}")
    if synthetic_r is not None:
        net = DenseHebbianNetwork.fit(x_train, y_train, args.P, normalisation="theory", r=synthetic_r, M=synthetic_m)
    else:
        net = DenseHebbianNetwork.fit(x_train, y_train, args.P)
    metrics = {
        args.hebbian_method: accuracy(net, x_test, y_test, args.hebbian_method, args.beta),
        "one_shot": accuracy(net, x_test, y_test, "one_shot", args.beta),
        "test_samples": int(len(y_test)),
    }
    arrays, info = net.to_arrays()
    meta = HebbianMeta(P=net.P, N=net.N, K=net.K, class_names=names, normalisation=info["normalisation"],
                       r=info["r"], M=info["M"], data=HebbianData(uri=uri, seed=args.seed),
                       method=args.hebbian_method, beta=args.beta, metrics=metrics)
    out = Path(args.out or f"runs/dense-hebbian-P{net.P}")
    path = out / MODEL_FILE
    if path.exists() and not args.force:
        raise UserError(f"{out} already holds a run; use --force or another --out")
    text = meta.model_dump_json()
    atomic_write(path, lambda tmp: save_file(arrays, tmp, metadata={METADATA_KEY: text}))
    atomic_write(path.with_suffix(".json"), lambda tmp: Path(tmp).write_text(json.dumps(json.loads(text), indent=2)))
    result = {"checkpoint": str(path), "family": FAMILY, "P": net.P, "N": net.N, "K": net.K, "data": uri,
              "metrics": metrics}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"checkpoint   {path}")
        print(f"P={net.P} N={net.N} K={net.K} on {uri}")
        for method in (args.hebbian_method, "one_shot"):
            m = metrics[method]
            print(f"{method:<17} top-1 {100 * m['top1']:.2f}%  mean sweeps {m['mean_sweeps']:.1f}")
    return 0


def load_hebbian(path: str | Path) -> tuple[DenseHebbianNetwork, HebbianMeta]:
    path = resolve_checkpoint(path)
    try:
        arrays = load_file(str(path))
        from safetensors import safe_open

        with safe_open(str(path), framework="numpy") as handle:
            header = handle.metadata() or {}
    except (SafetensorError, OSError, ValueError) as exc:
        raise UserError(f"{path} is not a readable safetensors checkpoint (corrupt or truncated?): {exc}") from exc
    try:
        meta = HebbianMeta.model_validate_json(header.get(METADATA_KEY, "{}"))
    except ValidationError as exc:
        raise UserError(f"{path} is not a dense-Hebbian checkpoint: {exc.errors()[0]['msg']}") from exc
    info = {"P": meta.P, "normalisation": meta.normalisation, "class_names": list(meta.class_names), "r": meta.r,
            "M": meta.M}
    return DenseHebbianNetwork.from_arrays(arrays, info), meta
