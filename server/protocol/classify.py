"""v1 convenience endpoint for people: upload a PNG/JPEG, get the top-k classes.

Same runtime and backpressure as v2 inference; the image is converted to the
model's channels and size (see `server.protocol.imaging`).
"""

from __future__ import annotations

from typing import Annotated, Any

import anyio.to_thread
import numpy as np
from fastapi import APIRouter, File, Query, UploadFile

from dynaprune.server.deps import InferenceDep, RegistryDep
from dynaprune.server.integers import STRICT_QUERY_INT
from dynaprune.server.protocol import codec
from dynaprune.server.protocol.imaging import image_to_tensor
from dynaprune.server.protocol.schemas import ClassifyResponse, ErrorBody, Prediction

router = APIRouter(tags=["classify (v1)"])

_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "undecodable or oversized image"},
    404: {"model": ErrorBody, "description": "unknown model or version"},
    413: {"model": ErrorBody, "description": "body over max_body_bytes"},
    415: {"model": ErrorBody, "description": "not a PNG or JPEG"},
    429: {"model": ErrorBody, "description": "backpressure (Retry-After)"},
    503: {"model": ErrorBody, "description": "model loading, or backpressure when reject_status=503"},
    504: {"model": ErrorBody, "description": "request_timeout_s exceeded"},
}


@router.post(
    "/v1/models/{model_name}/classify",
    response_model=ClassifyResponse,
    responses=_RESPONSES,
    summary="classify one uploaded image",
)
async def classify(
    model_name: str,
    file: Annotated[UploadFile, File(description="PNG or JPEG image")],
    registry: RegistryDep,
    inference: InferenceDep,
    top_k: Annotated[int, Query(ge=1, le=1000, description="how many classes to return"), STRICT_QUERY_INT] = 5,
    version: Annotated[int | None, Query(ge=1, description="model version; newest ready by default"),
                       STRICT_QUERY_INT] = None,
) -> ClassifyResponse:
    model = registry.get(model_name, version)
    spec = model.spec
    data = await file.read()
    images = await anyio.to_thread.run_sync(image_to_tensor, data, spec.input_shape)
    done = await inference.run(model, images)
    probabilities = codec.softmax(done.prediction.logits)[0]
    order = np.argsort(-probabilities, kind="stable")[: min(top_k, spec.num_classes)]
    return ClassifyResponse(
        model_name=spec.name,
        model_version=str(spec.version),
        predictions=[
            Prediction(class_index=int(i), class_name=spec.class_names[i], probability=float(probabilities[i])) for i in order
        ],
        **codec.flops_figures(done.prediction),
        extras=codec.extra_figures(done.prediction),
        **codec.timing_figures(done),
    )
