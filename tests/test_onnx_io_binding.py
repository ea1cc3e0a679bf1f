"""The FTWT engine on ONNX Runtime: IO binding (the CUDA path, tested on the CPU provider, which takes
it too) and units that keep nothing, which must never hand an empty tensor to a graph (cuDNN is not
given C=0 or K=0 convolutions) while computing what the native engine computes."""

from __future__ import annotations

import numpy as np
import pytest

from dynaprune.runtime.ftwt.onnx_runner import ModelRunner
from dynaprune.runtime.ort_io import BoundCalls, HostCalls
from dynaprune.runtime.sessions import CPU


def silence(net) -> None:  # noqa: ANN001 - a torch module
    """layer2.0.conv1 keeps nothing (so layer2.0.conv2 reads an empty tensor); layer3.2.conv2, the
    last residual block, keeps nothing either (its output is the shortcut alone)."""
    fc = net.get_submodule("layer2.0.conv1").predictor.fc
    fc.weight.zero_()
    fc.bias.fill_(-1.0)
    net.get_submodule("layer3.2.conv2").predictor.fc.bias.fill_(-100.0)


@pytest.fixture(scope="module")
def entries(tmp_path_factory):
    from dynaprune.exporter.export import export_checkpoint
    from tests.export_fixtures import make_checkpoint

    root = tmp_path_factory.mktemp("onnx-binding")
    made = {}
    for name, tweak in (("mixed", None), ("silenced", silence)):
        checkpoint = make_checkpoint(root / "runs" / name, "resnet20", tweak=tweak)
        made[name] = export_checkpoint(checkpoint, root / "repo", name=name, version=1).path
    return made


def images(runner: ModelRunner, batch: int = 3) -> np.ndarray:
    return np.random.default_rng(0).random((batch, *runner.manifest.input.shape), dtype=np.float32)


def assert_same_traces(got, want) -> None:  # noqa: ANN001
    for i, (a, b) in enumerate(zip(got, want)):
        assert a.kept.keys() == b.kept.keys()
        for unit in a.kept:
            np.testing.assert_array_equal(a.kept[unit], b.kept[unit], err_msg=f"sample {i}, unit {unit}")
        np.testing.assert_allclose(a.logits, b.logits, rtol=1e-5, atol=1e-5 * max(1.0, float(np.abs(b.logits).max())))


class Recording:
    """Wraps a runner's calls and records the channel count of every tensor fed to a graph."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        self.inner = inner
        self.channels: list[tuple[str, int]] = []

    def __getattr__(self, name: str):  # put, shape, host, bound
        return getattr(self.inner, name)

    def run(self, session, outputs, feeds):  # noqa: ANN001
        for name in ("x", "skip"):
            if name in feeds:
                self.channels.append((name, self.inner.shape(feeds[name])[1]))
        return self.inner.run(session, outputs, feeds)


def test_cpu_provider_runs_session_run_unless_binding_is_asked_for(entries):
    assert isinstance(ModelRunner(entries["mixed"], providers=[CPU]).calls, HostCalls)
    bound = ModelRunner(entries["mixed"], providers=[CPU], io_binding=True).calls
    assert isinstance(bound, BoundCalls) and bound.device == "cpu"


@pytest.mark.parametrize("name", ["mixed", "silenced"])
def test_io_binding_computes_the_same_sub_networks_as_session_run(entries, name):
    plain = ModelRunner(entries[name], providers=[CPU])
    bound = ModelRunner(entries[name], providers=[CPU], io_binding=True)
    x = images(plain)
    assert_same_traces(bound.trace(x), plain.trace(x))
    ran, ref = bound.run(x), plain.run(x)
    np.testing.assert_array_equal(ran.flops_executed, ref.flops_executed)


@pytest.mark.parametrize("io_binding", [False, True], ids=["session-run", "io-binding"])
def test_units_keeping_nothing_feed_no_empty_tensor_and_match_the_native_engine(entries, io_binding):
    from dynaprune.runtime.ftwt.native_runner import NativeRunner, native_available, native_info

    if not native_available():
        pytest.skip(f"native engine not built: {native_info()}")
    runner = ModelRunner(entries["silenced"], providers=[CPU], io_binding=io_binding)
    recording = runner.calls = Recording(runner.calls)
    x = images(runner)
    traces = runner.trace(x)
    assert all(len(t.kept["layer2.0.conv1"]) == 0 and len(t.kept["layer3.2.conv2"]) == 0 for t in traces)
    assert recording.channels and min(c for _, c in recording.channels) >= 1, "an empty tensor reached a graph"
    assert_same_traces(traces, NativeRunner(entries["silenced"], threads=1).trace(x))
