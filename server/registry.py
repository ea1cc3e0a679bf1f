"""Model repository: which `REPO/NAME/VERSION` entries exist and which are serving.

Every version of every model is loaded; an entry that fails verification
(missing file, sha256 mismatch, malformed manifest) is marked UNAVAILABLE with
the reason, logged, and reported `dynaprune_model_loaded=0`, while the others
serve. Loads happen off the event loop (they are slow: hashing, session
creation, warm-up) and are swapped in atomically, so a reload never leaves a
request looking at a half-built model. A model's own batching settings
(`REPO/NAME/batching.json`, see `server.batching`) are read with its versions;
a malformed file refuses every version of that model.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Callable

from dynaprune.errors import UserError
from dynaprune.runtime.manifest import MANIFEST_FILE
from dynaprune.server.batching import read_batching_file
from dynaprune.server.errors import ModelLoading, ModelNotFound, ModelUnavailable
from dynaprune.server.integers import parse_decimal
from dynaprune.server.metrics import UNKNOWN_MODEL, ServerMetrics
from dynaprune.server.runtime import LoadedModel

log = logging.getLogger("dynaprune.server.registry")

# Names become URL segments and metric labels: keep them tame.
MODEL_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")

EntryLoader = Callable[[Path, str, int], LoadedModel]


class VersionState(str, Enum):
    LOADING = "LOADING"
    READY = "READY"
    UNAVAILABLE = "UNAVAILABLE"


@dataclass(frozen=True)
class VersionStatus:
    name: str
    version: int
    state: VersionState
    reason: str = ""
    model: LoadedModel | None = None


def scan_repository(repo: Path) -> dict[str, dict[int, Path]]:
    """Model name -> version -> entry directory, for every well-named directory in `repo`."""
    found: dict[str, dict[int, Path]] = {}
    for model_dir in sorted(p for p in repo.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if not MODEL_NAME_RE.match(model_dir.name):
            log.warning("skipping repository directory with an unusable model name", extra={"path": str(model_dir)})
            continue
        versions = {}
        for version_dir in model_dir.iterdir():
            version = parse_decimal(version_dir.name)  # "²/" or "1"*5000 must not abort the whole scan
            if version is not None and version > 0 and version_dir.is_dir():
                versions[version] = version_dir
        found[model_dir.name] = dict(sorted(versions.items()))
    return found


class ModelRegistry:
    """Thread-safe map of model versions to their state; the only owner of LoadedModels."""

    def __init__(self, repo: Path, load_entry: EntryLoader, metrics: ServerMetrics) -> None:
        self.repo = repo
        self._load_entry = load_entry
        self._metrics = metrics
        self._lock = threading.Lock()
        self._model_locks: dict[str, threading.Lock] = {}
        self._statuses: dict[str, dict[int, VersionStatus]] = {}
        self._known: set[str] = set()
        self._startup_done = threading.Event()

    # ------------------------------------------------------------------ loading (blocking: call from a thread)

    def load_all(self) -> None:
        """Start-up: load every model found in the repository, then declare the server ready."""
        try:
            for name in scan_repository(self.repo):
                self.load_model(name)
        except Exception:  # an unreadable repository: stay unready, say why, keep the process up
            log.exception("start-up load failed", extra={"repo": str(self.repo)})
        finally:
            self._startup_done.set()
            ready = sum(1 for s in self.index() if s.state is VersionState.READY)
            log.info("start-up load finished", extra={"ready_versions": ready, "entries": len(self.index())})

    def load_model(self, name: str) -> list[VersionStatus]:
        """(Re)load every version of `name` currently on disk; versions gone from disk are dropped."""
        entries = scan_repository(self.repo).get(name) if MODEL_NAME_RE.match(name) else None
        if entries is None:
            raise ModelNotFound(f"no model {name!r} in repository {self.repo}")
        with self._model_lock(name):
            with self._lock:
                self._known.add(name)
                old = self._statuses.get(name, {})
                # Show LOADING for new versions; versions already serving keep serving until swapped.
                self._statuses[name] = {
                    v: old[v] if v in old and old[v].state is VersionState.READY else VersionStatus(name, v, VersionState.LOADING)
                    for v in entries
                }
            fresh = self._load_versions(name, entries)
            with self._lock:
                self._statuses[name] = fresh
            self._metrics.reset_keep_ratios(name)
            for version in set(old) - set(fresh):
                self._metrics.model_version_loaded(name, version, False)
            for status in fresh.values():
                spec = status.model.spec if status.model is not None else None
                self._metrics.model_version_loaded(name, status.version, status.state is VersionState.READY,
                                                   engine=spec.engine if spec else None, device=spec.device if spec else None)
            return list(fresh.values())

    def _load_versions(self, name: str, entries: dict[int, Path]) -> dict[int, VersionStatus]:
        """Every version of `name`, with the model's own batching settings (`REPO/NAME/batching.json`);
        a malformed batching file refuses every version of that model (and only of that model)."""
        try:
            batching = read_batching_file(self.repo / name)
        except UserError as exc:
            reason = f"batching settings refused: {exc}"
            log.error("model refused", extra={"model": name, "reason": reason})
            return {v: VersionStatus(name, v, VersionState.UNAVAILABLE, reason) for v in entries}
        fresh = {version: self._load_version(name, version, path) for version, path in entries.items()}
        for status in fresh.values():
            if status.model is not None:
                status.model.batching = batching
        return fresh

    def _load_version(self, name: str, version: int, path: Path) -> VersionStatus:
        if not (path / MANIFEST_FILE).is_file():
            reason = f"{path}: missing {MANIFEST_FILE}"
            log.error("model entry refused", extra={"model": name, "version": version, "reason": reason})
            return VersionStatus(name, version, VersionState.UNAVAILABLE, reason)
        try:
            model = self._load_entry(path, name, version)
        except UserError as exc:  # ManifestError and friends: the entry itself is bad
            log.error("model entry refused", extra={"model": name, "version": version, "reason": str(exc)})
            return VersionStatus(name, version, VersionState.UNAVAILABLE, str(exc))
        except Exception as exc:  # the runtime choked: still refuse only this entry
            log.exception("model entry failed to load", extra={"model": name, "version": version})
            return VersionStatus(name, version, VersionState.UNAVAILABLE, f"failed to load: {type(exc).__name__}: {exc}")
        log.info("model loaded", extra={"model": name, "version": version, "path": str(path), "engine": model.spec.engine,
                                        "device": model.spec.device, "backend": model.spec.backend})
        return VersionStatus(name, version, VersionState.READY, "", model)

    def unload_model(self, name: str) -> list[VersionStatus]:
        with self._model_lock(name):
            with self._lock:
                current = self._statuses.get(name)
                if current is None:
                    raise ModelNotFound(f"no model {name!r} is known to the server")
                unloaded = {v: VersionStatus(name, v, VersionState.UNAVAILABLE, "unloaded") for v in current}
                self._statuses[name] = unloaded
        for version in unloaded:
            self._metrics.model_version_loaded(name, version, False)
        self._metrics.reset_keep_ratios(name)
        log.info("model unloaded", extra={"model": name})
        return list(unloaded.values())

    def _model_lock(self, name: str) -> threading.Lock:
        with self._lock:
            return self._model_locks.setdefault(name, threading.Lock())

    # ------------------------------------------------------------------ queries (cheap: call from the event loop)

    def get(self, name: str, version: int | None = None) -> LoadedModel:
        """The serving model for `name` (newest ready version unless one is named)."""
        with self._lock:
            statuses = self._statuses.get(name)
        if statuses is None:
            raise ModelNotFound(f"unknown model {name!r}")
        if version is None:
            ready = [s for s in statuses.values() if s.state is VersionState.READY]
            if ready:
                return max(ready, key=lambda s: s.version).model  # type: ignore[return-value]
            if not statuses:
                raise ModelUnavailable(f"model {name!r} has no versions in the repository")
            status = statuses[max(statuses)]
        else:
            if version not in statuses:
                raise ModelNotFound(f"model {name!r} has no version {version}")
            status = statuses[version]
        if status.state is VersionState.LOADING:
            raise ModelLoading(f"model {name!r} version {status.version} is still loading")
        if status.state is not VersionState.READY:
            raise ModelUnavailable(f"model {name!r} version {status.version} is not available: {status.reason}")
        return status.model  # type: ignore[return-value]

    def versions(self, name: str) -> list[VersionStatus]:
        with self._lock:
            statuses = self._statuses.get(name)
        if statuses is None:
            raise ModelNotFound(f"unknown model {name!r}")
        return list(statuses.values())

    def ready_names(self) -> list[str]:
        """Names of the models with at least one READY version, sorted."""
        with self._lock:
            return sorted(name for name, versions in self._statuses.items()
                          if any(s.state is VersionState.READY for s in versions.values()))

    def index(self) -> list[VersionStatus]:
        with self._lock:
            return [s for versions in self._statuses.values() for s in versions.values()]

    @property
    def startup_complete(self) -> bool:
        """The start-up pass has settled every entry (loaded or refused)."""
        return self._startup_done.is_set()

    def is_ready(self) -> bool:
        """Ready once the start-up pass has settled every entry and at least one version serves."""
        return self.startup_complete and any(s.state is VersionState.READY for s in self.index())

    def metric_label(self, name: str) -> str:
        """`name` if it is a model of this repository, else a fixed label (bounded cardinality)."""
        with self._lock:
            return name if name in self._known else UNKNOWN_MODEL
