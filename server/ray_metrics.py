"""One Prometheus exposition from many replicas: every series gains a `replica` label.

Each Ray Serve replica keeps its own `ServerMetrics` registry (its own process, its own
counters). A scrape of `/metrics` through Ray lands on one replica, which asks every replica
for its exposition (a handle broadcast, `server.ray_serve`) and merges them here. The series
keep their `dynaprune_*` names, so the Grafana dashboard, whose queries all aggregate with
`sum(...)`/`max(...)`/`histogram_quantile(sum by (le) ...)`, reads the merged scrape unchanged;
the `replica` label keeps two replicas' counters apart instead of letting one overwrite the other.

Kept torch- and ray-free on purpose: it is plain text processing, unit-tested without a cluster.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families

REPLICA_LABEL = "replica"


class _Merged:
    """A collector yielding pre-built metric families (what generate_latest serialises)."""

    def __init__(self, families: list[Metric]) -> None:
        self._families = families

    def collect(self) -> Iterator[Metric]:
        yield from self._families


def merge_expositions(parts: Iterable[tuple[str, bytes | str]]) -> bytes:
    """Merge `(replica_id, exposition text)` pairs into one exposition (text format 0.0.4).

    A family present on several replicas is written once (one HELP/TYPE), with every replica's
    samples labelled `replica=<id>`. A sample that already carries a `replica` label keeps it.
    """
    families: dict[str, Metric] = {}
    for replica, text in parts:
        decoded = text.decode() if isinstance(text, bytes) else text
        for family in text_string_to_metric_families(decoded):
            merged = families.get(family.name)
            if merged is None:
                merged = families[family.name] = Metric(family.name, family.documentation, family.type, family.unit)
            for sample in family.samples:
                labels = dict(sample.labels)
                labels.setdefault(REPLICA_LABEL, replica)
                merged.add_sample(sample.name, labels, sample.value, sample.timestamp, sample.exemplar)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Merged(list(families.values())))  # type: ignore[arg-type]
    return generate_latest(registry)
