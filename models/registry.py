"""Architecture registry: name -> constructor, as in timm.

Architecture modules register themselves on import; `create_model` imports them
on first use so that importing `models` (e.g. for FLOPs accounting in the
server) never pulls in torch.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

from dynaprune.errors import UserError

_ARCH_MODULES = ("dynaprune.models.vgg", "dynaprune.models.resnet_cifar", "dynaprune.models.resnet_imagenet", "dynaprune.models.mobilenet")
_REGISTRY: dict[str, Callable[..., Any]] = {}
_loaded = False


def register_model(fn: Callable[..., Any]) -> Callable[..., Any]:
    _REGISTRY[fn.__name__] = fn
    return fn


def _load() -> None:
    global _loaded
    if not _loaded:
        for module in _ARCH_MODULES:
            importlib.import_module(module)
        _loaded = True


def list_models() -> list[str]:
    _load()
    return sorted(_REGISTRY)


def create_model(name: str, **kwargs: Any) -> Any:
    """Build a registered architecture; unknown names are a user error."""
    _load()
    if name not in _REGISTRY:
        raise UserError(f"unknown architecture {name!r}; known: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[name](**kwargs)
