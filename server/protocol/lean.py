"""The inference routes served ahead of FastAPI's router: same call, a fraction of the CPU.

Why: under load the server is CPU bound, and for one request FastAPI's router (matching every
route in turn), dependency solving, and its exception and exit-stack layers cost more event-loop
time than decoding, batching and encoding together (py-spy, concurrency 32: about half of the
loop's time). Every core the loop spends there is taken from the engine. This layer matches only
`POST /v2/models/{name}[/versions/{version}]/infer`, calls the one inference call
(`server.protocol.infer`) with the app's registry, inference service and settings, and renders
errors exactly as the exception handlers do (`{"error": ...}` with the error's status, headers
and metric outcome). Everything else - other methods, every other path - goes on to FastAPI,
which still documents these routes in /openapi.json and serves them when this layer is turned off
(`lean_infer_routes=false`, the reference the tests compare against).

It sits inside the request-context and body-limit middleware, so request ids, access logs,
request metrics and the body limit apply unchanged.
"""

from __future__ import annotations

import json
import re

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dynaprune.server.errors import ServingError
from dynaprune.server.protocol import infer as infer_call
from dynaprune.server.protocol.models import parse_version
from dynaprune.server.protocol.query import refuse_unknown

_INFER = re.compile(r"^/v2/models/(?P<name>[^/]+)(?:/versions/(?P<version>[^/]+))?/infer$")


class LeanInferRoutes:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = _INFER.match(scope["path"]) if scope["type"] == "http" and scope["method"] == "POST" else None
        if match is None:
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        headers = _headers(scope)
        name, version_text = match.group("name"), match.group("version")
        try:
            refuse_unknown(scope.get("query_string", b""), ())  # as the FastAPI routes (server.protocol.query)
            version = None if version_text is None else parse_version(version_text, name)
            content, extra, media_type = await infer_call.infer(
                state.registry, state.inference, state.settings, name, version, lambda: _read_body(receive),
                headers.get("content-encoding"), headers.get("inference-header-content-length"),
            )
        except ClientDisconnect:
            return  # nobody to answer; the access log records the request as it ended
        except ServingError as exc:
            if exc.outcome is not None:
                scope.setdefault("state", {})["outcome"] = exc.outcome
            content, extra, media_type = json.dumps({"error": exc.message}).encode(), exc.headers, "application/json"
            await _respond(send, exc.status, content, extra, media_type)
            return
        await _respond(send, 200, content, extra, media_type)


def _headers(scope: Scope) -> dict[str, str]:
    """The two request headers the call reads (first occurrence wins, as in Starlette's `Headers.get`)."""
    found: dict[str, str] = {}
    for key, value in scope["headers"]:
        if key in (b"content-encoding", b"inference-header-content-length"):
            found.setdefault(key.decode("latin-1"), value.decode("latin-1"))
    return found


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message: Message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(send: Send, status: int, content: bytes, headers: dict[str, str], media_type: str) -> None:
    raw = [(b"content-length", str(len(content)).encode("latin-1")), (b"content-type", media_type.encode("latin-1"))]
    raw += [(key.lower().encode("latin-1"), value.encode("latin-1")) for key, value in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": content})
