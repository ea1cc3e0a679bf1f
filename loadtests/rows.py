"""One row per finished load-test request: what the client saw of it.

A named tuple rather than a dataclass: the recorder appends one per request
(tens of thousands in a run) from Locust's request event, and the report reads
them column by column, so they stay as cheap as the plain tuples they replace
while code says `row.latency_ms` instead of `row[3]`.
"""

from __future__ import annotations

from typing import NamedTuple


class RequestRow(NamedTuple):
    """A finished request. The last three are the figures the response reported, NaN when it
    carried none (every non-200, and a 200 whose body had no figures)."""

    start: float  # wall-clock time the request was sent (seconds since the epoch)
    end: float  # start + latency
    kind: str  # the user's request kind: json, binary or image
    latency_ms: float  # as Locust measured it
    status: int  # HTTP status; 0 for a transport error (no HTTP response)
    skip_ratio: float  # share of the dense FLOPs the server skipped for this request
    flops_dense: float  # dense FLOPs of the request
    flops_skipped: float  # of those, the FLOPs the server did not execute

