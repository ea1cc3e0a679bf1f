"""The installed distribution claims one import namespace: `dynaprune`, nothing generic."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["setup.py", "pyproject.toml", "README.md", "dynaprune", "models", "datasets", "training", "exporter",
           "runtime", "server", "loadtests", "research"]
GENERIC = {"models", "datasets", "training", "exporter", "runtime", "server", "loadtests", "research", "tools",
           "tests"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """site-packages of a fresh venv holding this checkout's wheel (as `pip install .` builds it; no dependencies)."""
    work = tmp_path_factory.mktemp("packaging")
    src = work / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "build", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=ignore)
        else:
            shutil.copy2(source, src / name)
    # Build with this environment's setuptools (no index is needed), install into a fresh venv.
    dist = work / "dist"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                           "--disable-pip-version-check", "--wheel-dir", str(dist), str(src)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                           "--disable-pip-version-check", *map(str, dist.glob("*.whl"))],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    return Path(purelib)


def test_pip_install_adds_no_generic_top_level_names(installed: Path):
    names = {p.name.split(".")[0] for p in installed.iterdir() if not p.name.startswith(("_", "."))}
    names -= {"pip", "setuptools", "pkg_resources", "distutils-precedence", "wheel"}
    assert not names & GENERIC, sorted(names & GENERIC)
    assert "dynaprune" in names


def test_the_design_folders_install_as_subpackages_of_dynaprune(installed: Path):
    for folder in ("models", "datasets", "training", "exporter", "runtime", "server", "loadtests", "research"):
        assert (installed / "dynaprune" / folder / "__init__.py").is_file(), folder
    assert (installed / "dynaprune" / "runtime" / "ftwt" / "onnx_runner.py").is_file()


def test_the_native_engine_is_built_into_the_runtime_package(installed: Path):
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    if shutil.which(sysconfig.get_config_var("CC").split()[0] if sysconfig.get_config_var("CC") else "cc") is None:
        pytest.skip("no C compiler: the native engine is optional")
    assert (installed / "dynaprune" / "runtime" / "ftwt" / f"_native{suffix}").is_file()


def test_the_page_for_people_ships_in_the_wheel(installed: Path):
    from dynaprune.server.protocol.ui import ASSETS

    ui = installed / "dynaprune" / "server" / "ui"
    assert (ui / "index.html").is_file()
    assert sorted(p.name for p in ui.iterdir()) == sorted(ASSETS)  # every asset the router serves, nothing else
    assert (installed / "dynaprune" / "server" / "protocol" / "ui.py").is_file()
