"""Pure-ASGI middleware: request ids, access logs, request metrics, body limit.

Pure ASGI rather than `BaseHTTPMiddleware` because these must see *every*
response - including ones produced before routing (413) and after an
unhandled exception - and must not buffer bodies.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dynaprune.server.inference import OpenRequests
from dynaprune.server.integers import parse_decimal
from dynaprune.server.logs import new_request_id, request_id_var
from dynaprune.server.metrics import outcome_for_status

log = logging.getLogger("dynaprune.server.access")

# Inference endpoints, matched on the path so that even requests refused before
# routing (413) are counted against their model.
_INFERENCE_PATH = re.compile(r"^/v2/models/(?P<model>[^/]+)(?:/versions/[^/]+)?/infer$|^/v1/models/(?P<model1>[^/]+)/classify$")


def inference_model(path: str) -> str | None:
    match = _INFERENCE_PATH.match(path)
    if match is None:
        return None
    return match.group("model") or match.group("model1")


async def send_json_error(send: Send, status: int, message: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": message}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class RequestContextMiddleware:
    """Outermost layer: assigns the request id, keeps count of the open inference requests, logs
    and counts the finished request."""

    def __init__(self, app: ASGIApp, open_requests: OpenRequests) -> None:
        self.app = app
        self.open_requests = open_requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = new_request_id(Headers(scope=scope).get("x-request-id"))
        token = request_id_var.set(request_id)
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        start = time.perf_counter()
        response: dict[str, Any] = {"status": 500, "started": False}
        inference = inference_model(scope["path"]) is not None
        self.open_requests.count += inference

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                response["status"] = message["status"]
                response["started"] = True
                MutableHeaders(scope=message).append("X-Request-ID", request_id)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            log.exception("unhandled error", extra={"method": scope["method"], "path": scope["path"]})
            response["status"] = 500
            if not response["started"]:
                await send_json_error(
                    send, 500, f"internal server error (request id {request_id})", {"X-Request-ID": request_id}
                )
        finally:
            self.open_requests.count -= inference
            self._record(scope, state, response["status"], time.perf_counter() - start)
            request_id_var.reset(token)

    @staticmethod
    def _record(scope: Scope, state: dict[str, Any], status: int, seconds: float) -> None:
        fields: dict[str, Any] = {
            "method": scope["method"],
            "path": scope["path"],
            "status": status,
            "duration_ms": round(seconds * 1000, 3),
        }
        model = inference_model(scope["path"])
        app_state = getattr(scope.get("app"), "state", None)
        if model is not None and app_state is not None and hasattr(app_state, "registry"):
            label = app_state.registry.metric_label(model)
            outcome = state.get("outcome") or outcome_for_status(status)
            app_state.metrics.observe_request(label, outcome, seconds)
            fields.update(model=label, outcome=outcome)
        # Probes and scrapes arrive every few seconds from machines; keep them out of the info stream.
        quiet = scope["path"].startswith("/v2/health/") or scope["path"] == "/metrics"
        log.log(logging.DEBUG if quiet else logging.INFO, "request", extra=fields)


class _BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """413 for bodies over `max_body_bytes`: by Content-Length up front, or while streaming.

    When the limit trips mid-stream, whatever the app answers (FastAPI turns a
    failed form parse into 400) is replaced by the 413, which is the real cause.
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    def _message(self) -> str:
        return f"request body exceeds max_body_bytes={self.limit}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        size = None if declared is None else parse_decimal(declared)  # "²".isdigit() is true; int("²") raises
        if size is not None and size > self.limit:
            await send_json_error(send, 413, self._message())
            return
        seen = {"bytes": 0, "exceeded": False, "answered": False}

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                seen["bytes"] += len(message.get("body", b""))
                if seen["bytes"] > self.limit:
                    seen["exceeded"] = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if not seen["exceeded"]:
                await send(message)
            elif message["type"] == "http.response.start" and not seen["answered"]:
                seen["answered"] = True
                await send_json_error(send, 413, self._message())

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _BodyTooLarge:
            if not seen["answered"]:
                seen["answered"] = True
                await send_json_error(send, 413, self._message())
