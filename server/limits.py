"""Pure-ASGI middleware: a deadline on reading the request body, and honest accounting of clients that leave.

Body deadline: uvicorn waits for body bytes as long as the client keeps the connection open, so
a slow-loris body, or a Content-Length larger than what is sent, holds a request (and, for the
inference routes, a place counted by admission control) for ever. Here every `receive()` of the
body must finish by `body_timeout_s` after the app was called (that is, after the headers were
complete); past it the request is answered 408 with `Connection: close`, whatever the app would
have answered (FastAPI turns a failed form read into a 400, which is not the cause). The
connection-level bound for clients that keep trickling after an answer is in
`server.http_protocol`.

Clients that leave: when the client disconnects before the answer, the app either raises
Starlette's `ClientDisconnect` or returns without answering; either way the outermost
middleware would record the request as a 500 (its default), so a client hanging up looked like a
server fault in `/metrics` and the logs. Such a request is recorded as 499 (nginx's "client
closed request") here; nothing reaches the wire, the client is gone.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dynaprune.server.middleware import send_json_error

CLIENT_CLOSED = 499


class _BodyTimeout(Exception):
    pass


class RequestDeadlineMiddleware:
    """408 for a body not received within `body_timeout_s`; 499 recorded for a client that left."""

    def __init__(self, app: ASGIApp, body_timeout_s: float) -> None:
        self.app = app
        self.body_timeout_s = body_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout_s
        seen: dict[str, Any] = {"body_done": False, "timed_out": False, "left": False, "started": False}

        async def bounded_receive() -> Message:
            if seen["body_done"] or seen["timed_out"]:
                return await receive()  # after the body: only http.disconnect is left to wait for
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                seen["timed_out"] = True
                raise _BodyTimeout from None
            if message["type"] == "http.disconnect":
                seen["left"] = True
            elif not message.get("more_body", False):
                seen["body_done"] = True
            return message

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                if seen["started"]:
                    return
                seen["started"] = True
                if seen["timed_out"]:
                    await self._timeout_answer(send)
                    return
                if seen["left"]:
                    await self._client_closed(send)
                    return
            elif seen["timed_out"] or seen["left"]:
                return  # the body of an answer replaced above
            await send(message)

        try:
            await self.app(scope, bounded_receive, guarded_send)
        except _BodyTimeout:
            if not seen["started"]:
                seen["started"] = True
                await self._timeout_answer(send)
            return
        except ClientDisconnect:
            seen["left"] = True
        if not seen["started"] and (seen["left"] or seen["timed_out"]):
            seen["started"] = True
            await (self._timeout_answer(send) if seen["timed_out"] else self._client_closed(send))

    async def _timeout_answer(self, send: Send) -> None:
        message = f"request body not received within body_timeout_s={self.body_timeout_s:g}"
        await send_json_error(send, 408, message, {"Connection": "close"})

    @staticmethod
    async def _client_closed(send: Send) -> None:
        # uvicorn drops what is sent on a closed connection; the status reaches the access log and metrics.
        await send_json_error(send, CLIENT_CLOSED, "client closed the request before the answer")
