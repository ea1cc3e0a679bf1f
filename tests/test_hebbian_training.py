"""`dynaprune train --arch dense-hebbian`: class averages stored as safetensors + metadata."""

import json

import numpy as np
import pytest

from dynaprune.cli import main
from dynaprune.training.hebbian_train import binarise_digits, load_hebbian


def test_digits_training_stores_class_averages_that_round_trip(tmp_path, capsys):
    assert main(["train", "--arch", "dense-hebbian", "--data", "digits", "--P", "16", "--out", str(tmp_path),
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    net, meta = load_hebbian(tmp_path)
    x_train, _, y_train, _ = binarise_digits(0, 0.3)
    assert meta.P == 16 and (meta.N, meta.K) == (64, 10)
    assert np.allclose(net.etabar[3], x_train[y_train == 3].mean(axis=0))
    assert result["metrics"]["one_shot"]["top1"] > 0.8


def test_digits_are_binarised_at_pixel_above_seven():
    x_train, x_test, _, _ = binarise_digits(0, 0.3)
    assert set(np.unique(np.concatenate([x_train, x_test]))) == {-1, 1}


def test_synthetic_data_takes_rho_instead_of_r(tmp_path, capsys):
    assert main(["train", "--arch", "dense-hebbian", "--data", "synthetic?N=500&K=3&M=11&rho=0.2", "--P", "4",
                 "--out", str(tmp_path), "--json"]) == 0
    _, meta = load_hebbian(tmp_path)
    assert meta.M == 11 and meta.r == pytest.approx((1 / (1 + 0.2 * 11)) ** 0.5)


@pytest.mark.parametrize("argv,message", [
    (["--data", "synthetic?N=abc"], "not a number"),
    (["--data", "synthetic?r=0.5&rho=1"], "not both"),
    (["--data", "cifar10:/x"], "dense-hebbian trains on"),
    (["--P", "3"], "even integer"),
])
def test_bad_hebbian_options_are_clear_errors(tmp_path, capsys, argv, message):
    code = main(["train", "--arch", "dense-hebbian", "--out", str(tmp_path), *argv])
    assert code == 2 and message in capsys.readouterr().err


def test_ftwt_loader_refuses_a_hebbian_checkpoint_clearly(tmp_path, capsys):
    main(["train", "--arch", "dense-hebbian", "--out", str(tmp_path), "--json"])
    capsys.readouterr()
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "malformed metadata" in capsys.readouterr().err
