"""`dynaprune serve` and its settings: flags, DYNAPRUNE_* variables, safe defaults, clear errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dynaprune.cli import main
from dynaprune.errors import UserError
from dynaprune.server.settings import load_settings
from tests.server_fixtures import ROOT


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    import os

    for key in list(os.environ):
        if key.startswith("DYNAPRUNE_"):
            monkeypatch.delenv(key)


def test_defaults_bind_to_loopback_on_port_8000(tmp_path):
    settings = load_settings(repo=tmp_path)
    assert (settings.host, settings.port, settings.device) == ("127.0.0.1", 8000, "auto")
    assert settings.admin_token is None and settings.request_timeout_s is None


def test_every_setting_can_come_from_the_environment(tmp_path, monkeypatch):
    env = {
        "DYNAPRUNE_REPO": str(tmp_path),
        "DYNAPRUNE_HOST": "0.0.0.0",
        "DYNAPRUNE_PORT": "9001",
        "DYNAPRUNE_DEVICE": "cpu",
        "DYNAPRUNE_INTRA_OP_THREADS": "3",
        "DYNAPRUNE_INTER_OP_THREADS": "1",
        "DYNAPRUNE_MAX_INFLIGHT": "5",
        "DYNAPRUNE_MAX_QUEUE": "7",
        "DYNAPRUNE_REJECT_STATUS": "503",
        "DYNAPRUNE_RETRY_AFTER_S": "2",
        "DYNAPRUNE_REQUEST_TIMEOUT_S": "1.5",
        "DYNAPRUNE_MAX_BODY_BYTES": "2048",
        "DYNAPRUNE_MAX_BATCH_SIZE": "4",
        "DYNAPRUNE_MAX_QUEUE_DELAY_MS": "0.5",
        "DYNAPRUNE_MAX_REQUEST_BATCH": "16",
        "DYNAPRUNE_WARMUP_ITERATIONS": "0",
        "DYNAPRUNE_ADMIN_TOKEN": "tok",
        "DYNAPRUNE_LOG_LEVEL": "WARNING",
    }
    for key, val in env.items():
        monkeypatch.setenv(key, val)
    s = load_settings()
    assert (s.repo, s.host, s.port, s.device) == (tmp_path, "0.0.0.0", 9001, "cpu")
    assert (s.intra_op_threads, s.inter_op_threads, s.max_inflight, s.max_queue) == (3, 1, 5, 7)
    assert (s.reject_status, s.retry_after_s, s.request_timeout_s) == (503, 2, 1.5)
    assert (s.max_body_bytes, s.max_batch_size, s.warmup_iterations, s.log_level) == (2048, 4, 0, "warning")
    assert (s.max_queue_delay_ms, s.max_request_batch) == (0.5, 16)
    assert s.admin_token is not None and s.admin_token.get_secret_value() == "tok"


def test_flags_win_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DYNAPRUNE_PORT", "9001")
    assert load_settings(repo=tmp_path, port=9100).port == 9100


def test_an_empty_admin_token_variable_means_no_token(tmp_path, monkeypatch):
    monkeypatch.setenv("DYNAPRUNE_ADMIN_TOKEN", "")
    assert load_settings(repo=tmp_path).admin_token is None


def test_admin_token_never_appears_in_the_settings_repr(tmp_path):
    assert "hunter2" not in repr(load_settings(repo=tmp_path, admin_token="hunter2"))


def test_bad_setting_raises_user_error_naming_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("DYNAPRUNE_MAX_INFLIGHT", "0")
    with pytest.raises(UserError, match="DYNAPRUNE_MAX_INFLIGHT"):
        load_settings(repo=tmp_path)


def test_missing_repository_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="not a directory"):
        load_settings(repo=tmp_path / "absent")


def test_serve_reports_bad_settings_on_stderr_with_status_2(tmp_path, capsys):
    assert main(["serve", "--repo", str(tmp_path), "--port", "70000"]) == 2
    err = capsys.readouterr().err
    assert "dynaprune serve: error:" in err and "DYNAPRUNE_PORT" in err


def test_serve_without_a_repository_says_which_variable_to_set(capsys):
    assert main(["serve"]) == 2
    assert "DYNAPRUNE_REPO" in capsys.readouterr().err


def test_serve_refuses_cuda_when_no_gpu_runtime_is_present(tmp_path, capsys):
    from dynaprune.runtime.sessions import cuda_available

    if cuda_available():
        pytest.skip("this machine has CUDA")
    assert main(["serve", "--repo", str(tmp_path), "--device", "cuda"]) == 2
    assert "CUDA is unavailable" in capsys.readouterr().err


def test_auto_device_falls_back_to_cpu_without_cuda():
    from dynaprune.runtime.sessions import cuda_available, select_providers, triton_cuda_possible

    gpu = cuda_available() or triton_cuda_possible()
    expected = ["CUDAExecutionProvider", "CPUExecutionProvider"] if gpu else ["CPUExecutionProvider"]
    assert select_providers("auto") == expected
    assert select_providers("cpu") == ["CPUExecutionProvider"]


def test_serve_is_listed_in_the_cli_help():
    out = subprocess.run([sys.executable, "-m", "dynaprune", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert "serve" in out.stdout


def test_the_server_never_imports_torch(tmp_path):
    code = (
        "import sys\n"
        "from dynaprune.server.settings import ServerSettings\n"
        "from dynaprune.server.app import create_app\n"
        "import dynaprune.server.cli, dynaprune.runtime.engines\n"
        f"create_app(ServerSettings(repo={str(tmp_path)!r}))\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
        "assert not [m for m in sys.modules if m.startswith(('dynaprune.training', 'dynaprune.exporter'))], "
        "'training or the exporter was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
