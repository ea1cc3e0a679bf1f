"""The FTWT family's exporter: a checkpoint (FTWT or its dense baseline) -> per-unit ONNX graphs.

Steps: load the checkpoint (every format problem is a UserError), check its metadata against
the weights, lower the network to a `NetSpec`, write the graphs, up to 16 sample images of the
checkpoint's test split (`exporter.samples`; left out, with a note, when the data cannot be
loaded or does not fit) and the manifest into a temporary folder beside the target, run the
exported graphs against PyTorch (kept channel sets exact, logits within tolerance), and only
then rename the folder into place (`entry_writer.write_entry`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import numpy as np
import torch

from dynaprune import __version__
from dynaprune.datasets.sources import Split
from dynaprune.errors import UserError
from dynaprune.exporter import graphs, ops
from dynaprune.exporter.entry_writer import (
    ExportResult,
    ParityError,
    file_hashes,
    plan_target,
    save_model,
    write_entry,
)
from dynaprune.exporter.families import ExportFamily, ExportRequest, register_export_family
from dynaprune.exporter.graphs import NetSpec, UnitSpec
from dynaprune.exporter.lowering import lower
from dynaprune.exporter.samples import Samples, note_no_samples, pick_samples, write_samples
from dynaprune.models.flops import CountMode, dense_flops
from dynaprune.models.gating import GatedNet
from dynaprune.models.geometry import trace_cost_model
from dynaprune.runtime.entry import sha256_file
from dynaprune.runtime.ftwt import FAMILY, ModelRunner
from dynaprune.runtime.ftwt.manifest import (
    DenseEntry,
    FtwtManifest,
    HeadEntry,
    ParityReport,
    PoolEntry,
    ShortcutEntry,
    UnitEntry,
)
from dynaprune.runtime.manifest import SCHEMA_VERSION, GraphRef, InputSpec, SourceEntry, write_manifest
from dynaprune.training.checkpoint import CheckpointMeta, load_checkpoint, resolve_checkpoint

LOGIT_TOLERANCE = 1e-4
DEFAULT_VERIFY_SAMPLES = 256
SMOKE_SAMPLES = 4  # parity on seeded random images when --verify is not given
DENSE_FILE = "dense.onnx"
HEAD_FILE = "head.onnx"
UNITS_DIR = "units"
# --------------------------------------------------------------------------- checks


def check_meta(meta: CheckpointMeta, path: Path) -> None:
    """Metadata facts the weights cannot check themselves (load_checkpoint checks shapes)."""
    c = meta.input_shape[0]
    problems = []
    if c != meta.arch.in_channels:
        problems.append(f"input_shape has {c} channels but the architecture takes {meta.arch.in_channels}")
    if len(meta.mean) != c or len(meta.std) != c:
        problems.append(f"mean/std have {len(meta.mean)}/{len(meta.std)} entries for {c} input channels")
    if any(not s > 0 for s in meta.std):
        problems.append("std has a non-positive entry")
    if len(meta.class_names) != meta.arch.num_classes:
        problems.append(f"{len(meta.class_names)} class names for {meta.arch.num_classes} classes")
    if min(meta.input_shape) < 1:
        problems.append(f"input_shape {meta.input_shape} is empty")
    if problems:
        raise UserError(f"{path}: metadata inconsistent with the network: " + "; ".join(problems))


def _trace(net: GatedNet, meta: CheckpointMeta, path: Path):
    try:
        return trace_cost_model(net, tuple(meta.input_shape))
    except RuntimeError as exc:  # e.g. an input too small for the net's pooling
        raise UserError(f"{path}: network {meta.arch.name!r} cannot run on input_shape {meta.input_shape}: {exc}") from exc


# --------------------------------------------------------------------------- writing


def _unit_entry(net: NetSpec, index: int, unit: UnitSpec, predictor: GraphRef | None, block: GraphRef) -> UnitEntry:
    c = unit.conv
    sc = unit.shortcut
    return UnitEntry(
        name=unit.name,
        index=index,
        kind="depthwise" if c.depthwise else "conv",
        in_channels=c.in_channels,
        out_channels=c.out_channels,
        kernel=list(c.kernel),
        stride=list(c.stride),
        padding=list(c.padding),
        dilation=list(c.dilation),
        groups=c.groups,
        relu=unit.relu,
        input=unit.input,
        input_dense=net.is_dense(unit.input),
        skip=unit.skip,
        shortcut=ShortcutEntry(kind=sc.kind, in_channels=sc.in_channels, out_channels=sc.out_channels, stride=sc.stride)
        if sc
        else None,
        post=[PoolEntry(op="maxpool", kernel=p.kernel, stride=p.stride, padding=p.padding) for p in unit.post],
        output_dense=unit.output_dense,
        in_hw=list(unit.in_hw),
        out_hw=list(unit.out_hw),
        predictor_pool=unit.predictor.pool if unit.predictor else None,
        predictor=predictor,
        block=block,
    )


def write_graphs(
    spec: NetSpec,
    root: Path,
    progress: Callable[[Iterable], Iterable] = iter,
    dense_spec: NetSpec | None = None,
    dense_source: str = "this checkpoint's backbone, masks off",
) -> tuple[list[UnitEntry], HeadEntry, DenseEntry]:
    entries = []
    for index, unit in enumerate(progress(spec.units)):
        stem = f"{UNITS_DIR}/{index:03d}_{unit.name}"
        predictor = None
        if unit.predictor is not None:
            rel = save_model(graphs.predictor_model(spec, unit), root, f"{stem}.predictor.onnx")
            predictor = GraphRef(file=rel, inputs=graphs.PREDICTOR_INPUTS, outputs=graphs.PREDICTOR_OUTPUTS)
        rel = save_model(graphs.block_model(spec, unit), root, f"{stem}.block.onnx")
        inputs = graphs.BLOCK_INPUTS + (graphs.BLOCK_SKIP_INPUTS if unit.skip else [])
        block = GraphRef(file=rel, inputs=inputs, outputs=graphs.BLOCK_OUTPUTS)
        entries.append(_unit_entry(spec, index, unit, predictor, block))
    head = HeadEntry(
        input=spec.head.input,
        in_channels=int(spec.head.weight.shape[1]),
        num_classes=int(spec.head.weight.shape[0]),
        graph=GraphRef(file=save_model(graphs.head_model(spec), root, HEAD_FILE), inputs=graphs.HEAD_INPUTS, outputs=graphs.HEAD_OUTPUTS),
    )
    dense = DenseEntry(
        graph=GraphRef(
            file=save_model(graphs.dense_model(dense_spec or spec), root, DENSE_FILE),
            inputs=graphs.DENSE_INPUTS,
            outputs=graphs.DENSE_OUTPUTS,
        ),
        source=dense_source,
    )
    return entries, head, dense


# --------------------------------------------------------------------------- parity


def load_test_split(meta: CheckpointMeta, *, allow_pickle: bool = False) -> Split:
    """The test split of the data the checkpoint was trained on (its own seed and fraction); UserError
    when it cannot be loaded."""
    from dynaprune.datasets.sources import load_dataset

    return load_dataset(meta.data.uri, allow_pickle=allow_pickle, seed=meta.data.seed,
                        test_fraction=meta.data.test_fraction).test


def evaluation_images(meta: CheckpointMeta, samples: int, *, verify: bool, allow_pickle: bool = False,
                      test: Split | None = None) -> tuple[str, np.ndarray]:
    """(source, images in [0, 1]): the checkpoint's test split (`test` when already loaded), or
    seeded noise for the smoke check."""
    if not verify:
        rng = np.random.default_rng(0)
        return "random", rng.random((min(samples, SMOKE_SAMPLES), *meta.input_shape), dtype=np.float32)
    if test is None:
        test = load_test_split(meta, allow_pickle=allow_pickle)
    images = test.images[:samples]
    if tuple(images.shape[1:]) != tuple(meta.input_shape):
        raise UserError(
            f"evaluation data {meta.data.uri!r} has images of shape {tuple(images.shape[1:])}, "
            f"the checkpoint expects {tuple(meta.input_shape)}"
        )
    return meta.data.uri, images


def sample_images(meta: CheckpointMeta, *, allow_pickle: bool = False, test: Split | None = None) -> Samples | None:
    """The entry's sample images: the first test images of `meta.data.uri`; None (said on stderr) when
    the data cannot be loaded or does not fit the checkpoint's input."""
    if test is None:
        try:
            test = load_test_split(meta, allow_pickle=allow_pickle)
        except Exception as exc:  # noqa: BLE001 - samples are optional: any failure only leaves them out
            detail = str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
            note_no_samples(f"the test split of {meta.data.uri!r} cannot be loaded: {detail}")
            return None
    return pick_samples(test.images, test.labels, source=meta.data.uri, input_shape=meta.input_shape,
                        num_classes=len(meta.class_names))


