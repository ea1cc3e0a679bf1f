"""Which engine runs each model version, as the server tells it: model metadata, the load log line,
and `dynaprune_model_engine_info{model,version,engine,device}` in /metrics (set on load, gone on unload)."""

from __future__ import annotations

import logging
import re

import pytest

from dynaprune.runtime.ftwt.native_runner import native_available
from tests.server_fixtures import GRAY, RGB, running_app

SERIES = re.compile(r'^dynaprune_model_engine_info\{(?P<labels>[^}]*)\} (?P<value>\S+)$')


def engine_series(client) -> dict[tuple[str, str], tuple[str, str]]:  # noqa: ANN001
    """(model, version) -> (engine, device) of every engine-info series in /metrics whose value is 1."""
    found = {}
    for line in client.get("/metrics").text.splitlines():
        match = SERIES.match(line)
        if match:
            labels = dict(re.findall(r'(\w+)="([^"]*)"', match["labels"]))
            assert float(match["value"]) == 1.0
            found[(labels["model"], labels["version"])] = (labels["engine"], labels["device"])
    return found


@pytest.mark.skipif(not native_available(), reason="the native engine did not build on this machine")
def test_every_version_on_the_native_engine_is_labelled_native_on_the_cpu(server_repo):
    with running_app(server_repo) as client:
        series = engine_series(client)
    assert series == {(RGB, "1"): ("native", "cpu"), (RGB, "2"): ("native", "cpu"), (GRAY, "1"): ("native", "cpu")}


def test_a_model_on_onnx_runtime_is_labelled_onnx(server_repo):
    with running_app(server_repo, engine="onnx") as client:
        assert engine_series(client)[(GRAY, "1")] == ("onnx", "cpu")


def test_model_metadata_names_the_engine_and_its_device(server_repo):
    with running_app(server_repo, engine="onnx") as client:
        body = client.get(f"/v2/models/{GRAY}").json()
    assert (body["backend"], body["parameters"]["engine"], body["parameters"]["device"]) == ("onnxruntime", "onnx", "cpu")


def test_unloading_a_model_removes_its_engine_series_and_loading_brings_it_back(server_repo):
    with running_app(server_repo, engine="onnx") as client:
        assert client.post(f"/v2/repository/models/{GRAY}/unload").status_code == 200
        after_unload = engine_series(client)
        assert client.post(f"/v2/repository/models/{GRAY}/load").status_code == 200
        after_load = engine_series(client)
    assert (GRAY, "1") not in after_unload and (RGB, "1") in after_unload
    assert after_load[(GRAY, "1")] == ("onnx", "cpu")


def test_the_load_log_line_says_which_engine_and_device(server_repo, caplog):
    with caplog.at_level(logging.INFO, logger="dynaprune.server.registry"):
        with running_app(server_repo, engine="onnx"):
            pass
    loaded = [r for r in caplog.records if r.getMessage() == "model loaded" and getattr(r, "model", None) == GRAY]
    assert loaded and (loaded[0].engine, loaded[0].device, loaded[0].backend) == ("onnx", "cpu", "onnxruntime")
