"""Writing one model-repository entry `REPO/NAME/VERSION/`, for every family's exporter.

An export builds the entry in a hidden temporary folder beside its target, checks parity there,
and only then renames it into place (`write_entry`); any failure removes the temporary folder and
the folders this export created, so nothing half-written is ever left in a repository.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import onnx

from dynaprune.errors import UserError
from dynaprune.runtime.entry import sha256_file
from dynaprune.runtime.manifest import ManifestBase, write_manifest

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class ParityError(UserError):
    """The exported graphs disagree with the in-process model; the message names where."""


@dataclass
class ExportResult:
    path: Path
    manifest: ManifestBase

    def summary(self) -> dict[str, Any]:
        """The figures `dynaprune export --json` prints, as the entry's family states them."""
        from dynaprune.exporter.families import get_export_family

        return get_export_family(self.manifest.family).summary(self)


@dataclass(frozen=True)
class Target:
    """Where an export lands: REPO/NAME (model_dir) and REPO/NAME/VERSION (path)."""

    repo: Path
    model_dir: Path
    version: int

    @property
    def path(self) -> Path:
        return self.model_dir / str(self.version)


def check_request(name: str | None, version: int | None, repo: Path) -> None:
    """Name, version and repository problems, found before anything is loaded or written."""
    if name is not None and not NAME_RE.match(name):
        raise UserError(f"model name {name!r} must match {NAME_RE.pattern} (it becomes a folder name)")
    if version is not None and version < 1:
        raise UserError(f"version must be a positive integer, got {version}")
    if repo.exists() and not repo.is_dir():
        raise UserError(f"model repository {repo} is not a directory")


def default_name(checkpoint: Path, fallback: str) -> str:
    """The run directory's name (the folder holding the .safetensors file), else `fallback`."""
    candidate = re.sub(r"[^A-Za-z0-9_.-]", "_", checkpoint.resolve().parent.name).lstrip("._-")
    return candidate if candidate and NAME_RE.match(candidate) else fallback


def versions(model_dir: Path) -> list[int]:
    if not model_dir.is_dir():
        return []
    return sorted(int(p.name) for p in model_dir.iterdir() if p.is_dir() and re.fullmatch(r"[0-9]+", p.name))


def plan_target(repo: Path, checkpoint: Path, *, name: str | None, fallback_name: str, version: int | None,
                force: bool) -> Target:
    """REPO/NAME/VERSION for this export (next free version by default); refuses to overwrite unless forced."""
    model_dir = repo / (name or default_name(checkpoint, fallback_name))
    target = Target(repo, model_dir, version or (max(versions(model_dir), default=0) + 1))
    if target.path.exists() and not force:
        raise UserError(f"{target.path} already exists; pass --force to replace it, or choose another --version")
    return target


def save_model(model: onnx.ModelProto, root: Path, rel: str) -> str:
    """Write one ONNX graph under the entry being built; returns its relative path."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save_model(model, str(path))
    return rel


def file_hashes(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under `root` (the manifest's `files`)."""
    rels = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    return {rel: sha256_file(root / rel) for rel in rels}


def write_entry(target: Target, build: Callable[[Path], ManifestBase]) -> ManifestBase:
    """Run `build(tmp)` in a hidden temporary folder beside the target, then rename it into place.

    `build` writes the files and the manifest and checks parity; on any error the
    temporary folder (and the folders this call created) are removed.
    """
    created: list[Path] = []
    tmp: Path | None = None
    try:
        created = _make_dirs(target.model_dir)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.path.name}.tmp-", dir=target.model_dir))
        tmp.chmod(0o777 & ~_umask())  # mkdtemp's 0700 would hide the entry from a server run as another user
        manifest = build(tmp)
        write_manifest(tmp, manifest)
        _move_into_place(tmp, target.path)
    except BaseException as exc:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        for folder in reversed(created):  # folders this export made, innermost first
            try:
                folder.rmdir()
            except OSError:
                break
        if isinstance(exc, OSError):
            raise UserError(f"model repository {target.repo} is not writable: {exc.strerror or exc}") from exc
        raise
    return manifest


def _make_dirs(path: Path) -> list[Path]:
    """mkdir -p that returns the folders it created (to remove them on failure)."""
    created = []
    for parent in reversed([path, *path.parents]):
        if not parent.exists():
            try:
                parent.mkdir()
            except FileExistsError:
                continue
            created.append(parent)
    return created


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _move_into_place(tmp: Path, target: Path) -> None:
    """Rename tmp to target; an existing target (--force) is swapped out, then removed."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, old / target.name)
    try:
        os.rename(tmp, target)
    except OSError as exc:
        if old is not None:
            os.rename(old / target.name, target)
            old.rmdir()
        if target.exists():
            raise UserError(f"{target} was created by someone else meanwhile; export again") from exc
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
