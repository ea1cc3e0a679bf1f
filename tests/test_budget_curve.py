"""`dynaprune budget`: the accuracy/FLOPs curve of per-request budgets, from an exported entry."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dynaprune.loadtests.budget_curve import curve, plot, table
from dynaprune.runtime.ftwt.native_runner import native_available
from tests.server_fixtures import GRAY

pytestmark = pytest.mark.skipif(not native_available(), reason="the native engine is not built")


def test_the_curve_starts_at_the_trained_point_and_follows_the_budgets(server_repo, tmp_path):
    uri, points = curve(server_repo / GRAY / "1", (0.1, 0.3, 0.6), threads=1, samples=40)
    assert uri == "digits" and [p.budget for p in points] == [None, 0.1, 0.3, 0.6]
    budgeted = points[1:]
    assert [p.executed_mean for p in budgeted] == sorted(p.executed_mean for p in budgeted)
    for p in budgeted:
        assert p.executed_max <= p.budget + 1e-12 and 0 <= p.top1 <= 1
    assert len(table(points).splitlines()) == 1 + len(points)
    plot(points, tmp_path / "curve.png", "test")
    assert (tmp_path / "curve.png").read_bytes()[:4] == b"\x89PNG"


def test_the_command_prints_json(server_repo):
    done = subprocess.run([sys.executable, "-m", "dynaprune", "budget", str(server_repo / GRAY), "--budgets", "0.5",
                           "--samples", "8", "--threads", "1", "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    points = json.loads(done.stdout)["points"]
    assert [p["budget"] for p in points] == [None, 0.5]


def test_a_budget_outside_0_1_is_a_usage_error(server_repo):
    done = subprocess.run([sys.executable, "-m", "dynaprune", "budget", str(server_repo / GRAY), "--budgets", "1.5"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "(0, 1]" in done.stderr
