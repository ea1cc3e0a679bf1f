"""`dynaprune loadtest`: a bounded, headless Locust run against a dynaprune server, and its report.

Thin: arguments -> `LoadTestSettings` -> `runner.run_loadtest` -> the report's
paths (or JSON) and its failures -> exit status.

Locust monkey-patches the process with gevent when it is imported, and the
runner imports it, so `run` imports the runner first of all (before urllib
pulls in ssl); the module itself stays light so that `dynaprune --help` and
the tests' argument checks never load it.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dynaprune.argtypes import positive_float, positive_int
from dynaprune.errors import UserError

if TYPE_CHECKING:
    from dynaprune.loadtests.runner import LoadTestSettings

MAX_USERS = 1000
MAX_DURATION_S = 3600.0
DEFAULT_MAX_REQUESTS = 1_000_000

DESCRIPTION = """\
Run Locust headless against a dynaprune server for --duration seconds (or
until --max-requests requests were sent, whichever comes first) and write a
report folder: report.json, report.md and timeline.png (throughput and latency
over time). The server's /metrics are scraped before and after so the report
sets the server's request count beside the client's.

Users are closed loops (next request as soon as the previous one answered; a
429 is honoured for its Retry-After). --mix splits the users between three
kinds: json (v2 infer, JSON tensors), binary (v2 infer, binary tensor
extension) and image (v1 classify, PNG upload). Inputs are real digits from
the test split of the digits data set, resized to the model's input shape.

Only loopback targets (127.0.0.0/8, ::1, localhost) are accepted unless
--allow-remote is given. Exit status: 0 when no request got a 5xx or a
transport error and the server counted exactly the requests the client sent;
1 otherwise; 2 on a usage error.
"""


def _batch_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated positive integers, got {text!r}") from None
    if not sizes or min(sizes) < 1 or max(sizes) > 64:
        raise argparse.ArgumentTypeError(f"batch sizes must be between 1 and 64, got {text!r}")
    return sizes


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        name, help=help_text, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--url", required=True, help="server base URL, e.g. http://127.0.0.1:8000")
    p.add_argument("--users", type=positive_int, default=4, metavar="N", help=f"concurrent users (default 4, at most {MAX_USERS})")
    p.add_argument("--spawn-rate", type=positive_float, default=None, metavar="R",
                   help="users started per second (default: all at once)")
    p.add_argument("--duration", type=positive_float, default=30.0, metavar="S",
                   help=f"seconds to generate load (default 30, at most {MAX_DURATION_S:g})")
    p.add_argument("--max-requests", type=positive_int, default=DEFAULT_MAX_REQUESTS, metavar="N",
                   help=f"stop after sending N requests (default {DEFAULT_MAX_REQUESTS:,})")
    p.add_argument("--model", default=None, help="model name (default: the only model the server has loaded)")
    p.add_argument("--mix", default=None, metavar="json=W,binary=W,image=W",
                   help="share of users per request kind (default json=4,binary=4,image=2)")
    p.add_argument("--batch-sizes", type=_batch_sizes, default=(1,), metavar="B[,B...]",
                   help="batch sizes the tensor users draw from, uniformly (default 1)")
    p.add_argument("--out", default=None, metavar="DIR",
                   help="report folder (default runs/loadtest-YYYYmmdd-HHMMSS)")
    p.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --url (only for servers you operate)")
    p.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    p.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    p.set_defaults(func=run)
    return p


def _progress(quiet: bool, text: str) -> None:
    if not quiet:
        print(text, file=sys.stderr, flush=True)


def settings_from(args: argparse.Namespace) -> LoadTestSettings:
    """Check the arguments (before any request goes out) and turn them into the run's settings."""
    from dynaprune.loadtests import runner, target  # in this order: see the module docstring

    url = target.check_url(args.url, args.allow_remote)
    if args.users > MAX_USERS:
        raise UserError(f"--users is at most {MAX_USERS}, got {args.users}")
    if args.duration > MAX_DURATION_S:
        raise UserError(f"--duration is at most {MAX_DURATION_S:g} s, got {args.duration:g}")
    mix = target.parse_mix(args.mix)
    out = Path(args.out) if args.out else Path("runs") / f"loadtest-{_dt.datetime.now():%Y%m%d-%H%M%S}"
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a directory")
    return runner.LoadTestSettings(
        url=url,
        model=args.model,
        users=args.users,
        spawn_rate=args.spawn_rate or float(args.users),
        duration_s=args.duration,
        max_requests=args.max_requests,
        mix=mix,
        batch_sizes=args.batch_sizes,
        out=out,
        quiet=args.quiet,
    )


def run(args: argparse.Namespace) -> int:
    """Arguments -> settings -> run_loadtest -> the report's headline, paths (or JSON) and failures."""
    from dynaprune.loadtests import runner  # imports Locust: first of all, see the module docstring

    result = runner.run_loadtest(settings_from(args))
    summary = result.summary
    lat = summary["latency_ms"]
    _progress(
        args.quiet,
        f"loadtest: {summary['requests']:,} requests ({summary['server']['requests_delta']:,} counted by the server), "
        f"{summary['requests_per_s'] or 0:.1f} req/s, p50/p95/p99 {lat['p50']}/{lat['p95']}/{lat['p99']} ms, "
        f"5xx {summary['server_errors_5xx']}, mean skip ratio {summary['skip_ratio']['mean_per_request']}",
    )
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"report: {result.paths['markdown']}")
        print(f"        {result.paths['json']}")
        print(f"        {result.paths['png']}")
    for problem in result.failures:
        print(f"dynaprune loadtest: {problem}", file=sys.stderr)
    return 0 if result.ok else 1
