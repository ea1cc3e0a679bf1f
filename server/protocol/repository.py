"""Model repository extension (Triton-style): index, load, unload.

Loads run in a worker thread (hashing and session creation take seconds); the
previous versions keep serving until the new ones are swapped in. When an
admin token is configured every call here needs it (401 otherwise).
"""

from __future__ import annotations

from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Body, Depends, Request

from dynaprune.server.deps import RegistryDep, require_admin
from dynaprune.server.errors import InvalidInput, LoadFailed
from dynaprune.server.protocol.schemas import ErrorBody, RepositoryEntry, RepositoryIndexRequest
from dynaprune.server.registry import VersionState, VersionStatus

router = APIRouter(prefix="/v2/repository", tags=["repository"], dependencies=[Depends(require_admin)])

_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "admin token missing or wrong"},
    404: {"model": ErrorBody, "description": "no such model in the repository"},
}


def _entries(statuses: list[VersionStatus]) -> list[RepositoryEntry]:
    return [RepositoryEntry(name=s.name, version=str(s.version), state=s.state.value, reason=s.reason) for s in statuses]


@router.post("/index", response_model=list[RepositoryEntry], responses=_RESPONSES, summary="every model version and its state")
async def index(
    request: Request, registry: RegistryDep, body: Annotated[RepositoryIndexRequest | None, Body()] = None
) -> list[RepositoryEntry]:
    if body is None and (await request.body()).strip():  # JSON `null` (or `  null `) is not "no body"
        raise InvalidInput("the index request body must be a JSON object such as {\"ready\": true}, or empty")
    statuses = registry.index()
    if body is not None and body.ready:
        statuses = [s for s in statuses if s.state is VersionState.READY]
    return _entries(statuses)


@router.post(
    "/models/{model_name}/load",
    response_model=list[RepositoryEntry],
    responses={**_RESPONSES, 400: {"model": ErrorBody, "description": "a version was refused (corrupt, tampered)"}},
    summary="(re)load every version of a model from disk",
)
async def load(model_name: str, registry: RegistryDep) -> list[RepositoryEntry]:
    statuses = await anyio.to_thread.run_sync(registry.load_model, model_name)
    refused = [s for s in statuses if s.state is not VersionState.READY]
    if refused:
        raise LoadFailed("; ".join(f"version {s.version} refused: {s.reason}" for s in refused))
    return _entries(statuses)


@router.post("/models/{model_name}/unload", response_model=list[RepositoryEntry], responses=_RESPONSES, summary="stop serving a model")
async def unload(model_name: str, registry: RegistryDep) -> list[RepositoryEntry]:
    return _entries(registry.unload_model(model_name))
