"""Model repository: several models and versions, load/unload, admin token, tampered entries."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.server_fixtures import GRAY, RGB, infer_body, random_images, running_app, tamper

TOKEN = "s3cret-token"


def loaded_gauge(client, model: str, version: int) -> float:  # type: ignore[no-untyped-def]
    prefix = f'dynaprune_model_loaded{{model="{model}",version="{version}"}} '
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(prefix):
            return float(line[len(prefix):])
    raise AssertionError(f"no model_loaded series for {model} v{version}")


def infer(client, model: str, version: int | None = None):  # type: ignore[no-untyped-def]
    shape = (1, 8, 8) if model == GRAY else (3, 16, 16)
    path = f"/v2/models/{model}" + (f"/versions/{version}" if version else "") + "/infer"
    return client.post(path, json=infer_body(random_images(1, shape=shape)))


def test_index_lists_every_model_version_and_its_state(server_repo):
    with running_app(server_repo) as client:
        index = client.post("/v2/repository/index").json()
        assert {(e["name"], e["version"], e["state"]) for e in index} == {
            (GRAY, "1", "READY"),
            (RGB, "1", "READY"),
            (RGB, "2", "READY"),
        }


def test_tampered_entry_is_refused_with_a_clear_reason_while_others_serve(repo_copy):
    victim = tamper(repo_copy / RGB / "2")
    with running_app(repo_copy) as client:
        entry = {(e["name"], e["version"]): e for e in client.post("/v2/repository/index").json()}[(RGB, "2")]
        assert entry["state"] == "UNAVAILABLE"
        assert "sha256 mismatch" in entry["reason"] and victim.name in entry["reason"]
        assert loaded_gauge(client, RGB, 2) == 0 and loaded_gauge(client, RGB, 1) == 1
        assert infer(client, RGB).json()["model_version"] == "1"  # newest *serving* version
        assert infer(client, GRAY).status_code == 200
        refused = infer(client, RGB, 2)
        assert refused.status_code == 404 and "sha256 mismatch" in refused.json()["error"]
        assert client.get("/v2/health/ready").status_code == 200


def test_entry_with_a_missing_file_is_refused(repo_copy):
    manifest = json.loads((repo_copy / GRAY / "1" / "manifest.json").read_text())
    (repo_copy / GRAY / "1" / sorted(manifest["files"])[-1]).unlink()
    with running_app(repo_copy) as client:
        (entry,) = [e for e in client.post("/v2/repository/index").json() if e["name"] == GRAY]
        assert entry["state"] == "UNAVAILABLE" and "missing file" in entry["reason"]


def test_entry_with_a_malformed_manifest_is_refused(repo_copy):
    (repo_copy / GRAY / "1" / "manifest.json").write_text("{ not json")
    with running_app(repo_copy) as client:
        (entry,) = [e for e in client.post("/v2/repository/index").json() if e["name"] == GRAY]
        assert entry["state"] == "UNAVAILABLE" and "JSON" in entry["reason"]


def test_entry_whose_manifest_names_another_model_is_refused(repo_copy):
    shutil.copytree(repo_copy / GRAY / "1", repo_copy / "impostor" / "1")
    with running_app(repo_copy) as client:
        (entry,) = [e for e in client.post("/v2/repository/index").json() if e["name"] == "impostor"]
        assert entry["state"] == "UNAVAILABLE" and GRAY in entry["reason"]


def test_readiness_stays_false_when_no_entry_can_serve(repo_copy):
    for entry in (repo_copy / RGB / "1", repo_copy / RGB / "2", repo_copy / GRAY / "1"):
        tamper(entry)
    with running_app(repo_copy, ready=False) as client:
        assert client.get("/v2/health/ready").status_code == 503
        assert client.get("/v2/health/live").status_code == 200


def test_unload_stops_serving_and_load_brings_the_model_back(server_repo):
    with running_app(server_repo) as client:
        unloaded = client.post(f"/v2/repository/models/{GRAY}/unload")
        assert unloaded.status_code == 200 and {e["state"] for e in unloaded.json()} == {"UNAVAILABLE"}
        assert infer(client, GRAY).status_code == 404
        assert client.get(f"/v2/models/{GRAY}/ready").status_code == 503
        assert loaded_gauge(client, GRAY, 1) == 0
        assert infer(client, RGB).status_code == 200  # other models unaffected

        loaded = client.post(f"/v2/repository/models/{GRAY}/load")
        assert loaded.status_code == 200 and [e["state"] for e in loaded.json()] == ["READY"]
        assert infer(client, GRAY).status_code == 200
        assert loaded_gauge(client, GRAY, 1) == 1


def test_load_picks_up_a_version_added_to_disk(repo_copy):
    with running_app(repo_copy) as client:
        shutil.copytree(repo_copy / RGB / "2", repo_copy / RGB / "3")
        manifest_path = repo_copy / RGB / "3" / "manifest.json"
        manifest = json.loads(manifest_path.read_text())
        manifest["version"] = 3
        manifest_path.write_text(json.dumps(manifest))
        assert client.post(f"/v2/repository/models/{RGB}/load").status_code == 200
        assert infer(client, RGB).json()["model_version"] == "3"


def test_loading_a_tampered_model_is_400_naming_the_problem(repo_copy):
    with running_app(repo_copy) as client:
        tamper(repo_copy / GRAY / "1")
        response = client.post(f"/v2/repository/models/{GRAY}/load")
        assert response.status_code == 400 and "sha256 mismatch" in response.json()["error"]
        assert loaded_gauge(client, GRAY, 1) == 0
        assert infer(client, RGB).status_code == 200


def test_loading_or_unloading_an_unknown_model_is_404(server_repo):
    with running_app(server_repo) as client:
        assert client.post("/v2/repository/models/ghost/load").status_code == 404
        assert client.post("/v2/repository/models/ghost/unload").status_code == 404
        assert client.post("/v2/repository/models/..%2F..%2Fetc/load").status_code == 404


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}],
    ids=["missing", "wrong", "not-bearer"],
)
def test_repository_control_needs_the_admin_token_when_configured(server_repo, headers):
    with running_app(server_repo, admin_token=TOKEN) as client:
        for path in ("/v2/repository/index", f"/v2/repository/models/{GRAY}/load", f"/v2/repository/models/{GRAY}/unload"):
            response = client.post(path, headers=headers)
            assert response.status_code == 401 and "admin_token" in response.json()["error"]
            assert response.headers["WWW-Authenticate"] == "Bearer"
        assert infer(client, GRAY).status_code == 200  # nothing was unloaded


def test_the_admin_token_opens_repository_control(server_repo):
    with running_app(server_repo, admin_token=TOKEN) as client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert client.post("/v2/repository/index", headers=auth).status_code == 200
        assert client.post(f"/v2/repository/models/{GRAY}/unload", headers=auth).status_code == 200


def test_index_can_list_only_ready_versions(repo_copy):
    tamper(repo_copy / RGB / "1")
    with running_app(repo_copy) as client:
        ready = client.post("/v2/repository/index", json={"ready": True}).json()
        assert (RGB, "1") not in {(e["name"], e["version"]) for e in ready}
        assert all(e["state"] == "READY" for e in ready)
