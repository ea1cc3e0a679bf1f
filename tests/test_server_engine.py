"""Which runtime the server runs a model on: the compiled masked engine, or ONNX Runtime."""

import pytest

from dynaprune.runtime.ftwt.native_runner import NativeRunner, native_available
from dynaprune.runtime.ftwt import ModelRunner
from tests.server_fixtures import GRAY, infer_body, random_images, running_app


@pytest.mark.skipif(not native_available(), reason="the native engine did not build on this machine")
def test_auto_engine_serves_ftwt_models_on_the_native_engine(server_repo):
    with running_app(server_repo) as client:
        assert isinstance(client.app.state.registry.get(GRAY).runner, NativeRunner)


def test_onnx_engine_setting_serves_on_onnx_runtime(server_repo):
    with running_app(server_repo, engine="onnx") as client:
        assert isinstance(client.app.state.registry.get(GRAY).runner, ModelRunner)


def test_both_engines_answer_the_same_classes_and_flops(server_repo):
    body = infer_body(random_images(4, (1, 8, 8), seed=3))
    answers = []
    for engine in ("auto", "onnx"):
        with running_app(server_repo, engine=engine) as client:
            response = client.post(f"/v2/models/{GRAY}/infer", json=body).json()
            answers.append((response["outputs"][0]["data"], response["parameters"]["flops_executed"]))
    (auto_logits, auto_flops), (onnx_logits, onnx_flops) = answers
    assert auto_flops == onnx_flops
    assert auto_logits == pytest.approx(onnx_logits, abs=1e-4)
