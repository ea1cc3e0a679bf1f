"""Server metadata and health probes (v2). Never subject to backpressure."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from dynaprune import __version__
from dynaprune.server.deps import RegistryDep
from dynaprune.server.protocol.schemas import ReadyBody, ServerMetadata

router = APIRouter(tags=["health"])

EXTENSIONS = ["binary_tensor_data", "model_repository"]


@router.get("/v2", response_model=ServerMetadata, summary="server metadata")
async def server_metadata() -> ServerMetadata:
    return ServerMetadata(name="dynaprune", version=__version__, extensions=EXTENSIONS)


@router.get("/v2/health/live", summary="liveness: the process answers")
async def live() -> dict[str, bool]:
    return {"live": True}


@router.get(
    "/v2/health/ready",
    response_model=ReadyBody,
    responses={503: {"model": ReadyBody, "description": "still loading, or no model version serves"}},
    summary="readiness: start-up load finished and at least one model version serves",
)
async def ready(registry: RegistryDep) -> JSONResponse:
    is_ready = registry.is_ready()
    return JSONResponse({"ready": is_ready}, status_code=200 if is_ready else 503)
