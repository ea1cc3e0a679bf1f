"""Property-based fuzzing of the whole OpenAPI surface (schemathesis) against a real server.

For every operation in /openapi.json, schemathesis generates valid and
deliberately invalid requests (positive and negative mode); whatever arrives,
the server must not answer 5xx. It runs against the shared `dynaprune serve`
process, so uvicorn's HTTP parsing is part of what is fuzzed. Each operation is
fuzzed twice: with generated path parameters (mostly unknown models), and with
a real model name, so the request bodies reach the tensor and image decoders.

(schemathesis' own pytest plugin does not run under pytest 9, so operations are
turned into Hypothesis strategies and driven with `@given` directly.)
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

from tests.server_fixtures import RGB  # noqa: E402

EXAMPLES = 15


def _takes_invalid_input(operation: dict) -> bool:
    """Whether negative mode has something to break: a body, or a parameter that is not any-string."""
    if operation.get("requestBody"):
        return True
    return any(p["in"] != "path" or p.get("schema", {}).get("type") != "string" for p in operation.get("parameters", []))


def _fixed_path(path: str) -> dict[str, str] | None:
    """A real model for the path's parameters; None for repository control (would unload shared models)."""
    if "{model_name}" not in path or path.startswith("/v2/repository"):
        return None
    return {"model_name": RGB, **({"model_version": "1"} if "{model_version}" in path else {})}


def _cases() -> list:
    """One case per (operation, generation mode, path parameters), read from the app at collection time."""
    import tempfile

    from dynaprune.server.app import create_app
    from dynaprune.server.settings import ServerSettings

    with tempfile.TemporaryDirectory() as empty:
        paths = create_app(ServerSettings(repo=empty)).openapi()["paths"]
    cases = []
    for path, item in paths.items():
        for method, operation in item.items():
            modes = [GenerationMode.POSITIVE] + ([GenerationMode.NEGATIVE] if _takes_invalid_input(operation) else [])
            for fixed in [None, _fixed_path(path)] if _fixed_path(path) else [None]:
                for mode in modes:
                    label = f"{method.upper()} {path} {mode.value}" + (" real-model" if fixed else "")
                    cases.append(pytest.param(method.upper(), path, mode, fixed, id=label))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def api_schema(server_process):
    config = SchemathesisConfig.from_dict({"generation": {"deterministic": True}})
    return schemathesis.openapi.from_url(server_process.url + "/openapi.json", config=config)


def test_every_documented_operation_is_fuzzed():
    assert len({(c.values[0], c.values[1]) for c in CASES}) >= 14


@pytest.mark.parametrize(("method", "path", "mode", "fixed"), CASES)
def test_no_generated_request_gets_a_server_error(api_schema, method, path, mode, fixed):
    operation = api_schema[path][method]
    strategy = operation.as_strategy(generation_mode=mode, path_parameters=fixed)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(case=strategy)
    def fuzz(case):  # type: ignore[no-untyped-def]
        response = case.call(timeout=30)
        assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
        case.validate_response(response, checks=[not_a_server_error])

    fuzz()


@pytest.mark.fuzz_long
def test_minutes_of_fuzzing_find_no_server_error_hang_accepted_malformed_or_wrong_state(tmp_path):
    """Nightly: `pytest -m fuzz_long` (DYNAPRUNE_FUZZ_MINUTES, default 5), the same run as tools/fuzz_server.py."""
    import json
    import os

    from tools.fuzz_server import main

    report = tmp_path / "fuzz-report.json"
    main(["--minutes", os.environ.get("DYNAPRUNE_FUZZ_MINUTES", "5"), "--report", str(report)])
    totals = json.loads(report.read_text())["totals"]
    for kind in ("server_errors", "hangs_or_dropped", "accepted_malformed", "wrong_answer_for_state"):
        assert totals[kind] == 0, (kind, totals)
