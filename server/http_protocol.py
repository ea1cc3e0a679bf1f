"""uvicorn's HTTP protocol with the bounds it lacks: a header deadline, a body deadline, a connection cap.

Why a subclass: uvicorn (httptools) arms its keep-alive timer only after a response, so a
connection that never sends a byte, or sends a request head one byte every few seconds
(slow loris), or sends CRLFs between requests, is held for ever; `limit_concurrency` answers
503 only once a request head is complete, so idle connections are not counted against it at
all. Each of those holds a file descriptor and memory, and enough of them starve real clients.

Per connection, one deadline at a time:

- from connecting, or from the first byte of the next request, its line and headers must be
  complete within `header_timeout_s`: else 408 (or a plain close when nothing was sent) and
  the connection is closed;
- once the headers are in, the body must be complete within `body_timeout_s` (plus a short
  grace): the app answers 408 itself at `body_timeout_s` (`server.limits`), and this closes a
  connection whose client still trickles bytes after an early answer (which would otherwise
  cancel the keep-alive timer on every byte);
- between requests uvicorn's own keep-alive timer (`keepalive_timeout_s`) applies.

A connection over `max_connections` is answered 503 with Retry-After and closed at once, before
any request is read, so the cap bounds descriptors rather than requests.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from dynaprune.server.settings import ServerSettings

BODY_GRACE_S = 1.0  # the app's own 408 (server.limits) goes first; this only closes what is left


def _response(status: int, reason: str, message: str, extra: str = "") -> bytes:
    body = json.dumps({"error": message}).encode()
    head = (f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
            f"{extra}connection: close\r\n\r\n")
    return head.encode("latin-1") + body


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """HttpToolsProtocol plus deadlines and a connection cap; `bounded_protocol` sets the class attributes."""

    header_timeout_s: float = 10.0
    body_timeout_s: float = 30.0
    max_connections: int = 512
    retry_after_s: int = 1

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._phase = "idle"  # idle (between requests) -> head -> body -> app -> idle

    # ------------------------------------------------------------------ connection

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            message = f"too many open connections (max_connections={self.max_connections}); retry later"
            self.transport.write(_response(503, "Service Unavailable", message, f"retry-after: {self.retry_after_s}\r\n"))
            self.transport.close()
            return
        self._arm(self.header_timeout_s, self._head_expired)  # a silent connection is a slow head

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._phase == "idle" and self._deadline is None:
            # Bytes between requests (CRLFs, or the start of the next head) start the header clock.
            self._arm(self.header_timeout_s, self._head_expired)
        super().data_received(data)

    # ------------------------------------------------------------------ parser callbacks

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._phase = "head"
        if self._deadline is None:
            self._arm(self.header_timeout_s, self._head_expired)

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._phase = "body"
        self._arm(self.body_timeout_s + BODY_GRACE_S, self._body_expired)

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._phase = "app"
        self._disarm()

    def on_response_complete(self) -> None:
        if self._phase == "app":
            self._phase = "idle"
        super().on_response_complete()

    # ------------------------------------------------------------------ deadlines

    def _arm(self, delay: float, callback: Any) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(delay, callback)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _head_expired(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            # A pipelined head behind a request still being answered: let that answer finish first.
            self._arm(self.header_timeout_s, self._head_expired)
            return
        if self._phase == "head":
            message = f"request headers not received within header_timeout_s={self.header_timeout_s:g}"
            self.transport.write(_response(408, "Request Timeout", message))
        self.transport.close()

    def _body_expired(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()


def bounded_protocol(settings: ServerSettings) -> type[BoundedHttpToolsProtocol]:
    """The protocol class for `uvicorn.run(http=...)`, carrying these settings' bounds."""
    return type(
        "DynapruneHttpProtocol",
        (BoundedHttpToolsProtocol,),
        {
            "header_timeout_s": settings.header_timeout_s,
            "body_timeout_s": settings.body_timeout_s,
            "max_connections": settings.max_connections,
            "retry_after_s": settings.retry_after_s,
        },
    )
