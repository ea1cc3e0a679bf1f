"""`dynaprune train | estimate | evaluate | flops` as a user runs them."""

import json

import pytest

from dynaprune.cli import main

TINY = ["--arch", "resnet20", "--width", "0.25", "--data", "digits", "--batch-size", "64", "--quiet", "--json"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def dense_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("runs") / "dense"
    assert main(["train", *TINY, "--epochs", "2", "--out", str(out)]) == 0
    return out


def test_train_writes_checkpoint_metrics_and_plots(dense_run):
    names = {p.name for p in dense_run.iterdir()}
    assert {"model.safetensors", "model.json", "metrics.jsonl", "curves.png", "keep_ratios.png"} <= names
    lines = (dense_run / "metrics.jsonl").read_text().splitlines()
    assert [json.loads(line)["epoch"] for line in lines] == [0, 1]


def test_ftwt_training_reports_reduction_in_both_modes(dense_run, tmp_path, capsys):
    code, out, _ = run(capsys, "train", "--method", "ftwt", "--from", str(dense_run), "--r", "0.6",
                       "--epochs", "2", "--batch-size", "64", "--out", str(tmp_path / "ftwt"), "--quiet", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["method"] == "ftwt" and result["r"] == 0.6
    assert set(result["test"]["reduction"]) == {"paper", "honest"}
    assert 0 < result["test"]["reduction"]["paper"] < 1


def test_resume_continues_from_the_last_epoch(dense_run, tmp_path, capsys):
    out = tmp_path / "resumable"
    assert main(["train", *TINY, "--epochs", "1", "--out", str(out)]) == 0
    code, stdout, _ = run(capsys, "train", *TINY, "--epochs", "2", "--out", str(out), "--resume")
    assert code == 0
    epochs = [json.loads(line)["epoch"] for line in (out / "metrics.jsonl").read_text().splitlines()]
    assert epochs == [0, 1]


def test_existing_run_is_not_overwritten_without_force(dense_run, capsys):
    code, _, err = run(capsys, "train", *TINY, "--epochs", "1", "--out", str(dense_run))
    assert code == 2 and "already holds a run" in err


def test_evaluate_prints_top1_flops_and_keep_ratios(dense_run, capsys, tmp_path):
    code, out, _ = run(capsys, "evaluate", str(dense_run), "--gating", "oracle", "--r", "0.8", "--json",
                       "--plot", str(tmp_path / "k.png"))
    assert code == 0
    result = json.loads(out)
    assert 0 <= result["top1"] <= 1
    assert len(result["keep_ratio"]) == 19
    assert all(0 < v <= 1 for v in result["keep_ratio"].values())
    assert (tmp_path / "k.png").stat().st_size > 0


def test_estimate_with_a_list_of_r_gives_a_monotone_curve(dense_run, capsys, tmp_path):
    code, out, _ = run(capsys, "estimate", str(dense_run), "--r", "0.6", "0.8", "1.0", "--json",
                       "--plot", str(tmp_path / "e.png"))
    assert code == 0
    points = json.loads(out)["points"]
    honest = [p["reduction"]["honest"] for p in points]
    assert [p["r"] for p in points] == [0.6, 0.8, 1.0]
    assert honest[0] >= honest[1] >= honest[2]
    assert (tmp_path / "e.png").stat().st_size > 0


def test_flops_prints_paper_and_honest_totals(capsys):
    code, out, _ = run(capsys, "flops", "--arch", "resnet56", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["dense_total"]["paper"] == 125_485_760
    assert result["gated_units"] == 55


@pytest.mark.parametrize(
    "argv,message",
    [
        (["train", "--arch", "resnet9000", "--epochs", "1", "--quiet"], "unknown architecture"),
        (["train", "--data", "cifar10:/does/not/exist", "--epochs", "1", "--quiet"], "/does/not/exist"),
        (["train", "--data", "nosuchsource", "--epochs", "1", "--quiet"], "nosuchsource"),
        (["train", "--method", "ftwt", "--epochs", "1"], "--from"),
        (["estimate", "/no/checkpoint"], "not found"),
        (["flops", "--arch", "nope"], "unknown architecture"),
    ],
)
def test_bad_input_is_a_clear_message_and_exit_2(capsys, tmp_path, argv, message):
    code, _, err = run(capsys, *argv, *([] if argv[0] != "train" else ["--out", str(tmp_path / "x")]))
    assert code == 2
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("r", ["0", "1.5", "-0.2", "abc"])
def test_threshold_outside_unit_interval_exits_non_zero(capsys, r):
    with pytest.raises(SystemExit) as exc:
        main(["train", "--r", r])
    assert exc.value.code == 2
    assert "threshold r" in capsys.readouterr().err


def test_malformed_data_directory_is_a_clear_error(capsys, tmp_path):
    (tmp_path / "data_batch_1.bin").write_bytes(b"\x01" * 100)
    code, _, err = run(capsys, "train", "--data", f"cifar10:{tmp_path}", "--epochs", "1", "--quiet",
                       "--out", str(tmp_path / "run"))
    assert code == 2 and str(tmp_path) in err


def test_corrupt_checkpoint_is_a_clear_error(capsys, tmp_path):
    bad = tmp_path / "model.safetensors"
    bad.write_bytes(b"garbage" * 10)
    code, _, err = run(capsys, "evaluate", str(bad))
    assert code == 2 and "corrupt or truncated" in err
