"""tools/gpu_verify.py without a GPU: it says so and exits 2; its CPU dry run executes every step of
the measuring path (under Triton's interpreter) and labels what it writes as no GPU figure."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "gpu_verify.py"


def load_script():
    spec = importlib.util.spec_from_file_location("gpu_verify", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_without_a_gpu_the_verify_script_says_so_and_exits_2(tmp_path):
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU: the no-GPU exit does not apply")
    done = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "no usable GPU" in done.stderr and "Nothing was measured" in done.stderr
    assert not (tmp_path / "out").exists()  # no figure written


@pytest.mark.triton_interp
def test_the_cpu_dry_run_executes_every_step_and_labels_its_output(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("triton")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, str(SCRIPT), "--dry-run-cpu", "--out", str(out)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-4000:]
    report = json.loads((out / "gpu_verify.json").read_text())
    assert report["label"] == "cpu-dry-run, not a GPU figure"
    assert [m["arch"] for m in report["models"]] == ["resnet20", "vgg16_bn", "resnet18"]
    for model in report["models"]:
        assert [row["batch"] for row in model["rows"]] == [1, 2]
        for row in model["rows"]:
            assert row["dense_ms"] > 0 and row["dynamic_ms"] > 0
            assert 0 < row["flops_ratio"] < 1 and 0 < row["keep_ratio"] < 1  # the seeded nets really prune
            assert row["realisation"] == pytest.approx(row["speedup"] * row["flops_ratio"])
        agreement = model["agreement"]
        assert agreement["decisions"] > 0 and agreement["ratio"] >= 0.999  # the bar for the GPU
    served = report["served"]
    assert (served["model"], served["engine"], served["device"]) == ("vgg16_bn-32", "cuda", "cpu")
    assert served["requests"] > 0 and served["errors"] == 0
    assert any('engine="cuda"' in line and 'device="cpu"' in line for line in served["engine_info"])
    table = (out / "gpu_verify.md").read_text()
    assert table.startswith("GPU verification: cpu-dry-run, not a GPU figure") and "vgg16_bn-32" in table


def test_carried_wheels_are_unpacked_first_on_the_path(tmp_path, monkeypatch):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    with zipfile.ZipFile(wheels / "carried-1.0-py3-none-any.whl", "w") as wheel:
        wheel.writestr("carried_probe/__init__.py", "WHERE = 'wheel'\n")
        wheel.writestr("carried-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: carried\nVersion: 1.0\n")
    import dynaprune

    script = load_script()
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(dynaprune, "__path__", list(dynaprune.__path__))
    site = script.unpack_wheels(wheels)
    script.bootstrap(site)
    assert sys.path[0] == str(site)
    monkeypatch.delitem(sys.modules, "carried_probe", raising=False)
    import carried_probe

    assert carried_probe.WHERE == "wheel"
    monkeypatch.delitem(sys.modules, "carried_probe")


def test_a_wheels_folder_without_wheels_is_a_clear_error(tmp_path):
    with pytest.raises(SystemExit, match="no wheels in .*gpu_wheels.sh"):
        load_script().unpack_wheels(tmp_path)
