"""The fuzz tool's rule for a 5xx (tools/fuzz_server.py, docs/reliability.md).

Every 5xx is a finding except the two 503s the server documents: a readiness probe of a model that
is not loaded, and a refusal that tells the client when to come back (Retry-After).
"""

from __future__ import annotations

import httpx
import pytest

pytest.importorskip("schemathesis")

from tools.fuzz_server import _documented_503  # noqa: E402


def _response(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers or {})


def test_a_500_is_always_a_finding():
    assert not _documented_503(_response(500), readiness_probe=True)


def test_a_503_from_a_readiness_probe_is_documented():
    assert _documented_503(_response(503), readiness_probe=True)


def test_a_503_elsewhere_needs_retry_after():
    assert not _documented_503(_response(503), readiness_probe=False)
    assert _documented_503(_response(503, {"Retry-After": "1"}), readiness_probe=False)
