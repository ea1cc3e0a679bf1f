"""Exception handlers: every error leaves as `{"error": "..."}` with its status.

`request.state.outcome` tells the request-metrics middleware when a status
alone would misclassify (a 503 that is backpressure, not a server fault).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dynaprune.server.errors import ServingError


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def serving_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServingError)
    if exc.outcome is not None:
        request.state.outcome = exc.outcome
    return _error(exc.status, exc.message, exc.headers)


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ())) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return _error(422, "invalid request: " + "; ".join(parts))


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return _error(exc.status_code, str(exc.detail), dict(exc.headers or {}))


def install(app: FastAPI) -> None:
    app.add_exception_handler(ServingError, serving_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
