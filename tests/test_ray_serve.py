"""Ray Serve layout without a cluster: deployment options, the Serve config file, metric merging, CLI errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray.serve", reason="ray[serve] is not installed (pip install 'dynaprune[ray]')")
pytestmark = pytest.mark.ray

ROOT = Path(__file__).resolve().parents[1]


def _settings(tmp_path: Path, **overrides):  # type: ignore[no-untyped-def]
    from dynaprune.server.settings import load_settings

    return load_settings(repo=tmp_path, **overrides)


def test_fixed_replicas_bound_serve_queue_with_the_servers_status_and_retry_after(tmp_path: Path) -> None:
    from dynaprune.server.ray_serve import deployment_options, load_ray_settings

    options = deployment_options(_settings(tmp_path, max_inflight=3, max_queue=5, reject_status=503),
                                 load_ray_settings(replicas=2))
    assert options["num_replicas"] == 2 and "autoscaling_config" not in options
    assert options["max_ongoing_requests"] == 8
    assert options["backpressure_config"] == {"status_code": 503, "retry_after_s": 1.0}


def test_autoscale_bounds_come_from_settings(tmp_path: Path) -> None:
    from dynaprune.server.ray_serve import deployment_options, load_ray_settings

    options = deployment_options(_settings(tmp_path), load_ray_settings(min_replicas=1, max_replicas=3,
                                                                        target_ongoing_requests=4))
    scaling = options["autoscaling_config"]
    assert (scaling["min_replicas"], scaling["max_replicas"], scaling["target_ongoing_requests"]) == (1, 3, 4)
    assert "num_replicas" not in options


def test_half_given_autoscale_bounds_are_a_user_error() -> None:
    from dynaprune.errors import UserError
    from dynaprune.server.ray_serve import load_ray_settings

    with pytest.raises(UserError, match="both min_replicas and max_replicas"):
        load_ray_settings(min_replicas=1)


def test_serve_config_file_validates_and_builds(tmp_path: Path) -> None:
    import yaml
    from ray.serve.schema import ServeDeploySchema

    from dynaprune.server.ray_serve import build_app

    config = yaml.safe_load((ROOT / "deploy/ray/serve_config.yaml").read_text())
    schema = ServeDeploySchema.model_validate(config)
    args = {**schema.applications[0].args, "repo": str(tmp_path)}
    assert schema.applications[0].import_path == "dynaprune.server.ray_serve:build_app"
    assert build_app(args) is not None


def test_unknown_serve_argument_is_refused(tmp_path: Path) -> None:
    from dynaprune.errors import UserError
    from dynaprune.server.ray_serve import build_app

    with pytest.raises(UserError, match="unknown dynaprune Serve arguments: replica_count"):
        build_app({"repo": str(tmp_path), "replica_count": 2})


def test_merged_scrape_keeps_every_replicas_series_apart() -> None:
    from prometheus_client import generate_latest

    from dynaprune.server.metrics import ServerMetrics
    from dynaprune.server.ray_metrics import merge_expositions

    first, second = ServerMetrics(), ServerMetrics()
    first.observe_request("m", "success", 0.01)
    second.observe_request("m", "success", 0.02)
    second.observe_request("m", "success", 0.02)
    text = merge_expositions([("a", generate_latest(first.registry)), ("b", generate_latest(second.registry))]).decode()
    assert 'dynaprune_requests_total{model="m",outcome="success",replica="a"} 1.0' in text
    assert 'dynaprune_requests_total{model="m",outcome="success",replica="b"} 2.0' in text
    assert text.count("# TYPE dynaprune_requests_total counter") == 1


@pytest.mark.parametrize("flags, message", [
    (["--replicas", "2"], "add --ray"),
    (["--ray", "--replicas", "2", "--autoscale", "1:2"], "not allowed with"),
    (["--ray", "--autoscale", "3:1"], "MIN <= MAX"),
    (["--ray", "--autoscale", "x"], "MIN:MAX"),
])
def test_bad_ray_flags_exit_non_zero_with_a_message(tmp_path: Path, flags: list[str], message: str) -> None:
    done = subprocess.run([sys.executable, "-m", "dynaprune", "serve", "--repo", str(tmp_path), *flags],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 2 and message in done.stderr
