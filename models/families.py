"""The names model families go by in checkpoints and manifests, defined once.

Training writes them into checkpoint metadata, the exporter into manifests, and the runtime
registers each family under its name (`dynaprune.runtime.registry`). This module is only the
vocabulary, importable without torch or any model code.
"""

FTWT = "ftwt"  # FTWT CNNs (and their dense baselines): per-unit gated graphs
DENSE_HEBBIAN = "dense-hebbian"  # supervised dense Hebbian networks: one mean-field Loop graph
