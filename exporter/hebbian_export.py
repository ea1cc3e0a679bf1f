"""Dense-Hebbian checkpoint -> one model-repository entry, verified before it lands.

`dynaprune.exporter.export.export_checkpoint` sends a checkpoint here when its
metadata says `family == "dense-hebbian"` (this module registers the family's exporter). Steps: load it (`training.hebbian_train`),
rebuild the serving input (digits: 8x8 images as pixel/16 in [0, 1], binarised
inside the graph at > 7/16, i.e. pixel > 7 as in training), write hebbian.onnx
and readout.onnx (`exporter.hebbian`) and up to 16 test images as the entry's
sample images (`exporter.samples`), then compare the served results with the
in-process model on the checkpoint's test split plus seeded random images:

- reference: `DenseHebbianNetwork.classify(sigma, method="mean_field", beta,
  iters, tol, damping)` on the same ±1 inputs. The in-process
  `zero_temperature` method is asynchronous in a random order, which no
  deterministic graph can reproduce exactly; damped synchronous mean field is
  deterministic and the graph reproduces it operation for operation in float64;
- predicted class equal for every sample, iterations taken (`sweeps`) equal for
  every sample, every final overlap and the winning overlap within 1e-4, the
  readout graph's overlaps within 1e-4 with the same argmax as `one_shot`.

Any failure is a ParityError and nothing is written (`entry_writer.write_entry`).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from dynaprune import __version__
from dynaprune.argtypes import non_negative_float, positive_float, positive_int
from dynaprune.errors import UserError
from dynaprune.exporter import hebbian as hg
from dynaprune.exporter import ops
from dynaprune.exporter.entry_writer import ExportResult, ParityError, file_hashes, plan_target, save_model, write_entry
from dynaprune.exporter.families import ExportFamily, ExportRequest, register_export_family
from dynaprune.exporter.samples import MAX_SAMPLES, Samples, note_no_samples, pick_samples, write_samples
from dynaprune.models.hebbian import DenseHebbianNetwork
from dynaprune.runtime.entry import sha256_file
from dynaprune.runtime.hebbian import FAMILY, HebbianRunner
from dynaprune.runtime.hebbian.manifest import (
    BinarisedInputSpec,
    HebbianDynamics,
    HebbianEntry,
    HebbianFlops,
    HebbianManifest,
    HebbianParity,
)
from dynaprune.runtime.manifest import SCHEMA_VERSION, GraphRef, SourceEntry, write_manifest
from dynaprune.training.hebbian_train import HebbianMeta, binarise_digits, load_hebbian, synthetic_split

OVERLAP_TOLERANCE = 1e-4
RANDOM_SAMPLES = 64  # seeded uniform images in [0, 1] checked besides the test split
DIGITS_THRESHOLD = 7 / 16  # pixel > 7 (of 16) on images scaled to pixel / 16; exact in float32
# Defaults of DenseHebbianNetwork.classify / mean_field (the checkpoint records only beta).
DEFAULT_ITERS = 200
DEFAULT_TOL = 1e-6
DEFAULT_DAMPING = 0.5
DYNAMICS_KEYS = ("beta", "iters", "tol", "damping")


@dataclass
class HebbianData:
    """The serving input of a checkpoint's data, and its test split as served images."""

    source: str
    shape: list[int]  # [C, H, W]
    threshold: float
    images: np.ndarray  # (B, C, H, W) float32 in [0, 1]
    labels: np.ndarray  # (B,)
    sigma: np.ndarray  # (B, N) int8: the ±1 inputs training's own binarisation gives for them


def hebbian_data(meta: HebbianMeta, path: Path) -> HebbianData:
    uri = meta.data.uri
    scheme, _, query = uri.partition("?")
    if scheme == "digits":
        from sklearn.datasets import load_digits
        from sklearn.model_selection import train_test_split

        x, y = load_digits(return_X_y=True)
        # The same call as training.hebbian_train.binarise_digits on the raw pixels: the split
        # depends only on the labels, the fraction and the seed.
        _, x_test, _, y_test = train_test_split(x, y, test_size=meta.data.test_fraction, stratify=y,
                                                random_state=meta.data.seed)
        _, sigma, _, _ = binarise_digits(meta.data.seed, meta.data.test_fraction)
        images = (x_test / 16.0).astype(np.float32).reshape(-1, 1, 8, 8)
        return HebbianData(uri, [1, 8, 8], DIGITS_THRESHOLD, images, y_test, sigma)
    if scheme == "synthetic":
        _, x_test, _, y_test, *_ = synthetic_split(query, meta.data.seed)
        images = ((x_test.astype(np.float32) + 1.0) / 2.0).reshape(len(x_test), 1, 1, -1)
        return HebbianData(uri, [1, 1, int(x_test.shape[1])], 0.5, images, y_test, x_test)
    raise UserError(f"{path}: cannot export a dense-hebbian checkpoint trained on {uri!r} "
                    "(known data: digits, synthetic?...): the serving input is undefined")


