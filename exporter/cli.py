"""`dynaprune export`: write a checkpoint as one entry of an ONNX model repository.

Heavy imports (torch, onnx) happen inside the handler so that `--help` is quick.
"""

from __future__ import annotations

import argparse
import json
import sys

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
"""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value}")
    return value


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        name, help=help_text, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("checkpoint", metavar="CHECKPOINT", help="run directory or .safetensors checkpoint")
    p.add_argument("--repo", required=True, metavar="DIR", help="model repository root (created if missing)")
    p.add_argument("--name", default=None,
                   help="model name, the folder under DIR (default: the checkpoint's run directory name, else the arch)")
    p.add_argument("--version", type=_positive_int, default=None, metavar="N",
                   help="numeric version folder (default: the next free number, starting at 1)")
    p.add_argument("--force", action="store_true", help="replace an existing NAME/N")
    p.add_argument("--verify", action="store_true",
                   help="check parity on the checkpoint's evaluation set (test split of its data URI)")
    p.add_argument("--verify-samples", type=_positive_int, default=256, metavar="N",
                   help="evaluation samples for --verify (default: 256)")
    p.add_argument("--allow-pickle", action="store_true",
                   help="allow loading CIFAR's pickled 'python version' for --verify (unpickling can run code)")
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
    )
    summary = result.summary()
    if args.json:
        print(json.dumps(summary))
        return 0
    parity = summary["parity"]
    print(f"exported {summary['arch']} ({'gated' if summary['gated'] else 'dense, gated=false'}) "
          f"to {summary['path']}: {summary['units']} units, {len(summary['files'])} files")
    print(f"parity on {parity['samples']} {parity['source']} samples: kept channels identical, "
          f"max |logit diff| {parity['max_logit_abs_diff']:.2e}; dense.onnx max |logit diff| "
          f"{parity['dense_max_logit_abs_diff']:.2e} on logits up to {parity['dense_max_abs_logit']:.2e} "
          f"(tolerance {parity['tolerance']:g} x max(1, |logit|))")
    return 0
