"""`dynaprune hebbian-figures`: reproduce the dense Hebbian figures (PNG + JSON)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction, name: str, help_text: str) -> None:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--out", type=Path, default=Path("docs/hebbian"), help="output folder for PNG + JSON")
    p.add_argument("--quick", action="store_true", help="small grids (~30 s)")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object on stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dynaprune.research.hebbian_figures import reproduce

    summary = reproduce(args.out, quick=args.quick)
    print(json.dumps(summary) if args.json else f"wrote {len(summary['files'])} files to {args.out} "
          f"in {summary['seconds']} s")
    return 0