@dataclass
class _Reference:
    """What PyTorch computed for normalised samples."""

    logits: np.ndarray  # (B, classes), gated as exported
    dense_logits: np.ndarray  # (B, classes), gating off
    masks: dict[str, np.ndarray]  # unit -> (B, C) bool (gated exports only)
    unit_logits: dict[str, np.ndarray]  # unit -> (B, C) predictor logits (gated exports only)


def _torch_reference(net: GatedNet, x: np.ndarray, gated: bool, batch: int = 64,
                     dense_net: GatedNet | None = None) -> _Reference:
    logits, dense_logits = [], []
    masks: dict[str, list[np.ndarray]] = {}
    unit_logits: dict[str, list[np.ndarray]] = {}
    saved = net.gate_state.mode
    try:
        with torch.no_grad():
            for start in range(0, len(x), batch):
                chunk = torch.from_numpy(x[start : start + batch])
                net.set_gating("dense")
                dense_logits.append((dense_net or net)(chunk).numpy())
                if not gated:
                    continue
                net.set_gating("predicted")
                logits.append(net(chunk).numpy())
                for name, unit in net.named_units():
                    assert unit.record is not None and unit.record.logits is not None
                    masks.setdefault(name, []).append(unit.record.mask.numpy() > 0.5)
                    unit_logits.setdefault(name, []).append(unit.record.logits.numpy())
    finally:
        net.gate_state.mode = saved
    dense = np.concatenate(dense_logits)
    return _Reference(
        logits=np.concatenate(logits) if gated else dense,
        dense_logits=dense,
        masks={k: np.concatenate(v) for k, v in masks.items()},
        unit_logits={k: np.concatenate(v) for k, v in unit_logits.items()},
    )


