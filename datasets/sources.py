"""Data sources addressed by a URI string.

Every command that needs images takes one ``--data`` string instead of a family
of per-source flags, so the same spelling works for training, estimation and
evaluation. The module is numpy-only on purpose: it must be importable from
code paths (help texts, servers, exporters) that must not pay for importing
torch.

URI grammar: ``scheme[:path][?key=value&key=value...]``, e.g. ``digits?size=32``,
``cifar10:~/data``, ``imagefolder:./pets?size=64&mode=L``.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from dynaprune.errors import UserError

__all__ = ["DataError", "Split", "Dataset", "load_dataset", "SOURCES_HELP"]


class DataError(UserError):
    """Bad data-source URI or on-disk data; message names the path/problem."""


SOURCES_HELP = (
    "Data sources are URIs of the form SCHEME[:PATH][?KEY=VALUE&...]. "
    "'digits' (default): scikit-learn's built-in 8x8 handwritten digits, 1 channel, "
    "10 classes, no download; 'digits?size=32' resizes them so 32x32 networks fit. "
    "'synthetic': procedural CIFAR-shaped images (3x32x32, 10 classes), deterministic per seed; "
    "parameters n (samples, default 2000), classes (10), size (32), seed. "
    "'cifar10:DIR' / 'cifar100:DIR': the CIFAR 'binary version' (DIR holds the .bin files or "
    "their cifar-10-batches-bin / cifar-100-binary folder), official train/test split; the "
    "pickled 'python version' loads only with --allow-pickle because unpickling can run code. "
    "'imagefolder:DIR': DIR/CLASS_NAME/*.png|jpg|jpeg|bmp, classes in sorted order, "
    "parameters size (default 32) and mode (RGB or L). digits, synthetic and imagefolder are "
    "split into train/test by a stratified, seeded split."
)

# The standard per-channel statistics; published values are used instead of
# recomputing them so checkpoints trained elsewhere normalise identically.
_CIFAR10_MEAN = (0.4914, 0.4822, 0.4465)
_CIFAR10_STD = (0.2470, 0.2435, 0.2616)
_CIFAR100_MEAN = (0.5071, 0.4865, 0.4409)
_CIFAR100_STD = (0.2673, 0.2564, 0.2762)

_CIFAR10_NAMES = (
    "airplane", "automobile", "bird", "cat", "deer",
    "dog", "frog", "horse", "ship", "truck",
)  # fmt: skip

_CIFAR_PIXELS = 3 * 32 * 32
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp")
_MAX_SIZE = 1024  # guards against a typo (size=3200) silently allocating tens of GiB


# --------------------------------------------------------------------------- containers


@dataclass(frozen=True)
class Split:
    """One partition of a data set, ready to be wrapped in a tensor dataset."""

    images: np.ndarray  # float32 (N, C, H, W) in [0, 1]
    labels: np.ndarray  # int64 (N,)

    def __post_init__(self) -> None:
        # Fail at construction, not deep inside a training loop, when a caller
        # hands in arrays that break the documented contract.
        if self.images.ndim != 4 or self.images.dtype != np.float32:
            raise ValueError(
                f"Split.images must be float32 (N, C, H, W), got {self.images.dtype} "
                f"{self.images.shape}"
            )
        if self.labels.ndim != 1 or self.labels.dtype != np.int64:
            raise ValueError(
                f"Split.labels must be int64 (N,), got {self.labels.dtype} {self.labels.shape}"
            )
        if len(self.images) != len(self.labels):
            raise ValueError(
                f"Split has {len(self.images)} images but {len(self.labels)} labels"
            )


@dataclass(frozen=True)
class Dataset:
    """A loaded source: both splits plus what a model needs to be built for it."""

    uri: str
    train: Split
    test: Split
    class_names: tuple[str, ...]
    mean: tuple[float, ...]  # per channel, for normalisation
    std: tuple[float, ...]

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def channels(self) -> int:
        return int(self.train.images.shape[1])

    @property
    def image_size(self) -> tuple[int, int]:
        return int(self.train.images.shape[2]), int(self.train.images.shape[3])


# --------------------------------------------------------------------------- URI parsing


@dataclass(frozen=True)
class _Uri:
    scheme: str
    path: str | None
    params: dict[str, str]


def _parse_uri(uri: str) -> _Uri:
    text = uri.strip()
    if not text:
        raise DataError(f"empty data-source URI; known sources: {_known()}")
    head, sep, query = text.partition("?")
    scheme, colon, path = head.partition(":")
    scheme = scheme.strip().lower()
    if scheme not in _SPLIT_LOADERS and scheme not in _PICKLE_LOADERS:
        # Checked before the query so a typo in the source name is the error reported.
        raise DataError(f"unknown data source {scheme!r} in {uri!r}; known sources: {_known()}")
    params: dict[str, str] = {}
    if sep and query:
        for item in query.split("&"):
            if not item:
                continue
            key, eq, value = item.partition("=")
            key = key.strip()
            if not eq or not key:
                raise DataError(f"bad query parameter {item!r} in data source {uri!r}: expected KEY=VALUE")
            if key in params:
                raise DataError(f"query parameter {key!r} given twice in data source {uri!r}")
            params[key] = value.strip()
    return _Uri(scheme, path.strip() if colon else None, params)


def _check_keys(uri: _Uri, raw: str, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(uri.params) - set(allowed))
    if unknown:
        accepted = ", ".join(allowed) if allowed else "none"
        raise DataError(
            f"unknown query parameter {unknown[0]!r} for source {uri.scheme!r} in {raw!r} "
            f"(accepted: {accepted})"
        )


def _int_param(uri: _Uri, raw: str, key: str, default: int, minimum: int, maximum: int | None = None) -> int:
    if key not in uri.params:
        return default
    text = uri.params[key]
    try:
        value = int(text, 10)
    except ValueError:
        raise DataError(f"query parameter {key}={text!r} in {raw!r} is not an integer") from None
    if value < minimum or (maximum is not None and value > maximum):
        bound = f">= {minimum}" if maximum is None else f"between {minimum} and {maximum}"
        raise DataError(f"query parameter {key}={value} in {raw!r} must be {bound}")
    return value


def _need_path(uri: _Uri, raw: str) -> Path:
    if not uri.path:
        raise DataError(f"data source {raw!r} needs a directory: write {uri.scheme}:DIR")
    return Path(os.path.expanduser(uri.path))


def _no_path(uri: _Uri, raw: str) -> None:
    if uri.path:
        raise DataError(f"data source {uri.scheme!r} takes no path, got {raw!r}")


def _existing_dir(path: Path) -> Path:
    if not path.exists():
        raise DataError(f"data directory {str(path)!r} does not exist")
    if not path.is_dir():
        hint = " (extract the archive first)" if path.name.endswith((".tar.gz", ".tgz", ".tar")) else ""
        raise DataError(f"data path {str(path)!r} is not a directory{hint}")
    return path


# --------------------------------------------------------------------------- shared helpers


def _channel_stats(images: np.ndarray) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per-channel mean/std of the *train* split, so the test split never leaks in."""
    mean = images.mean(axis=(0, 2, 3), dtype=np.float64)
    std = images.std(axis=(0, 2, 3), dtype=np.float64)
    # A constant channel would divide by zero at normalisation time; 1.0 leaves it untouched.
    std = np.where(std > 1e-12, std, 1.0)
    return tuple(float(m) for m in mean), tuple(float(s) for s in std)


