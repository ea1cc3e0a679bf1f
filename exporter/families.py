"""The export side of each model family, as registered plug-ins.

A family recognises its checkpoints from their metadata, exports them into an entry, states the
figures of the result (`summary`, printed as JSON by `dynaprune export --json`) and the lines a
person reads, and may add its own command-line options. `export.export_checkpoint` dispatches
on this registry; the runtime side of each family registers in `dynaprune.runtime.registry`.
`BUILTIN_EXPORTERS` lists the modules that register the built-in families.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

if TYPE_CHECKING:  # pragma: no cover - typing only
    from dynaprune.exporter.entry_writer import ExportResult

BUILTIN_EXPORTERS = ("dynaprune.exporter.hebbian_export", "dynaprune.exporter.ftwt_export")


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked of one export, family-independent (plus the family's own `options`)."""

    repo: Path
    name: str | None = None
    version: int | None = None
    force: bool = False
    verify: bool = False
    verify_samples: int | None = None
    allow_pickle: bool = False
    progress: Callable[..., Iterable] | None = None  # progress(iterable, desc=..., unit=...)
    options: Mapping[str, Any] = None  # type: ignore[assignment]  # family-specific settings

    def wrap(self, iterable: Iterable, **kwargs: Any) -> Iterable:
        return self.progress(iterable, **kwargs) if self.progress else iterable


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    return None


def _no_options(args: argparse.Namespace) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class ExportFamily:
    name: str
    recognises: Callable[[Mapping[str, Any]], bool]  # checkpoint metadata -> is it this family's?
    export: Callable[[Path, ExportRequest], "ExportResult"]  # resolved checkpoint path, request
    summary: Callable[["ExportResult"], dict[str, Any]]
    summary_lines: Callable[[Mapping[str, Any]], list[str]]  # from `summary`
    option_names: tuple[str, ...] = ()  # keys of ExportRequest.options this family accepts
    add_arguments: Callable[[argparse.ArgumentParser], None] = _no_arguments
    options_from: Callable[[argparse.Namespace], dict[str, Any]] = _no_options


_EXPORTERS: dict[str, ExportFamily] = {}
_LOADED = False


def register_export_family(family: ExportFamily) -> ExportFamily:
    if family.name in _EXPORTERS and _EXPORTERS[family.name] is not family:
        raise ValueError(f"export family {family.name!r} is already registered")
    _EXPORTERS[family.name] = family
    return family


def export_families() -> list[ExportFamily]:
    global _LOADED
    if not _LOADED:
        for module in BUILTIN_EXPORTERS:
            importlib.import_module(module)
        _LOADED = True
    return list(_EXPORTERS.values())


def get_export_family(name: str) -> ExportFamily:
    for family in export_families():
        if family.name == name:
            return family
    raise KeyError(f"no exporter for family {name!r}")


def family_for_checkpoint(meta: Mapping[str, Any]) -> ExportFamily:
    """The first registered family (in BUILTIN_EXPORTERS order) that recognises the metadata."""
    for family in export_families():
        if family.recognises(meta):
            return family
    raise KeyError("no exporter recognises this checkpoint")
