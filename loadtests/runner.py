"""A bounded, headless Locust run against a dynaprune server, and its report folder.

`run_loadtest` is what `dynaprune loadtest` does once its arguments are checked:
Locust as a library (no web UI, no CLI), a run loop that stops on the duration,
the request budget or Ctrl-C, a drain so that every request sent gets its answer
(the client's count must equal the server's), /metrics scraped before and after,
and report.json, report.md and timeline.png written.

Importing this module imports Locust, which monkey-patches the process with
gevent: import it before anything pulls in ssl (urllib does), i.e. first.
"""

from __future__ import annotations

import datetime as _dt
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gevent
import locust
from locust.env import Environment

from dynaprune.loadtests import locustfile, report, target
from dynaprune.loadtests.rows import RequestRow

DRAIN_TIMEOUT_S = 35.0  # longer than the users' network timeout: every request sent gets its answer
SETTLE_TIMEOUT_S = 3.0  # how long to wait for the server's counters to catch up with the client's


@dataclass(frozen=True)
class LoadTestSettings:
    """One run, already checked (`dynaprune loadtest` validates its arguments into this)."""

    url: str  # normalised base URL (loadtests.target.check_url)
    model: str | None  # None: the only model the server has loaded
    users: int
    spawn_rate: float  # users started per second
    duration_s: float
    max_requests: int
    mix: dict[str, float]  # request kind -> share of users (loadtests.target.parse_mix)
    batch_sizes: tuple[int, ...]
    out: Path  # report folder
    quiet: bool = False  # no progress lines on stderr


@dataclass(frozen=True)
class LoadTestResult:
    """The report (as written to report.json), where it was written, and what went wrong."""

    summary: dict[str, Any]
    paths: dict[str, Path]  # "json", "markdown", "png"
    failures: tuple[str, ...]  # 5xx responses, requests without a response, client/server count mismatch

    @property
    def ok(self) -> bool:
        return not self.failures


def run_loadtest(settings: LoadTestSettings) -> LoadTestResult:
    """Load the model's inputs, run the users, drain, scrape, summarise and write the report."""
    url, quiet = settings.url, settings.quiet
    model = target.choose_model(url, settings.model)
    _progress(quiet, f"loadtest: {url} model {model}: loading inputs")
    plan = locustfile.Plan.from_server(url, model, settings.batch_sizes)
    locustfile.configure(plan, settings.max_requests)
    classes = locustfile.user_classes(settings.mix)
    if settings.users < len(classes):
        _progress(quiet, f"loadtest: warning: {settings.users} users cannot cover {len(classes)} request kinds; "
                         "Locust gives users to the heaviest kinds first")
    config: dict[str, Any] = {
        "url": url,
        "model": model,
        "input_shape": list(plan.model.shape),
        "users": settings.users,
        "spawn_rate": settings.spawn_rate,
        "duration_s": settings.duration_s,
        "max_requests": settings.max_requests,
        "mix": dict(settings.mix),
        "batch_sizes": list(settings.batch_sizes),
        "images": int(len(plan.images)),
        "started_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "locust": locust.__version__,
    }

    before = target.scrape(url, model)
    reason, wall = _generate_load(settings, classes)
    rows = list(locustfile.RECORDER.rows)
    _progress(quiet, f"loadtest: stopped ({reason}) after {wall:.1f} s, {len(rows):,} requests; scraping /metrics")

    # The server counts a request after its response went out: give the last ones a moment to land.
    after = target.scrape(url, model)
    settle_until = time.monotonic() + SETTLE_TIMEOUT_S
    while after.requests - before.requests < len(rows) and time.monotonic() < settle_until:
        gevent.sleep(0.1)
        after = target.scrape(url, model)

    config["stop_reason"] = reason
    summary = report.summarise(
        rows, config=config, before=before, after=after, transport_errors=dict(locustfile.RECORDER.errors), wall_s=wall
    )
    paths = report.write(summary, rows, settings.out)
    return LoadTestResult(summary=summary, paths=paths, failures=failures(summary))


def failures(summary: dict[str, Any]) -> tuple[str, ...]:
    """Why a run failed, one sentence each; empty when it passed.

    429s are not failures: they are the server protecting itself, and the users honour them.
    """
    failed = []
    if summary["server_errors_5xx"]:
        failed.append(f"{summary['server_errors_5xx']} responses were 5xx")
    if summary["transport_errors"]:
        failed.append(f"{sum(summary['transport_errors'].values())} requests got no HTTP response")
    if not summary["counts_match"]:
        failed.append(
            f"the server counted {summary['server']['requests_delta']} requests, the client sent {summary['requests']} "
            "(another client on the same server?)"
        )
    return tuple(failed)


def _generate_load(settings: LoadTestSettings, classes: list[type[Any]]) -> tuple[str, float]:
    """Run the users until a stop condition, then drain: (why it stopped, wall seconds)."""
    env = Environment(user_classes=classes, host=settings.url, events=locust.events)
    runner = env.create_local_runner()
    budget = locustfile.BUDGET
    _progress(settings.quiet, f"loadtest: {settings.users} users, {settings.duration_s:g} s, "
                              f"at most {settings.max_requests:,} requests")
    started = time.monotonic()
    runner.start(settings.users, spawn_rate=settings.spawn_rate)
    reason = "duration reached"
    next_line = started + 1.0
    seen = 0
    try:
        while True:
            gevent.sleep(0.05)
            now = time.monotonic()
            if budget.exhausted:
                reason = f"--max-requests {settings.max_requests:,} reached"
                break
            if now - started >= settings.duration_s:
                break
            if now >= next_line:
                rows = locustfile.RECORDER.rows
                recent = rows[seen:]
                seen = len(rows)
                _progress(settings.quiet, _progress_line(settings, now - started, runner.user_count, rows, recent))
                next_line += 1.0
    except KeyboardInterrupt:
        reason = "interrupted"
    budget.stopping = True  # no new requests; let those in flight finish so both sides count them
    drain_until = time.monotonic() + DRAIN_TIMEOUT_S
    while budget.inflight > 0 and time.monotonic() < drain_until:
        gevent.sleep(0.01)
    runner.quit()
    return reason, time.monotonic() - started


def _progress_line(
    settings: LoadTestSettings, elapsed: float, users: int, rows: list[RequestRow], recent: list[RequestRow]
) -> str:
    """The once-per-second line: totals so far, and the last second's count and p95."""
    bad = sum(1 for r in rows if r.status != 200)
    p95 = sorted(r.latency_ms for r in recent)[int(0.95 * (len(recent) - 1))] if recent else float("nan")
    return (f"loadtest: {elapsed:5.1f}/{settings.duration_s:g} s  users {users:3d}  "
            f"requests {len(rows):7,d}  last 1 s: {len(recent):5d} req, p95 {p95:7.1f} ms  "
            f"non-200 {bad:,}")


def _progress(quiet: bool, text: str) -> None:
    if not quiet:
        print(text, file=sys.stderr, flush=True)
