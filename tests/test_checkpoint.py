"""Checkpoints: safetensors + JSON metadata, round trip, and clear errors."""

import json

import pytest
import torch

from dynaprune.errors import UserError
from dynaprune.models.gating import GateMode
from dynaprune.training.checkpoint import (
    ArchSpec,
    CheckpointMeta,
    DataSpec,
    FtwtSpec,
    load_checkpoint,
    read_meta,
    save_checkpoint,
)


def make_meta(**overrides):
    fields = dict(
        kind="ftwt",
        arch=ArchSpec(name="resnet20", num_classes=10, in_channels=1, width=0.25),
        input_shape=(1, 8, 8),
        mean=(0.3,),
        std=(0.4,),
        class_names=tuple("0123456789"),
        data=DataSpec(uri="digits"),
        ftwt=FtwtSpec(r=0.7),
    )
    fields.update(overrides)
    return CheckpointMeta(**fields)


@pytest.fixture
def saved(tmp_path):
    meta = make_meta()
    torch.manual_seed(0)
    net = meta.arch.build()
    with torch.no_grad():
        for unit in net.units():
            unit.predictor.fc.bias.normal_()
    path = save_checkpoint(tmp_path / "run", net, meta)
    return path, net, meta


def test_round_trip_restores_weights_metadata_and_masks(saved):
    path, net, meta = saved
    again, again_meta = load_checkpoint(path.parent)
    assert again_meta == meta
    for key, value in net.state_dict().items():
        assert torch.equal(again.state_dict()[key], value)
    x = torch.randn(3, 1, 8, 8)
    for model in (net.eval(), again):
        model.set_gating(GateMode.PREDICTED)
    assert torch.equal(net(x), again(x))
    assert [r.mask.tolist() for r in net.records()] == [r.mask.tolist() for r in again.records()]


def test_metadata_is_readable_json_beside_the_weights(saved):
    path, _, meta = saved
    assert json.loads(path.with_suffix(".json").read_text())["arch"]["name"] == "resnet20"
    assert read_meta(path) == meta


def test_checkpoint_file_is_not_a_pickle(saved):
    path, _, _ = saved
    header_len = int.from_bytes(path.read_bytes()[:8], "little")
    assert json.loads(path.read_bytes()[8 : 8 + header_len])["__metadata__"]["dynaprune"]


def test_missing_checkpoint_names_the_path(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_checkpoint(tmp_path / "nothing")


def test_truncated_checkpoint_is_a_clear_error(saved):
    path, _, _ = saved
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(UserError, match="corrupt or truncated"):
        load_checkpoint(path)


def test_garbage_file_is_a_clear_error(tmp_path):
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"\x00" * 64)
    with pytest.raises(UserError, match="not a readable safetensors"):
        load_checkpoint(path)


def test_unknown_architecture_in_metadata_is_a_clear_error(tmp_path):
    meta = make_meta()
    net = meta.arch.build()
    path = save_checkpoint(tmp_path, net, meta.model_copy(update={"arch": ArchSpec(name="resnet9000", num_classes=10, in_channels=1)}))
    with pytest.raises(UserError, match="unknown architecture 'resnet9000'"):
        load_checkpoint(path)


def test_weights_inconsistent_with_metadata_are_a_clear_error(tmp_path):
    meta = make_meta()
    net = meta.arch.build()
    wider = meta.model_copy(update={"arch": meta.arch.model_copy(update={"width": 0.5})})
    path = save_checkpoint(tmp_path, net, wider)
    with pytest.raises(UserError, match="has shape"):
        load_checkpoint(path)


def test_threshold_outside_unit_interval_is_refused_in_metadata():
    with pytest.raises(ValueError):
        FtwtSpec(r=1.5)


def test_failed_save_leaves_the_previous_checkpoint_intact(saved, monkeypatch):
    path, net, meta = saved
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("dynaprune.training.checkpoint.save_file", broken)
    with pytest.raises(OSError):
        save_checkpoint(path, net, meta)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["model.json", "model.safetensors"]
