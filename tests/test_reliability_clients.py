"""Slow and abusive clients against a real `dynaprune serve` on loopback: each one is bounded by a setting,
and the server keeps answering everyone else meanwhile.

The server here runs with short bounds (header 1 s, body 1.5 s, keep-alive 1 s, 24 connections) so
that every case ends in seconds; docs/reliability.md lists the settings and their defaults.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from contextlib import closing
from typing import Iterator

import httpx
import pytest

from dynaprune.loadtests.process_stats import sample_process
from tests.server_fixtures import RGB, ServerProcess, infer_body, random_images

HEADER_TIMEOUT_S = 1.0
BODY_TIMEOUT_S = 1.5
KEEPALIVE_TIMEOUT_S = 1.0
MAX_CONNECTIONS = 24
MAX_BODY_BYTES = 1024 * 1024
SLACK_S = 2.0  # scheduling on a shared 2-core machine; the bounds themselves are what is checked
NORMAL_LATENCY_S = 0.5  # a readiness probe on loopback takes milliseconds; this is generous


@pytest.fixture(scope="module")
def server(server_repo, tmp_path_factory) -> Iterator[ServerProcess]:
    env = {
        "DYNAPRUNE_HEADER_TIMEOUT_S": str(HEADER_TIMEOUT_S),
        "DYNAPRUNE_BODY_TIMEOUT_S": str(BODY_TIMEOUT_S),
        "DYNAPRUNE_KEEPALIVE_TIMEOUT_S": str(KEEPALIVE_TIMEOUT_S),
        "DYNAPRUNE_MAX_CONNECTIONS": str(MAX_CONNECTIONS),
        "DYNAPRUNE_MAX_BODY_BYTES": str(MAX_BODY_BYTES),
        "DYNAPRUNE_LEAN_INFER_ROUTES": "true",  # as shipped: POST .../infer goes through server.protocol.lean
    }
    process = ServerProcess(server_repo, tmp_path_factory.mktemp("clients") / "server.log", env=env)
    try:
        process.wait_ready()
        yield process
    finally:
        process.stop()


def connect(server: ServerProcess) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def read_until_closed(sock: socket.socket, limit_s: float) -> tuple[bytes, float]:
    """Everything the server sends until it closes the connection, and when it closed (from now)."""
    start = time.monotonic()
    sock.settimeout(limit_s)
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks), time.monotonic() - start


def status_of(raw: bytes) -> int:
    return int(raw.split(b" ", 2)[1])


def json_of(raw: bytes) -> dict:
    return json.loads(raw.split(b"\r\n\r\n", 1)[1])


def ready_latency(server: ServerProcess) -> float:
    start = time.monotonic()
    response = httpx.get(server.url + "/v2/health/ready", timeout=10, trust_env=False)
    assert response.status_code == 200
    return time.monotonic() - start


class Dribbler(threading.Thread):
    """Sends `data` a few bytes at a time until it is all sent or the server closes the connection."""

    def __init__(self, sock: socket.socket, data: bytes, step: int, pause_s: float) -> None:
        super().__init__(daemon=True)
        self.sock, self.data, self.step, self.pause_s = sock, data, step, pause_s

    def run(self) -> None:
        for at in range(0, len(self.data), self.step):
            try:
                self.sock.sendall(self.data[at:at + self.step])
            except OSError:
                return
            time.sleep(self.pause_s)


def infer_request(content_length: int | None = None, body: bytes = b"", extra: str = "") -> bytes:
    length = len(body) if content_length is None else content_length
    head = (f"POST /v2/models/{RGB}/infer HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {length}\r\n{extra}\r\n")
    return head.encode() + body


def test_slow_loris_headers_get_408_at_the_header_timeout(server):
    with closing(connect(server)) as sock:
        head = infer_request(content_length=10)[:-2] + b"X-Padding: " + b"a" * 200 + b"\r\n\r\n"
        Dribbler(sock, head, step=1, pause_s=0.05).start()
        time.sleep(0.3)
        assert ready_latency(server) < NORMAL_LATENCY_S  # others are answered while it dribbles
        raw, closed_after = read_until_closed(sock, HEADER_TIMEOUT_S + SLACK_S)
    assert status_of(raw) == 408, raw
    assert "header_timeout_s" in json_of(raw)["error"]
    assert closed_after < HEADER_TIMEOUT_S + SLACK_S


def test_a_connection_that_sends_nothing_is_closed_at_the_header_timeout(server):
    with closing(connect(server)) as sock:
        raw, closed_after = read_until_closed(sock, HEADER_TIMEOUT_S + SLACK_S)
    assert raw == b""  # nothing was asked, nothing is answered: the connection is just closed
    assert closed_after < HEADER_TIMEOUT_S + SLACK_S


def test_crlfs_between_requests_do_not_keep_a_connection_open(server):
    with closing(connect(server)) as sock:
        Dribbler(sock, b"\r\n" * 200, step=2, pause_s=0.05).start()
        raw, closed_after = read_until_closed(sock, HEADER_TIMEOUT_S + SLACK_S)
    assert closed_after < HEADER_TIMEOUT_S + SLACK_S


def test_slow_loris_body_gets_408_at_the_body_timeout(server):
    body = json.dumps(infer_body(random_images(1))).encode()
    with closing(connect(server)) as sock:
        sock.sendall(infer_request(body=b"", content_length=len(body)))
        Dribbler(sock, body, step=20, pause_s=0.1).start()  # ~13 s for the whole body
        time.sleep(0.3)
        assert ready_latency(server) < NORMAL_LATENCY_S
        raw, closed_after = read_until_closed(sock, BODY_TIMEOUT_S + SLACK_S + 1.0)
    assert status_of(raw) == 408, raw
    assert b"connection: close" in raw.lower()
    assert "body_timeout_s" in json_of(raw)["error"]
    assert closed_after < BODY_TIMEOUT_S + SLACK_S + 1.0


def test_a_content_length_larger_than_the_body_gets_408_not_a_hang(server):
    body = json.dumps(infer_body(random_images(1))).encode()
    with closing(connect(server)) as sock:
        sock.sendall(infer_request(body=body, content_length=len(body) + 1000))
        raw, closed_after = read_until_closed(sock, BODY_TIMEOUT_S + SLACK_S + 1.0)
    assert status_of(raw) == 408, raw
    assert closed_after < BODY_TIMEOUT_S + SLACK_S + 1.0


def test_a_body_trickled_after_an_early_answer_does_not_hold_the_connection(server):
    # The model does not exist, so the server answers 404 without reading the body; the client keeps
    # sending it slowly, which would cancel uvicorn's keep-alive timer on every byte.
    with closing(connect(server)) as sock:
        head = b"POST /v2/models/nope/infer HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"
        sock.sendall(head)
        Dribbler(sock, b"x" * 100000, step=10, pause_s=0.05).start()
        raw, closed_after = read_until_closed(sock, BODY_TIMEOUT_S + SLACK_S + 2.0)
    assert status_of(raw) == 404
    assert closed_after < BODY_TIMEOUT_S + SLACK_S + 2.0


def test_idle_keep_alive_connections_are_closed_after_the_keep_alive_timeout(server):
    socks = [connect(server) for _ in range(12)]
    try:
        for sock in socks:
            sock.sendall(b"GET /v2/health/live HTTP/1.1\r\nHost: x\r\n\r\n")
        for sock in socks:
            sock.settimeout(5)
            assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        assert ready_latency(server) < NORMAL_LATENCY_S
        start = time.monotonic()
        for sock in socks:
            remaining = KEEPALIVE_TIMEOUT_S + SLACK_S - (time.monotonic() - start)
            _, _ = read_until_closed(sock, max(remaining, 0.1))
        assert time.monotonic() - start < KEEPALIVE_TIMEOUT_S + SLACK_S
    finally:
        for sock in socks:
            sock.close()


def test_connections_past_max_connections_get_503_with_retry_after(server):
    import select

    time.sleep(HEADER_TIMEOUT_S + 0.5)  # connections left by earlier tests have been closed by now
    socks = [connect(server) for _ in range(MAX_CONNECTIONS + 4)]  # opened well within the header timeout
    try:
        answers, waiting, until = [], list(socks), time.monotonic() + 0.5
        while waiting and time.monotonic() < until:
            readable, _, _ = select.select(waiting, [], [], max(until - time.monotonic(), 0))
            for sock in readable:
                answers.append(sock.recv(65536))
                waiting.remove(sock)
        assert len(answers) == 4, answers  # exactly those past the cap hear back at once
        for raw in answers:
            assert status_of(raw) == 503
            assert b"retry-after: 1" in raw.lower()
            assert "max_connections" in json_of(raw)["error"]
    finally:
        for sock in socks:
            sock.close()
    time.sleep(0.2)
    assert ready_latency(server) < NORMAL_LATENCY_S  # room again once they are gone


def test_gzip_bomb_is_refused_with_413_and_does_not_inflate_the_server(server):
    bomb = gzip.compress(b"\0" * (64 * MAX_BODY_BYTES), compresslevel=9)  # 64 MiB of zeros in ~64 KiB
    assert len(bomb) < MAX_BODY_BYTES
    rss_before = sample_process(server.proc.pid).rss_bytes
    response = httpx.post(f"{server.url}/v2/models/{RGB}/infer", content=bomb, timeout=30, trust_env=False,
                          headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert response.status_code == 413, response.text
    assert "max_body_bytes" in response.json()["error"]
    growth = sample_process(server.proc.pid).rss_bytes - rss_before
    assert growth < 16 * MAX_BODY_BYTES  # bounded by max_body_bytes, nowhere near the 64 MiB inflated size


def test_a_request_abandoned_mid_body_is_not_counted_as_a_server_error(server):
    body = json.dumps(infer_body(random_images(1))).encode()
    before = _outcomes(server)
    with closing(connect(server)) as sock:
        sock.sendall(infer_request(body=body[: len(body) // 2], content_length=len(body)))
        time.sleep(0.3)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _outcomes(server).get("client_error", 0) <= before.get("client_error", 0):
        time.sleep(0.05)
    after = _outcomes(server)
    assert after.get("client_error", 0) == before.get("client_error", 0) + 1
    assert after.get("server_error", 0) == before.get("server_error", 0)
    logged = [line for line in server.log_lines() if line.get("msg") == "request" and line.get("status") == 499]
    assert logged, "the abandoned request is logged with status 499"
    response = httpx.post(f"{server.url}/v2/models/{RGB}/infer", content=body, timeout=10, trust_env=False)
    assert response.status_code == 200


def _outcomes(server: ServerProcess) -> dict[str, float]:
    """dynaprune_requests_total for the RGB model, by outcome."""
    found: dict[str, float] = {}
    for line in httpx.get(server.url + "/metrics", timeout=10, trust_env=False).text.splitlines():
        if line.startswith("dynaprune_requests_total{") and f'model="{RGB}"' in line:
            outcome = line.split('outcome="', 1)[1].split('"', 1)[0]
            found[outcome] = float(line.rsplit(" ", 1)[1])
    return found


def test_serve_takes_the_client_bounds_as_flags(tmp_path):
    import argparse

    from dynaprune.server import cli

    parser = argparse.ArgumentParser()
    cli.add_parser(parser.add_subparsers(), "serve", "serve")
    args = parser.parse_args(["serve", "--repo", str(tmp_path), "--header-timeout", "2.5", "--body-timeout", "7",
                              "--keepalive-timeout", "1.5", "--max-connections", "3"])
    settings = cli.settings_from_args(args)
    assert (settings.header_timeout_s, settings.body_timeout_s, settings.keepalive_timeout_s,
            settings.max_connections) == (2.5, 7.0, 1.5, 3)
