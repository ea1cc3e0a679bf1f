"""Structured logging: one JSON object per line, carrying the request id.

Log shippers (Loki, CloudWatch, ELK) parse JSON lines without per-service
regexes, and a request id on every line - the same id echoed in `X-Request-ID`
- lets an operator go from a client's complaint to the server's side of it.
The id travels in a context variable, so lines logged deep in the runtime (even
in worker threads, see `server.inference`) carry it without being passed along.
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import json
import logging
import os
import re
import sys

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

# A client-supplied id is accepted only if it cannot smuggle anything into logs or headers.
_SANE_ID = re.compile(r"^[A-Za-z0-9._:@/+=-]{1,128}$")

# Attributes every LogRecord has; anything else was passed via `extra=` and is logged as a field.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName", "color_message"}


def new_request_id(client_value: str | None) -> str:
    if client_value and _SANE_ID.match(client_value):
        return client_value
    return os.urandom(16).hex()  # 32 hex digits, as uuid4().hex, at a fraction of the cost


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": _dt.datetime.fromtimestamp(record.created, tz=_dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id is not None:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: str = "info", stream=None) -> None:  # type: ignore[no-untyped-def]
    """Route the root logger (and uvicorn's, which propagate) to JSON lines on stderr."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
