"""The dense-Hebbian family in the runtime: its manifest section and its ONNX Runtime engine."""

from dynaprune.runtime.hebbian.manifest import FAMILY, HebbianManifest
from dynaprune.runtime.hebbian.runner import HebbianRunner
from dynaprune.runtime.registry import Engine, Family, register_family

FAMILY_SPEC = register_family(Family(
    name=FAMILY,
    manifest=HebbianManifest,
    engines=(Engine(HebbianRunner),),
))

__all__ = ["FAMILY", "FAMILY_SPEC", "HebbianManifest", "HebbianRunner"]
