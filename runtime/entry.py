"""Reading one model-repository entry: its manifest (the family union) and its files' checksums.

Every consumer of an entry (the runners, the server's registry, the exporter's parity check,
the benchmark) reads it through `load_manifest`, so the checks - schema, family, files listed
and inside the entry, sha256 of each - are written once.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dynaprune.runtime.manifest import MANIFEST_FILE, SCHEMA_VERSION, ManifestBase, ManifestError
from dynaprune.runtime.registry import family_names, manifest_adapter


def sha256_file(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def describe_validation_error(exc: ValidationError, *, tagged: bool = True) -> str:
    """`where: what` of the first error; `tagged` drops the union's tag (the family) from the path."""
    first = exc.errors()[0]
    loc = list(first["loc"])
    if tagged and loc and loc[0] in family_names():
        loc = loc[1:]
    where = ".".join(str(part) for part in loc) or "(top level)"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def parse_manifest(raw: Any, where: str = "manifest") -> ManifestBase:
    """Validate a manifest's JSON object as the registered family it names; ManifestError otherwise."""
    if not isinstance(raw, dict):
        raise ManifestError(f"{where}: {MANIFEST_FILE} must hold a JSON object")
    version = raw.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ManifestError(
            f"{where}: manifest schema version {version!r} is not supported (this dynaprune reads {SCHEMA_VERSION})"
        )
    family = raw.get("family")
    if family not in family_names():
        raise ManifestError(f"{where}: bad manifest schema: family: {family!r} is not a known family "
                            f"(known: {', '.join(family_names())})")
    try:
        manifest: ManifestBase = manifest_adapter().validate_python(raw)
    except ValidationError as exc:
        raise ManifestError(f"{where}: bad manifest schema: {describe_validation_error(exc)}") from exc
    try:
        manifest.check()
    except (KeyError, TypeError, ValueError) as exc:
        raise ManifestError(f"{where}: bad manifest schema: {exc}") from exc
    return manifest


def read_manifest_json(entry_dir: str | os.PathLike[str]) -> Any:
    entry = Path(entry_dir)
    path = entry / MANIFEST_FILE
    if not path.is_file():
        raise ManifestError(f"{entry}: no {MANIFEST_FILE} (not a dynaprune model-repository entry)")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{entry}: {MANIFEST_FILE} is not readable JSON: {exc}") from exc


def check_files(entry: Path, manifest: ManifestBase, *, verify_hashes: bool) -> None:
    """Every graph (and the samples file) listed with a sha256, every listed file inside the entry, present
    and unmodified."""
    unlisted = [f for f in manifest.graph_files() if f not in manifest.files]
    if unlisted:
        raise ManifestError(f"{entry}: graph file {unlisted[0]} is not listed (with its sha256) under 'files'")
    if manifest.samples is not None and manifest.samples.file not in manifest.files:
        raise ManifestError(f"{entry}: samples file {manifest.samples.file} is not listed (with its sha256) "
                            "under 'files'")
    for rel, expected in manifest.files.items():
        target = entry / rel
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            raise ManifestError(f"{entry}: file path {rel!r} leaves the entry directory")
        if not target.is_file():
            raise ManifestError(f"{entry}: missing file {rel}")
        if verify_hashes:
            actual = sha256_file(target)
            if actual != expected:
                raise ManifestError(
                    f"{entry}: sha256 mismatch for {rel} (manifest {expected[:12]}..., file {actual[:12]}...): "
                    "the file was modified or corrupted"
                )


def load_manifest(entry_dir: str | os.PathLike[str], *, verify_hashes: bool = True) -> ManifestBase:
    """Read and validate `entry_dir/manifest.json` as its family's manifest; optionally check every
    file's sha256."""
    entry = Path(entry_dir)
    manifest = parse_manifest(read_manifest_json(entry), str(entry))
    check_files(entry, manifest, verify_hashes=verify_hashes)
    return manifest
