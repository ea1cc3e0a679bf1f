"""The dynaprune runtime: runs exported model-repository entries. Torch-free.

- `manifest` / `entry`: the manifest schema (a discriminated union on `family`) and reading an
  entry (manifest, files, sha256);
- `registry`: model families as plug-ins (manifest model + engines);
- `contract`: the `Runner` contract every engine implements, and its typed results;
- `engines`: `open_runner(entry, engine=...)`, the one place an engine is chosen;
- `inputs`, `sessions`: image checks and normalisation; ONNX Runtime sessions and providers;
- `ftwt/`, `hebbian/`: the built-in families (FTWT: native CPU engine and ONNX Runtime;
  dense Hebbian: ONNX Runtime).

The server, the benchmark and the load tests depend on this package; it depends on nothing
but `dynaprune.models.flops` / `dynaprune.models.families` (torch-free) and the core package.
"""
