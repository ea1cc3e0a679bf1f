"""The CUDA engine (`dynaprune.runtime.ftwt.cuda`) without a GPU: its Triton kernels under Triton's
CPU interpreter against numpy references, and whole networks against the native engine.

TRITON_INTERPRET=1 must be set before triton is first imported; this module sets it at import and
restores the environment when its tests end (no other test module imports triton). The kernels run
on torch CPU tensors here; on a GPU the same code compiles for CUDA (tools/gpu_verify.py).
"""

from __future__ import annotations

import os

import numpy as np
import pytest

_SAVED = os.environ.get("TRITON_INTERPRET")
os.environ["TRITON_INTERPRET"] = "1"
torch = pytest.importorskip("torch")
pytest.importorskip("triton")
from dynaprune.runtime.ftwt.cuda import kernels  # noqa: E402  (after TRITON_INTERPRET)

pytestmark = [
    pytest.mark.triton_interp,
    pytest.mark.skipif(not kernels.INTERPRETED, reason="triton was imported before TRITON_INTERPRET=1 was set"),
]

BLOCK_N, BLOCK_M, BLOCK_K = 16, 64, 16  # small tiles: several programs per grid, programs past a count


@pytest.fixture(scope="module", autouse=True)
def _restore_environment():
    yield
    if _SAVED is None:
        os.environ.pop("TRITON_INTERPRET", None)
    else:
        os.environ["TRITON_INTERPRET"] = _SAVED


# --------------------------------------------------------------------------- numpy references


def conv_ref(x: np.ndarray, w: np.ndarray, b: np.ndarray, stride: int, pad: int) -> np.ndarray:
    """Dense conv of one (C, H, W) image (zero padding), weight (O, C, kh, kw)."""
    c, h, wd = x.shape
    o, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (pad, pad), (pad, pad)))
    ho, wo = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    out = np.zeros((o, ho, wo), dtype=np.float64)
    for dy in range(kh):
        for dx in range(kw):
            patch = xp[:, dy:dy + stride * ho:stride, dx:dx + stride * wo:stride]
            out += np.einsum("oc,chw->ohw", w[:, :, dy, dx], patch)
    return (out + b[:, None, None]).astype(np.float32)


def depthwise_ref(x: np.ndarray, w: np.ndarray, b: np.ndarray, stride: int, pad: int) -> np.ndarray:
    return np.stack([conv_ref(x[c:c + 1], w[c:c + 1], b[c:c + 1], stride, pad)[0] for c in range(x.shape[0])])


