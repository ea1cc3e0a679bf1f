"""FastAPI dependencies: how routers reach settings, the registry and the inference service.

The objects live on `app.state` (created by `server.app.create_app` and its
lifespan); routers declare what they need through these `Annotated` aliases,
so tests can build an app with a fake runtime without touching router code.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from dynaprune.server.errors import Unauthorized
from dynaprune.server.inference import InferenceService
from dynaprune.server.metrics import ServerMetrics
from dynaprune.server.registry import ModelRegistry
from dynaprune.server.settings import ServerSettings

# Every dependency is `async def` on purpose: FastAPI runs plain `def` dependencies in
# its thread pool, and a thread hop per dependency costs more than the whole masked
# inference of a small model.


async def get_settings(request: Request) -> ServerSettings:
    return request.app.state.settings


async def get_registry(request: Request) -> ModelRegistry:
    return request.app.state.registry


async def get_metrics(request: Request) -> ServerMetrics:
    return request.app.state.metrics


async def get_inference(request: Request) -> InferenceService:
    return request.app.state.inference


SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
RegistryDep = Annotated[ModelRegistry, Depends(get_registry)]
MetricsDep = Annotated[ServerMetrics, Depends(get_metrics)]
InferenceDep = Annotated[InferenceService, Depends(get_inference)]

_bearer = HTTPBearer(auto_error=False, description="required when admin_token is configured")


async def require_admin(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Repository control changes what the server runs: guard it when a token is configured."""
    if settings.admin_token is None:
        return
    expected = settings.admin_token.get_secret_value().encode()
    if credentials is None or not secrets.compare_digest(credentials.credentials.encode(), expected):
        raise Unauthorized("repository control needs 'Authorization: Bearer <admin_token>'")