def _stratified_split(
    images: np.ndarray, labels: np.ndarray, *, seed: int, test_fraction: float, where: str
) -> tuple[Split, Split]:
    """Seeded and stratified so that runs are reproducible and small classes stay in both splits."""
    from sklearn.model_selection import train_test_split

    counts = np.bincount(labels)
    if counts.size and counts.min() < 2:
        worst = int(np.argmin(counts))
        raise DataError(
            f"{where}: class {worst} has {int(counts[worst])} sample(s); a stratified "
            "train/test split needs at least 2 per class"
        )
    index = np.arange(len(labels))
    try:
        train_idx, test_idx = train_test_split(
            index, test_size=test_fraction, random_state=seed, shuffle=True, stratify=labels
        )
    except ValueError as exc:
        raise DataError(f"{where}: cannot split into train/test with test_fraction={test_fraction}: {exc}") from None
    return (
        Split(np.ascontiguousarray(images[train_idx]), labels[train_idx].astype(np.int64)),
        Split(np.ascontiguousarray(images[test_idx]), labels[test_idx].astype(np.int64)),
    )


def _resize_weights(n_in: int, n_out: int) -> np.ndarray:
    """Triangle (bilinear) filter matrix, widened when shrinking so it also antialiases.

    Same scheme as Pillow's BILINEAR; done as a matrix so a whole batch resizes in
    one einsum instead of an image-by-image Python loop.
    """
    scale = n_in / n_out
    support = max(scale, 1.0)
    centers = (np.arange(n_out) + 0.5) * scale
    sources = np.arange(n_in) + 0.5
    w = np.clip(1.0 - np.abs(sources[None, :] - centers[:, None]) / support, 0.0, None)
    w /= w.sum(axis=1, keepdims=True)
    return w