def check_parity(net: GatedNet, runner: ModelRunner, images: np.ndarray, source: str, gated: bool,
                 tolerance: float = LOGIT_TOLERANCE, progress: Callable[[Iterable], Iterable] = iter,
                 dense_net: GatedNet | None = None) -> ParityReport:
    """Exported graphs vs PyTorch on `images` (UNnormalised); ParityError names the first divergence.

    `dense_net` is the network dense.onnx was exported from, when it is not `net` itself.
    """
    x = runner.normalise(images)
    ref = _torch_reference(net, x, gated, dense_net=dense_net)
    traces = [runner.trace_sample(x[i : i + 1]) for i in progress(range(len(x)))]
    names = runner.unit_names
    for index, name in enumerate(names):  # unit-major: the earliest unit that diverges
        for sample, trace in enumerate(traces):
            got = trace.kept[name]
            want = np.flatnonzero(ref.masks[name][sample]) if gated else np.arange(runner.manifest.units[index].out_channels)
            if not np.array_equal(got, want):
                only_export = sorted(set(got.tolist()) - set(want.tolist()))
                only_torch = sorted(set(want.tolist()) - set(got.tolist()))
                detail = ""
                if gated:
                    row = ref.unit_logits[name][sample]
                    shown = ", ".join(f"{c}: {row[c]:.3g}" for c in (only_export + only_torch)[:8])
                    detail = f"; PyTorch predictor logits there: {{{shown}}}"
                raise ParityError(
                    f"parity check failed at unit {name!r} (#{index}), sample {sample} of {source!r}: "
                    f"the export keeps {len(got)} channels, PyTorch {len(want)} (only in export: {only_export[:8]}, "
                    f"only in PyTorch: {only_torch[:8]}){detail}; nothing was written"
                )
    logits = np.stack([t.logits for t in traces])
    diff = _logit_gap(logits, ref.logits, "the export and PyTorch (every unit kept the same channels)", source,
                      tolerance)
    dense_diff = _logit_gap(runner.run_dense(images), ref.dense_logits, f"{DENSE_FILE} and the ungated PyTorch net",
                            source, tolerance)
    return ParityReport(
        source=source,
        samples=len(images),
        kept_exact=True,
        max_logit_abs_diff=diff,
        dense_max_logit_abs_diff=dense_diff,
        dense_max_abs_logit=float(np.abs(ref.dense_logits).max(initial=0.0)),
        tolerance=tolerance,
    )


