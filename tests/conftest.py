"""Fixtures shared by the test modules; pytest finds them here, so no test imports a fixture.

Helpers (running_app, infer_body, random_images, ServerProcess, ...) stay in tests/server_fixtures.py
and tests/export_fixtures.py and are imported from there as ordinary code. The heavy imports happen
inside the fixtures, so a run that needs no server does not pay for them.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

if TYPE_CHECKING:
    from tests.server_fixtures import ServerProcess


@pytest.fixture(scope="session")
def server_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared, read-only model repository (exported once per session). Copy it (`repo_copy`) before changing anything."""
    from tests.server_fixtures import build_repository

    return build_repository(tmp_path_factory.mktemp("server-models"))


@pytest.fixture
def repo_copy(server_repo: Path, tmp_path: Path) -> Path:
    """A private copy of `server_repo` that a test may damage or change."""
    target = tmp_path / "repo"
    shutil.copytree(server_repo, target)
    return target


@pytest.fixture(scope="session")
def server_process(server_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One real `dynaprune serve` process on loopback for the whole session."""
    from tests.server_fixtures import ServerProcess

    server = ServerProcess(server_repo, tmp_path_factory.mktemp("server-log") / "server.log")
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()
