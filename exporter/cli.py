"""`dynaprune export`: write a checkpoint as one entry of an ONNX model repository.

Thin: arguments -> `export_checkpoint` -> the family's summary. Each registered family
(`dynaprune.exporter.families`) may add its own options to the parser.
"""

from __future__ import annotations

import argparse
import json
import sys

from dynaprune.argtypes import positive_int
from dynaprune.errors import UserError
from dynaprune.exporter.families import export_families, get_export_family

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
    for family in export_families():  # each family's own options (dense Hebbian: mean-field dynamics)
        family.add_arguments(p)
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--json", action="store_true", help="print the final figures as one JSON object on stdout")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Arguments -> export_checkpoint -> the family's summary (JSON or its lines)."""
    from tqdm import tqdm

    from dynaprune.exporter.export import export_checkpoint

    def progress(iterable, **kwargs):
        return tqdm(iterable, file=sys.stderr, disable=args.quiet, leave=False, **kwargs)

    if not args.repo:
        raise UserError("--repo must name a directory")
    options: dict = {}
    for family in export_families():
        options.update(family.options_from(args))
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
        options=options,
    )
    summary = result.summary()
    if args.json:
        print(json.dumps(summary))
    else:
        print("\n".join(get_export_family(summary["family"]).summary_lines(summary)))
    return 0