def _logit_gap(got: np.ndarray, want: np.ndarray, what: str, source: str, tolerance: float) -> float:
    """Largest |got - want|; each sample may differ by tolerance * max(1, its largest |logit|).

    fp32 error is relative: a net whose logits reach 1e10 (an FTWT net run
    without its masks, dense.onnx) cannot agree to 1e-4 in absolute terms, not
    even PyTorch with itself in float64.
    """
    gap = np.abs(got - want).max(axis=1, initial=0.0)
    allowed = tolerance * np.maximum(1.0, np.abs(want).max(axis=1, initial=0.0))
    bad = np.flatnonzero(gap > allowed)
    if bad.size:
        sample = int(bad[0])
        raise ParityError(
            f"parity check failed: logits of {what} differ by {gap[sample]:.3g} > {allowed[sample]:.3g} on sample "
            f"{sample} of {source!r}; nothing was written"
        )
    return float(gap.max(initial=0.0))


def dense_reference(meta: CheckpointMeta, path: Path) -> tuple[GatedNet | None, str]:
    """The network dense.onnx should hold: for an FTWT checkpoint, the dense baseline it was
    fine-tuned from, when that checkpoint can still be found and matches.

    An FTWT backbone run without its masks is no dense reference: its BN statistics were
    learnt under masking and its logits can reach 1e10. The baseline is the network a user
    compares against (same architecture, same shapes, so the same dense FLOPs and timing).
    """
    fallback = "this checkpoint's backbone, masks off"
    if meta.kind != "ftwt" or meta.ftwt is None or not meta.ftwt.baseline:
        return None, fallback
    recorded = Path(meta.ftwt.baseline)
    for candidate in (recorded, path.parent / recorded, path.parent.parent / recorded.name):
        try:
            baseline_path = resolve_checkpoint(candidate)
            baseline, baseline_meta = load_checkpoint(baseline_path)
        except UserError:
            continue
        if (baseline_meta.kind == "dense" and baseline_meta.arch == meta.arch
                and tuple(baseline_meta.input_shape) == tuple(meta.input_shape)
                and tuple(baseline_meta.mean) == tuple(meta.mean) and tuple(baseline_meta.std) == tuple(meta.std)):
            baseline.eval()
            baseline.set_gating("dense")
            return baseline, f"dense baseline {baseline_path.parent.name}/{baseline_path.name} (sha256 {sha256_file(baseline_path)[:12]})"
    return None, f"{fallback} (baseline {meta.ftwt.baseline} not found or not matching)"


# --------------------------------------------------------------------------- entry point


