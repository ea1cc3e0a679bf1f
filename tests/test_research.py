"""Paper reproduction lives apart from the product (research/) and stays runnable."""

from __future__ import annotations

import subprocess
import sys

from dynaprune.cli import SUBCOMMANDS


def test_the_figures_command_is_served_by_the_research_package():
    module, _ = SUBCOMMANDS["hebbian-figures"]
    assert module == "dynaprune.research.cli"


def test_the_figures_command_runs_from_the_console_script():
    done = subprocess.run([sys.executable, "-m", "dynaprune", "hebbian-figures", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "--quick" in done.stdout and "--out" in done.stdout