def compact(dense: np.ndarray, kept: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(B, C, H, W) dense values -> compact buffer, channel ids, rows (-1 dropped), counts."""
    batch, channels = dense.shape[:2]
    buf = np.full_like(dense, np.nan)  # rows past a count must never be read
    idx = np.zeros((batch, channels), np.int32)
    pos = np.full((batch, channels), -1, np.int32)
    for i, k in enumerate(kept):
        buf[i, :len(k)] = dense[i, k]
        idx[i, :len(k)] = k
        pos[i, k] = np.arange(len(k))
    return buf, idx, pos, np.array([len(k) for k in kept], np.int32)


def t(a: np.ndarray):
    return torch.from_numpy(np.ascontiguousarray(a))


def launch_conv(x, xidx, xcnt, w, b, y, oidx, ocnt, upos, *, cin_buf, cout, h, wd, stride, pad, ho, wo, **flags):
    kh = w.shape[2]
    grid = (x.shape[0], -(-cout // BLOCK_N), -(-(ho * wo) // BLOCK_M))
    defaults = dict(RELU=False, OUT_SCATTER=False, RESIDUAL=False, RELU_AFTER=False, RELU_UNKEPT=False)
    defaults.update(flags)
    kernels.masked_conv_kernel[grid](
        t(x), t(xidx), t(xcnt), t(w), t(b), y, t(oidx), t(ocnt), t(upos),
        cin_buf, oidx.shape[1], y.shape[1], h, wd, ho, wo, w.shape[1], stride, stride, pad, pad, 1, 1,
        KH=kh, KW=kh, K_ITERS=-(-(cin_buf * kh * kh) // BLOCK_K), PRECISION="ieee",
        BLOCK_M=BLOCK_M, BLOCK_N=BLOCK_N, BLOCK_K=BLOCK_K, **defaults)


def random_kept(rng, channels: int, sizes: list[int]) -> list[np.ndarray]:
    return [np.sort(rng.choice(channels, size=s, replace=False)).astype(np.int64) for s in sizes]


# --------------------------------------------------------------------------- masked conv


@pytest.mark.parametrize("stride,pad,kernel", [(1, 1, 3), (2, 1, 3), (2, 0, 1)], ids=["3x3", "3x3-stride2", "1x1-stride2"])
def test_masked_conv_computes_kept_filters_from_kept_inputs(stride, pad, kernel):
    rng = np.random.default_rng(stride * 10 + kernel)
    cin, cout, h = 12, 20, 9
    dense = rng.standard_normal((4, cin, h, h)).astype(np.float32)
    w = rng.standard_normal((cout, cin, kernel, kernel)).astype(np.float32)
    b = rng.standard_normal(cout).astype(np.float32)
    kin = random_kept(rng, cin, [5, 0, cin, 3])  # sample 1: its input kept nothing (bias only)
    kout = random_kept(rng, cout, [7, 4, 0, cout])  # sample 2: keeps no filter
    x, xidx, _, xcnt = compact(dense, kin)
    _, oidx, opos, ocnt = compact(np.zeros((4, cout, 1, 1), np.float32), kout)
    ho = (h + 2 * pad - kernel) // stride + 1
    y = torch.full((4, cout, ho, ho), float("nan"))
    launch_conv(x, xidx, xcnt, w, b, y, oidx, ocnt, opos, cin_buf=cin, cout=cout, h=h, wd=h, stride=stride,
                pad=pad, ho=ho, wo=ho, RELU=True)
    for i in range(4):
        masked = np.zeros_like(dense[i])
        masked[kin[i]] = dense[i, kin[i]]
        want = np.maximum(conv_ref(masked, w, b, stride, pad)[kout[i]], 0)
        np.testing.assert_allclose(y[i, :len(kout[i])].numpy(), want, rtol=1e-5, atol=1e-5)
        assert torch.isnan(y[i, len(kout[i]):]).all(), "rows past the kept count must not be written"


def test_masked_conv_scatters_into_the_residual_sum_and_rectifies_after_the_add():
    rng = np.random.default_rng(3)
    c, h = 8, 6
    dense = rng.standard_normal((2, c, h, h)).astype(np.float32)
    w = rng.standard_normal((c, c, 3, 3)).astype(np.float32)
    b = rng.standard_normal(c).astype(np.float32)
    shortcut = rng.standard_normal((2, c, h, h)).astype(np.float32)
    kout = random_kept(rng, c, [3, 0])
    x, xidx, _, xcnt = compact(dense, [np.arange(c), np.arange(c)])
    _, oidx, opos, ocnt = compact(np.zeros((2, c, 1, 1), np.float32), kout)
    y = t(shortcut.copy())
    launch_conv(x, xidx, xcnt, w, b, y, oidx, ocnt, opos, cin_buf=c, cout=c, h=h, wd=h, stride=1, pad=1, ho=h, wo=h,
                OUT_SCATTER=True, RESIDUAL=True, RELU_AFTER=True)
    for i in range(2):
        want = shortcut[i].copy()  # dropped channels untouched (the shortcut kernel rectifies those)
        want[kout[i]] = np.maximum(conv_ref(dense[i], w, b, 1, 1)[kout[i]] + shortcut[i, kout[i]], 0)
        np.testing.assert_allclose(y[i].numpy(), want, rtol=1e-5, atol=1e-5)


def test_projection_conv_rectifies_only_the_channels_the_unit_dropped():
    rng = np.random.default_rng(4)
    cin, cout, h = 6, 10, 8
    dense = rng.standard_normal((1, cin, h, h)).astype(np.float32)
    w = rng.standard_normal((cout, cin, 1, 1)).astype(np.float32)
    b = rng.standard_normal(cout).astype(np.float32)
    unit_kept = random_kept(rng, cout, [4])
    _, _, upos, _ = compact(np.zeros((1, cout, 1, 1), np.float32), unit_kept)
    x, xidx, _, xcnt = compact(dense, [np.arange(cin)])
    every = np.arange(cout, dtype=np.int32)[None]
    y = torch.zeros((1, cout, h // 2, h // 2))
    launch_conv(x, xidx, xcnt, w, b, y, every, np.array([cout], np.int32), upos, cin_buf=cin, cout=cout, h=h, wd=h,
                stride=2, pad=0, ho=h // 2, wo=h // 2, RELU_UNKEPT=True)
    want = conv_ref(dense[0], w, b, 2, 0)
    dropped = np.setdiff1d(np.arange(cout), unit_kept[0])
    want[dropped] = np.maximum(want[dropped], 0)
    np.testing.assert_allclose(y[0].numpy(), want, rtol=1e-5, atol=1e-5)


def test_tf32_is_only_used_when_asked():
    """The runner passes "ieee" unless tf32=True: the precision reaches tl.dot as a constexpr."""
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner

    assert "input_precision=PRECISION" in open(kernels.__file__).read()
    assert CudaRunner.__init__.__kwdefaults__["tf32"] is False


# --------------------------------------------------------------------------- the small kernels


def test_depthwise_conv_reads_each_filters_own_channel_or_only_its_bias():
    rng = np.random.default_rng(5)
    c, h = 10, 7
    dense = rng.standard_normal((2, c, h, h)).astype(np.float32)
    w = rng.standard_normal((c, 1, 3, 3)).astype(np.float32)
    b = rng.standard_normal(c).astype(np.float32)
    kin = random_kept(rng, c, [4, 0])
    kout = random_kept(rng, c, [6, 5])
    x, _, xpos, _ = compact(dense, kin)
    _, oidx, _, ocnt = compact(np.zeros((2, c, 1, 1), np.float32), kout)
    ho = (h + 2 - 3) // 2 + 1
    y = torch.full((2, c, ho, ho), float("nan"))
    kernels.depthwise_kernel[(2, -(-c // BLOCK_N), -(-(ho * ho) // BLOCK_M))](
        t(x), t(xpos), t(w), t(b), y, t(oidx), t(ocnt), c, h, h, ho, ho, 2, 2, 1, 1, 1, 1,
        KH=3, KW=3, RELU=True, BLOCK_N=BLOCK_N, BLOCK_M=BLOCK_M)
    for i in range(2):
        masked = np.zeros_like(dense[i])
        masked[kin[i]] = dense[i, kin[i]]
        want = np.maximum(depthwise_ref(masked, w, b, 2, 1)[kout[i]], 0)
        np.testing.assert_allclose(y[i, :len(kout[i])].numpy(), want, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("stride", [1, 2], ids=["identity", "pad"])
def test_shortcut_places_the_skip_channels_and_rectifies_dropped_ones(stride):
    rng = np.random.default_rng(6 + stride)
    sc, cout, h = 6, 6 * stride, 8
    dense = rng.standard_normal((1, sc, h, h)).astype(np.float32)
    skip_kept = random_kept(rng, sc, [4])
    unit_kept = random_kept(rng, cout, [5])
    s, _, spos, _ = compact(dense, skip_kept)
    _, _, upos, _ = compact(np.zeros((1, cout, 1, 1), np.float32), unit_kept)
    ho = h // stride
    y = torch.full((1, cout, ho, ho), float("nan"))
    kernels.shortcut_kernel[(1, -(-cout // BLOCK_N), -(-(ho * ho) // BLOCK_M))](
        t(s), t(spos), y, t(upos), t(np.array([cout], np.int32)), sc, h, h, cout, ho, ho,
        ST=stride, BLOCK_N=BLOCK_N, BLOCK_M=BLOCK_M)
    masked = np.zeros_like(dense[0])
    masked[skip_kept[0]] = dense[0, skip_kept[0]]
    want = np.zeros((cout, ho, ho), np.float32)
    want[:sc] = masked.reshape(sc, ho, stride, ho, stride).mean(axis=(2, 4))
    dropped = np.setdiff1d(np.arange(cout), unit_kept[0])
    want[dropped] = np.maximum(want[dropped], 0)
    np.testing.assert_allclose(y[0].numpy(), want, rtol=1e-6, atol=1e-6)


def test_maxpool_with_padding_pools_only_the_kept_rows():
    rng = np.random.default_rng(8)
    c, h = 5, 9
    x = rng.standard_normal((2, c, h, h)).astype(np.float32)
    cnt = np.array([3, 0], np.int32)
    ho = (h + 2 - 3) // 2 + 1
    y = torch.full((2, c, ho, ho), float("nan"))
    kernels.maxpool_kernel[(2, 1, -(-(ho * ho) // BLOCK_M))](t(x), y, t(cnt), c, h, h, ho, ho, 2, 1,
                                                            K=3, BLOCK_N=BLOCK_N, BLOCK_M=BLOCK_M)
    padded = np.pad(x[0, :3], ((0, 0), (1, 1), (1, 1)), constant_values=-np.inf)
    want = np.max([padded[:, a:a + 2 * ho:2, d:d + 2 * ho:2] for a in range(3) for d in range(3)], axis=0)
    np.testing.assert_array_equal(y[0, :3].numpy(), want)
    assert torch.isnan(y[0, 3:]).all() and torch.isnan(y[1]).all()


def predictor_ref(pooled: np.ndarray, pw: np.ndarray, pb: np.ndarray, thr: float) -> np.ndarray:
    e = np.exp(pooled - pooled.max())
    logits = pw @ (e / e.sum()) + pb
    return np.flatnonzero(logits > thr)


@pytest.mark.parametrize("avg", [True, False], ids=["avg", "max"])
def test_predictor_builds_the_kept_list_and_count_on_device(avg):
    rng = np.random.default_rng(9)
    cin, cout, h, batch = 12, 40, 5, 3
    dense = rng.standard_normal((batch, cin, h, h)).astype(np.float32)
    kin = random_kept(rng, cin, [7, 0, cin])
    x, _, xpos, _ = compact(dense, kin)
    pw = (5 * rng.standard_normal((cout, cin))).astype(np.float32)
    pb = rng.uniform(-0.5, 0.5, cout).astype(np.float32)
    thr = np.array([0.0, 0.0, np.inf], np.float32)  # sample 2: a padding sample keeps nothing
    pooled = torch.full((batch, cin), float("nan"))
    kernels.predictor_pool_kernel[(batch, 1)](t(x), t(xpos), pooled, cin, h * h, AVG=avg, HW_ITERS=2,
                                              BLOCK_C=16, BLOCK_HW=16)
    idx, pos, cnt = torch.zeros((batch, cout), dtype=torch.int32), torch.zeros((batch, cout), dtype=torch.int32), torch.zeros(batch, dtype=torch.int32)
    kernels.predictor_kernel[(batch,)](pooled, t(pw), t(pb), t(thr), idx, pos, cnt, cin, cout,
                                       BLOCK_CIN=16, BLOCK_O=16, O_ITERS=3)
    for i in range(batch):
        want_pooled = np.zeros(cin, np.float32)
        reduce = np.mean if avg else np.max
        want_pooled[kin[i]] = reduce(dense[i, kin[i]].reshape(len(kin[i]), -1), axis=1) if len(kin[i]) else []
        np.testing.assert_allclose(pooled[i].numpy(), want_pooled, rtol=1e-6, atol=1e-6)
        want = predictor_ref(want_pooled.astype(np.float64), pw, pb, float(thr[i]))
        assert cnt[i].item() == len(want)
        np.testing.assert_array_equal(idx[i, :len(want)].numpy(), want)
        expected_pos = np.full(cout, -1)
        expected_pos[want] = np.arange(len(want))
        np.testing.assert_array_equal(pos[i].numpy(), expected_pos)
    assert 0 < cnt[0].item() < cout and cnt[2].item() == 0


def test_head_averages_kept_channels_and_reads_their_weight_columns():
    rng = np.random.default_rng(10)
    c, h, classes = 20, 3, 7
    dense = rng.standard_normal((2, c, h, h)).astype(np.float32)
    kept = random_kept(rng, c, [9, 0])
    x, xidx, _, xcnt = compact(dense, kept)
    hw = rng.standard_normal((classes, c)).astype(np.float32)
    hb = rng.standard_normal(classes).astype(np.float32)
    out = torch.zeros((2, classes))
    kernels.head_kernel[(2,)](t(x), t(xidx), t(xcnt), t(hw), t(hb), out, c, h * h, classes,
                              HW_ITERS=1, CLS_ITERS=2, BLOCK_C=32, BLOCK_HW=16, BLOCK_CLS=4)
    for i in range(2):
        masked = np.zeros(c, np.float32)
        masked[kept[i]] = dense[i, kept[i]].mean(axis=(1, 2))
        np.testing.assert_allclose(out[i].numpy(), hw @ masked + hb, rtol=1e-5, atol=1e-5)


# --------------------------------------------------------------------------- whole networks


@pytest.fixture(scope="module")
def entry(tmp_path_factory):
    from dynaprune.exporter.export import export_checkpoint
    from tests.export_fixtures import make_checkpoint

    root = tmp_path_factory.mktemp("cuda-engine")
    cache: dict[tuple, object] = {}

    def get(arch: str, **kwargs):
        key = (arch, tuple(sorted(kwargs.items())))
        if key not in cache:
            name = f"{arch}-{len(cache)}"
            checkpoint = make_checkpoint(root / "runs" / name, arch, **kwargs)
            cache[key] = export_checkpoint(checkpoint, root / "repo", name=name, version=1).path
        return cache[key]

    return get


def native_or_skip(path):
    from dynaprune.runtime.ftwt.native_runner import NativeRunner, native_available, native_info

    if not native_available():
        pytest.skip(f"native engine not built: {native_info()}")
    return NativeRunner(path, threads=1)


def assert_same_as_native(path, batch: int, buckets=(1, 2, 4), check_run: bool = False) -> None:
    """Kept channels identical, logits within the exporter's tolerance; with `check_run`, also `run`'s
    counts and honest FLOPs (one more forward: the interpreter is slow, so only where asked)."""
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner

    native = native_or_skip(path)
    cuda = CudaRunner(path, device="cpu", buckets=buckets)
    images = np.random.default_rng(0).random((batch, *native.manifest.input.shape), dtype=np.float32)
    got, want = cuda.trace(images), native.trace(images)
    for i, (a, b) in enumerate(zip(got, want)):
        for name in native.unit_names:
            assert np.array_equal(a.kept[name], b.kept[name]), f"sample {i}, unit {name}: kept channels differ"
        bound = 1e-4 * max(1.0, float(np.abs(b.logits).max()))
        assert float(np.abs(a.logits - b.logits).max()) <= bound, f"sample {i}: logits differ"
    if not check_run:
        return
    ran, ref = cuda.run(images), native.run(images)
    assert list(ran.kept) == native.unit_names
    for name in native.unit_names:
        np.testing.assert_array_equal(ran.kept[name], ref.kept[name])
    np.testing.assert_array_equal(ran.flops_executed, ref.flops_executed)  # models.flops, the same accounting
    assert ran.flops_dense == ref.flops_dense
    pruning = [n for n in ref.kept if 0 < ref.kept[n].mean() < native.unit_channels[n]]
    assert len(pruning) > len(ref.kept) // 2  # the test nets really prune


def test_demo_sized_resnet56_keeps_exactly_the_native_engines_channels(entry):
    """Batch 3 runs in the 4-sample bucket: one padding sample, which must not disturb the others."""
    assert_same_as_native(entry("resnet56"), batch=3, check_run=True)


def test_vgg16_bn_with_pools_after_units_matches_native(entry):
    assert_same_as_native(entry("vgg16_bn"), batch=1)


def test_resnet18_with_projection_shortcuts_and_a_pooled_stem_matches_native(entry):
    assert_same_as_native(entry("resnet18"), batch=1)


def test_mobilenet_depthwise_units_match_native(entry):
    assert_same_as_native(entry("mobilenet_v1"), batch=1)


def test_units_keeping_nothing_match_native(entry):
    def silence(net):  # layer2.0.conv1 keeps nothing: the next conv reads an empty tensor (bias only)
        fc = net.get_submodule("layer2.0.conv1").predictor.fc
        fc.weight.zero_()
        fc.bias.fill_(-1.0)
        net.get_submodule("layer3.2.conv2").predictor.fc.bias.fill_(-100.0)  # the last block: shortcut alone

    assert_same_as_native(entry("resnet20", tweak=silence), batch=2, check_run=True)


def test_launched_work_counts_whole_tiles_and_shrinks_with_kept_channels(entry):
    from dynaprune.runtime.ftwt.cuda.plan import launched_macs
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner

    cuda = CudaRunner(entry("resnet56"), device="cpu", buckets=(1,))
    kept_all = np.array([[s.cout for s in cuda.plan.steps]])
    kept_none = np.zeros_like(kept_all)
    full = launched_macs(cuda.plan, kept_all, (1, 1, 1))[0]
    exact = sum(s.cout * s.conv.out_h * s.conv.out_w * s.cin * s.conv.kh * s.conv.kw
                + (s.cout * s.conv.out_h * s.conv.out_w * s.projection.kh * s.projection.kw * cuda.plan.tensors[s.skip][0]
                   if s.projection else 0) for s in cuda.plan.steps)
    assert full == exact  # tiles of 1: exactly the dense conv MACs
    assert launched_macs(cuda.plan, kept_none, (32, 64, 32))[0] == 0  # nothing kept (and no projection here)
    assert launched_macs(cuda.plan, kept_all, (32, 64, 32))[0] >= full



def test_keeping_every_filter_computes_the_dense_baseline(entry):
    """The dense baseline of tools/gpu_verify.py (torch's convs over the same folded weights) is the
    engine with every unit keeping every filter (threshold -inf)."""
    from dynaprune.runtime.ftwt.cuda.dense import DenseNetwork
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner

    cuda = CudaRunner(entry("resnet18"), device="cpu", buckets=(1,))
    image = np.random.default_rng(2).random((1, *cuda.manifest.input.shape), dtype=np.float32)
    logits, kept, _ = cuda.execute(image, np.array([-np.inf], np.float32))
    assert kept.tolist() == [[s.cout for s in cuda.plan.steps]]
    want = DenseNetwork(cuda.plan, "cpu")(torch.from_numpy(image)).numpy()
    np.testing.assert_allclose(logits, want, rtol=1e-4, atol=1e-4 * max(1.0, float(np.abs(want).max())))


def test_a_flops_budget_is_met_and_solved_as_the_native_engine_solves_it(entry):
    """`run(images, flops_budget=b)` finds each sample's threshold by bisection over whole forwards
    (`runtime.ftwt.budget.solve`): the budget holds, and the FLOPs executed are the native engine's
    answer to the same problem (within the slack of logits that differ in their last bits)."""
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner

    path = entry("resnet20", size=8)
    native = native_or_skip(path)
    cuda = CudaRunner(path, device="cpu", buckets=(1,))
    image = np.random.default_rng(4).random((1, *cuda.manifest.input.shape), dtype=np.float32)
    trained = native.run(image).flops_executed[0] / cuda.flops_dense
    budget = trained / 2  # below what the trained predictors execute: the threshold must rise
    got, want = cuda.run(image, flops_budget=budget), native.run(image, flops_budget=budget)
    assert got.flops_executed[0] <= budget * cuda.flops_dense
    assert abs(got.flops_executed[0] - want.flops_executed[0]) <= 0.02 * cuda.flops_dense
    assert sum(int(v[0]) for v in got.kept.values()) < sum(int(v[0]) for v in native.run(image).kept.values())


def test_a_runner_whose_outputs_are_not_on_its_device_refuses_to_report_it(entry):
    from dynaprune.runtime.ftwt.cuda.runner import CudaRunner
    from dynaprune.runtime.manifest import ManifestError

    cuda = CudaRunner(entry("resnet20", size=8), device="cpu", buckets=(1,))
    assert cuda.execution_device == "cpu"  # checked on a warm-up sample
    cuda.device = torch.device("cuda")  # now claims a GPU, while its buffers and kernels stay on the CPU
    image = np.zeros((1, *cuda.manifest.input.shape), dtype=np.float32)
    with pytest.raises(ManifestError, match="refusing"):
        cuda.run(image)
