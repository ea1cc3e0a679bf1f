"""Structured logs: JSON lines carrying a request id that is echoed in X-Request-ID."""

from __future__ import annotations

import io
import json
import logging

import pytest

from dynaprune.server.logs import configure_logging
from tests.server_fixtures import RGB, infer_body, random_images, running_app, tamper


@pytest.fixture
def log_stream():
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    configure_logging("info", stream)
    yield stream
    root.handlers[:], root.level = saved[0], saved[1]


def records(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_every_response_carries_a_generated_request_id(server_repo, log_stream):
    with running_app(server_repo) as client:
        first = client.get("/v2/health/live").headers["X-Request-ID"]
        second = client.get("/v2/health/live").headers["X-Request-ID"]
    assert first != second and len(first) == 32


def test_a_sane_client_request_id_is_accepted_and_logged(server_repo, log_stream):
    with running_app(server_repo) as client:
        response = client.post(f"/v2/models/{RGB}/infer", json=infer_body(random_images(1)), headers={"X-Request-ID": "client-42"})
    assert response.headers["X-Request-ID"] == "client-42"
    (line,) = [r for r in records(log_stream) if r.get("request_id") == "client-42"]
    assert line["msg"] == "request" and line["status"] == 200 and line["model"] == RGB and line["outcome"] == "success"
    assert line["path"] == f"/v2/models/{RGB}/infer" and line["duration_ms"] > 0


def test_an_unsafe_client_request_id_is_replaced(server_repo, log_stream):
    with running_app(server_repo) as client:
        response = client.get("/v2/health/live", headers={"X-Request-ID": "evil\tid with spaces" + "x" * 200})
    assert response.headers["X-Request-ID"] != "evil" and " " not in response.headers["X-Request-ID"]


def test_error_responses_carry_the_request_id_too(server_repo, log_stream):
    with running_app(server_repo) as client:
        response = client.post("/v2/models/nope/infer", json={}, headers={"X-Request-ID": "req-404"})
    assert response.status_code == 404 and response.headers["X-Request-ID"] == "req-404"


def test_every_log_line_is_a_json_object_with_level_and_timestamp(server_repo, log_stream):
    with running_app(server_repo) as client:
        client.get("/v2")
    lines = records(log_stream)
    assert lines and all({"ts", "level", "logger", "msg"} <= set(line) for line in lines)


def test_a_refused_entry_is_logged_with_its_reason(repo_copy, log_stream):
    tamper(repo_copy / RGB / "1")
    with running_app(repo_copy):
        pass
    (line,) = [r for r in records(log_stream) if r["msg"] == "model entry refused"]
    assert line["level"] == "error" and line["model"] == RGB and line["version"] == 1
    assert "sha256 mismatch" in line["reason"]
