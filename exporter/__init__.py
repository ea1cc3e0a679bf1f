"""Export FTWT and dense-Hebbian checkpoints as ONNX model-repository entries, and run them.

- `exporter.manifest`: the entry's manifest schema (both families), `load_manifest`, `sha256_file`.
- `exporter.runner`: `open_runner` (picks the family's runner), `ModelRunner` (ftwt),
  `HebbianRunner` (dense-hebbian); they run an entry with ONNX Runtime.
- `exporter.ops`: the `ai.dynaprune` operator set as ONNX functions.
- `exporter.graphs`: builds the FTWT ONNX graphs from a torch-free `NetSpec`.
- `exporter.hebbian`: builds the dense-Hebbian graphs (mean-field `Loop`, readout).
- `exporter.lowering`, `exporter.export`, `exporter.hebbian_export`, `exporter.cli`:
  the export side (`dynaprune export`).

This package root imports nothing: manifest, runner, ops, graphs and hebbian never
import torch, so a server without torch can use them.
"""
