"""Where an inference computes: on the event loop only for a lone request, else in a worker thread."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from dynaprune.server.inference import InferenceService, OpenRequests
from dynaprune.server.metrics import ServerMetrics
from dynaprune.server.runtime import Prediction
from dynaprune.server.settings import ServerSettings


class ThreadRecordingModel:
    """The parts of `LoadedModel` the service uses; `predict` notes the thread it ran on."""

    def __init__(self, recent_compute_s: float) -> None:
        self.spec = SimpleNamespace(name="m", unit_names=("u",), unit_channels={"u": 4})
        self.recent_compute_s: float | None = recent_compute_s
        self.threads: list[str] = []

    def note_compute(self, seconds: float) -> None:
        pass

    def predict(self, images: np.ndarray) -> Prediction:
        self.threads.append(threading.current_thread().name)
        batch = images.shape[0]
        return Prediction(logits=np.zeros((batch, 2), np.float32), kept=np.full((batch, 1), 2, np.int64),
                          flops_executed=np.full(batch, 50.0), flops_dense=100.0, compute_s=1e-4)  # fmt: skip


def computing_thread(open_requests: int, tmp_path: Path) -> str:
    """Run one one-image inference of a recently fast model while `open_requests` are open."""
    settings = ServerSettings(repo=tmp_path, inline_compute_max_ms=3.0)
    model = ThreadRecordingModel(recent_compute_s=0.001)
    counter = OpenRequests()
    counter.count = open_requests

    async def main() -> None:
        service = InferenceService(settings, ServerMetrics(), counter)
        try:
            await service.run(model, np.zeros((1, 1, 4, 4), np.float32))  # type: ignore[arg-type]
        finally:
            service.shutdown()

    asyncio.run(main())
    return model.threads[0]


def test_a_lone_request_to_a_fast_model_computes_on_the_event_loop(tmp_path):
    assert computing_thread(open_requests=1, tmp_path=tmp_path) == threading.current_thread().name


def test_a_request_while_another_is_open_computes_in_a_worker_thread(tmp_path):
    assert computing_thread(open_requests=2, tmp_path=tmp_path).startswith("dynaprune-infer")
