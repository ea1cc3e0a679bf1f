"""`dynaprune export`: write a checkpoint as one entry of an ONNX model repository.

Heavy imports (torch, onnx) happen inside the handler so that `--help` is quick.
"""

from __future__ import annotations

import argparse
import json
import sys

from dynaprune.argtypes import positive_int
from dynaprune.errors import UserError

DESCRIPTION = """\
Export CHECKPOINT (a run directory or its .safetensors file) as REPO/NAME/VERSION/:
manifest.json (schema, input spec, classes, units with their wiring, FLOPs cost
model, sha256 of every file), one predictor and one masked-block ONNX graph per
gated unit, head.onnx and dense.onnx (the unpruned backbone). The graphs use the
ai.dynaprune operators (docs/onnx-ops.md), defined as ONNX functions inside each
file, so stock ONNX Runtime runs them.

Before anything lands in REPO the exported graphs are compared with PyTorch: the
kept channels of every unit must be identical and logits within 1e-4 (times the
sample's largest |logit| when that exceeds 1). Without
--verify this runs on a few seeded random images; with --verify, on the
checkpoint's own test split. A dense checkpoint exports with gated=false: every
unit keeps every channel and no predictor graph is written.

A dense-Hebbian checkpoint (`dynaprune train --arch dense-hebbian`) exports as
family "dense-hebbian": hebbian.onnx (binarise the image, then a Loop of damped
synchronous mean-field updates until max |dm| < tol or the iteration cap; outputs
the final overlaps as logits, the iterations taken and the winning overlap) and
readout.onnx (the one-shot readout), standard ONNX operators only. Its parity
check always runs on the checkpoint's test split plus 64 random images: the
predicted class and the iterations taken must equal those of the in-process
model's classify(method="mean_field") for every sample, overlaps within 1e-4.
"""


def _float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def _positive_float(text: str) -> float:
    value = _float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value:g}")
    return value


def _non_negative_float(text: str) -> float:
    value = _float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {value:g}")
    return value


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        name, help=help_text, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("checkpoint", metavar="CHECKPOINT", help="run directory or .safetensors checkpoint")
    p.add_argument("--repo", required=True, metavar="DIR", help="model repository root (created if missing)")
    p.add_argument("--name", default=None,
                   help="model name, the folder under DIR (default: the checkpoint's run directory name, else the arch)")
    p.add_argument("--version", type=positive_int, default=None, metavar="N",
                   help="numeric version folder (default: the next free number, starting at 1)")
    p.add_argument("--force", action="store_true", help="replace an existing NAME/N")
    p.add_argument("--verify", action="store_true",
                   help="check parity on the checkpoint's evaluation set (test split of its data URI)")
    p.add_argument("--verify-samples", type=positive_int, default=None, metavar="N",
                   help="evaluation samples for --verify (default: 256; dense-hebbian: the whole test split)")
    p.add_argument("--allow-pickle", action="store_true",
                   help="allow loading CIFAR's pickled 'python version' for --verify (unpickling can run code)")
    h = p.add_argument_group("dense-hebbian checkpoints (mean-field dynamics of hebbian.onnx)")
    h.add_argument("--hebbian-beta", type=_non_negative_float, default=None, metavar="B",
                   help="rescaled inverse temperature beta' (default: the checkpoint's beta)")
    h.add_argument("--hebbian-iters", type=positive_int, default=None, metavar="N",
                   help="iteration cap (default: 200, as DenseHebbianNetwork.classify)")
    h.add_argument("--hebbian-tol", type=_positive_float, default=None, metavar="T",
                   help="a sample stops once max_i |dm_i| < T (default: 1e-6)")
    h.add_argument("--hebbian-damping", type=_positive_float, default=None, metavar="D",
                   help="m <- (1-D) m + D tanh(beta' h(m)), D in (0, 1] (default: 0.5)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--json", action="store_true", help="print the final figures as one JSON object on stdout")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from exporter.export import export_checkpoint

    def progress(iterable, **kwargs):
        return tqdm(iterable, file=sys.stderr, disable=args.quiet, leave=False, **kwargs)

    if not args.repo:
        raise UserError("--repo must name a directory")
    result = export_checkpoint(
        args.checkpoint,
        args.repo,
        name=args.name,
        version=args.version,
        force=args.force,
        verify=args.verify,
        verify_samples=args.verify_samples,
        allow_pickle=args.allow_pickle,
        progress=progress,
        hebbian_dynamics={key: value for key, value in (
            ("beta", args.hebbian_beta), ("iters", args.hebbian_iters), ("tol", args.hebbian_tol),
            ("damping", args.hebbian_damping)) if value is not None},
    )
    summary = result.summary()
    if args.json:
        print(json.dumps(summary))
        return 0
    if summary["family"] == "dense-hebbian":
        parity, dyn = summary["parity"], summary["dynamics"]
        print(f"exported dense-hebbian P={summary['P']} N={summary['N']} K={summary['K']} to {summary['path']}: "
              f"{len(summary['files'])} files; mean field beta'={dyn['beta']:g} damping={dyn['damping']:g} "
              f"tol={dyn['tol']:g}, at most {dyn['iters']} iterations")
        top1 = "" if parity["top1"] is None else f"; top-1 {100 * parity['top1']:.2f}% (one-shot " \
            f"{100 * parity['one_shot_top1']:.2f}%)"
        print(f"parity on {parity['samples']} test + {parity['random_samples']} random samples: predictions and "
              f"iterations identical to the in-process mean field, max |overlap diff| "
              f"{parity['max_overlap_abs_diff']:.2e} (tolerance {parity['tolerance']:g}); mean iterations "
              f"{parity['mean_sweeps']:.1f}, {parity['capped']} at the cap{top1}")
        return 0
    parity = summary["parity"]
    print(f"exported {summary['arch']} ({'gated' if summary['gated'] else 'dense, gated=false'}) "
          f"to {summary['path']}: {summary['units']} units, {len(summary['files'])} files")
    print(f"parity on {parity['samples']} {parity['source']} samples: kept channels identical, "
          f"max |logit diff| {parity['max_logit_abs_diff']:.2e}; dense.onnx max |logit diff| "
          f"{parity['dense_max_logit_abs_diff']:.2e} on logits up to {parity['dense_max_abs_logit']:.2e} "
          f"(tolerance {parity['tolerance']:g} x max(1, |logit|))")
    return 0
