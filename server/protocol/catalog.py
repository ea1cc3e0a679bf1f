"""v1 catalogue for people (and the web page): which models serve, and sample images of each.

Public like the v2 model metadata: no admin token (the repository extension, which also shows
refused entries and their reasons, keeps its guard). Sample images are the entry's own
`samples.npy` (`server.runtime.ModelSamples`), in the served input format, so a client can send
one straight back to `/v2/models/{name}/infer` or show it.
"""

from __future__ import annotations

import weakref
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from dynaprune.server.deps import RegistryDep
from dynaprune.server.errors import ModelNotFound
from dynaprune.server.integers import STRICT_QUERY_INT
from dynaprune.server.protocol.schemas import ErrorBody, ModelList, SampleImages
from dynaprune.server.registry import MODEL_NAME_RE
from dynaprune.server.runtime import LoadedModel

router = APIRouter(tags=["models (v1)"])

_SAMPLES_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "unknown model or version, or version not loaded"},
    503: {"model": ErrorBody, "description": "model still loading"},
}

# The body of each loaded version's samples, built on first request: a LoadedModel never changes,
# and a reload makes a new one (the old body goes with it).
_BODIES: weakref.WeakKeyDictionary[LoadedModel, bytes] = weakref.WeakKeyDictionary()


@router.get("/v1/models", response_model=ModelList, summary="names of the models that serve")
async def list_models(registry: RegistryDep) -> ModelList:
    return ModelList(models=registry.ready_names())


def samples_body(model: LoadedModel) -> SampleImages:
    spec = model.spec
    samples = model.samples
    labels = list(samples.labels) if samples is not None else []
    return SampleImages(
        model_name=spec.name,
        model_version=str(spec.version),
        shape=list(spec.input_shape),
        labels=labels,
        label_names=[spec.class_names[i] for i in labels],
        source=samples.source if samples is not None else None,
        images=samples.images.reshape(samples.count, -1).tolist() if samples is not None else [],
    )


@router.get(
    "/v1/models/{model_name}/samples",
    response_model=SampleImages,
    responses=_SAMPLES_ERRORS,
    summary="sample images of a model's test split (newest ready version)",
)
async def model_samples(
    model_name: str,
    registry: RegistryDep,
    version: Annotated[int | None, Query(ge=1, description="model version; newest ready by default"),
                       STRICT_QUERY_INT] = None,
) -> Response:
    if not MODEL_NAME_RE.match(model_name):
        raise ModelNotFound(f"unknown model {model_name!r} (model names match {MODEL_NAME_RE.pattern})")
    model = registry.get(model_name, version)
    body = _BODIES.get(model)
    if body is None:
        body = samples_body(model).model_dump_json().encode()
        _BODIES[model] = body
    return Response(body, media_type="application/json")
