"""Server settings: one pydantic-settings model, read from `DYNAPRUNE_*` variables.

Every knob lives here so that an operator can configure a container through
the environment alone, while `dynaprune serve` flags override the same fields
(init arguments beat environment variables in pydantic-settings). Validation
errors become `UserError`s naming the variable, so a bad deployment fails at
start-up with one readable line instead of a traceback or a half-working server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from dynaprune.errors import UserError
from dynaprune.runtime.registry import ENGINE_CHOICES

ENV_PREFIX = "DYNAPRUNE_"
# Bounds of the dynamic-batching knobs, shared with the per-model `batching.json` (server.batching).
MAX_BATCH_SIZE_LIMIT = 1024
MAX_QUEUE_DELAY_MS_LIMIT = 1000.0


class ServerSettings(BaseSettings):
    """What `dynaprune serve` can be told; field `x` is env var `DYNAPRUNE_X`."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", frozen=True)

    repo: Path = Field(description="model repository: REPO/NAME/VERSION/manifest.json")
    host: str = Field(default="127.0.0.1", description="bind address; loopback unless told otherwise")
    port: int = Field(default=8000, ge=1, le=65535)
    device: Literal["auto", "cpu", "cuda"] = Field(
        default="auto", description="auto = CUDA when a GPU is present with onnxruntime-gpu or torch and triton"
    )
    engine: Literal[ENGINE_CHOICES] = Field(  # type: ignore[valid-type]
        default="auto",
        description="auto = for FTWT entries the Triton cuda engine on a GPU device (torch and triton present), "
        "the compiled masked engine when it is built and the device is the CPU, else ONNX Runtime; "
        "onnx = ONNX Runtime graphs (portable, and the CUDA fallback); docs/gpu.md",
    )
    intra_op_threads: int | None = Field(default=None, ge=1, description="threads per inference; None = the runtime's default")
    inter_op_threads: int | None = Field(default=None, ge=1)
    max_inflight: int = Field(default=2, ge=1, description="inferences computing at once")
    max_queue: int = Field(default=32, ge=0, description="inferences waiting for a slot before new ones are refused")
    reject_status: Literal[429, 503] = Field(default=429, description="status for requests refused by backpressure")
    retry_after_s: int = Field(default=1, ge=0, description="Retry-After header on refused requests")
    request_timeout_s: float | None = Field(default=None, gt=0, description="queue + compute deadline; 504 past it")
    max_body_bytes: int = Field(default=16 * 1024 * 1024, ge=1024, description="larger request bodies get 413")
    # Slow and abusive clients (server.http_protocol, server.limits; docs/reliability.md).
    header_timeout_s: float = Field(
        default=10.0, gt=0, le=3600, allow_inf_nan=False,
        description="a request's line and headers must arrive within this from its first byte (or from connecting); "
        "else 408 and the connection is closed (slow-loris headers, silent connections)",
    )
    body_timeout_s: float = Field(
        default=30.0, gt=0, le=3600, allow_inf_nan=False,
        description="a request's whole body must arrive within this after its headers; else 408 and the connection "
        "is closed (slow-loris bodies, a Content-Length larger than what is sent)",
    )
    keepalive_timeout_s: float = Field(
        default=5.0, gt=0, le=3600, allow_inf_nan=False,
        description="an idle keep-alive connection is closed after this",
    )
    max_connections: int = Field(
        default=512, ge=1, description="open client connections; one more is answered 503 (Retry-After) and closed"
    )
    max_request_batch: int = Field(default=64, ge=1, description="largest batch one request may carry (400 past it)")
    max_batch_size: int = Field(
        default=1,
        ge=1,
        le=MAX_BATCH_SIZE_LIMIT,
        description="dynamic batching: most images one engine call gathers from concurrent requests of one model "
        "version; 1 = off (each request is its own engine call). A request carrying more runs alone",
    )
    max_queue_delay_ms: float = Field(
        default=2.0,
        ge=0,
        le=MAX_QUEUE_DELAY_MS_LIMIT,
        allow_inf_nan=False,
        description="dynamic batching: longest a batch waits for more requests after its first one arrived "
        "(a lone request on an idle model never waits)",
    )
    max_concurrent_batches: int = Field(
        default=1,
        ge=1,
        le=64,
        description="dynamic batching: engine calls of one model version computing at once while its requests "
        "are batched (a lone request's included); more batches wait in the queue and grow instead. 1 keeps two "
        "batches from sharing the engine threads, which served more requests with a lower p99",
    )
    lean_infer_routes: bool = Field(
        default=True,
        description="serve POST .../infer through a lean ASGI layer ahead of FastAPI's router (same call and "
        "answers, a fraction of the CPU per request); false = through FastAPI's routes",
    )
    warmup_iterations: int = Field(default=2, ge=0)
    inline_compute_max_ms: float = Field(
        default=3.0,
        ge=0,
        description="run a one-image inference on the event loop (no thread hand-off) when the model's recent "
        "compute time is below this and it is the only open inference request; 0 disables",
    )
    admin_token: SecretStr | None = Field(default=None, description="bearer token for /v2/repository/*")
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @field_validator("admin_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: Any) -> Any:
        # `DYNAPRUNE_ADMIN_TOKEN=` in a compose file means "no token", not "the empty token".
        return None if value in ("", None) else value

    @field_validator("reject_status", mode="before")
    @classmethod
    def _status_from_text(cls, value: Any) -> Any:
        # Environment values arrive as text; Literal[429, 503] would not coerce "503".
        return int(value) if isinstance(value, str) and value.strip().isdigit() else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value


def load_settings(**overrides: Any) -> ServerSettings:
    """Build settings from the environment plus explicit overrides (None = not given).

    Raises UserError naming the offending setting and its variable.
    """
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        settings = ServerSettings(**given)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = ".".join(str(part) for part in err["loc"]) or "settings"
            problems.append(f"{field} ({ENV_PREFIX}{field.upper()}): {err['msg']}")
        raise UserError("invalid server settings: " + "; ".join(problems)) from exc
    if not settings.repo.is_dir():
        raise UserError(f"model repository {settings.repo} is not a directory")
    return settings
