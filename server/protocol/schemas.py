"""Pydantic models at the HTTP edge (Open Inference Protocol v2 and the v1 classify and catalogue APIs).

They document the wire format in /docs and validate what arrives; tensor
*contents* are checked by `server.protocol.codec`, which knows the model.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

# Parameter values in the v2 protocol are bool, number or string.
ParamValue = bool | int | float | str


class ErrorBody(BaseModel):
    error: str = Field(description="what went wrong, in words")


class ServerMetadata(BaseModel):
    name: str
    version: str
    extensions: list[str]


class ReadyBody(BaseModel):
    ready: bool


class ModelReadyBody(BaseModel):
    name: str
    version: str | None = None
    ready: bool


class TensorMetadata(BaseModel):
    name: str
    datatype: str
    shape: list[int] = Field(description="-1 marks the batch dimension")


class ModelMetadata(BaseModel):
    name: str
    versions: list[str]
    platform: str
    backend: str
    inputs: list[TensorMetadata]
    outputs: list[TensorMetadata]
    parameters: dict[str, Any] = Field(
        default_factory=dict,
        description="arch, class_names, unit_names, unit_channels (dense channels per unit), default_outputs",
    )


class RequestInput(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    shape: list[StrictInt] = Field(description="JSON integers only: [\"1\", 3, 16, 16] or [1.0, ...] is refused")
    datatype: str
    parameters: dict[str, ParamValue] | None = None
    data: Any = Field(default=None, description="row-major tensor contents, flat or nested; omit with binary_data_size")


class RequestOutput(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    parameters: dict[str, ParamValue] | None = None


class InferenceRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    parameters: dict[str, ParamValue] | None = None
    inputs: list[RequestInput] = Field(min_length=1)
    outputs: list[RequestOutput] | None = None


class ResponseOutput(BaseModel):
    name: str
    datatype: str
    shape: list[int]
    parameters: dict[str, ParamValue] | None = None
    data: list[float] | list[int] | None = None


class InferenceResponse(BaseModel):
    model_name: str
    model_version: str
    id: str | None = None
    parameters: dict[str, ParamValue] = Field(
        description="flops_dense, flops_executed, flops_skipped (totals over the batch), skip_ratio, queue_ms, compute_ms"
    )
    outputs: list[ResponseOutput]


class RepositoryIndexRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt filter must not silently list everything

    ready: StrictBool = Field(default=False, description="list only versions that are serving (JSON true or false)")


class RepositoryEntry(BaseModel):
    name: str
    version: str
    state: str
    reason: str = ""


class Prediction(BaseModel):
    class_index: int
    class_name: str
    probability: float


class ClassifyResponse(BaseModel):
    model_name: str
    model_version: str
    predictions: list[Prediction]
    flops_dense: float
    flops_executed: float
    flops_skipped: float
    skip_ratio: float
    queue_ms: float
    compute_ms: float
    extras: dict[str, float] = Field(
        default_factory=dict, description="family-specific figures, e.g. sweeps and winning_overlap of a dense Hebbian net"
    )


class ModelList(BaseModel):
    models: list[str] = Field(description="names of the models with at least one ready version, sorted")


class SampleImages(BaseModel):
    model_name: str
    model_version: str
    shape: list[int] = Field(description="[C, H, W] of every image (the model's input, batch dimension excluded)")
    labels: list[int] = Field(description="true class index of each image")
    label_names: list[str] = Field(description="class name of each label")
    source: str | None = Field(description="data URI of the test split the images come from; null without samples")
    images: list[list[float]] = Field(
        description="one flat row-major C*H*W list per image, float32 values in [0, 1] as clients send them; "
        "empty for a model exported without samples"
    )