def hebbian_samples(net: DenseHebbianNetwork, data: HebbianData, *, num_classes: int) -> Samples | None:
    """The entry's sample images: the first test images, their labels as indices of the served classes."""
    index = {label: i for i, label in enumerate(np.asarray(net.classes).tolist())}
    labels = np.asarray(data.labels)[:MAX_SAMPLES].tolist()
    missing = [label for label in labels if label not in index]
    if missing:
        note_no_samples(f"test label {missing[0]!r} of {data.source!r} is not one of the network's classes")
        return None
    indices = np.asarray([index[label] for label in labels], dtype=np.int64)
    return pick_samples(data.images[:MAX_SAMPLES], indices, source=data.source, input_shape=data.shape,
                        num_classes=num_classes)


def resolve_dynamics(meta: HebbianMeta, overrides: dict[str, Any]) -> hg.Dynamics:
    unknown = sorted(set(overrides) - set(DYNAMICS_KEYS))
    if unknown:
        raise UserError(f"unknown mean-field setting(s) {unknown}; known: {', '.join(DYNAMICS_KEYS)}")
    values = {"beta": meta.beta, "iters": DEFAULT_ITERS, "tol": DEFAULT_TOL, "damping": DEFAULT_DAMPING}
    values.update({k: v for k, v in overrides.items() if v is not None})
    dynamics = hg.Dynamics(beta=float(values["beta"]), iters=int(values["iters"]), tol=float(values["tol"]),
                           damping=float(values["damping"]))
    try:
        dynamics.check()
    except ValueError as exc:
        raise UserError(f"mean-field settings: {exc}") from exc
    return dynamics


def _check_meta(net: DenseHebbianNetwork, meta: HebbianMeta, path: Path) -> None:
    problems = []
    if (meta.P, meta.N, meta.K) != (net.P, net.N, net.K):
        problems.append(f"metadata says P={meta.P} N={meta.N} K={meta.K}, the arrays P={net.P} N={net.N} K={net.K}")
    if len(meta.class_names) != net.K:
        problems.append(f"{len(meta.class_names)} class names for {net.K} classes")
    if not np.all(np.isfinite(net.etabar)):
        problems.append("class averages are not finite")
    if problems:
        raise UserError(f"{path}: metadata inconsistent with the network: " + "; ".join(problems))


def binarise(images: np.ndarray, threshold: float) -> np.ndarray:
    """What the graphs do first: (B, C, H, W) float32 -> (B, N) float64, +1 iff > threshold (in float32)."""
    flat = np.asarray(images, dtype=np.float32).reshape(len(images), -1)
    return np.where(flat > np.float32(threshold), 1.0, -1.0)


