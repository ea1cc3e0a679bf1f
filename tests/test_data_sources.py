"""Behaviour of the URI-addressed data sources in dynaprune.datasets.sources."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dynaprune.errors import UserError
from dynaprune.datasets.sources import SOURCES_HELP, DataError, Dataset, Split, load_dataset

# --------------------------------------------------------------------------- helpers


def _cifar_pixels(n: int, offset: int) -> np.ndarray:
    """Distinct, recognisable uint8 pixels per record so a round trip can be checked exactly."""
    base = (np.arange(3072, dtype=np.int64)[None, :] + offset + 7 * np.arange(n)[:, None]) % 256
    return base.astype(np.uint8)


def _write_cifar10_bin(folder: Path, *, per_batch: int = 3, with_meta: bool = True) -> dict[str, tuple]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for i, name in enumerate([f"data_batch_{j}.bin" for j in range(1, 6)] + ["test_batch.bin"]):
        labels = np.array([(i + r) % 10 for r in range(per_batch)], dtype=np.uint8)
        pixels = _cifar_pixels(per_batch, offset=31 * i)
        (folder / name).write_bytes(np.concatenate([labels[:, None], pixels], axis=1).tobytes())
        written[name] = (labels, pixels)
    if with_meta:
        names = [f"name{i}" for i in range(10)]
        (folder / "batches.meta.txt").write_text("\n".join(names) + "\n\n")
    return written


def _write_cifar100_bin(folder: Path, *, with_names: bool = True) -> dict[str, tuple]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for i, (name, n) in enumerate([("train.bin", 4), ("test.bin", 2)]):
        coarse = np.array([(3 * r) % 20 for r in range(n)], dtype=np.uint8)
        fine = np.array([(97 + 5 * r + i) % 100 for r in range(n)], dtype=np.uint8)
        pixels = _cifar_pixels(n, offset=11 * i)
        (folder / name).write_bytes(np.concatenate([coarse[:, None], fine[:, None], pixels], axis=1).tobytes())
        written[name] = (fine, pixels)
    if with_names:
        (folder / "fine_label_names.txt").write_text("\n".join(f"fine{i}" for i in range(100)) + "\n")
    return written


def _write_cifar10_py(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate([f"data_batch_{j}" for j in range(1, 6)] + ["test_batch"]):
        batch = {b"data": _cifar_pixels(2, offset=i), b"labels": [i % 10, (i + 1) % 10]}
        with (folder / name).open("wb") as f:
            pickle.dump(batch, f)
    with (folder / "batches.meta").open("wb") as f:
        pickle.dump({b"label_names": [f"py{i}".encode() for i in range(10)]}, f)


def _write_cifar100_py(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, n in (("train", 3), ("test", 2)):
        batch = {b"data": _cifar_pixels(n, offset=5), b"fine_labels": [99 - r for r in range(n)], b"coarse_labels": [0] * n}
        with (folder / name).open("wb") as f:
            pickle.dump(batch, f)
    with (folder / "meta").open("wb") as f:
        pickle.dump({b"fine_label_names": [f"f{i}".encode() for i in range(100)]}, f)


def _write_imagefolder(root: Path, classes: dict[str, tuple[int, int, int]], per_class: int = 4) -> Path:
    for name, colour in classes.items():
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            Image.new("RGB", (10, 12), colour).save(root / name / f"img{i}.png")
    return root


# --------------------------------------------------------------------------- digits


def test_digits_shapes_ranges_and_metadata() -> None:
    ds = load_dataset("digits")
    assert isinstance(ds, Dataset)
    assert ds.train.images.dtype == np.float32 and ds.train.labels.dtype == np.int64
    assert ds.train.images.shape[1:] == (1, 8, 8)
    assert len(ds.train.labels) + len(ds.test.labels) == 1797
    assert 0.0 <= ds.train.images.min() and ds.train.images.max() <= 1.0
    assert ds.train.images.max() == 1.0
    assert ds.class_names == tuple(str(i) for i in range(10))
    assert (ds.num_classes, ds.channels, ds.image_size) == (10, 1, (8, 8))
    assert np.allclose(ds.mean, [ds.train.images.mean()], atol=1e-5)
    assert np.allclose(ds.std, [ds.train.images.std()], atol=1e-5)


def test_digits_split_is_deterministic_per_seed() -> None:
    a, b, c = load_dataset("digits", seed=3), load_dataset("digits", seed=3), load_dataset("digits", seed=4)
    assert np.array_equal(a.train.images, b.train.images) and np.array_equal(a.test.labels, b.test.labels)
    assert not np.array_equal(a.test.labels, c.test.labels)


def test_digits_split_is_stratified_and_honours_test_fraction() -> None:
    ds = load_dataset("digits", test_fraction=0.25)
    n_test, n_total = len(ds.test.labels), len(ds.test.labels) + len(ds.train.labels)
    assert abs(n_test / n_total - 0.25) < 0.01
    train_share = np.bincount(ds.train.labels, minlength=10) / len(ds.train.labels)
    test_share = np.bincount(ds.test.labels, minlength=10) / n_test
    assert np.abs(train_share - test_share).max() < 0.01


def test_digits_resize_gives_requested_size_in_range() -> None:
    ds = load_dataset("digits?size=32")
    assert ds.image_size == (32, 32) and ds.test.images.shape[1:] == (1, 32, 32)
    assert ds.train.images.dtype == np.float32
    assert 0.0 <= ds.train.images.min() and ds.train.images.max() <= 1.0
    # Upscaling keeps the average intensity of each digit (no brightness drift).
    small = load_dataset("digits")
    assert np.allclose(ds.train.images.mean(axis=(1, 2, 3)), small.train.images.mean(axis=(1, 2, 3)), atol=0.02)


# --------------------------------------------------------------------------- synthetic


def test_synthetic_default_is_cifar_shaped() -> None:
    ds = load_dataset("synthetic")
    assert (ds.num_classes, ds.channels, ds.image_size) == (10, 3, (32, 32))
    assert len(ds.train.labels) + len(ds.test.labels) == 2000
    assert ds.class_names[0] == "class0" and ds.class_names[-1] == "class9"
    assert 0.0 <= ds.train.images.min() and ds.train.images.max() <= 1.0
    assert len(ds.mean) == len(ds.std) == 3


def test_synthetic_same_seed_is_bit_identical_and_other_seed_differs() -> None:
    a = load_dataset("synthetic?n=200&size=16", seed=7)
    b = load_dataset("synthetic?n=200&size=16", seed=7)
    c = load_dataset("synthetic?n=200&size=16&seed=8", seed=7)
    assert a.train.images.tobytes() == b.train.images.tobytes()
    assert np.array_equal(a.test.labels, b.test.labels)
    assert not np.array_equal(a.train.images, c.train.images)


def test_synthetic_params_set_shape_and_classes() -> None:
    ds = load_dataset("synthetic?n=120&classes=4&size=20")
    assert (ds.num_classes, ds.image_size) == (4, (20, 20))
    assert len(ds.train.labels) + len(ds.test.labels) == 120
    assert set(np.unique(ds.train.labels)) == {0, 1, 2, 3}


def test_synthetic_is_learnable_but_not_trivial_for_a_linear_probe() -> None:
    ds = load_dataset("synthetic")
    x_train = ds.train.images.reshape(len(ds.train.images), -1)
    x_test = ds.test.images.reshape(len(ds.test.images), -1)
    centroids = np.stack([x_train[ds.train.labels == k].mean(axis=0) for k in range(ds.num_classes)])
    distances = ((x_test[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    accuracy = float((distances.argmin(axis=1) == ds.test.labels).mean())
    assert 0.25 < accuracy < 0.9  # chance is 0.10


# --------------------------------------------------------------------------- CIFAR binary


def test_cifar10_binary_round_trip(tmp_path: Path) -> None:
    written = _write_cifar10_bin(tmp_path)
    ds = load_dataset(f"cifar10:{tmp_path}")
    assert ds.class_names == tuple(f"name{i}" for i in range(10))
    assert ds.mean == (0.4914, 0.4822, 0.4465) and ds.std == (0.2470, 0.2435, 0.2616)
    assert ds.train.images.shape == (15, 3, 32, 32) and ds.test.images.shape == (3, 3, 32, 32)
    expected_train = np.concatenate([written[f"data_batch_{j}.bin"][0] for j in range(1, 6)])
    assert np.array_equal(ds.train.labels, expected_train.astype(np.int64))
    test_labels, test_pixels = written["test_batch.bin"]
    assert np.array_equal(ds.test.labels, test_labels)
    assert np.array_equal(np.rint(ds.test.images * 255).astype(np.uint8), test_pixels.reshape(-1, 3, 32, 32))


def test_cifar10_accepts_parent_folder_and_defaults_class_names(tmp_path: Path) -> None:
    _write_cifar10_bin(tmp_path / "cifar-10-batches-bin", with_meta=False)
    ds = load_dataset(f"cifar10:{tmp_path}")
    assert ds.class_names[0] == "airplane" and ds.num_classes == 10


def test_cifar100_binary_uses_fine_labels(tmp_path: Path) -> None:
    written = _write_cifar100_bin(tmp_path / "cifar-100-binary")
    ds = load_dataset(f"cifar100:{tmp_path}")
    assert ds.num_classes == 100 and ds.class_names[99] == "fine99"
    assert ds.mean == (0.5071, 0.4865, 0.4409) and ds.std == (0.2673, 0.2564, 0.2762)
    assert np.array_equal(ds.train.labels, written["train.bin"][0])
    assert np.array_equal(ds.test.labels, written["test.bin"][0])
    assert np.array_equal(np.rint(ds.train.images * 255).astype(np.uint8), written["train.bin"][1].reshape(-1, 3, 32, 32))


def test_cifar100_without_names_file_uses_numbers(tmp_path: Path) -> None:
    _write_cifar100_bin(tmp_path, with_names=False)
    assert load_dataset(f"cifar100:{tmp_path}").class_names == tuple(str(i) for i in range(100))


# --------------------------------------------------------------------------- CIFAR pickle


def test_cifar10_pickle_refused_without_allow_pickle(tmp_path: Path) -> None:
    _write_cifar10_py(tmp_path / "cifar-10-batches-py")
    with pytest.raises(DataError, match=r"(?s)python version.*--allow-pickle.*binary version"):
        load_dataset(f"cifar10:{tmp_path}")


def test_cifar10_pickle_loads_with_allow_pickle(tmp_path: Path) -> None:
    _write_cifar10_py(tmp_path / "cifar-10-batches-py")
    ds = load_dataset(f"cifar10:{tmp_path}", allow_pickle=True)
    assert ds.class_names[3] == "py3"
    assert ds.train.images.shape == (10, 3, 32, 32) and ds.test.labels.tolist() == [5, 6]
    assert np.array_equal(np.rint(ds.test.images * 255).astype(np.uint8), _cifar_pixels(2, 5).reshape(-1, 3, 32, 32))


def test_cifar100_pickle_refused_then_loaded_with_flag(tmp_path: Path) -> None:
    _write_cifar100_py(tmp_path / "cifar-100-python")
    with pytest.raises(DataError, match="--allow-pickle"):
        load_dataset(f"cifar100:{tmp_path}")
    ds = load_dataset(f"cifar100:{tmp_path}", allow_pickle=True)
    assert ds.train.labels.tolist() == [99, 98, 97] and ds.class_names[0] == "f0"


# --------------------------------------------------------------------------- imagefolder


def test_imagefolder_loads_sorted_classes_and_resizes(tmp_path: Path) -> None:
    _write_imagefolder(tmp_path, {"zebra": (255, 0, 0), "ant": (0, 0, 255)})
    ds = load_dataset(f"imagefolder:{tmp_path}?size=16", test_fraction=0.5)
    assert ds.class_names == ("ant", "zebra")
    assert ds.train.images.shape == (4, 3, 16, 16) and ds.test.images.shape == (4, 3, 16, 16)
    assert sorted(ds.test.labels.tolist()) == [0, 0, 1, 1]
    blue = ds.train.images[ds.train.labels == 0]
    assert np.allclose(blue[:, 2], 1.0) and np.allclose(blue[:, 0], 0.0)
    assert len(ds.mean) == 3


def test_imagefolder_grayscale_mode(tmp_path: Path) -> None:
    _write_imagefolder(tmp_path, {"a": (255, 255, 255), "b": (0, 0, 0)})
    ds = load_dataset(f"imagefolder:{tmp_path}?mode=L", test_fraction=0.5)
    assert (ds.channels, ds.image_size) == (1, (32, 32))


# --------------------------------------------------------------------------- errors


def test_data_error_is_a_user_error() -> None:
    assert issubclass(DataError, UserError)


def test_unknown_scheme_lists_known_sources() -> None:
    with pytest.raises(DataError, match=r"(?s)'mnist'.*digits.*synthetic.*cifar10.*cifar100.*imagefolder"):
        load_dataset("mnist")


def test_missing_directory_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(DataError, match=r"nowhere.*does not exist"):
        load_dataset(f"cifar10:{missing}")


def test_directory_without_expected_files_names_them(tmp_path: Path) -> None:
    (tmp_path / "unrelated.txt").write_text("x")
    with pytest.raises(DataError, match=r"test_batch\.bin") as info:
        load_dataset(f"cifar10:{tmp_path}")
    assert str(tmp_path) in str(info.value)


def test_cifar_path_required() -> None:
    with pytest.raises(DataError, match="needs a directory"):
        load_dataset("cifar100")


def test_truncated_binary_file_is_rejected(tmp_path: Path) -> None:
    _write_cifar10_bin(tmp_path)
    path = tmp_path / "data_batch_3.bin"
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(DataError, match=r"data_batch_3\.bin.*truncated"):
        load_dataset(f"cifar10:{tmp_path}")


def test_empty_binary_file_is_rejected(tmp_path: Path) -> None:
    _write_cifar100_bin(tmp_path)
    (tmp_path / "test.bin").write_bytes(b"")
    with pytest.raises(DataError, match=r"test\.bin.*truncated or malformed"):
        load_dataset(f"cifar100:{tmp_path}")


def test_label_out_of_range_is_rejected(tmp_path: Path) -> None:
    _write_cifar10_bin(tmp_path)
    path = tmp_path / "test_batch.bin"
    data = bytearray(path.read_bytes())
    data[0] = 12
    path.write_bytes(bytes(data))
    with pytest.raises(DataError, match=r"test_batch\.bin.*label 12 outside 0\.\.9"):
        load_dataset(f"cifar10:{tmp_path}")


def test_pickled_label_out_of_range_is_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "cifar-10-batches-py"
    _write_cifar10_py(folder)
    with (folder / "test_batch").open("wb") as f:
        pickle.dump({b"data": _cifar_pixels(1, 0), b"labels": [10]}, f)
    with pytest.raises(DataError, match=r"test_batch.*label 10"):
        load_dataset(f"cifar10:{tmp_path}", allow_pickle=True)


def test_imagefolder_with_one_class_is_rejected(tmp_path: Path) -> None:
    _write_imagefolder(tmp_path, {"only": (1, 2, 3)})
    with pytest.raises(DataError, match=r"1 class subfolder.*at least 2"):
        load_dataset(f"imagefolder:{tmp_path}")


def test_imagefolder_unreadable_image_names_the_file(tmp_path: Path) -> None:
    _write_imagefolder(tmp_path, {"a": (0, 0, 0), "b": (9, 9, 9)})
    (tmp_path / "b" / "broken.png").write_bytes(b"not a png at all")
    with pytest.raises(DataError, match=r"broken\.png"):
        load_dataset(f"imagefolder:{tmp_path}")


def test_unknown_query_parameter_is_rejected() -> None:
    with pytest.raises(DataError, match=r"unknown query parameter 'colour'.*size"):
        load_dataset("digits?colour=1")


def test_non_integer_query_parameter_is_rejected() -> None:
    with pytest.raises(DataError, match=r"size='big'.*not an integer"):
        load_dataset("synthetic?size=big")


def test_non_positive_query_parameter_is_rejected() -> None:
    with pytest.raises(DataError, match=r"size=0"):
        load_dataset("digits?size=0")


def test_bad_imagefolder_mode_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"mode='CMYK'.*RGB or L"):
        load_dataset(f"imagefolder:{tmp_path}?mode=CMYK")


@pytest.mark.parametrize("fraction", [0.0, 1.0, -0.1, 1.5])
def test_test_fraction_outside_open_unit_interval_is_rejected(fraction: float) -> None:
    with pytest.raises(DataError, match="test fraction"):
        load_dataset("digits", test_fraction=fraction)


# --------------------------------------------------------------------------- misc


def test_split_rejects_arrays_that_break_the_contract() -> None:
    with pytest.raises(ValueError, match="float32"):
        Split(np.zeros((2, 1, 4, 4), dtype=np.float64), np.zeros(2, dtype=np.int64))


def test_sources_help_mentions_every_scheme() -> None:
    for scheme in ("digits", "synthetic", "cifar10", "cifar100", "imagefolder", "--allow-pickle"):
        assert scheme in SOURCES_HELP