def export_ftwt(path: Path, request: ExportRequest) -> ExportResult:
    """Export an FTWT (or dense) checkpoint, already resolved, as the request says."""
    net, meta = load_checkpoint(path)
    check_meta(meta, path)
    gated = meta.kind == "ftwt"
    cost_model = _trace(net, meta, path)
    spec = lower(net, tuple(meta.input_shape), gated)
    net.eval()
    net.set_gating("predicted" if gated else "dense")
    dense_net, dense_source = dense_reference(meta, path)
    dense_spec = lower(dense_net, tuple(meta.input_shape), False) if dense_net is not None else None

    target = plan_target(request.repo, path, name=request.name, fallback_name=meta.arch.name,
                         version=request.version, force=request.force)
    test = load_test_split(meta, allow_pickle=request.allow_pickle) if request.verify else None
    images_source, images = evaluation_images(meta, request.verify_samples or DEFAULT_VERIFY_SAMPLES,
                                              verify=request.verify, test=test)
    samples = sample_images(meta, allow_pickle=request.allow_pickle, test=test)

    def build(tmp: Path) -> FtwtManifest:
        units, head, dense = write_graphs(spec, tmp, lambda it: request.wrap(it, desc="export", unit="unit"),
                                          dense_spec=dense_spec, dense_source=dense_source)
        samples_entry = write_samples(tmp, samples)
        manifest = FtwtManifest(
            schema_version=SCHEMA_VERSION,
            name=target.model_dir.name,
            version=target.version,
            family=FAMILY,
            gated=gated,
            arch=meta.arch.name,
            arch_params=meta.arch.model_dump(exclude={"name"}),
            input=InputSpec(shape=list(meta.input_shape), mean=list(meta.mean), std=list(meta.std)),
            class_names=list(meta.class_names),
            opsets={"ai.onnx": ops.ONNX_OPSET, ops.DOMAIN: ops.DOMAIN_VERSION},
            units=units,
            head=head,
            dense=dense,
            cost_model=cost_model.to_dict(),
            flops_dense={mode.value: float(dense_flops(cost_model, mode).total) for mode in CountMode},
            source=SourceEntry(
                checkpoint=path.name,
                sha256=sha256_file(path),
                kind=meta.kind,
                r=meta.ftwt.r if meta.ftwt else None,
                mode=meta.ftwt.mode if meta.ftwt else None,
                epoch=meta.epoch,
                data=meta.data.uri,
            ),
            created_by=f"dynaprune {__version__}",
            files=file_hashes(tmp),
            samples=samples_entry,
        )
        write_manifest(tmp, manifest)
        runner = ModelRunner(tmp, providers=["CPUExecutionProvider"])
        manifest.parity = check_parity(
            net, runner, images, images_source, gated,
            progress=lambda it: request.wrap(it, desc="parity", unit="sample"), dense_net=dense_net,
        )
        return manifest

    return ExportResult(path=target.path, manifest=write_entry(target, build))


# --------------------------------------------------------------------------- the family


def summary(result: ExportResult) -> dict[str, Any]:
    m = result.manifest
    assert isinstance(m, FtwtManifest)
    return {
        "path": str(result.path),
        "family": m.family,
        "name": m.name,
        "version": m.version,
        "arch": m.arch,
        "gated": m.gated,
        "units": len(m.units),
        "files": m.files,
        "parity": m.parity.model_dump() if m.parity else None,
        "flops_dense": m.flops_dense,
        "sample_images": m.samples.count if m.samples else 0,
    }


def summary_lines(s: Mapping[str, Any]) -> list[str]:
    parity = s["parity"]
    return [
        f"exported {s['arch']} ({'gated' if s['gated'] else 'dense, gated=false'}) "
        f"to {s['path']}: {s['units']} units, {len(s['files'])} files, {s.get('sample_images', 0)} sample images",
        f"parity on {parity['samples']} {parity['source']} samples: kept channels identical, "
        f"max |logit diff| {parity['max_logit_abs_diff']:.2e}; dense.onnx max |logit diff| "
        f"{parity['dense_max_logit_abs_diff']:.2e} on logits up to {parity['dense_max_abs_logit']:.2e} "
        f"(tolerance {parity['tolerance']:g} x max(1, |logit|))",
    ]


def recognises(meta: Mapping[str, Any]) -> bool:
    """FTWT and dense CNN checkpoints carry no family (an unreadable header lands here too, and
    the checkpoint loader explains the problem)."""
    return meta.get("family", FAMILY) == FAMILY


EXPORTER = register_export_family(ExportFamily(
    name=FAMILY, recognises=recognises, export=export_ftwt, summary=summary, summary_lines=summary_lines,
))
