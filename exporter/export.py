"""Checkpoint -> one model-repository entry `REPO/NAME/VERSION/`, verified before it lands.

`export_checkpoint` checks the request, recognises the checkpoint's family
(`dynaprune.exporter.families`) and hands it to that family's exporter; each exporter writes
its graphs and manifest through `entry_writer.write_entry`, which leaves nothing behind on
failure.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from dynaprune.errors import UserError
from dynaprune.exporter.entry_writer import ExportResult, check_request
from dynaprune.exporter.families import ExportRequest, export_families, family_for_checkpoint
from dynaprune.training.checkpoint_files import read_metadata, resolve_checkpoint


def export_checkpoint(
    checkpoint: str | os.PathLike[str],
    repo: str | os.PathLike[str],
    *,
    name: str | None = None,
    version: int | None = None,
    force: bool = False,
    verify: bool = False,
    verify_samples: int | None = None,
    allow_pickle: bool = False,
    progress: Callable[..., Iterable] | None = None,
    options: Mapping[str, Any] | None = None,
) -> ExportResult:
    """Export, check parity, then move the entry into place. `progress(iterable, desc=...)` wraps loops.

    `options` are the family's own settings (dense Hebbian: the mean-field `beta`, `iters`, `tol`,
    `damping`); naming one the checkpoint's family does not accept is an error.
    `verify_samples` defaults to 256 (FTWT) or the whole test split (Hebbian).
    """
    repo = Path(repo)
    check_request(name, version, repo)
    path = resolve_checkpoint(checkpoint)
    meta = read_metadata(path)
    try:
        family = family_for_checkpoint(meta)
    except KeyError:
        raise UserError(f"{path}: no exporter for checkpoint family {meta.get('family')!r}") from None
    options = {k: v for k, v in (options or {}).items() if v is not None}
    foreign = sorted(set(options) - set(family.option_names))
    if foreign:
        owners = [f.name for f in export_families() if set(foreign) <= set(f.option_names)]
        where = f"apply only to {' or '.join(owners)} checkpoints" if owners else "are unknown"
        raise UserError(f"{path}: settings {', '.join(foreign)} {where}")
    request = ExportRequest(repo=repo, name=name, version=version, force=force, verify=verify,
                            verify_samples=verify_samples, allow_pickle=allow_pickle, progress=progress,
                            options=options)
    return family.export(path, request)
