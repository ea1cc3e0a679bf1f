"""How a runner feeds ONNX Runtime sessions: numpy through `session.run`, or IO binding on the device.

The FTWT graphs on ONNX Runtime are many small sessions called one after the other (two per unit and
sample). Through `session.run`, every activation would go to the host and back between two units
when the provider is CUDA. `BoundCalls` binds inputs and outputs as OrtValues on the provider's
device instead, so tensors stay there from one session to the next, and only what the host needs
(the kept indices, the logits) is copied back. `HostCalls` is the plain path. Both answer through
the same four methods, so a runner is written once for both; ONNX Runtime's CPU provider takes IO
binding too, which is how the bound path is tested without a GPU.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import onnxruntime as ort


class HostCalls:
    """`session.run` on numpy arrays (the CPU provider's natural path)."""

    bound = False

    def put(self, array: np.ndarray) -> Any:
        return array

    def run(self, session: ort.InferenceSession, outputs: list[str], feeds: dict[str, Any]) -> list[Any]:
        return session.run(outputs, feeds)

    def shape(self, value: Any) -> tuple[int, ...]:
        return tuple(value.shape)

    def host(self, value: Any) -> np.ndarray:
        return np.asarray(value)


class BoundCalls:
    """IO binding: inputs and outputs live as OrtValues on `device` ("cuda" or "cpu", index `device_id`)."""

    bound = True

    def __init__(self, device: str = "cuda", device_id: int = 0) -> None:
        self.device = device
        self.device_id = device_id

    def put(self, array: np.ndarray) -> ort.OrtValue:
        """A host array copied to the device (on the CPU: wrapped, the OrtValue keeps it alive)."""
        return ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(array), self.device, self.device_id)

    def run(self, session: ort.InferenceSession, outputs: list[str], feeds: dict[str, Any]) -> list[ort.OrtValue]:
        binding = session.io_binding()
        for name, value in feeds.items():
            binding.bind_ortvalue_input(name, value if isinstance(value, ort.OrtValue) else self.put(value))
        for name in outputs:
            binding.bind_output(name, self.device, self.device_id)  # ORT allocates it there, shape from the run
        session.run_with_iobinding(binding)
        return binding.get_outputs()

    def shape(self, value: ort.OrtValue) -> tuple[int, ...]:
        return tuple(value.shape())  # metadata only: no copy, no sync

    def host(self, value: ort.OrtValue) -> np.ndarray:
        return value.numpy()
