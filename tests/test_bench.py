"""`dynaprune bench`: every figure present in the JSON, the ideal network built right. No timing assertions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
import torch

from dynaprune.cli import main
from dynaprune.exporter.export import export_checkpoint
from dynaprune.runtime.entry import load_manifest
from dynaprune.loadtests import bench
from dynaprune.training.checkpoint import ArchSpec, CheckpointMeta, DataSpec, FtwtSpec, save_checkpoint

VARIANT_FIELDS = {"median_ms", "p90_ms", "mean_ms", "min_ms", "n"}


def make_entry(root: Path, arch: str, size: int) -> Path:
    spec = ArchSpec(name=arch, num_classes=10, in_channels=3, width=0.25)
    torch.manual_seed(0)
    net = spec.build()
    with torch.no_grad():
        for unit in net.units():
            unit.bn.running_var.uniform_(0.5, 1.5)
            unit.predictor.fc.weight.mul_(10.0)
            unit.predictor.fc.bias.uniform_(-0.5, 0.5)
    meta = CheckpointMeta(kind="ftwt", arch=spec, input_shape=(3, size, size), mean=(0.5, 0.4, 0.45),
                          std=(0.25, 0.2, 0.3), class_names=tuple(str(i) for i in range(10)),
                          data=DataSpec(uri=f"synthetic?size={size}&n=60", seed=1), ftwt=FtwtSpec(r=0.9))
    checkpoint = save_checkpoint(root / "runs" / arch, net, meta)
    return export_checkpoint(checkpoint, root / "repo", name=f"tiny-{arch}", version=1).path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    return make_entry(tmp_path_factory.mktemp("bench"), "resnet20", 16)


def _check_result(result: dict, variants: set[str]) -> None:
    assert set(result["variants"]) == variants
    for stats in result["variants"].values():
        assert VARIANT_FIELDS <= set(stats) and stats["n"] == 3 and stats["median_ms"] > 0
    flops = result["flops"]
    assert {"dense", "executed_mean", "ideal", "dense_over_executed", "reduction"} <= set(flops)
    assert 0 < flops["executed_mean"] and flops["dense"] > 0
    for key in ("speedup", "realisation", "gap_to_ideal", "ideal_speedup"):
        assert np.isfinite(result[key]) and result[key] > 0
    assert result["realisation"] == pytest.approx(result["speedup"] / flops["dense_over_executed"])
    assert {"engine", "threads", "batch", "reps", "inputs", "native"} <= set(result["settings"])
    assert set(result["widths"]["ideal"]) == set(result["widths"]["kept_mean"])


def test_bench_json_with_every_variant_including_http(tiny, capsys):
    code = main(["bench", str(tiny), "--reps", "3", "--warmup", "1", "--block", "2", "--settle-ms", "1", "--samples", "4", "--threads", "1", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    _check_result(result, {"dense", "dynamic", "ideal", "http"})
    http = result["http"]
    assert {"overhead_ms", "overhead_p90_ms", "server_compute_median_ms", "overhead_vs_server_compute_ms"} <= set(http)
    assert http["source"] == "`dynaprune serve`" and set(http["dynamic_in_phase_2"]) >= VARIANT_FIELDS
    assert result["settings"]["inputs"].startswith("synthetic")
    assert "[bench]" in err  # progress goes to stderr


def test_bench_onnx_engine_table_and_plot(tiny, tmp_path, capsys):
    png = tmp_path / "bench.png"
    code = main(["bench", str(tiny.parent), "--engine", "onnx", "--reps", "3", "--warmup", "0", "--settle-ms", "0", "--samples", "3",
                 "--threads", "1", "--no-http", "--plot", str(png)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "speedup dense/dynamic" in out and "realisation" in out and "engine onnx" in out
    assert png.stat().st_size > 1000 and png.read_bytes()[:4] == b"\x89PNG"


def test_bench_usage_errors(tmp_path, capsys):
    assert main(["bench", str(tmp_path), "--reps", "1"]) == 2
    assert "not a model-repository entry" in capsys.readouterr().err


@pytest.mark.parametrize("arch,size", [("resnet20", 16), ("mobilenet_v1", 16), ("resnet18", 64)])
def test_ideal_network_at_full_width_is_the_dense_network(tmp_path, arch, size):
    entry = make_entry(tmp_path, arch, size)
    manifest = load_manifest(entry)
    full = {u.name: u.out_channels for u in manifest.units}
    ideal = bench.ort_session(bench.ideal_model(entry, manifest, full), 1)
    dense = ort.InferenceSession(str(entry / manifest.dense.graph.file), providers=["CPUExecutionProvider"])
    x = np.random.default_rng(0).standard_normal((2, 3, size, size)).astype(np.float32)
    want = dense.run(None, {"input": x})[0]
    np.testing.assert_allclose(ideal.run(None, {"input": x})[0], want, rtol=1e-4, atol=1e-4 * np.abs(want).max())
    half = {name: max(1, c // 2) for name, c in full.items()}
    narrow = bench.ort_session(bench.ideal_model(entry, manifest, half), 1)
    assert narrow.run(None, {"input": x})[0].shape == want.shape
    assert bench.ideal_flops(manifest, half) < bench.ideal_flops(manifest, full)
