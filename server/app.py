"""Application factory: wires settings, runtime and routers into one FastAPI app.

Start-up loads the repository in a background thread, so `/v2/health/live`
answers at once while `/v2/health/ready` stays 503 until every entry has been
loaded and warmed (or refused).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

from fastapi import Depends, FastAPI
from fastapi.openapi.utils import get_openapi

from dynaprune import __version__
from dynaprune.server.inference import InferenceService, OpenRequests
from dynaprune.server.metrics import ServerMetrics
from dynaprune.server.middleware import BodyLimitMiddleware, RequestContextMiddleware
from dynaprune.server.limits import RequestDeadlineMiddleware
from dynaprune.server.protocol import classify, handlers, health, metrics, models, repository
from dynaprune.server.protocol import catalog
from dynaprune.server.protocol import ui
from dynaprune.server.protocol.lean import LeanInferRoutes
from dynaprune.server.protocol.query import reject_unknown_query_parameters
from dynaprune.server.protocol.schemas import ErrorBody, InferenceRequest
from dynaprune.server.registry import ModelRegistry
from dynaprune.runtime.sessions import select_providers
from dynaprune.server.runtime import LoadedModel, RunnerFactory, default_runner_factory, load_entry
from dynaprune.server.settings import ServerSettings

log = logging.getLogger("dynaprune.server.app")


def create_app(settings: ServerSettings, runner_factory: RunnerFactory | None = None) -> FastAPI:
    """Build the app. `runner_factory` swaps the runtime (tests pass a fake); default: the exporter's runners."""
    providers = select_providers(settings.device)
    factory = runner_factory or functools.partial(default_runner_factory, engine=settings.engine)

    def load(path: Path, name: str, version: int) -> LoadedModel:
        return load_entry(
            path,
            expected_name=name,
            expected_version=version,
            factory=factory,
            providers=providers,
            intra_op_threads=settings.intra_op_threads,
            inter_op_threads=settings.inter_op_threads,
            warmup_iterations=settings.warmup_iterations,
        )

    server_metrics = ServerMetrics()
    open_requests = OpenRequests()
    registry = ModelRegistry(settings.repo, load, server_metrics)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.inference = InferenceService(settings, server_metrics, open_requests)
        log.info(
            "starting",
            extra={"repo": str(settings.repo), "providers": providers, "max_inflight": settings.max_inflight,
                   "max_batch_size": settings.max_batch_size, "max_queue_delay_ms": settings.max_queue_delay_ms,
                   "max_concurrent_batches": settings.max_concurrent_batches},
        )
        loader = threading.Thread(target=registry.load_all, name="dynaprune-load", daemon=True)
        loader.start()
        try:
            yield
        finally:
            app.state.inference.shutdown()
            await asyncio.to_thread(loader.join, 5.0)

    app = FastAPI(
        title="dynaprune inference server",
        version=__version__,
        description="Open Inference Protocol v2 for dynamically pruned (FTWT) CNNs; "
        "each request runs its own sub-network and reports the FLOPs it executed.",
        lifespan=lifespan,
        dependencies=[Depends(reject_unknown_query_parameters)],  # undeclared query parameters are a 400
    )
    app.state.settings = settings
    app.state.metrics = server_metrics
    app.state.registry = registry
    app.state.providers = providers

    handlers.install(app)
    for module in (health, models, repository, classify, metrics):
        app.include_router(module.router)
    app.include_router(catalog.router)
    app.include_router(ui.router)  # the page for people at /ui (static, same origin)
    if settings.lean_infer_routes:
        app.add_middleware(LeanInferRoutes)  # innermost of ours: inside the body limit and request context
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(RequestDeadlineMiddleware, body_timeout_s=settings.body_timeout_s)  # 408 slow bodies; 499 left
    app.add_middleware(RequestContextMiddleware, open_requests=open_requests)  # added last = outermost: sees every response
    app.openapi = functools.partial(_openapi, app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema plus the InferenceRequest schema the raw-body infer routes reference."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        request_schema = InferenceRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(request_schema.pop("$defs", {}))
        components["InferenceRequest"] = request_schema
        components["ErrorBody"] = ErrorBody.model_json_schema()
        # Validation failures leave through our handler as {"error": ...}, not FastAPI's default body.
        for item in schema["paths"].values():
            for operation in item.values():
                if "422" in operation.get("responses", {}):
                    operation["responses"]["422"] = {
                        "description": "invalid parameters or form fields",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
                    }
        if app.state.settings.admin_token is None:
            # No token configured: repository control takes no Authorization header, so do not declare one
            # (a declared security scheme reads as a required header to clients and fuzzers).
            for item in schema["paths"].values():
                for operation in item.values():
                    operation.pop("security", None)
            schema["components"].pop("securitySchemes", None)
        for unused in ("HTTPValidationError", "ValidationError"):
            components.pop(unused, None)
        app.openapi_schema = schema
    return app.openapi_schema
