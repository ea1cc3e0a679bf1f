#!/usr/bin/env python3
"""Fuzz a real `dynaprune serve` for minutes and write a report of what it answered.

Three phases share the time budget:

1. **schema**: every operation of /openapi.json, through schemathesis (positive and negative
   mode; random seeds each round; strings full Unicode, path parameters included), with
   generated path parameters and with a real model's name and version.
2. **stateful**: a Hypothesis state machine over repository control and inference
   (load, unload, infer, metadata, readiness, with Unicode versions and names mixed in) that
   also checks each answer against the state it drove the server into.
3. **raw**: random extra headers and query strings on real routes (latin-1 header values,
   percent-encoded full-Unicode query strings).

A finding is a 5xx, a hang (no answer within --request-timeout), a malformed request answered 2xx
(a negative-mode case that broke a path parameter, a query string, the body or a declared header;
in the raw phase, an undeclared query parameter), or, in the stateful phase, an answer that
contradicts the model's state. Negative cases that only add or garble undeclared headers are valid
HTTP: they are counted as `negative_not_malformed`, not as findings (`_why_not_malformed`). The
exit status is 1 when there is any finding.

    python tools/fuzz_server.py --minutes 5 --report docs/reliability/fuzz-report.json
    python tools/fuzz_server.py --url http://127.0.0.1:8000 --minutes 1   # an already running server

Without --url it exports a small repository (tests/server_fixtures.py: torch, a few seconds) and
starts its own server on loopback, so repository control may load and unload freely.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MAX_FINDINGS_KEPT = 50


@dataclass
class Tally:
    """What one phase sent and what came back."""

    requests: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_operation: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    not_malformed: Counter = field(default_factory=Counter)  # negative cases answered 2xx that are valid HTTP, by why

    def add(self, operation: str, status: int | str) -> None:
        self.requests += 1
        self.by_status[str(status)] += 1
        self.by_operation[operation][str(status)] += 1

    def as_json(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "by_status": dict(sorted(self.by_status.items())),
            "by_operation": {op: dict(sorted(c.items())) for op, c in sorted(self.by_operation.items())},
            **({"negative_not_malformed": dict(self.not_malformed)} if self.not_malformed else {}),
        }


@dataclass
class Findings:
    kinds: Counter = field(default_factory=Counter)
    kept: list[dict[str, Any]] = field(default_factory=list)

    def add(self, kind: str, **details: Any) -> None:
        self.kinds[kind] += 1
        if len(self.kept) < MAX_FINDINGS_KEPT:
            self.kept.append({"kind": kind, **{k: _short(v) for k, v in details.items()}})


def _documented_503(response: httpx.Response, readiness_probe: bool) -> bool:
    """Whether a 5xx is one of the two answers the server documents: 503 from a readiness probe of a
    model that is not loaded, or 503 with Retry-After while a model changes or the queue is full."""
    if response.status_code != 503:
        return False
    return readiness_probe or "retry-after" in response.headers


def _short(value: Any, limit: int = 600) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + f"... ({len(value)} chars)"
    return value


# --------------------------------------------------------------------------- phase 1: the schema


def schema_phase(url: str, model: str, version: str, deadline: float, timeout: float, findings: Findings,
                 seed: int) -> Tally:
    import schemathesis
    from hypothesis import HealthCheck, given, seed as hypothesis_seed, settings
    from schemathesis.config import SchemathesisConfig
    from schemathesis.generation import GenerationMode

    config = SchemathesisConfig.from_dict({"generation": {"codec": "utf-8", "allow-x00": True}})
    schema = schemathesis.openapi.from_url(url + "/openapi.json", config=config)
    paths = json.loads(_get(url + "/openapi.json"))["paths"]
    cases: list[tuple[str, str, GenerationMode, dict[str, str] | None]] = []
    for path, item in paths.items():
        fixed = None
        if "{model_name}" in path:
            fixed = {"model_name": model, **({"model_version": version} if "{model_version}" in path else {})}
        for method, operation in item.items():
            modes = [GenerationMode.POSITIVE] + ([GenerationMode.NEGATIVE] if _has_invalid_inputs(operation) else [])
            for mode in modes:
                cases.append((method.upper(), path, mode, None))
                if fixed is not None:
                    cases.append((method.upper(), path, mode, fixed))
    tally = Tally()
    rng = random.Random(seed)
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        for method, path, mode, fixed in cases:
            if time.monotonic() >= deadline:
                break
            operation = schema[path][method]
            documented = set(paths[path][method.lower()].get("responses", {}))
            declared_headers = {p["name"].lower() for p in paths[path][method.lower()].get("parameters", [])
                                if p["in"] == "header"}
            declared_query = {p["name"] for p in paths[path][method.lower()].get("parameters", []) if p["in"] == "query"}
            strategy = operation.as_strategy(generation_mode=mode, path_parameters=fixed)
            label = f"{method} {path} {mode.value}" + (" real-model" if fixed else "")

            @hypothesis_seed(rng.randrange(1 << 32))
            @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
            @given(case=strategy)
            def run(case: Any) -> None:
                if time.monotonic() >= deadline:
                    return
                try:
                    response = case.call(timeout=timeout)
                except Exception as exc:  # noqa: BLE001 - a transport failure is a finding, not a crash
                    tally.add(label, "no-answer")
                    findings.add("hang_or_dropped", operation=label, error=f"{type(exc).__name__}: {exc}",
                                 request=_describe(case))
                    return
                status = response.status_code
                tally.add(label, status)
                if status >= 500 and str(status) not in documented:  # 503 is a documented answer on some routes
                    findings.add("server_error", operation=label, status=status, body=response.text,
                                 request=_describe(case))
                elif mode is GenerationMode.NEGATIVE and status < 300:
                    sent = urllib.parse.urlsplit(str(response.request.url)).query
                    not_malformed = _why_not_malformed(case, declared_headers, sent, declared_query)
                    if not_malformed is None:
                        findings.add("accepted_malformed", operation=label, status=status, body=response.text,
                                     request=_describe(case), mutation=str(getattr(case, "meta", "")))
                    else:
                        tally.not_malformed[not_malformed] += 1

            run()
            if fixed is not None and path.startswith("/v2/repository/"):
                _post(f"{url}/v2/repository/models/{model}/load")  # fuzzed unloads must not starve the cases after
    tally.rounds = rounds  # type: ignore[attr-defined]
    return tally


VALIDATED_COMPONENTS = {"path", "query", "body"}


def _why_not_malformed(case: Any, declared_headers: set[str], sent_query: str = "",
                       declared_query: set[str] | None = None) -> str | None:
    """None when a negative case broke something the server is specified to validate, else why it is valid HTTP.

    The rule (docs/reliability.md): the server validates path parameters, query strings (declared
    names only, values by their schema) and bodies, and the header parameters it declares
    (Inference-Header-Content-Length on the infer routes). HTTP lets a client send any other header,
    so a negative case whose only broken component is the headers, and whose mutation is not of a
    declared header, is not a malformed request: it is counted under `negative_not_malformed`,
    never silently dropped. So is a case schemathesis itself marks positive (its negative mode falls
    back to a valid case when an operation has nothing left to break), and a case whose only broken
    component is the query string when the broken parameter is not in the query string actually
    sent (the HTTP client drops a parameter whose value is [] or {}). Cases without the metadata to
    tell count as malformed.
    """
    meta = getattr(case, "meta", None)
    components = getattr(meta, "components", None)
    if not components:
        return None
    if getattr(getattr(getattr(meta, "generation", None), "mode", None), "value", None) == "positive":
        # Negative mode falls back to a valid case when nothing can be broken (e.g. an optional body left out).
        return "schemathesis generated a positive case (nothing to negate)"
    negative = {getattr(location, "value", location) for location, info in components.items()
                if getattr(getattr(info, "mode", None), "value", None) == "negative"}
    data = getattr(getattr(meta, "phase", None), "data", None)
    description = getattr(data, "description", None) or ""
    if negative == {"query"} and _query_mutation_lost(data, description, sent_query, declared_query or set()):
        # e.g. an extra parameter whose value is [] or {}: the client drops it, so the request sent is valid.
        return "the query mutation did not reach the wire (value serialized to nothing)"
    if not negative or negative & VALIDATED_COMPONENTS or negative - {"header"}:
        return None
    parameter = (getattr(data, "parameter", None) or "").lower()
    if parameter in declared_headers and "additionalProperties" not in description:
        return None  # a declared header made invalid: the server must refuse it
    sent = {name.lower() for name in (getattr(case, "headers", None) or {})}
    if not parameter and sent & declared_headers:
        return None  # the metadata does not say which header: count it, to be safe
    return "only undeclared headers mutated (HTTP allows any extra header)"


def _query_mutation_lost(data: Any, description: str, sent_query: str, declared: set[str]) -> bool:
    """Whether the broken query parameter is absent from the query string actually sent."""
    sent = {name for name, _ in urllib.parse.parse_qsl(sent_query, keep_blank_values=True)}
    if "additionalProperties" in description:
        return not (sent - declared)  # the extra name never left the client
    if "required" in description:
        return False  # leaving a required parameter out is the mutation itself
    parameter = getattr(data, "parameter", None)
    return bool(parameter) and parameter not in sent


def _has_invalid_inputs(operation: dict[str, Any]) -> bool:
    """Negative mode needs something to break: a body, or a parameter that is not any-string."""
    if operation.get("requestBody"):
        return True
    return any(p["in"] != "path" or p.get("schema", {}).get("type") != "string" for p in operation.get("parameters", []))


def _describe(case: Any) -> str:
    try:
        return case.as_curl_command()
    except Exception:  # noqa: BLE001
        return f"{case.method} {case.formatted_path} query={case.query!r} headers={case.headers!r} body={case.body!r}"


def _get(url: str) -> bytes:
    import httpx

    return httpx.get(url, timeout=30, trust_env=False).content


# --------------------------------------------------------------------------- phase 2: stateful


def stateful_phase(url: str, models: dict[str, list[int]], deadline: float, timeout: float, findings: Findings,
                   seed: int, image_bodies: dict[str, bytes]) -> Tally:
    """Load, unload and infer in random order; every answer must agree with the state we drove."""
    import httpx
    from hypothesis import HealthCheck, settings, strategies as st
    from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

    tally = Tally()
    client = httpx.Client(base_url=url, timeout=timeout, trust_env=False)
    names = sorted(models)
    version_texts = st.one_of(
        st.sampled_from(["1", "2", "3", "0", "01", "+1", " 1", "1.0", "1_0", "²", "١", "１", "9" * 30]),
        st.text(min_size=1, max_size=12).filter(lambda t: "/" not in t and t not in (".", "..")),
    )

    def call(label: str, method: str, path: str, *, may_503: bool = False, **kwargs: Any) -> httpx.Response | None:
        """One request of the state machine; `may_503` where 503 is the documented answer for the state
        (readiness of an unloaded model). Any other 5xx, or a 503 without Retry-After, is a finding."""
        try:
            response = client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            tally.add(label, "no-answer")
            findings.add("hang_or_dropped", operation=label, error=f"{type(exc).__name__}: {exc}", path=path)
            return None
        tally.add(label, response.status_code)
        if response.status_code >= 500 and not _documented_503(response, may_503):
            findings.add("server_error", operation=label, status=response.status_code, body=response.text, path=path)
        return response

    def expect(label: str, response: httpx.Response | None, allowed: set[int], why: str) -> None:
        if response is not None and response.status_code not in allowed:
            findings.add("wrong_answer_for_state", operation=label, status=response.status_code,
                         expected=sorted(allowed), why=why, body=response.text)

    class Repository(RuleBasedStateMachine):
        @initialize()
        def everything_loaded(self) -> None:
            self.loaded = {}
            for name in names:
                response = call("POST load", "POST", f"/v2/repository/models/{name}/load")
                self.loaded[name] = response is not None and response.status_code == 200

        @rule(name=st.sampled_from(names))
        def unload(self, name: str) -> None:
            expect("POST unload", call("POST unload", "POST", f"/v2/repository/models/{name}/unload"), {200}, "known model")
            self.loaded[name] = False

        @rule(name=st.sampled_from(names))
        def load(self, name: str) -> None:
            expect("POST load", call("POST load", "POST", f"/v2/repository/models/{name}/load"), {200}, "intact entries")
            self.loaded[name] = True

        @rule(name=st.sampled_from(names), version=st.one_of(st.none(), version_texts))
        def infer(self, name: str, version: str | None) -> None:
            path = f"/v2/models/{name}" + ("" if version is None else f"/versions/{_quote(version)}") + "/infer"
            body = image_bodies[name]
            response = call("POST infer", "POST", path, content=body, headers={"Content-Type": "application/json"})
            if version is None or version in {str(v) for v in models[name]}:
                expect("POST infer", response, {200} if self.loaded[name] else {404}, f"loaded={self.loaded[name]}")
            else:
                expect("POST infer", response, {404}, "no such version")

        @rule(name=st.sampled_from(names), version=st.one_of(st.none(), version_texts))
        def ready(self, name: str, version: str | None) -> None:
            path = f"/v2/models/{name}" + ("" if version is None else f"/versions/{_quote(version)}") + "/ready"
            response = call("GET ready", "GET", path, may_503=True)
            if version is None or version in {str(v) for v in models[name]}:
                expect("GET ready", response, {200} if self.loaded[name] else {503}, f"loaded={self.loaded[name]}")
            else:
                expect("GET ready", response, {404}, "no such version")

        @rule(name=st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=16)))
        def metadata(self, name: str) -> None:
            response = call("GET metadata", "GET", f"/v2/models/{_quote(name)}")
            if name in models:
                expect("GET metadata", response, {200} if self.loaded[name] else {404}, f"loaded={self.loaded[name]}")
            elif response is not None and response.status_code < 300:
                findings.add("accepted_malformed", operation="GET metadata", status=response.status_code, path=name)

        @invariant()
        def server_is_live(self) -> None:
            response = call("GET live", "GET", "/v2/health/live")
            expect("GET live", response, {200}, "liveness never changes")

    machine_settings = settings(max_examples=5, stateful_step_count=25, deadline=None, database=None,
                                suppress_health_check=list(HealthCheck))
    try:
        while time.monotonic() < deadline:
            try:
                run_state_machine_as_test(Repository, settings=machine_settings)
            except Exception as exc:  # noqa: BLE001 - a rule's own bug ends this round only
                findings.add("fuzzer_error", error=f"{type(exc).__name__}: {exc}")
    finally:
        for name in names:  # leave the server as it was found
            call("POST load", "POST", f"/v2/repository/models/{name}/load")
        client.close()
    return tally


def _quote(segment: str) -> str:
    return urllib.parse.quote(segment, safe="")


# --------------------------------------------------------------------------- phase 3: raw headers and query strings


def raw_phase(url: str, model: str, deadline: float, timeout: float, findings: Findings, seed: int,
              body: bytes) -> Tally:
    import httpx

    rng = random.Random(seed)
    tally = Tally()
    declared_query = {f"/v1/models/{model}/samples": {"version"}}  # the others declare no query parameter
    targets: list[tuple[str, str, bytes | None]] = [
        ("GET", f"/v2/models/{model}", None),
        ("GET", f"/v2/models/{model}/versions/1/ready", None),
        ("GET", f"/v1/models/{model}/samples", None),
        ("POST", f"/v2/models/{model}/infer", body),
        ("POST", f"/v2/models/{model}/versions/1/infer", body),
        ("POST", "/v2/repository/index", b"{}"),
        ("GET", "/v2/health/ready", None),
        ("GET", "/metrics", None),
    ]
    interesting_headers = ["Inference-Header-Content-Length", "Content-Encoding", "Content-Type", "Authorization",
                           "X-Request-ID", "Accept", "Accept-Encoding", "Expect", "Transfer-Encoding"]
    with httpx.Client(base_url=url, timeout=timeout, trust_env=False) as client:
        while time.monotonic() < deadline:
            method, path, content = rng.choice(targets)
            headers: list[tuple[bytes, bytes]] = []
            for _ in range(rng.randrange(0, 4)):
                name = rng.choice(interesting_headers) if rng.random() < 0.7 else _token(rng)
                headers.append((name.encode(), _latin1_value(rng)))
            query = "&".join(f"{_quote(_unicode(rng, 6))}={_quote(_unicode(rng, 12))}" for _ in range(rng.randrange(0, 4)))
            if rng.random() < 0.3:
                query += ("&" if query else "") + rng.choice(["version=", "top_k="]) + _quote(rng.choice(
                    ["1", "0", "-1", "1.0", "1_0", "+1", " 1", "²", "١", "9" * 30, _unicode(rng, 4)]))
            label = f"{method} {path}"
            try:
                response = client.request(method, path + ("?" + query if query else ""), content=content,
                                          headers=headers)
            except httpx.LocalProtocolError:
                continue  # the client refused to send it: nothing reached the server
            except httpx.HTTPError as exc:
                tally.add(label, "no-answer")
                findings.add("hang_or_dropped", operation=label, error=f"{type(exc).__name__}: {exc}",
                             headers=repr(headers), query=query)
                continue
            tally.add(label, response.status_code)
            if response.status_code >= 500 and not _documented_503(response, False):
                findings.add("server_error", operation=label, status=response.status_code, body=response.text,
                             headers=repr(headers), query=query)
            elif response.status_code < 300 and _undeclared(query, declared_query.get(path, set())):
                findings.add("accepted_malformed", operation=label, status=response.status_code,
                             body=response.text, headers=repr(headers), query=query)
    return tally


def _undeclared(query: str, declared: set[str]) -> list[str]:
    """Query parameter names a route does not declare (the server must answer those 400)."""
    return [name for name, _ in urllib.parse.parse_qsl(query, keep_blank_values=True) if name not in declared]


def _token(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz-0123456789") for _ in range(rng.randrange(1, 12)))


def _latin1_value(rng: random.Random) -> bytes:
    pool = [b"gzip", b"deflate", b"identity", b"\xb2", b"1" * 5000, b"-1", b"+1", b"12", b"Bearer x", b"\xff\xfe",
            b"application/json", b"100-continue", b"chunked", b" 7 "]
    if rng.random() < 0.5:
        return rng.choice(pool)
    return bytes(rng.choice([*range(0x20, 0x7F), *range(0xA0, 0x100)]) for _ in range(rng.randrange(0, 20)))


def _unicode(rng: random.Random, most: int) -> str:
    alphabet = [chr(c) for c in (*range(0x20, 0x7F), 0xB2, 0x661, 0xFF11, 0x1F600, 0x202E, 0xFEFF, 0x10FFFF, 0x0)]
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, most + 1)))


# --------------------------------------------------------------------------- driver


def fuzz(url: str, minutes: float, request_timeout: float, seed: int, models: dict[str, list[int]],
         image_bodies: dict[str, bytes], log: Callable[[str], None] = print) -> dict[str, Any]:
    """Run the three phases against `url` for `minutes` in all; the report as a dict."""
    findings = Findings()
    start = time.monotonic()
    budget = minutes * 60.0
    model = sorted(models)[0]
    version = str(models[model][0])
    shares = {"schema": 0.6, "stateful": 0.25, "raw": 0.15}
    phases: dict[str, Any] = {}
    at = start
    for phase, share in shares.items():
        deadline = at + budget * share
        log(f"fuzz: phase {phase} for {budget * share:.0f}s")
        began = time.monotonic()
        if phase == "schema":
            tally = schema_phase(url, model, version, deadline, request_timeout, findings, seed)
        elif phase == "stateful":
            tally = stateful_phase(url, models, deadline, request_timeout, findings, seed + 1, image_bodies)
        else:
            tally = raw_phase(url, model, deadline, request_timeout, findings, seed + 2, image_bodies[model])
        phases[phase] = {**tally.as_json(), "seconds": round(time.monotonic() - began, 1)}
        if hasattr(tally, "rounds"):
            phases[phase]["rounds"] = tally.rounds
        at = deadline
    by_status: Counter = Counter()
    for phase in phases.values():
        by_status.update(phase["by_status"])
    return {
        "seed": seed,
        "minutes": minutes,
        "seconds": round(time.monotonic() - start, 1),
        "request_timeout_s": request_timeout,
        "models": models,
        "totals": {
            "requests": sum(p["requests"] for p in phases.values()),
            "by_status": dict(sorted(by_status.items())),
            "server_errors": findings.kinds["server_error"],
            "documented_503": int(by_status.get("503", 0)),  # readiness of an unloaded model, or with Retry-After
            "hangs_or_dropped": findings.kinds["hang_or_dropped"],
            "accepted_malformed": findings.kinds["accepted_malformed"],
            "wrong_answer_for_state": findings.kinds["wrong_answer_for_state"],
            "fuzzer_errors": findings.kinds["fuzzer_error"],
            "negative_not_malformed": sum(sum(p.get("negative_not_malformed", {}).values()) for p in phases.values()),
        },
        "phases": phases,
        "findings": findings.kept,
    }


def _image_bodies(models: dict[str, tuple[int, int, int]]) -> dict[str, bytes]:
    import numpy as np

    bodies = {}
    for name, shape in models.items():
        images = np.random.default_rng(0).random((1, *shape), dtype=np.float32)
        body = {"inputs": [{"name": "input", "datatype": "FP32", "shape": [1, *shape], "data": images.reshape(-1).tolist()}]}
        bodies[name] = json.dumps(body).encode()
    return bodies


def _served_models(url: str) -> tuple[dict[str, list[int]], dict[str, tuple[int, int, int]]]:
    entries = json.loads(_post(url + "/v2/repository/index"))
    versions: dict[str, list[int]] = defaultdict(list)
    for entry in entries:
        if entry["state"] == "READY":
            versions[entry["name"]].append(int(entry["version"]))
    shapes = {}
    for name in versions:
        meta = json.loads(_get(f"{url}/v2/models/{name}"))
        shapes[name] = tuple(meta["inputs"][0]["shape"][1:])
    return {k: sorted(v) for k, v in sorted(versions.items())}, shapes


def _post(url: str) -> bytes:
    import httpx

    return httpx.post(url, timeout=30, trust_env=False).content


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="time budget for all three phases (default 5)")
    parser.add_argument("--report", type=Path, help="write the JSON report here")
    parser.add_argument("--url", help="fuzz this running server instead of starting one (it must allow repository control)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock; it is reported)")
    parser.add_argument("--request-timeout", type=float, default=20.0, help="seconds without an answer that count as a hang")
    args = parser.parse_args(argv)
    if args.minutes <= 0:
        parser.error("--minutes must be positive")
    seed = args.seed if args.seed is not None else int(time.time())
    server = None
    work = None
    try:
        if args.url:
            url = args.url.rstrip("/")
        else:
            from tests.server_fixtures import ServerProcess, build_repository

            work = tempfile.TemporaryDirectory(prefix="dynaprune-fuzz-")
            print("fuzz: exporting a small repository", flush=True)
            repo = build_repository(Path(work.name))
            server = ServerProcess(repo, Path(work.name) / "server.log")
            server.wait_ready()
            url = server.url
        models, shapes = _served_models(url)
        if not models:
            print("fuzz: error: the server serves no model", file=sys.stderr)
            return 2
        report = fuzz(url, args.minutes, args.request_timeout, seed, models, _image_bodies(shapes),
                      log=lambda line: print(line, flush=True))
        report["command"] = "python tools/fuzz_server.py " + " ".join(argv if argv is not None else sys.argv[1:])
        report["finished_utc"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        if server is not None:
            report["server_log_errors"] = [line for line in server.log_lines() if line.get("level") == "error"][:20]
    finally:
        if server is not None:
            server.stop()
        if work is not None:
            work.cleanup()
    text = json.dumps(report, indent=2, sort_keys=False)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text + "\n")
    totals = report["totals"]
    print(json.dumps(totals, indent=2))
    bad = sum(totals[k] for k in ("server_errors", "hangs_or_dropped", "accepted_malformed", "wrong_answer_for_state"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