def check_hebbian_parity(net: DenseHebbianNetwork, runner: HebbianRunner, data: HebbianData,
                         dynamics: hg.Dynamics, *, random_samples: int = RANDOM_SAMPLES,
                         tolerance: float = OVERLAP_TOLERANCE) -> HebbianParity:
    """hebbian.onnx / readout.onnx vs the in-process model; ParityError names the first divergence."""
    labelled = len(data.images)
    rng = np.random.default_rng(0)
    noise = rng.random((random_samples, *data.shape), dtype=np.float32)
    images = np.concatenate([data.images, noise]) if random_samples else data.images
    source = f"{data.source} test split" + (f" + {random_samples} random" if random_samples else "")

    def where(i: int) -> str:
        return (f"sample {i} of the {data.source!r} test split" if i < labelled
                else f"random image {i - labelled}") + "; nothing was written"

    sigma = binarise(images, data.threshold)
    if not np.array_equal(sigma[:labelled], np.asarray(data.sigma, dtype=np.float64)):
        i = int(np.flatnonzero(np.any(sigma[:labelled] != data.sigma, axis=1))[0])
        raise ParityError(f"parity check failed: binarising the served image at > {data.threshold} differs from "
                          f"training's ±1 input at {where(i)}")
    kw = dict(beta=dynamics.beta, iters=dynamics.iters, tol=dynamics.tol, damping=dynamics.damping)
    ref = net.classify(sigma, method="mean_field", **kw)
    m, _ = net.mean_field(sigma, **kw)
    ref_overlaps = net.overlaps(m)  # what classify ranks
    got = runner.run(images)
    classes = np.asarray(net.classes)
    got_idx = np.argmax(got.logits, axis=1)
    got_pred = classes[got_idx]

    bad = np.flatnonzero(got_pred != ref.pred)
    if bad.size:
        i = int(bad[0])
        raise ParityError(f"parity check failed: the export predicts class {got_pred[i]!r}, the in-process mean-field "
                          f"model {ref.pred[i]!r} ({bad.size} samples differ) at {where(i)}")
    sweeps = got.extras["sweeps"]
    bad = np.flatnonzero(sweeps != ref.sweeps)
    if bad.size:
        i = int(bad[0])
        raise ParityError(f"parity check failed: the export took {sweeps[i]} mean-field iterations, the in-process "
                          f"model {ref.sweeps[i]} ({bad.size} samples differ) at {where(i)}")
    gap = np.abs(got.logits.astype(np.float64) - ref_overlaps).max(axis=1, initial=0.0)
    win_gap = np.abs(got.extras["winning_overlap"].astype(np.float64) - ref.overlap)
    for what, values in (("final overlaps", gap), ("winning overlap", win_gap)):
        bad = np.flatnonzero(~(values <= tolerance))
        if bad.size:
            i = int(bad[0])
            raise ParityError(f"parity check failed: {what} of the export and the in-process model differ by "
                              f"{values[i]:.3g} > {tolerance:g} at {where(i)}")
    readout = runner.run_dense(images)
    initial = net.overlaps(sigma)
    readout_gap = np.abs(readout.astype(np.float64) - initial).max(axis=1, initial=0.0)
    # Overlaps of ±1 images are sums of ±1 products, so exact ties between classes are common: a
    # different argmax is a failure only when the export's pick trails the best class by more than
    # the tolerance (a tie broken the other way is the same answer).
    picked = initial[np.arange(len(initial)), np.argmax(readout, axis=1)]
    wrong_pick = picked < initial.max(axis=1, initial=-np.inf) - tolerance
    bad = np.flatnonzero(~(readout_gap <= tolerance) | wrong_pick)
    if bad.size:
        i = int(bad[0])
        raise ParityError(f"parity check failed: {hg.READOUT_FILE} differs from the one-shot readout by "
                          f"{readout_gap[i]:.3g} (or its argmax does) at {where(i)}")
    truth = np.asarray(data.labels)
    top1 = float(np.mean(got_pred[:labelled] == truth)) if labelled else None
    one_shot = float(np.mean(classes[net.one_shot(sigma[:labelled])] == truth)) if labelled else None
    return HebbianParity(
        source=source,
        samples=labelled,
        random_samples=int(random_samples),
        predictions_exact=True,
        sweeps_exact=True,
        max_overlap_abs_diff=float(gap.max(initial=0.0)),
        max_winning_overlap_abs_diff=float(win_gap.max(initial=0.0)),
        readout_max_abs_diff=float(readout_gap.max(initial=0.0)),
        tolerance=tolerance,
        top1=top1,
        one_shot_top1=one_shot,
        mean_sweeps=float(np.mean(sweeps)) if len(sweeps) else 0.0,
        capped=int(np.sum(sweeps >= dynamics.iters)),
    )


def export_hebbian(path: Path, request: ExportRequest) -> ExportResult:
    """Export a dense-Hebbian checkpoint (already resolved) as the request says.

    Parity always runs on the checkpoint's test split (built-in data, nothing to
    download) plus seeded random images; with `verify`, `verify_samples` caps the
    test samples used. `request.options` may override the mean-field `beta`, `iters`, `tol`, `damping`.
    """
    net, meta = load_hebbian(path)
    _check_meta(net, meta, path)
    dyn = resolve_dynamics(meta, dict(request.options or {}))
    data = hebbian_data(meta, path)
    if int(np.prod(data.shape)) != net.N:
        raise UserError(f"{path}: data {meta.data.uri!r} gives {int(np.prod(data.shape))} pixels, the network has "
                        f"N={net.N} neurons")
    samples = hebbian_samples(net, data, num_classes=len(meta.class_names))
    if request.verify and request.verify_samples:
        n = request.verify_samples
        data.images, data.labels, data.sigma = (a[:n] for a in (data.images, data.labels, data.sigma))

    target = plan_target(request.repo, path, name=request.name, fallback_name=FAMILY, version=request.version,
                         force=request.force)
    A = hg.pattern_matrix(net.etabar, net.normalisation)
    flops = hg.flops(net.K, net.N)

    def build(tmp: Path) -> HebbianManifest:
        graph = save_model(hg.dynamics_model(A, P=net.P, dynamics=dyn, threshold=data.threshold,
                                             input_shape=data.shape), tmp, hg.GRAPH_FILE)
        readout = save_model(hg.readout_model(A, threshold=data.threshold, input_shape=data.shape), tmp,
                             hg.READOUT_FILE)
        samples_entry = write_samples(tmp, samples)
        per_sample_dense = flops["binarise"] + flops["readout"] + dyn.iters * flops["per_iteration"]
        manifest = HebbianManifest(
            schema_version=SCHEMA_VERSION,
            name=target.model_dir.name,
            version=target.version,
            family=FAMILY,
            arch=FAMILY,
            arch_params={"P": net.P, "N": net.N, "K": net.K},
            input=BinarisedInputSpec(shape=data.shape, mean=[0.0] * data.shape[0], std=[1.0] * data.shape[0],
                                     binarise_threshold=data.threshold),
            class_names=list(meta.class_names),
            opsets={"ai.onnx": ops.ONNX_OPSET},
            flops_dense={"honest": float(per_sample_dense)},
            source=SourceEntry(checkpoint=path.name, sha256=sha256_file(path), kind=FAMILY, data=meta.data.uri),
            hebbian=HebbianEntry(
                P=net.P,
                N=net.N,
                K=net.K,
                normalisation=meta.normalisation,
                checkpoint_method=meta.method,
                dynamics=HebbianDynamics(beta=dyn.beta, iters=dyn.iters, tol=dyn.tol, damping=dyn.damping),
                graph=GraphRef(file=graph, inputs=hg.INPUTS, outputs=hg.OUTPUTS),
                readout=GraphRef(file=readout, inputs=hg.INPUTS, outputs=hg.READOUT_OUTPUTS),
                flops=HebbianFlops(**flops),
            ),
            created_by=f"dynaprune {__version__}",
            files=file_hashes(tmp),
            samples=samples_entry,
        )
        write_manifest(tmp, manifest)
        runner = HebbianRunner(tmp, providers=["CPUExecutionProvider"])
        manifest.hebbian.parity = check_hebbian_parity(net, runner, data, dyn)
        return manifest

    return ExportResult(path=target.path, manifest=write_entry(target, build))


