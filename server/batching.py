"""Dynamic batching: what a batch may hold, per model, and how one engine call's result is shared out.

The queueing itself (who waits, who takes a compute slot) lives with admission control in
`server.inference`; this module holds the parts that need no event loop:

- `BatchPolicy`: `max_batch_size` images per engine call, `max_queue_delay_ms` of gathering and
  `max_concurrent_batches` engine calls of the version at once,
  from the server settings or a model's own `REPO/NAME/batching.json` (`BatchingFile`, read by the
  registry when the model loads; `read_batching_file` refuses a malformed one with a UserError).
- `take_batch`: the size rule, whole requests in arrival order, never splitting one.
- `split_prediction`: each request's own slice of the batch's `Prediction`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dynaprune.errors import UserError
from dynaprune.server.runtime import Prediction
from dynaprune.server.settings import MAX_BATCH_SIZE_LIMIT, MAX_QUEUE_DELAY_MS_LIMIT, ServerSettings

BATCHING_FILE = "batching.json"  # REPO/NAME/batching.json, beside the version directories
MAX_BATCHING_FILE_BYTES = 4096


@dataclass(frozen=True)
class BatchPolicy:
    max_batch_size: int  # images per engine call; 1 = no batching
    max_queue_delay_ms: float  # gathering time after a batch's first request arrived
    max_concurrent_batches: int = 1  # engine calls of the version computing at once (a lone request's included)

    @property
    def enabled(self) -> bool:
        return self.max_batch_size > 1

    @property
    def delay_s(self) -> float:
        return self.max_queue_delay_ms / 1000.0


class BatchingFile(BaseModel):
    """`REPO/NAME/batching.json`: a model's own batching settings; a field left out keeps the server's."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    max_batch_size: int | None = Field(default=None, ge=1, le=MAX_BATCH_SIZE_LIMIT)
    max_queue_delay_ms: float | None = Field(default=None, ge=0, le=MAX_QUEUE_DELAY_MS_LIMIT, allow_inf_nan=False)
    max_concurrent_batches: int | None = Field(default=None, ge=1, le=64)

    def policy(self, settings: ServerSettings) -> BatchPolicy:
        return BatchPolicy(
            self.max_batch_size if self.max_batch_size is not None else settings.max_batch_size,
            self.max_queue_delay_ms if self.max_queue_delay_ms is not None else settings.max_queue_delay_ms,
            (self.max_concurrent_batches if self.max_concurrent_batches is not None
             else settings.max_concurrent_batches),
        )


def server_policy(settings: ServerSettings) -> BatchPolicy:
    return BatchPolicy(settings.max_batch_size, settings.max_queue_delay_ms, settings.max_concurrent_batches)


def read_batching_file(model_dir: Path) -> BatchingFile | None:
    """The model's `batching.json`, validated; None when it has none. UserError names what is wrong."""
    path = model_dir / BATCHING_FILE
    if not path.exists() and not path.is_symlink():
        return None
    where = str(path)
    try:
        if not path.is_file():
            raise UserError(f"{where} is not a regular file")
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{where} cannot be read: {exc}") from exc
    if len(raw) > MAX_BATCHING_FILE_BYTES:
        raise UserError(f"{where} is {len(raw)} bytes; a batching file is a small JSON object")
    try:
        payload = json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UserError(f"{where} is not valid JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise UserError(f"{where} must be a JSON object like "
                        '{"max_batch_size": 8, "max_queue_delay_ms": 2.0}')
    try:
        return BatchingFile.model_validate(payload)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:3]:
            field = ".".join(str(part) for part in err["loc"]) or "file"
            problems.append(f"{field}: {err['msg']}")
        raise UserError(f"{where} is invalid: " + "; ".join(problems)) from None


def take_batch(sizes: Sequence[int], max_batch_size: int) -> int:
    """How many of the queued requests (their image counts, in arrival order) the next engine call takes:
    whole requests while they fit in `max_batch_size` images, and always at least the first one (a
    request larger than the limit runs alone, neither split nor refused)."""
    if not sizes:
        return 0
    total, count = sizes[0], 1
    while count < len(sizes) and total + sizes[count] <= max_batch_size:
        total += sizes[count]
        count += 1
    return count


def split_prediction(prediction: Prediction, sizes: Sequence[int]) -> list[Prediction]:
    """One `Prediction` per request of a batch, in order: its own rows of logits, kept channels, FLOPs
    and extras; `compute_s` is the batch's (the engine call they shared)."""
    if sum(sizes) != prediction.batch:
        raise ValueError(f"batch of {prediction.batch} images split into requests of {list(sizes)}")
    if len(sizes) == 1:
        return [prediction]
    parts = []
    start = 0
    for size in sizes:
        rows = slice(start, start + size)
        parts.append(Prediction(
            logits=prediction.logits[rows],
            kept=prediction.kept[rows],
            flops_executed=prediction.flops_executed[rows],
            flops_dense=prediction.flops_dense,
            compute_s=prediction.compute_s,
            extras={name: values[rows] for name, values in prediction.extras.items()},
        ))
        start += size
    return parts
