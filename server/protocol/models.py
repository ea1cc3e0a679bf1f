"""v2 model endpoints: metadata, readiness and inference, with or without a version.

The infer handlers read the raw body themselves (rather than declaring a
pydantic body) because the binary tensor extension puts raw bytes after the
JSON header; the JSON part is still validated by `InferenceRequest`, and the
OpenAPI document describes it (see `INFER_BODY`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from dynaprune.server.deps import InferenceDep, RegistryDep, SettingsDep
from dynaprune.server.errors import ModelNotFound
from dynaprune.server.inference import InferenceService
from dynaprune.server.integers import parse_decimal
from dynaprune.server.protocol import codec
from dynaprune.server.protocol import infer as infer_call
from dynaprune.server.protocol.schemas import ErrorBody, InferenceResponse, ModelMetadata, ModelReadyBody, TensorMetadata
from dynaprune.server.registry import ModelRegistry, VersionState
from dynaprune.server.runtime import ModelSpec
from dynaprune.server.settings import ServerSettings

router = APIRouter(tags=["models (v2)"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "unknown model or version, or version not loaded"},
}
_INFER_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    400: {"model": ErrorBody, "description": "malformed request or tensor"},
    413: {"model": ErrorBody, "description": "body over max_body_bytes"},
    415: {"model": ErrorBody, "description": "unsupported Content-Encoding"},
    429: {"model": ErrorBody, "description": "backpressure: too many requests in flight (Retry-After)"},
    503: {"model": ErrorBody, "description": "model still loading, or backpressure when reject_status=503"},
    504: {"model": ErrorBody, "description": "request_timeout_s exceeded"},
}
INFER_BODY = {
    "requestBody": {
        "required": True,
        "description": "JSON inference request; with the binary tensor extension the JSON header is "
        "followed by raw tensor bytes and its length is given in Inference-Header-Content-Length.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/InferenceRequest"}},
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    },
    "parameters": [
        {
            "name": "Inference-Header-Content-Length",
            "in": "header",
            "required": False,
            "schema": {"type": "integer", "minimum": 0},
            "description": "length of the JSON header when binary tensor data follows it",
        }
    ],
}


def parse_version(text: str, name: str) -> int:
    version = parse_decimal(text)  # ASCII digits only: "²" or "١" must be a 404, not a 500 or version 1
    if version is None or version < 1:
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise ModelNotFound(f"model {name!r} has no version {shown!r} (versions are positive integers: digits 0-9, no leading zero)")
    return version


def _tensor_metadata(spec: ModelSpec) -> tuple[list[TensorMetadata], list[TensorMetadata]]:
    inputs = [TensorMetadata(name=spec.input_name, datatype=spec.datatype, shape=[-1, *spec.input_shape])]
    outputs = [
        TensorMetadata(name=codec.LOGITS, datatype="FP32", shape=[-1, spec.num_classes]),
        TensorMetadata(name=codec.PROBABILITIES, datatype="FP32", shape=[-1, spec.num_classes]),
        TensorMetadata(name=codec.KEPT_CHANNELS, datatype="INT64", shape=[-1, len(spec.unit_names)]),
    ]
    return inputs, outputs


def _metadata(registry: ModelRegistry, name: str, version: int | None) -> ModelMetadata:
    model = registry.get(name, version)
    spec = model.spec
    versions = [str(s.version) for s in registry.versions(name) if s.state is VersionState.READY]
    inputs, outputs = _tensor_metadata(spec)
    return ModelMetadata(
        name=spec.name,
        versions=versions if version is None else [str(spec.version)],
        platform=f"dynaprune_{spec.family}",
        backend=spec.backend,
        inputs=inputs,
        outputs=outputs,
        parameters={
            "arch": spec.arch,
            "class_names": list(spec.class_names),
            "unit_names": list(spec.unit_names),
            # Dense output channels of each unit, in unit_names order (null if the runtime does not say).
            "unit_channels": None if spec.unit_channels is None else [spec.unit_channels[u] for u in spec.unit_names],
            "flops_budget": spec.supports_flops_budget,  # requests may carry parameters.flops_budget
            "engine": spec.engine,  # the engine that runs it (native, onnx, cuda) and its device: docs/gpu.md
            "device": spec.device,
            "default_outputs": list(codec.DEFAULT_OUTPUTS),
        },
    )


@router.get("/v2/models/{model_name}", response_model=ModelMetadata, responses=_ERRORS, summary="model metadata")
async def model_metadata(model_name: str, registry: RegistryDep) -> ModelMetadata:
    return _metadata(registry, model_name, None)


@router.get(
    "/v2/models/{model_name}/versions/{model_version}",
    response_model=ModelMetadata,
    responses=_ERRORS,
    summary="model version metadata",
)
async def model_version_metadata(model_name: str, model_version: str, registry: RegistryDep) -> ModelMetadata:
    return _metadata(registry, model_name, parse_version(model_version, model_name))


def _ready(registry: ModelRegistry, name: str, version: int | None) -> JSONResponse:
    statuses = registry.versions(name)  # 404 for unknown models
    if version is not None:
        statuses = [s for s in statuses if s.version == version]
        if not statuses:
            raise ModelNotFound(f"model {name!r} has no version {version}")
    is_ready = any(s.state is VersionState.READY for s in statuses)
    body = ModelReadyBody(name=name, version=None if version is None else str(version), ready=is_ready)
    return JSONResponse(body.model_dump(), status_code=200 if is_ready else 503)


_READY_RESPONSES: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    503: {"model": ModelReadyBody, "description": "known but not serving"},
}


@router.get(
    "/v2/models/{model_name}/ready", response_model=ModelReadyBody, responses=_READY_RESPONSES, summary="model readiness"
)
async def model_ready(model_name: str, registry: RegistryDep) -> JSONResponse:
    return _ready(registry, model_name, None)


@router.get(
    "/v2/models/{model_name}/versions/{model_version}/ready",
    response_model=ModelReadyBody,
    responses=_READY_RESPONSES,
    summary="model version readiness",
)
async def model_version_ready(model_name: str, model_version: str, registry: RegistryDep) -> JSONResponse:
    return _ready(registry, model_name, parse_version(model_version, model_name))


async def _infer(
    request: Request,
    name: str,
    version: int | None,
    registry: ModelRegistry,
    inference: InferenceService,
    settings: ServerSettings,
) -> Response:
    content, headers, media_type = await infer_call.infer(
        registry, inference, settings, name, version, request.body,
        request.headers.get("content-encoding"), request.headers.get("inference-header-content-length"),
    )
    return Response(content, headers=headers, media_type=media_type)


@router.post(
    "/v2/models/{model_name}/infer",
    response_model=InferenceResponse,
    responses=_INFER_ERRORS,
    openapi_extra=INFER_BODY,
    summary="run inference (newest ready version)",
)
async def infer(
    model_name: str, request: Request, registry: RegistryDep, inference: InferenceDep, settings: SettingsDep
) -> Response:
    return await _infer(request, model_name, None, registry, inference, settings)


@router.post(
    "/v2/models/{model_name}/versions/{model_version}/infer",
    response_model=InferenceResponse,
    responses=_INFER_ERRORS,
    openapi_extra=INFER_BODY,
    summary="run inference on one version",
)
async def infer_version(
    model_name: str,
    model_version: str,
    request: Request,
    registry: RegistryDep,
    inference: InferenceDep,
    settings: SettingsDep,
) -> Response:
    version = parse_version(model_version, model_name)
    return await _infer(request, model_name, version, registry, inference, settings)
