"""deploy/ray/kuberay-rayservice.yaml without Kubernetes: it parses, and it deploys what the Serve config file deploys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "deploy" / "ray" / "kuberay-rayservice.yaml"
SERVE_CONFIG = ROOT / "deploy" / "ray" / "serve_config.yaml"


def manifest() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST.read_text())


def serve_config_v2() -> dict[str, Any]:
    return yaml.safe_load(manifest()["spec"]["serveConfigV2"])


def containers() -> list[dict[str, Any]]:
    cluster = manifest()["spec"]["rayClusterConfig"]
    groups = [cluster["headGroupSpec"], *cluster["workerGroupSpecs"]]
    return [c for group in groups for c in group["template"]["spec"]["containers"]]


def test_manifest_is_a_rayservice_with_a_head_and_an_autoscaled_worker_group() -> None:
    doc = manifest()
    assert (doc["apiVersion"], doc["kind"]) == ("ray.io/v1", "RayService")
    cluster = doc["spec"]["rayClusterConfig"]
    (workers,) = cluster["workerGroupSpecs"]
    assert cluster["enableInTreeAutoscaling"] is True
    assert 1 <= workers["minReplicas"] <= workers["replicas"] <= workers["maxReplicas"]


def test_embedded_serve_config_is_the_serve_config_files_application() -> None:
    embedded, standalone = serve_config_v2(), yaml.safe_load(SERVE_CONFIG.read_text())
    assert embedded["applications"] == standalone["applications"]
    assert embedded["http_options"]["port"] == standalone["http_options"]["port"]


def test_embedded_serve_config_is_valid_for_ray_serve() -> None:
    pytest.importorskip("ray.serve", reason="ray[serve] is not installed (pip install 'dynaprune[ray]')")
    from ray.serve.schema import ServeDeploySchema

    schema = ServeDeploySchema.model_validate(serve_config_v2())
    assert schema.applications[0].import_path == "dynaprune.server.ray_serve:build_app"


def test_every_pod_requests_what_it_is_limited_to() -> None:
    for container in containers():  # Guaranteed QoS: a replica's CPU share does not vary with its neighbours
        assert container["resources"]["requests"] == container["resources"]["limits"], container["name"]


def test_worker_pods_advertise_their_cpu_limit_to_ray_and_the_head_takes_no_replicas() -> None:
    cluster = manifest()["spec"]["rayClusterConfig"]
    assert cluster["headGroupSpec"]["rayStartParams"]["num-cpus"] == "0"
    for group in cluster["workerGroupSpecs"]:
        (container,) = group["template"]["spec"]["containers"]
        assert group["rayStartParams"]["num-cpus"] == container["resources"]["limits"]["cpu"]


def test_the_serve_port_is_open_on_the_head_and_the_image_is_the_same_everywhere() -> None:
    head = manifest()["spec"]["rayClusterConfig"]["headGroupSpec"]["template"]["spec"]["containers"][0]
    assert {"containerPort": serve_config_v2()["http_options"]["port"], "name": "serve"} in head["ports"]
    assert len({c["image"] for c in containers()}) == 1


def test_the_worker_group_can_hold_the_most_replicas_serve_may_ask_for() -> None:
    (app,) = serve_config_v2()["applications"]
    cluster = manifest()["spec"]["rayClusterConfig"]
    room = sum(g["maxReplicas"] * float(g["rayStartParams"]["num-cpus"]) for g in cluster["workerGroupSpecs"])
    per_replica = float(app["args"].get("replica_num_cpus", 1.0))  # RaySettings' default: 1 CPU per replica
    assert app["args"]["max_replicas"] * per_replica <= room