# --------------------------------------------------------------------------- the family


def summary(result: ExportResult) -> dict[str, Any]:
    m = result.manifest
    assert isinstance(m, HebbianManifest)
    h = m.hebbian
    return {
        "path": str(result.path),
        "name": m.name,
        "version": m.version,
        "family": m.family,
        "arch": m.arch,
        "P": h.P,
        "N": h.N,
        "K": h.K,
        "dynamics": h.dynamics.model_dump(),
        "files": m.files,
        "parity": h.parity.model_dump() if h.parity else None,
        "flops_dense": m.flops_dense,
        "sample_images": m.samples.count if m.samples else 0,
    }


def summary_lines(s: Mapping[str, Any]) -> list[str]:
    parity, dyn = s["parity"], s["dynamics"]
    top1 = "" if parity["top1"] is None else (f"; top-1 {100 * parity['top1']:.2f}% (one-shot "
                                              f"{100 * parity['one_shot_top1']:.2f}%)")
    return [
        f"exported dense-hebbian P={s['P']} N={s['N']} K={s['K']} to {s['path']}: {len(s['files'])} files, "
        f"{s.get('sample_images', 0)} sample images; "
        f"mean field beta'={dyn['beta']:g} damping={dyn['damping']:g} tol={dyn['tol']:g}, "
        f"at most {dyn['iters']} iterations",
        f"parity on {parity['samples']} test + {parity['random_samples']} random samples: predictions and "
        f"iterations identical to the in-process mean field, max |overlap diff| "
        f"{parity['max_overlap_abs_diff']:.2e} (tolerance {parity['tolerance']:g}); mean iterations "
        f"{parity['mean_sweeps']:.1f}, {parity['capped']} at the cap{top1}",
    ]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    h = parser.add_argument_group("dense-hebbian checkpoints (mean-field dynamics of hebbian.onnx)")
    h.add_argument("--hebbian-beta", type=non_negative_float, default=None, metavar="B",
                   help="rescaled inverse temperature beta' (default: the checkpoint's beta)")
    h.add_argument("--hebbian-iters", type=positive_int, default=None, metavar="N",
                   help=f"iteration cap (default: {DEFAULT_ITERS}, as DenseHebbianNetwork.classify)")
    h.add_argument("--hebbian-tol", type=positive_float, default=None, metavar="T",
                   help=f"a sample stops once max_i |dm_i| < T (default: {DEFAULT_TOL:g})")
    h.add_argument("--hebbian-damping", type=positive_float, default=None, metavar="D",
                   help=f"m <- (1-D) m + D tanh(beta' h(m)), D in (0, 1] (default: {DEFAULT_DAMPING})")


def options_from(args: argparse.Namespace) -> dict[str, Any]:
    return {key: getattr(args, f"hebbian_{key}") for key in DYNAMICS_KEYS
            if getattr(args, f"hebbian_{key}", None) is not None}


def recognises(meta: Mapping[str, Any]) -> bool:
    return meta.get("family") == FAMILY


EXPORTER = register_export_family(ExportFamily(
    name=FAMILY, recognises=recognises, export=export_hebbian, summary=summary, summary_lines=summary_lines,
    option_names=DYNAMICS_KEYS, add_arguments=add_arguments, options_from=options_from,
))
