"""Prometheus metrics with the exact names the Grafana dashboard is built from.

Conventions: `dynaprune_` prefix, base units (seconds, FLOPs), `_total` on
counters. Labels stay bounded: `model` is a directory name of the repository
(or `unknown` for names that are not in it, so a client cannot mint series by
requesting random names), `unit` comes from a loaded model's manifest, and
`outcome` is one of OUTCOMES.

Each app gets its own CollectorRegistry so several servers can live in one
process (tests) without colliding in the global default registry.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import numpy as np
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

OUTCOMES = ("success", "client_error", "rejected", "timeout", "server_error")
UNKNOWN_MODEL = "unknown"

# Latency buckets from 1 ms to 30 s: CPU inference of small CNNs sits in the low ms,
# queueing under overload can reach seconds.
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
_SKIP_BUCKETS = tuple(round(0.05 * i, 2) for i in range(21))  # 0.0, 0.05, ..., 1.0
_BATCH_SIZE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
# Gathering delays are set in milliseconds (max_queue_delay_ms), so these start at 0.1 ms.
_BATCH_DELAY_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                        5.0, 10.0, 30.0)


def outcome_for_status(status: int) -> str:
    """Default outcome of a finished request; handlers override it for rejections."""
    if status == 504:
        return "timeout"
    if status == 429:
        return "rejected"
    if status >= 500:
        return "server_error"
    if status >= 400:
        return "client_error"
    return "success"


class ServerMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "dynaprune_requests", "Inference requests by outcome", ["model", "outcome"], registry=r
        )
        self.request_duration = Histogram(
            "dynaprune_request_duration_seconds",
            "Inference request latency, arrival to response",
            ["model"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.queue_duration = Histogram(
            "dynaprune_queue_duration_seconds",
            "Time an admitted inference waited for a compute slot",
            ["model"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.compute_duration = Histogram(
            "dynaprune_compute_duration_seconds",
            "Time spent in the model runtime per request",
            ["model"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.inflight = Gauge(
            "dynaprune_inflight_requests", "Inference requests admitted and not finished computing", registry=r
        )
        self.flops_executed = Counter(
            "dynaprune_flops_executed", "FLOPs executed (honest accounting, predictors included)", ["model"], registry=r
        )
        self.flops_skipped = Counter(
            "dynaprune_flops_skipped",
            "FLOPs saved versus the dense network (per request, floored at 0)",
            ["model"],
            registry=r,
        )
        self.flops_dense = Counter(
            "dynaprune_flops_dense", "FLOPs the dense network would have executed", ["model"], registry=r
        )
        self.skip_ratio = Histogram(
            "dynaprune_skip_ratio",
            "Per-image fraction of dense FLOPs skipped (below 0 lands in the first bucket)",
            ["model"],
            buckets=_SKIP_BUCKETS,
            registry=r,
        )
        # Per-unit keep ratios are read from numpy accumulators when Prometheus scrapes:
        # updating one labelled gauge per unit on every request (55 for a ResNet-56) cost
        # more than the request's whole masked inference.
        self._keep_ratios = _KeepRatioCollector()
        r.register(self._keep_ratios)
        # Dynamic batching (server.inference): one engine call may serve several requests.
        self.batch_size = Histogram(
            "dynaprune_batch_size",
            "Images per engine call (one call may serve several requests when dynamic batching is on)",
            ["model"],
            buckets=_BATCH_SIZE_BUCKETS,
            registry=r,
        )
        self.batch_queue_delay = Histogram(
            "dynaprune_batch_queue_delay_seconds",
            "Per request: time from its arrival to the start of the engine call that computed it "
            "(batch gathering plus the wait for a compute slot)",
            ["model"],
            buckets=_BATCH_DELAY_BUCKETS,
            registry=r,
        )
        self.batch_kept_union_ratio = Histogram(
            "dynaprune_batch_kept_union_ratio",
            _UNION_RATIO_HELP,
            ["model"],
            buckets=_SKIP_BUCKETS,
            registry=r,
        )
        self.model_loaded = Gauge(
            "dynaprune_model_loaded", "1 when the model version is loaded and serving, else 0", ["model", "version"], registry=r
        )
        # Which engine runs each serving version, and where (docs/gpu.md): one series per version, set
        # when it is loaded, removed when it stops serving.
        self.model_engine = Gauge(
            "dynaprune_model_engine_info",
            "1 for each serving model version, labelled with the engine that runs it (native, onnx, cuda) and its device",
            ["model", "version", "engine", "device"],
            registry=r,
        )
        self._engines: dict[tuple[str, str], tuple[str, str]] = {}
        self._engines_lock = threading.Lock()
        # Labelled children per model, bound once: `labels()` validates and locks on every call, and
        # a request touches nine series (the labels are bounded: repository names and "unknown").
        self._series: dict[str, _ModelSeries] = {}

    def _of(self, model: str) -> "_ModelSeries":
        series = self._series.get(model)
        if series is None:
            series = self._series[model] = _ModelSeries(self, model)
        return series

    def observe_request(self, model: str, outcome: str, seconds: float) -> None:
        series = self._of(model)
        counter = series.requests.get(outcome)
        if counter is None:
            counter = series.requests[outcome] = self.requests.labels(model, outcome)
        counter.inc()
        series.request_duration.observe(seconds)

    def observe_inference(
        self,
        model: str,
        *,
        queue_s: float,
        compute_s: float,
        flops_executed: np.ndarray,
        flops_dense: float,
        kept: np.ndarray,
        unit_names: tuple[str, ...],
        unit_channels: Mapping[str, int] | None,
    ) -> None:
        """Record one finished inference; `flops_executed` and `kept` are per image."""
        series = self._of(model)
        series.queue_duration.observe(queue_s)
        series.compute_duration.observe(compute_s)
        batch = len(flops_executed)
        executed = float(np.sum(flops_executed))
        dense = flops_dense * batch
        series.flops_executed.inc(executed)
        series.flops_dense.inc(dense)
        # Counters cannot go down: a request whose predictor overhead outweighed its savings adds 0.
        series.flops_skipped.inc(max(0.0, dense - executed))
        if flops_dense > 0:
            ratios = 1.0 - flops_executed / flops_dense
            for ratio in ratios.tolist():
                series.skip_ratio.observe(ratio)
        if unit_channels:
            self._keep_ratios.add(model, unit_names, unit_channels, kept)

    def observe_batch(
        self,
        model: str,
        *,
        images: int,
        queue_delays: Sequence[float],
        kept: np.ndarray,
        unit_names: tuple[str, ...],
        unit_channels: Mapping[str, int] | None,
    ) -> None:
        """Record one engine call of `images` images serving requests that waited `queue_delays`."""
        series = self._of(model)
        series.batch_size.observe(images)
        for seconds in queue_delays:
            series.batch_queue_delay.observe(seconds)
        if unit_channels and images >= 2:
            ratio = kept_union_ratio(kept, np.array([unit_channels[u] for u in unit_names], dtype=np.float64))
            if ratio is not None:
                series.batch_kept_union_ratio.observe(ratio)

    def model_version_loaded(self, model: str, version: int, loaded: bool, *, engine: str | None = None,
                             device: str | None = None) -> None:
        """Loaded (with the `engine` and `device` that run it) or not; the version's engine-info series
        follows: replaced when it is loaded again, removed when it is not loaded."""
        self.model_loaded.labels(model, str(version)).set(1 if loaded else 0)
        key = (model, str(version))
        with self._engines_lock:
            previous = self._engines.pop(key, None)
            if previous is not None:
                self.model_engine.remove(*key, *previous)
            if loaded and engine is not None:
                labels = (engine, device or "unknown")
                self.model_engine.labels(*key, *labels).set(1)
                self._engines[key] = labels

    def reset_keep_ratios(self, model: str) -> None:
        """Start the keep-ratio means afresh: called whenever a model is (re)loaded or unloaded."""
        self._keep_ratios.reset(model)


class _ModelSeries:
    """One model label's children of the per-model series (see ServerMetrics._series)."""

    def __init__(self, metrics: ServerMetrics, model: str) -> None:
        self.requests: dict[str, Any] = {}  # by outcome, bound on first use
        self.request_duration = metrics.request_duration.labels(model)
        self.queue_duration = metrics.queue_duration.labels(model)
        self.compute_duration = metrics.compute_duration.labels(model)
        self.flops_executed = metrics.flops_executed.labels(model)
        self.flops_dense = metrics.flops_dense.labels(model)
        self.flops_skipped = metrics.flops_skipped.labels(model)
        self.skip_ratio = metrics.skip_ratio.labels(model)
        self.batch_size = metrics.batch_size.labels(model)
        self.batch_queue_delay = metrics.batch_queue_delay.labels(model)
        self.batch_kept_union_ratio = metrics.batch_kept_union_ratio.labels(model)