def _resize_batch(images: np.ndarray, size: int) -> np.ndarray:
    _, _, h, w = images.shape
    if (h, w) == (size, size):
        return images
    wh = _resize_weights(h, size)
    ww = _resize_weights(w, size)
    out = np.einsum("oh,nchw,pw->ncop", wh, images.astype(np.float64), ww, optimize=True)
    # Rows are convex combinations, so only float rounding can leave [0, 1].
    return np.clip(out, 0.0, 1.0).astype(np.float32)


# --------------------------------------------------------------------------- digits


def _load_digits(uri: _Uri, raw: str, seed: int, test_fraction: float) -> Dataset:
    from sklearn.datasets import load_digits

    _no_path(uri, raw)
    _check_keys(uri, raw, ("size",))
    size = _int_param(uri, raw, "size", 8, 1, _MAX_SIZE)
    bunch = load_digits()
    images = (np.asarray(bunch.images, dtype=np.float32) / np.float32(16.0))[:, None, :, :]
    images = _resize_batch(images, size)
    labels = np.asarray(bunch.target, dtype=np.int64)
    train, test = _stratified_split(images, labels, seed=seed, test_fraction=test_fraction, where=raw)
    mean, std = _channel_stats(train.images)
    return Dataset(raw, train, test, tuple(str(i) for i in range(10)), mean, std)


# --------------------------------------------------------------------------- synthetic

# Class prototypes come from this fixed seed, not the sample seed, so that two
# seeds give two samples of the *same* task (train on seed 0, test on seed 1).
_PROTOTYPE_SEED = 0x5EED


def _hsv_to_rgb(h: np.ndarray, s: float, v: float) -> np.ndarray:
    k = (np.array([5.0, 3.0, 1.0])[None, :] + h[:, None] * 6.0) % 6.0
    return v - v * s * np.clip(np.minimum(k, 4.0 - k), 0.0, 1.0)


