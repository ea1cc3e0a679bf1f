"""Checkpoint files, whatever the family: locating them, atomic writes, reading the metadata header.

Torch-free (safetensors' header is read without loading any tensor), so the dense-Hebbian family
and the exporter's family recognition use it without importing torch.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from dynaprune.errors import UserError

METADATA_KEY = "dynaprune"  # the safetensors header key holding the run's metadata as JSON
MODEL_FILE = "model.safetensors"


def resolve_checkpoint(path: str | os.PathLike[str]) -> Path:
    """Accept a run directory or the .safetensors file itself."""
    path = Path(path)
    if path.is_dir():
        path = path / MODEL_FILE
    if not path.is_file():
        raise UserError(f"checkpoint not found: {path}")
    return path


def atomic_write(target: Path, write: Callable[[str], Any]) -> None:
    """`write(tmp)` into a temporary file beside `target`, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_metadata(path: Path) -> dict[str, Any]:
    """The checkpoint's metadata object, or {} when the file or its header cannot be read (the
    family's own loader then explains the problem)."""
    try:
        from safetensors import safe_open

        with safe_open(str(path), framework="numpy") as handle:
            header = handle.metadata() or {}
        meta = json.loads(header.get(METADATA_KEY, "{}"))
    except Exception:  # noqa: BLE001 - any problem is reported by the family's loader
        return {}
    return meta if isinstance(meta, dict) else {}