_UNION_RATIO_HELP = (
    "Per engine call of 2+ images: mean over units (those where some image kept a channel) of "
    "max_i kept_i / min(sum_i kept_i, dense channels), kept_i = channels image i kept in the unit. "
    "Computed from kept counts alone, it is a lower bound of the share of the batch's union of kept "
    "channels that its largest kept set covers (the union is at least the largest set and at most "
    "min(sum, channels)); 1 when one image's kept set must contain every other's"
)


def kept_union_ratio(kept: np.ndarray, channels: np.ndarray) -> float | None:
    """`dynaprune_batch_kept_union_ratio` of one batch: `kept` (images, units) kept counts, `channels`
    (units,) dense widths; None when no unit kept anything or the batch has fewer than 2 images.

    The runner contract reports kept counts per unit, not the kept sets, so the true overlap
    (|intersection| / |union|) is out of reach; this is what the counts bound honestly.
    """
    if kept.ndim != 2 or kept.shape[0] < 2 or kept.shape[1] == 0:
        return None
    counts = kept.astype(np.float64)
    union_bound = np.minimum(counts.sum(axis=0), channels)
    live = union_bound > 0
    if not live.any():
        return None
    ratios = np.minimum(counts.max(axis=0)[live] / union_bound[live], 1.0)
    return float(ratios.mean())


