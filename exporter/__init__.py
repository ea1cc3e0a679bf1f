"""Export FTWT checkpoints as ONNX model-repository entries, and run them.

- `exporter.manifest`: the entry's manifest schema, `load_manifest`, `sha256_file`.
- `exporter.runner`: `ModelRunner`, runs an entry with ONNX Runtime.
- `exporter.ops`: the `ai.dynaprune` operator set as ONNX functions.
- `exporter.graphs`: builds the ONNX graphs from a torch-free `NetSpec`.
- `exporter.lowering`, `exporter.export`, `exporter.cli`: the torch side
  (`dynaprune export`).

This package root imports nothing: manifest, runner, ops and graphs never
import torch, so a server without torch can use them.
"""
