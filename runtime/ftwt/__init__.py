"""The FTWT family in the runtime: its manifest section and its engines (native CPU, ONNX Runtime).

"auto" prefers the compiled engine when it is built and no GPU provider is asked for.
"""

from dynaprune.runtime.ftwt.manifest import FAMILY, FtwtManifest
from dynaprune.runtime.ftwt.native_runner import NativeRunner, native_available, native_info
from dynaprune.runtime.ftwt.onnx_runner import ModelRunner
from dynaprune.runtime.registry import Engine, Family, register_family

FAMILY_SPEC = register_family(Family(
    name=FAMILY,
    manifest=FtwtManifest,
    engines=(
        Engine(NativeRunner, available=native_available,
               unavailable_reason=lambda: str(native_info().get("reason", "")), cpu_only=True),
        Engine(ModelRunner),
    ),
))

__all__ = ["FAMILY", "FAMILY_SPEC", "FtwtManifest", "ModelRunner", "NativeRunner"]
