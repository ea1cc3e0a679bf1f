"""The FTWT family in the runtime: its manifest section and its engines (CUDA, native CPU, ONNX Runtime).

"auto" prefers the CUDA engine (Triton kernels) when a GPU is asked for and torch, triton and a
GPU are there; else the compiled engine when it is built and no GPU provider is asked for; else
ONNX Runtime. Registering the CUDA engine imports neither torch nor triton.
"""

from dynaprune.runtime.ftwt.cuda import CudaRunner, cuda_engine_available, cuda_engine_unavailable_reason
from dynaprune.runtime.ftwt.manifest import FAMILY, FtwtManifest
from dynaprune.runtime.ftwt.native_runner import NativeRunner, native_available, native_info
from dynaprune.runtime.ftwt.onnx_runner import ModelRunner
from dynaprune.runtime.registry import Engine, Family, register_family

FAMILY_SPEC = register_family(Family(
    name=FAMILY,
    manifest=FtwtManifest,
    engines=(
        Engine(CudaRunner, available=cuda_engine_available, unavailable_reason=cuda_engine_unavailable_reason,
               gpu_only=True),
        Engine(NativeRunner, available=native_available,
               unavailable_reason=lambda: str(native_info().get("reason", "")), cpu_only=True),
        Engine(ModelRunner),
    ),
))

__all__ = ["FAMILY", "FAMILY_SPEC", "CudaRunner", "FtwtManifest", "ModelRunner", "NativeRunner"]
