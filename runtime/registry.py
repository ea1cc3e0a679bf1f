"""Model families as registered plug-ins of the runtime (the timm registry pattern).

A family (`Family`) names itself, brings its manifest model (one arm of the manifest's
discriminated union) and the engines that run its entries. The built-in families register
themselves when their package is imported; `BUILTIN_FAMILIES` lists those packages, and is
the one place that changes when a family is added. Nothing outside a family's own package
asks which family an entry is: code looks the family up here.

The export side of a family (checkpoint recognition, export, summary lines) registers in
`dynaprune.exporter.families`, because it needs torch and the runtime must not.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Annotated, Any, Callable, Union

from pydantic import Field, TypeAdapter

from dynaprune.runtime.manifest import ManifestBase

if TYPE_CHECKING:  # pragma: no cover - typing only
    from dynaprune.runtime.contract import Runner

BUILTIN_FAMILIES = ("dynaprune.runtime.ftwt", "dynaprune.runtime.hebbian")
# What `--engine` accepts everywhere (server, bench): "auto" or the name of an engine.
ENGINE_CHOICES = ("auto", "native", "onnx", "cuda")


@dataclass(frozen=True)
class Engine:
    """One way to run a family's entries: the runner class, built as `runner(entry_dir, **options)`."""

    runner: type["Runner"]
    available: Callable[[], bool] = lambda: True
    unavailable_reason: Callable[[], str] = lambda: ""
    cpu_only: bool = False  # never chosen by "auto" when a GPU execution provider is asked for
    gpu_only: bool = False  # chosen by "auto" only when a GPU is asked for (its `available` is not even asked otherwise)

    @property
    def name(self) -> str:
        """"native", "onnx", ...: the runner's own `engine` name."""
        return self.runner.engine


@dataclass(frozen=True)
class Family:
    name: str  # the manifest's and the checkpoint's `family`
    manifest: type[ManifestBase]
    engines: tuple[Engine, ...]  # in "auto" preference order

    def engine(self, name: str) -> Engine:
        for engine in self.engines:
            if engine.name == name:
                return engine
        raise KeyError(name)


_FAMILIES: dict[str, Family] = {}
_LOCK = threading.Lock()
_LOADED = False


def register_family(family: Family) -> Family:
    """Add a family; its `manifest` must declare `family: Literal[family.name]`."""
    if family.manifest.FAMILY != family.name:
        raise ValueError(f"family {family.name!r}: its manifest model says FAMILY={family.manifest.FAMILY!r}")
    with _LOCK:
        if family.name in _FAMILIES and _FAMILIES[family.name] is not family:
            raise ValueError(f"family {family.name!r} is already registered")
        _FAMILIES[family.name] = family
    manifest_adapter.cache_clear()
    return family


def _load_builtins() -> None:
    global _LOADED
    if not _LOADED:
        for module in BUILTIN_FAMILIES:
            importlib.import_module(module)
        _LOADED = True


def families() -> list[Family]:
    _load_builtins()
    return list(_FAMILIES.values())


def family_names() -> list[str]:
    return [f.name for f in families()]


def get_family(name: str) -> Family:
    _load_builtins()
    try:
        return _FAMILIES[name]
    except KeyError:
        raise KeyError(f"unknown model family {name!r} (known: {', '.join(_FAMILIES)})") from None


@lru_cache(maxsize=1)
def manifest_adapter() -> TypeAdapter[Any]:
    """The manifest as a discriminated union on `family` of every registered family's model."""
    models = tuple(f.manifest for f in families())
    union: Any = models[0] if len(models) == 1 else Annotated[Union[models], Field(discriminator="family")]
    return TypeAdapter(union)
