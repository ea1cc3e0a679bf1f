"""A per-request compute budget (`flops_budget`): the predictors keep fewer or more channels so that
each sample executes at most that share of the dense FLOPs, and the response says what really ran."""

from __future__ import annotations

import numpy as np
import pytest

from dynaprune.runtime.ftwt import ModelRunner, NativeRunner
from dynaprune.runtime.ftwt.native_runner import native_available
from tests.server_fixtures import GRAY, GRAY_SHAPE, infer_body, random_images, running_app

pytestmark = pytest.mark.skipif(not native_available(), reason="the native engine is not built")
BUDGETS = (0.05, 0.15, 0.3, 0.5, 0.8, 1.0)


@pytest.fixture(scope="module")
def runner(server_repo):
    return NativeRunner(server_repo / GRAY / "1", threads=2)


@pytest.fixture(scope="module")
def images():
    return random_images(12, GRAY_SHAPE, seed=4)


def test_each_sample_executes_at_most_its_budget(runner, images):
    for budget in BUDGETS:
        result = runner.run(images, flops_budget=budget)
        floor = runner.run(images, flops_budget=1e-9).flops_executed  # the least this net can execute
        allowed = np.maximum(budget * runner.flops_dense, floor)
        assert np.all(result.flops_executed <= allowed * (1 + 1e-12)), budget


def test_a_larger_budget_never_executes_less(runner, images):
    means = [float(np.mean(runner.run(images, flops_budget=b).flops_executed)) for b in BUDGETS]
    assert means == sorted(means)
    assert means[-1] > means[0]


def test_the_budget_moves_the_kept_channels_both_ways(runner, images):
    trained = runner.run(images)
    small = runner.run(images, flops_budget=0.05)
    large = runner.run(images, flops_budget=1.0)
    for name in runner.unit_names:
        assert np.all(small.kept[name] <= large.kept[name])
    assert float(np.mean(small.flops_executed)) < float(np.mean(trained.flops_executed)) \
        < float(np.mean(large.flops_executed))


def test_per_sample_budgets_apply_to_their_own_sample(runner, images):
    budgets = np.linspace(0.1, 0.9, len(images))
    together = runner.run(images, flops_budget=budgets)
    for i in (0, len(images) // 2, len(images) - 1):
        alone = runner.run(images[i : i + 1], flops_budget=budgets[i])
        assert together.flops_executed[i] == alone.flops_executed[0]
        np.testing.assert_array_equal(together.logits[i], alone.logits[0])


@pytest.mark.parametrize("bad", [0.0, -0.5, 1.5, float("nan"), float("inf")])
def test_a_budget_outside_0_1_is_refused(runner, images, bad):
    with pytest.raises(ValueError, match="flops_budget"):
        runner.run(images, flops_budget=bad)


def test_only_engines_with_budgets_say_so(server_repo):
    assert NativeRunner.supports_flops_budget
    assert not ModelRunner(server_repo / GRAY / "1", providers=["CPUExecutionProvider"]).supports_flops_budget


# --------------------------------------------------------------------------- over HTTP


@pytest.fixture(scope="module")
def client(server_repo):
    with running_app(server_repo) as client:
        yield client


def test_a_request_with_a_budget_reports_what_it_executed(client):
    images = random_images(3, GRAY_SHAPE, seed=9)
    free = client.post(f"/v2/models/{GRAY}/infer", json=infer_body(images)).json()["parameters"]
    body = {**infer_body(images), "parameters": {"flops_budget": 0.1}}
    answer = client.post(f"/v2/models/{GRAY}/infer", json=body)
    assert answer.status_code == 200, answer.text
    figures = answer.json()["parameters"]
    assert figures["flops_budget"] == 0.1
    assert figures["flops_dense"] == free["flops_dense"]
    assert figures["flops_executed"] < free["flops_executed"]
    assert figures["flops_executed"] + figures["flops_skipped"] == pytest.approx(figures["flops_dense"])


@pytest.mark.parametrize("bad", [0, -1, 1.01, "0.5", True, None, [0.5]])
def test_a_bad_budget_is_a_400_naming_the_parameter(client, bad):
    body = {**infer_body(random_images(1, GRAY_SHAPE)), "parameters": {"flops_budget": bad}}
    answer = client.post(f"/v2/models/{GRAY}/infer", json=body)
    assert answer.status_code == 400, answer.text
    assert "flops_budget" in answer.json()["error"]


def test_a_budget_on_an_engine_without_budgets_is_a_400(server_repo):
    with running_app(server_repo, engine="onnx") as client:
        body = {**infer_body(random_images(1, GRAY_SHAPE)), "parameters": {"flops_budget": 0.5}}
        answer = client.post(f"/v2/models/{GRAY}/infer", json=body)
    assert answer.status_code == 400
    assert "flops_budget" in answer.json()["error"] and "onnxruntime" in answer.json()["error"]
