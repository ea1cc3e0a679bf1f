"""Query strings get the strictness bodies get: a parameter a route does not declare is a 400.

Why: request bodies refuse unknown fields (`extra="forbid"`), so a misspelt field is reported,
not silently ignored; a misspelt query parameter (`?verison=2`, `?topk=3`) was ignored and the
request answered with the defaults, which looks like success and is not what was asked. Every
FastAPI route gets `reject_unknown_query_parameters` as an app-wide dependency (the declared
names come from the matched route), and the lean inference layer (`server.protocol.lean`) calls
`unknown_query_parameter` with the names its routes declare (none), so both paths answer alike.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator
from urllib.parse import parse_qsl

from fastapi import Request

from dynaprune.server.errors import InvalidInput


def unknown_query_parameter(query_string: bytes, declared: Iterable[str]) -> str | None:
    """The first parameter of `query_string` not in `declared` (None when all are declared)."""
    if not query_string:
        return None
    allowed = set(declared)
    for name, _ in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        if name not in allowed:
            return name
    return None


def refuse_unknown(query_string: bytes, declared: Iterable[str]) -> None:
    """Raise a 400 naming the first undeclared parameter."""
    declared = sorted(declared)
    name = unknown_query_parameter(query_string, declared)
    if name is not None:
        accepted = ", ".join(declared) if declared else "none"
        raise InvalidInput(f"unknown query parameter {name!r} (this route accepts: {accepted})")


async def reject_unknown_query_parameters(request: Request) -> None:
    """App-wide FastAPI dependency: the matched route's declared query parameters, nothing else."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    refuse_unknown(request.scope.get("query_string", b""), (p.alias for p in _query_params(dependant)))


def _query_params(dependant: Any) -> Iterator[Any]:
    """Query parameters of a dependant and all its sub-dependencies (FastAPI flattens them the same way)."""
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _query_params(sub)
