"""Engine selection: which runner executes an entry, decided once for every caller.

`open_runner(entry, engine=...)` reads the entry's family from its manifest and asks the
family (`dynaprune.runtime.registry`) for the engine: a named one ("native", "onnx", "cuda"), or
"auto", the first of the family's engines that is available and suits the execution providers
(an engine that runs on the CPU only is skipped when a GPU provider is asked for, one that runs on
a GPU only when none is).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from dynaprune.runtime.contract import Runner
from dynaprune.runtime.entry import load_manifest
from dynaprune.runtime.manifest import ManifestError
from dynaprune.runtime.registry import ENGINE_CHOICES, Engine, Family, get_family
from dynaprune.runtime.sessions import CPU


def choose_engine(family: Family, engine: str, providers: list[str] | None) -> Engine:
    """The engine `engine` names for `family`, or the first suitable one for "auto"."""
    if engine not in ENGINE_CHOICES:
        raise ValueError(f"engine must be one of {', '.join(ENGINE_CHOICES)}, got {engine!r}")
    if engine != "auto":
        try:
            chosen = family.engine(engine)
        except KeyError:
            names = ", ".join(e.name for e in family.engines)
            raise ManifestError(f"the {engine} engine does not run {family.name!r} entries "
                                f"(engines for {family.name}: {names})") from None
        if not chosen.available():
            raise ManifestError(f"the {engine} engine is not available ({chosen.unavailable_reason() or 'not built'})")
        return chosen
    gpu = any(p != CPU for p in (providers or []))
    for candidate in family.engines:
        if (gpu and candidate.cpu_only) or (not gpu and candidate.gpu_only):
            continue
        if candidate.available():
            return candidate
    raise ManifestError(f"no engine for {family.name!r} entries is available here")


def open_runner(
    entry_dir: str | os.PathLike[str],
    *,
    engine: str = "auto",
    threads: int | None = None,
    providers: list[str] | None = None,
    intra_op_threads: int | None = None,
    inter_op_threads: int | None = None,
    verify_hashes: bool = True,
) -> Runner:
    """The runner for one entry: its family's `engine` (see module doc); the manifest (and, unless
    told otherwise, every file's sha256) is verified once, here."""
    manifest = load_manifest(Path(entry_dir), verify_hashes=verify_hashes)
    family = get_family(manifest.family)
    chosen = choose_engine(family, engine, providers)
    options: dict[str, Any] = dict(providers=providers, inter_op_threads=inter_op_threads, manifest=manifest)
    options["intra_op_threads"] = intra_op_threads if intra_op_threads is not None else threads
    return chosen.runner(entry_dir, **options)
