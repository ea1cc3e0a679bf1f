"""Prometheus metrics: the exact names the dashboard uses, base units, bounded labels."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.server_fixtures import GRAY, RGB, infer_body, png_bytes, random_images, running_app

EXPECTED = {
    "dynaprune_requests": ("counter", {"model", "outcome"}),
    "dynaprune_request_duration_seconds": ("histogram", {"model"}),
    "dynaprune_queue_duration_seconds": ("histogram", {"model"}),
    "dynaprune_compute_duration_seconds": ("histogram", {"model"}),
    "dynaprune_inflight_requests": ("gauge", set()),
    "dynaprune_flops_executed": ("counter", {"model"}),
    "dynaprune_flops_skipped": ("counter", {"model"}),
    "dynaprune_flops_dense": ("counter", {"model"}),
    "dynaprune_skip_ratio": ("histogram", {"model"}),
    "dynaprune_unit_keep_ratio": ("gauge", {"model", "unit"}),
    "dynaprune_unit_kept_fraction": ("counter", {"model", "unit"}),
    "dynaprune_unit_images": ("counter", {"model"}),
    "dynaprune_model_loaded": ("gauge", {"model", "version"}),
    "dynaprune_batch_size": ("histogram", {"model"}),
    "dynaprune_batch_queue_delay_seconds": ("histogram", {"model"}),
    "dynaprune_batch_kept_union_ratio": ("histogram", {"model"}),
}


@pytest.fixture(scope="module")
def scraped(server_repo):
    """Metrics after a known mix of requests: 2 successes (3 images), 1 client error, 1 unknown model."""
    with running_app(server_repo) as client:
        client.post(f"/v2/models/{RGB}/versions/1/infer", json=infer_body(random_images(2)))
        client.post(f"/v1/models/{RGB}/classify", files={"file": ("x.png", png_bytes(), "image/png")})
        client.post(f"/v2/models/{RGB}/infer", json={"inputs": []})
        client.post("/v2/models/made-up-name/infer", json={})
        response = client.get("/metrics")
        yield response, {f.name: f for f in text_string_to_metric_families(response.text)}, client


def value(families, name: str, suffix: str = "", **labels: str) -> float:  # type: ignore[no-untyped-def]
    family = families[name]
    for sample in family.samples:
        if sample.name == name + suffix and all(sample.labels.get(k) == v for k, v in labels.items()):
            return sample.value
    raise AssertionError(f"no sample {name}{suffix} {labels}")


def test_metrics_endpoint_serves_prometheus_text(scraped):
    response, _, _ = scraped
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metric_exists_with_the_dashboards_name_type_and_labels(scraped, name):
    _, families, _ = scraped
    kind, labels = EXPECTED[name]
    family = families[name]
    assert family.type == kind
    for sample in family.samples:
        assert set(sample.labels) - {"le"} == labels


def test_counters_are_exposed_with_the_total_suffix(scraped):
    response, _, _ = scraped
    for name in ("dynaprune_requests_total", "dynaprune_flops_executed_total", "dynaprune_flops_skipped_total", "dynaprune_flops_dense_total"):
        assert f"\n{name}{{" in response.text


def test_requests_are_counted_by_model_and_outcome(scraped):
    _, families, _ = scraped
    assert value(families, "dynaprune_requests", "_total", model=RGB, outcome="success") == 2
    assert value(families, "dynaprune_requests", "_total", model=RGB, outcome="client_error") == 1


def test_names_outside_the_repository_share_one_label(scraped):
    _, families, _ = scraped
    assert value(families, "dynaprune_requests", "_total", model="unknown", outcome="client_error") == 1
    assert not any(s.labels.get("model") == "made-up-name" for f in families.values() for s in f.samples)


def test_durations_are_observed_in_seconds_per_request(scraped):
    _, families, _ = scraped
    assert value(families, "dynaprune_request_duration_seconds", "_count", model=RGB) == 3
    assert value(families, "dynaprune_compute_duration_seconds", "_count", model=RGB) == 2
    assert 0 < value(families, "dynaprune_compute_duration_seconds", "_sum", model=RGB) < 10


def test_flops_counters_add_up(scraped):
    _, families, _ = scraped
    dense = value(families, "dynaprune_flops_dense", "_total", model=RGB)
    executed = value(families, "dynaprune_flops_executed", "_total", model=RGB)
    skipped = value(families, "dynaprune_flops_skipped", "_total", model=RGB)
    assert dense > 0 and executed > 0
    assert skipped == pytest.approx(dense - executed)  # every request here saved FLOPs


def test_skip_ratio_is_observed_per_image_in_buckets_of_0_05(scraped):
    _, families, _ = scraped
    assert value(families, "dynaprune_skip_ratio", "_count", model=RGB) == 3
    bounds = sorted(float(s.labels["le"]) for s in families["dynaprune_skip_ratio"].samples if s.name.endswith("_bucket") and s.labels["model"] == RGB)
    assert bounds[:-1] == pytest.approx([round(0.05 * i, 2) for i in range(21)])


def test_unit_keep_ratio_is_a_fraction_for_every_unit(scraped):
    _, families, client = scraped
    units = client.get(f"/v2/models/{RGB}").json()["parameters"]["unit_names"]
    ratios = {s.labels["unit"]: s.value for s in families["dynaprune_unit_keep_ratio"].samples if s.labels["model"] == RGB}
    assert set(ratios) == set(units)
    assert all(0 <= r <= 1 for r in ratios.values())


def test_unit_keep_ratio_counters_give_the_mean_of_any_window(scraped):
    """kept_fraction_total / images_total is the gauge's mean since load; their increases over a
    window give the mean of recent traffic (what the page's live view and rate() use)."""
    _, families, _ = scraped
    images = value(families, "dynaprune_unit_images", "_total", model=RGB)
    assert images == 3  # the fixture sent 2 images in one v2 request and 1 through classify
    for sample in families["dynaprune_unit_keep_ratio"].samples:
        if sample.labels["model"] == RGB:
            total = value(families, "dynaprune_unit_kept_fraction", "_total", model=RGB, unit=sample.labels["unit"])
            assert total / images == pytest.approx(sample.value, rel=1e-12)


def test_every_engine_call_is_a_batch_even_with_batching_off(scraped):
    _, families, _ = scraped
    assert value(families, "dynaprune_batch_size", "_count", model=RGB) == 2  # one call per request
    assert value(families, "dynaprune_batch_size", "_sum", model=RGB) == 3
    assert value(families, "dynaprune_batch_queue_delay_seconds", "_count", model=RGB) == 2
    assert value(families, "dynaprune_batch_kept_union_ratio", "_count", model=RGB) == 1  # the 2-image call


def test_model_loaded_is_one_per_serving_version(scraped):
    _, families, _ = scraped
    assert value(families, "dynaprune_model_loaded", model=RGB, version="1") == 1
    assert value(families, "dynaprune_model_loaded", model=RGB, version="2") == 1
    assert value(families, "dynaprune_model_loaded", model=GRAY, version="1") == 1


def test_inflight_gauge_returns_to_zero(scraped):
    _, families, _ = scraped
    assert value(families, "dynaprune_inflight_requests") == 0


def test_probe_and_metadata_requests_are_not_counted_as_inference(server_repo):
    with running_app(server_repo) as client:
        client.get("/v2/health/ready")
        client.get(f"/v2/models/{RGB}")
        families = {f.name: f for f in text_string_to_metric_families(client.get("/metrics").text)}
        assert families["dynaprune_requests"].samples == []


def test_unit_keep_ratios_restart_when_a_model_is_reloaded(server_repo):
    with running_app(server_repo) as client:
        client.post(f"/v2/models/{GRAY}/infer", json=infer_body(random_images(1, shape=(1, 8, 8))))
        before = [s for f in text_string_to_metric_families(client.get("/metrics").text) for s in f.samples
                  if s.name == "dynaprune_unit_keep_ratio" and s.labels["model"] == GRAY]
        assert before
        client.post(f"/v2/repository/models/{GRAY}/load")
        after = [s for f in text_string_to_metric_families(client.get("/metrics").text) for s in f.samples
                 if s.name == "dynaprune_unit_keep_ratio" and s.labels["model"] == GRAY]
        assert after == []
