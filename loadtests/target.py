"""The server under test: where it may be, what it serves, what its /metrics say.

stdlib `urllib` plus prometheus-client's text parser - no locust import here,
so the module stays light and the CLI can validate everything (and refuse remote
targets) before any request is sent.
"""

from __future__ import annotations

import ipaddress
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from dynaprune.errors import UserError

KINDS = ("json", "binary", "image")
DEFAULT_MIX = {"json": 4.0, "binary": 4.0, "image": 2.0}


def check_url(url: str, allow_remote: bool) -> str:
    """Normalised base URL; UserError for anything but http(s) on a loopback address (unless allowed)."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise UserError(f"--url must look like http://127.0.0.1:8000, got {url!r}")
    if parsed.query or parsed.fragment:
        raise UserError(f"--url takes the server's base URL only, got {url!r}")
    if not allow_remote and not is_loopback(parsed.hostname):
        raise UserError(
            f"refusing to load-test {parsed.hostname!r}: not a loopback address (127.0.0.0/8, ::1, localhost). "
            "Pass --allow-remote only for a server you operate."
        )
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, parsed.path.rstrip("/"), "", ""))


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # other names are not resolved: what they point at can change under us


def parse_mix(text: str | None) -> dict[str, float]:
    """`json=4,binary=4,image=2` -> weights per request kind (missing kinds get 0)."""
    if text is None:
        return dict(DEFAULT_MIX)
    mix = {kind: 0.0 for kind in KINDS}
    for part in text.split(","):
        key, sep, value = part.partition("=")
        key = key.strip().lower()
        if not sep or key not in KINDS:
            raise UserError(f"--mix takes KIND=WEIGHT pairs with KIND in {', '.join(KINDS)}, got {part.strip()!r}")
        try:
            weight = float(value)
        except ValueError:
            raise UserError(f"--mix weight for {key} must be a number, got {value.strip()!r}") from None
        if not weight >= 0 or weight == float("inf"):
            raise UserError(f"--mix weight for {key} must be a finite number >= 0, got {value.strip()!r}")
        mix[key] = weight
    if sum(mix.values()) <= 0:
        raise UserError("--mix needs at least one kind with a positive weight")
    return mix


# --------------------------------------------------------------------------- HTTP

# No proxies: the target is addressed directly (a proxy from the environment would
# turn a loopback test into traffic elsewhere).
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def get(url: str, timeout: float = 10.0) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": "dynaprune-loadtest"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:  # URL checked by check_url
            return int(response.status), response.read()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read()
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"cannot reach {url}: {reason}") from None


def get_json(url: str, timeout: float = 10.0) -> Any:
    status, body = get(url, timeout)
    if status != 200:
        raise UserError(f"GET {url} answered {status}: {body[:200].decode(errors='replace')}")
    try:
        return json.loads(body)
    except ValueError:
        raise UserError(f"GET {url} did not return JSON") from None


# --------------------------------------------------------------------------- /metrics


@dataclass
class MetricsSnapshot:
    """The server-side figures the report sets beside the client's, for one model."""

    requests_by_outcome: dict[str, float] = field(default_factory=dict)
    flops_dense: float = 0.0
    flops_executed: float = 0.0
    flops_skipped: float = 0.0
    skip_ratio_sum: float = 0.0
    skip_ratio_count: float = 0.0
    loaded_models: list[str] = field(default_factory=list)

    @property
    def requests(self) -> float:
        return sum(self.requests_by_outcome.values())


def parse_metrics(text: str, model: str | None) -> MetricsSnapshot:
    from prometheus_client.parser import text_string_to_metric_families

    snap = MetricsSnapshot()
    loaded: set[str] = set()
    scalars = {
        "dynaprune_flops_dense_total": "flops_dense",
        "dynaprune_flops_executed_total": "flops_executed",
        "dynaprune_flops_skipped_total": "flops_skipped",
        "dynaprune_skip_ratio_sum": "skip_ratio_sum",
        "dynaprune_skip_ratio_count": "skip_ratio_count",
    }
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = sample.labels
            if sample.name == "dynaprune_model_loaded" and sample.value == 1:
                loaded.add(labels.get("model", ""))
            if model is None or labels.get("model") != model:
                continue
            if sample.name == "dynaprune_requests_total":
                outcome = labels.get("outcome", "?")
                snap.requests_by_outcome[outcome] = snap.requests_by_outcome.get(outcome, 0.0) + sample.value
            elif sample.name in scalars:
                attr = scalars[sample.name]
                setattr(snap, attr, getattr(snap, attr) + sample.value)
    snap.loaded_models = sorted(loaded)
    return snap


def scrape(base_url: str, model: str | None) -> MetricsSnapshot:
    status, body = get(base_url + "/metrics")
    if status != 200:
        raise UserError(f"GET {base_url}/metrics answered {status}")
    return parse_metrics(body.decode("utf-8", errors="replace"), model)


def choose_model(base_url: str, requested: str | None) -> str:
    """The model to load-test: `requested`, or the only one the server has loaded."""
    status, body = get(base_url + "/v2/health/ready")
    if status != 200:
        raise UserError(f"server at {base_url} is not ready (GET /v2/health/ready answered {status})")
    if requested:
        return requested
    loaded = scrape(base_url, None).loaded_models
    if len(loaded) == 1:
        return loaded[0]
    if not loaded:
        raise UserError(f"server at {base_url} reports no loaded model (dynaprune_model_loaded); pass --model")
    raise UserError(f"server at {base_url} serves {len(loaded)} models ({', '.join(loaded)}); pick one with --model")


def model_metadata(base_url: str, model: str) -> dict[str, Any]:
    quoted = urllib.parse.quote(model, safe="")
    status, body = get(f"{base_url}/v2/models/{quoted}")
    if status == 404:
        raise UserError(f"server at {base_url} has no model {model!r}")
    if status != 200:
        raise UserError(f"GET /v2/models/{model} answered {status}: {body[:200].decode(errors='replace')}")
    return json.loads(body)
