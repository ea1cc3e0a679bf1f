"""The fuzz tool's rule for "accepted malformed" (tools/fuzz_server.py, docs/reliability.md).

A negative case answered 2xx is a finding only when it broke what the server is specified to
validate: path parameters, query strings, bodies, declared headers. Extra or garbled undeclared
headers are valid HTTP, and a case schemathesis itself marks positive broke nothing.
"""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

pytest.importorskip("schemathesis")

from schemathesis.core.parameters import ParameterLocation  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

from tools.fuzz_server import _undeclared, _why_not_malformed  # noqa: E402

NEG, POS = GenerationMode.NEGATIVE, GenerationMode.POSITIVE
DECLARED = {"inference-header-content-length"}


def _case(components: dict, *, mode=NEG, parameter=None, description="", headers=None):
    meta = NS(generation=NS(mode=mode), components={loc: NS(mode=m) for loc, m in components.items()},
              phase=NS(data=NS(parameter=parameter, description=description)))
    return NS(meta=meta, headers=headers or {})


@pytest.mark.parametrize("location", [ParameterLocation.QUERY, ParameterLocation.PATH, ParameterLocation.BODY])
def test_a_broken_path_query_or_body_is_malformed(location):
    assert _why_not_malformed(_case({location: NEG, ParameterLocation.HEADER: POS}), DECLARED) is None


def test_a_broken_declared_header_is_malformed():
    case = _case({ParameterLocation.HEADER: NEG}, parameter="Inference-Header-Content-Length",
                 description="violates `type`")
    assert _why_not_malformed(case, DECLARED) is None


def test_extra_undeclared_headers_are_not_malformed():
    case = _case({ParameterLocation.HEADER: NEG}, description="violates `additionalProperties`",
                 headers={"X-Junk": "\x7f"})
    assert _why_not_malformed(case, DECLARED) is not None


def test_a_header_mutation_that_does_not_say_which_header_counts_when_a_declared_one_was_sent():
    case = _case({ParameterLocation.HEADER: NEG}, headers={"Inference-Header-Content-Length": "x"})
    assert _why_not_malformed(case, DECLARED) is None


def test_a_case_schemathesis_generated_as_positive_is_not_malformed():
    assert _why_not_malformed(_case({ParameterLocation.BODY: POS}, mode=POS), DECLARED) is not None


def test_a_case_without_metadata_counts_as_malformed():
    assert _why_not_malformed(NS(meta=None), DECLARED) is None


def test_the_raw_phase_flags_undeclared_query_names_only():
    assert _undeclared("version=1&x=2&=3", {"version"}) == ["x", ""]
    assert _undeclared("version=%C2%B2", {"version"}) == []


def test_an_extra_query_parameter_that_reached_the_wire_is_malformed():
    case = _case({ParameterLocation.QUERY: NEG}, description="violates `additionalProperties`")
    assert _why_not_malformed(case, DECLARED, "version=1&x=", {"version"}) is None


def test_an_extra_query_parameter_the_client_dropped_is_not_malformed():
    # schemathesis generated {"version": 1, "": []}; requests sends only ?version=1
    case = _case({ParameterLocation.QUERY: NEG}, description="violates `additionalProperties`")
    assert _why_not_malformed(case, DECLARED, "version=1", {"version"}) is not None


def test_a_broken_declared_query_value_on_the_wire_is_malformed():
    case = _case({ParameterLocation.QUERY: NEG}, parameter="version", description="violates `minimum`")
    assert _why_not_malformed(case, DECLARED, "version=0", {"version"}) is None


def test_a_required_query_parameter_left_out_is_malformed():
    case = _case({ParameterLocation.QUERY: NEG}, parameter="version", description="violates `required`")
    assert _why_not_malformed(case, DECLARED, "", {"version"}) is None