@dataclass
class _KeepRatios:
    units: tuple[str, ...]
    channels: np.ndarray  # per unit
    ratio_sums: np.ndarray  # sum over images of each unit's kept fraction
    images: int = 0


class _KeepRatioCollector:
    """`dynaprune_unit_keep_ratio{model,unit}`: mean kept fraction of each unit since load.

    One vectorised update per request; the gauge family is built at scrape time.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._models: dict[str, _KeepRatios] = {}

    def add(self, model: str, units: tuple[str, ...], channels: Mapping[str, int], kept: np.ndarray) -> None:
        with self._lock:
            entry = self._models.get(model)
            if entry is None or entry.units != units:
                per_unit = np.array([channels[u] for u in units], dtype=np.float64)
                entry = self._models[model] = _KeepRatios(units, per_unit, np.zeros(len(units)))
            entry.ratio_sums += kept.sum(axis=0) / entry.channels
            entry.images += kept.shape[0]

    def reset(self, model: str) -> None:
        with self._lock:
            self._models.pop(model, None)

    def describe(self):
        return list(self._families())

    def collect(self):
        means, sums, images = self._families()
        with self._lock:
            for model, entry in self._models.items():
                if entry.images:
                    images.add_metric([model], float(entry.images))
                    for unit, total in zip(entry.units, entry.ratio_sums):
                        means.add_metric([model, unit], float(total / entry.images))
                        sums.add_metric([model, unit], float(total))
        yield from (means, sums, images)

    @staticmethod
    def _families() -> tuple[GaugeMetricFamily, CounterMetricFamily, CounterMetricFamily]:
        """The mean since load, and the two counters whose increases give the mean of any window
        (rate(kept_fraction) / rate(images): what the page's live view and PromQL use for recent traffic)."""
        return (GaugeMetricFamily("dynaprune_unit_keep_ratio", _KEEP_HELP, labels=["model", "unit"]),
                CounterMetricFamily("dynaprune_unit_kept_fraction", _KEPT_SUM_HELP, labels=["model", "unit"]),
                CounterMetricFamily("dynaprune_unit_images", _IMAGES_HELP, labels=["model"]))


_KEEP_HELP = "Mean fraction of a unit's channels kept, over images since the model was loaded"
_KEPT_SUM_HELP = "Sum over images of the fraction of a unit's channels kept, since the model was loaded"
_IMAGES_HELP = "Images counted in the per-unit keep ratios, since the model was loaded"
