"""Export trained checkpoints as verified model-repository entries (`dynaprune export`).

- `families`: each model family's export side as a registered plug-in (checkpoint recognition,
  export, summary lines); `export.export_checkpoint` dispatches on it.
- `entry_writer`: writing an entry atomically into a repository (shared by every family).
- `ftwt_export` (+ `lowering`, `graphs`, `ops`): FTWT / dense CNNs as per-unit ONNX graphs.
- `hebbian_export` (+ `hebbian`): dense Hebbian networks as one mean-field Loop graph.

The exporter uses `dynaprune.runtime` only to check parity of what it wrote; nothing at serve
time imports the exporter.
"""