def _synthetic_images(n: int, classes: int, size: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Grating orientation/frequency + colour tint + blob position identify a class.

    Each cue alone is blurred by per-sample jitter and noise, and the grating's
    random phase hides it from any pixel-linear model, so a linear probe does
    clearly better than chance without solving the task, while a CNN that
    learns oriented filters has headroom to do better.
    """
    k = np.arange(classes, dtype=np.float64)
    golden = (np.sqrt(5.0) - 1.0) / 2.0
    proto = np.random.default_rng(_PROTOTYPE_SEED + classes)
    theta_k = ((k * golden) % 1.0) * np.pi
    freq_k = 2.0 + 1.5 * ((k * 3) % 5)  # cycles per image
    tint_k = _hsv_to_rgb(k / classes, 0.45, 1.0)
    angle_k = k * 2.0 * np.pi * golden + proto.uniform(0, 2 * np.pi)
    blob_k = 0.5 + 0.27 * np.stack([np.cos(angle_k), np.sin(angle_k)], axis=1)

    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(n) % classes).astype(np.int64)
    theta = theta_k[labels] + rng.normal(0.0, 0.15, n)
    freq = freq_k[labels] * (1.0 + rng.normal(0.0, 0.08, n))
    phase = rng.uniform(0.0, 2.0 * np.pi, n)
    contrast = rng.uniform(0.4, 1.0, n)
    tint = np.clip(tint_k[labels] + rng.normal(0.0, 0.2, (n, 3)), 0.0, 1.0)
    blob_xy = blob_k[labels] + rng.normal(0.0, 0.08, (n, 2))
    blob_r = rng.uniform(0.07, 0.14, n)
    blob_amp = rng.uniform(0.2, 0.5, n) * rng.choice([-1.0, 1.0], n)
    brightness = rng.uniform(-0.12, 0.12, n)

    coords = (np.arange(size) + 0.5) / size
    y = coords[None, :, None]
    x = coords[None, None, :]
    c = lambda a: a[:, None, None]  # noqa: E731 - per-sample scalar -> broadcast over H, W
    wave = np.sin(2.0 * np.pi * c(freq) * (x * c(np.cos(theta)) + y * c(np.sin(theta))) + c(phase))
    gray = 0.5 + 0.3 * c(contrast) * wave
    blob = c(blob_amp) * np.exp(
        -((x - c(blob_xy[:, 0])) ** 2 + (y - c(blob_xy[:, 1])) ** 2) / (2.0 * c(blob_r) ** 2)
    )
    images = gray[:, None] * tint[:, :, None, None] + blob[:, None] + brightness[:, None, None, None]
    images += rng.normal(0.0, 0.1, images.shape)
    return np.clip(images, 0.0, 1.0).astype(np.float32), labels


def _load_synthetic(uri: _Uri, raw: str, seed: int, test_fraction: float) -> Dataset:
    _no_path(uri, raw)
    _check_keys(uri, raw, ("n", "classes", "size", "seed"))
    classes = _int_param(uri, raw, "classes", 10, 2, 1000)
    n = _int_param(uri, raw, "n", 2000, 2 * classes)
    size = _int_param(uri, raw, "size", 32, 4, _MAX_SIZE)
    seed = _int_param(uri, raw, "seed", seed, 0, 2**32 - 1)
    images, labels = _synthetic_images(n, classes, size, seed)
    train, test = _stratified_split(images, labels, seed=seed, test_fraction=test_fraction, where=raw)
    mean, std = _channel_stats(train.images)
    return Dataset(raw, train, test, tuple(f"class{i}" for i in range(classes)), mean, std)


# --------------------------------------------------------------------------- CIFAR


@dataclass(frozen=True)
class _CifarLayout:
    name: str  # "CIFAR-10"
    bin_folder: str  # "cifar-10-batches-bin"
    py_folder: str  # "cifar-10-batches-py"
    bin_train: tuple[str, ...]
    bin_test: str
    py_train: tuple[str, ...]
    py_test: str
    py_meta: str
    label_bytes: int
    num_classes: int
    py_labels_key: bytes
    py_names_key: bytes


_CIFAR10 = _CifarLayout(
    "CIFAR-10", "cifar-10-batches-bin", "cifar-10-batches-py",
    tuple(f"data_batch_{i}.bin" for i in range(1, 6)), "test_batch.bin",
    tuple(f"data_batch_{i}" for i in range(1, 6)), "test_batch", "batches.meta",
    1, 10, b"labels", b"label_names",
)  # fmt: skip
_CIFAR100 = _CifarLayout(
    "CIFAR-100", "cifar-100-binary", "cifar-100-python",
    ("train.bin",), "test.bin", ("train",), "test", "meta",
    2, 100, b"fine_labels", b"fine_label_names",
)  # fmt: skip


def _has_all(folder: Path, names: tuple[str, ...]) -> bool:
    return all((folder / name).is_file() for name in names)


def _find_folder(root: Path, sub: str, names: tuple[str, ...]) -> Path | None:
    for folder in (root, root / sub):
        if folder.is_dir() and _has_all(folder, names):
            return folder
    return None


def _read_cifar_bin(path: Path, layout: _CifarLayout) -> tuple[np.ndarray, np.ndarray]:
    record = layout.label_bytes + _CIFAR_PIXELS
    try:
        raw = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        raise DataError(f"cannot read {layout.name} file {str(path)!r}: {exc}") from None
    if raw.size == 0 or raw.size % record:
        raise DataError(
            f"{layout.name} file {str(path)!r} is truncated or malformed: {raw.size} bytes is not a "
            f"positive multiple of the {record}-byte record ({layout.label_bytes} label byte(s) + "
            f"{_CIFAR_PIXELS} pixels)"
        )
    rows = raw.reshape(-1, record)
    if layout.label_bytes == 2:
        coarse = rows[:, 0]
        if coarse.max() >= 20:
            raise DataError(
                f"{layout.name} file {str(path)!r} has coarse label {int(coarse.max())} >= 20; "
                "is it really the CIFAR-100 binary version?"
            )
    labels = rows[:, layout.label_bytes - 1].astype(np.int64)
    _check_labels(labels, layout.num_classes, path, layout.name)
    return rows[:, layout.label_bytes :], labels


def _check_labels(labels: np.ndarray, num_classes: int, path: Path, name: str) -> None:
    if labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        bad = int(labels.max()) if labels.max() >= num_classes else int(labels.min())
        raise DataError(
            f"{name} file {str(path)!r} has label {bad} outside 0..{num_classes - 1}"
        )


def _to_float_images(pixels: list[np.ndarray]) -> np.ndarray:
    # Concatenate as uint8 and scale in place: the float copy of CIFAR's train
    # split is ~600 MB, so a second temporary would double peak memory.
    flat = np.concatenate(pixels, axis=0)
    images = flat.reshape(-1, 3, 32, 32).astype(np.float32)
    images *= np.float32(1.0 / 255.0)
    return images


def _read_names(path: Path, expected: int, fallback: tuple[str, ...]) -> tuple[str, ...]:
    if not path.is_file():
        return fallback
    try:
        names = tuple(
            line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()
        )
    except OSError as exc:
        raise DataError(f"cannot read class names {str(path)!r}: {exc}") from None
    if len(names) != expected:
        raise DataError(f"class-name file {str(path)!r} lists {len(names)} names, expected {expected}")
    return names


def _unpickle(path: Path, name: str) -> dict[bytes, Any]:
    try:
        with path.open("rb") as f:
            obj = pickle.load(f, encoding="bytes")
    except Exception as exc:  # unpickling can fail in arbitrarily many ways
        raise DataError(f"cannot unpickle {name} file {str(path)!r}: {type(exc).__name__}: {exc}") from None
    if not isinstance(obj, dict):
        raise DataError(f"{name} file {str(path)!r} does not hold a dict (got {type(obj).__name__})")
    return obj


def _read_cifar_py(path: Path, layout: _CifarLayout) -> tuple[np.ndarray, np.ndarray]:
    batch = _unpickle(path, layout.name)
    if b"data" not in batch or layout.py_labels_key not in batch:
        raise DataError(
            f"{layout.name} file {str(path)!r} lacks the b'data' or {layout.py_labels_key!r} entry"
        )
    data = np.asarray(batch[b"data"])
    labels = np.asarray(batch[layout.py_labels_key]).astype(np.int64)
    if data.ndim != 2 or data.shape[1] != _CIFAR_PIXELS or data.shape[0] == 0 or data.dtype != np.uint8:
        raise DataError(
            f"{layout.name} file {str(path)!r} has data of shape {data.shape} and type {data.dtype}; "
            f"expected uint8 (N>0, {_CIFAR_PIXELS})"
        )
    if labels.shape != (data.shape[0],):
        raise DataError(f"{layout.name} file {str(path)!r} has {labels.size} labels for {data.shape[0]} images")
    _check_labels(labels, layout.num_classes, path, layout.name)
    return data, labels


def _load_cifar(layout: _CifarLayout, uri: _Uri, raw: str, allow_pickle: bool) -> Dataset:
    _check_keys(uri, raw, ())
    root = _existing_dir(_need_path(uri, raw))
    mean, std = (_CIFAR10_MEAN, _CIFAR10_STD) if layout is _CIFAR10 else (_CIFAR100_MEAN, _CIFAR100_STD)

    folder = _find_folder(root, layout.bin_folder, layout.bin_train + (layout.bin_test,))
    if folder is not None:
        train = [_read_cifar_bin(folder / f, layout) for f in layout.bin_train]
        test = [_read_cifar_bin(folder / layout.bin_test, layout)]
        if layout is _CIFAR10:
            names = _read_names(folder / "batches.meta.txt", 10, _CIFAR10_NAMES)
        else:
            names = _read_names(folder / "fine_label_names.txt", 100, tuple(str(i) for i in range(100)))
        return _cifar_dataset(raw, train, test, names, mean, std)

    py_files = layout.py_train + (layout.py_test, layout.py_meta)
    folder = _find_folder(root, layout.py_folder, py_files)
    if folder is not None:
        if not allow_pickle:
            raise DataError(
                f"{str(folder)!r} holds the pickled {layout.name} 'python version'; unpickling can "
                "execute arbitrary code, so it loads only with --allow-pickle. Prefer the "
                f"{layout.name} 'binary version' ({layout.bin_folder})."
            )
        train = [_read_cifar_py(folder / f, layout) for f in layout.py_train]
        test = [_read_cifar_py(folder / layout.py_test, layout)]
        meta = _unpickle(folder / layout.py_meta, layout.name)
        if layout.py_names_key not in meta:
            raise DataError(f"{layout.name} meta file {str(folder / layout.py_meta)!r} lacks {layout.py_names_key!r}")
        names = tuple(
            n.decode("utf-8", "replace") if isinstance(n, bytes) else str(n) for n in meta[layout.py_names_key]
        )
        if len(names) != layout.num_classes:
            raise DataError(
                f"{layout.name} meta file {str(folder / layout.py_meta)!r} lists {len(names)} class "
                f"names, expected {layout.num_classes}"
            )
        return _cifar_dataset(raw, train, test, names, mean, std)

    expected = ", ".join(layout.bin_train + (layout.bin_test,))
    raise DataError(
        f"{str(root)!r} does not contain the {layout.name} binary version: expected {expected} "
        f"there or in {str(root / layout.bin_folder)!r}"
    )


def _cifar_dataset(
    raw: str,
    train: list[tuple[np.ndarray, np.ndarray]],
    test: list[tuple[np.ndarray, np.ndarray]],
    names: tuple[str, ...],
    mean: tuple[float, ...],
    std: tuple[float, ...],
) -> Dataset:
    def split(parts: list[tuple[np.ndarray, np.ndarray]]) -> Split:
        return Split(_to_float_images([p for p, _ in parts]), np.concatenate([l for _, l in parts]))

    return Dataset(raw, split(train), split(test), names, mean, std)


def _load_cifar10(uri: _Uri, raw: str, allow_pickle: bool) -> Dataset:
    return _load_cifar(_CIFAR10, uri, raw, allow_pickle)


def _load_cifar100(uri: _Uri, raw: str, allow_pickle: bool) -> Dataset:
    return _load_cifar(_CIFAR100, uri, raw, allow_pickle)


# --------------------------------------------------------------------------- image folder


def _load_imagefolder(uri: _Uri, raw: str, seed: int, test_fraction: float) -> Dataset:
    from PIL import Image, UnidentifiedImageError

    _check_keys(uri, raw, ("size", "mode"))
    size = _int_param(uri, raw, "size", 32, 1, _MAX_SIZE)
    mode = uri.params.get("mode", "RGB").upper()
    if mode not in ("RGB", "L"):
        raise DataError(f"query parameter mode={uri.params['mode']!r} in {raw!r} must be RGB or L")
    root = _existing_dir(_need_path(uri, raw))

    class_dirs = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if len(class_dirs) < 2:
        raise DataError(
            f"image folder {str(root)!r} has {len(class_dirs)} class subfolder(s); need at least 2 "
            "(layout: DIR/CLASS_NAME/*.png)"
        )
    files: list[Path] = []
    labels: list[int] = []
    for label, class_dir in enumerate(class_dirs):
        found = sorted(
            p for p in class_dir.iterdir() if p.is_file() and p.suffix.lower() in _IMAGE_SUFFIXES
        )
        if not found:
            raise DataError(
                f"class folder {str(class_dir)!r} has no images ({', '.join(_IMAGE_SUFFIXES)})"
            )
        files.extend(found)
        labels.extend([label] * len(found))

    channels = 3 if mode == "RGB" else 1
    images = np.empty((len(files), channels, size, size), dtype=np.float32)
    for i, path in enumerate(files):
        try:
            with Image.open(path) as img:
                img = img.convert(mode).resize((size, size), Image.Resampling.BILINEAR)
                pixels = np.asarray(img, dtype=np.float32)
        except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as exc:
            raise DataError(f"cannot read image {str(path)!r}: {exc}") from None
        images[i] = pixels.reshape(size, size, channels).transpose(2, 0, 1) / np.float32(255.0)

    label_array = np.asarray(labels, dtype=np.int64)
    train, test = _stratified_split(
        images, label_array, seed=seed, test_fraction=test_fraction, where=f"image folder {str(root)!r}"
    )
    mean, std = _channel_stats(train.images)
    return Dataset(raw, train, test, tuple(p.name for p in class_dirs), mean, std)


# --------------------------------------------------------------------------- entry point

_SPLIT_LOADERS: dict[str, Callable[[_Uri, str, int, float], Dataset]] = {
    "digits": _load_digits,
    "synthetic": _load_synthetic,
    "imagefolder": _load_imagefolder,
}
_PICKLE_LOADERS: dict[str, Callable[[_Uri, str, bool], Dataset]] = {
    "cifar10": _load_cifar10,
    "cifar100": _load_cifar100,
}


def _known() -> str:
    return ", ".join(["digits", "synthetic", "cifar10:DIR", "cifar100:DIR", "imagefolder:DIR"])


def load_dataset(uri: str, *, allow_pickle: bool = False, seed: int = 0, test_fraction: float = 0.2) -> Dataset:
    """Load the source named by ``uri``; every user mistake surfaces as a DataError.

    ``seed`` and ``test_fraction`` drive the train/test split of sources without
    an official one (digits, synthetic, imagefolder); CIFAR keeps its published
    split so accuracies stay comparable with the literature.
    """
    if isinstance(test_fraction, bool) or not isinstance(test_fraction, (int, float)) or not 0.0 < test_fraction < 1.0:
        raise DataError(f"test fraction must be strictly between 0 and 1, got {test_fraction!r}")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not 0 <= seed < 2**32:
        raise DataError(f"seed must be an integer in 0..2**32-1, got {seed!r}")
    parsed = _parse_uri(uri)
    if parsed.scheme in _SPLIT_LOADERS:
        return _SPLIT_LOADERS[parsed.scheme](parsed, uri, int(seed), float(test_fraction))
    return _PICKLE_LOADERS[parsed.scheme](parsed, uri, allow_pickle)
