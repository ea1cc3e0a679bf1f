"""The heatmap-mass target criterion (ftwt-method.md section 2)."""

import pytest
import torch

from dynaprune.models.targets import channel_scores, heatmap_targets, mass_targets

WORKED_EXAMPLE = torch.tensor([[0.3, 0.3, 0.2, 0.1, 0.1, 0.03, 0.01]])


def test_worked_example_keeps_four_channels_at_r_095():
    keep = mass_targets(WORKED_EXAMPLE, 0.95)
    assert keep.tolist() == [[1, 1, 1, 1, 0, 0, 0]]


def test_channel_that_crosses_r_is_dropped():
    scores = torch.tensor([[0.5, 0.3, 0.2]])
    assert mass_targets(scores, 0.79).tolist() == [[1, 0, 0]]
    assert mass_targets(scores, 0.80).tolist() == [[1, 1, 0]]


def test_mass_exactly_at_r_is_kept_within_tolerance():
    scores = torch.tensor([[0.25, 0.25, 0.25, 0.25]])
    assert mass_targets(scores, 0.5 - 5e-6).sum().item() == 2


def test_k_varies_per_input():
    scores = torch.tensor([[0.9, 0.05, 0.05, 0.0], [0.25, 0.25, 0.25, 0.25]])
    keep = mass_targets(scores, 0.9)
    assert keep.sum(dim=1).tolist() == [1, 3]


def test_r_one_drops_only_dead_channels():
    scores = torch.tensor([[0.7, 0.2, 0.1, 0.0, 1e-9]])
    assert mass_targets(scores, 1.0).tolist() == [[1, 1, 1, 0, 0]]


def test_all_zero_scores_keep_every_channel():
    keep = mass_targets(torch.zeros(2, 5), 0.8)
    assert keep.tolist() == [[1] * 5, [1] * 5]
    assert not torch.isnan(keep).any()


def test_single_dominant_channel_above_r_is_still_kept():
    keep = mass_targets(torch.tensor([[0.95, 0.05]]), 0.8)
    assert keep.tolist() == [[1, 0]]


def test_order_of_channels_does_not_matter():
    scores = torch.tensor([[0.35, 0.25, 0.2, 0.12, 0.05, 0.02, 0.01]])
    perm = torch.tensor([6, 2, 0, 4, 1, 5, 3])
    keep = mass_targets(scores[:, perm], 0.9)
    assert keep[0].tolist() == mass_targets(scores, 0.9)[0, perm].tolist()


def test_scores_are_peak_magnitudes_over_space():
    out = torch.zeros(1, 2, 3, 3)
    out[0, 0, 1, 1] = -4.0
    out[0, 1, 0, 2] = 2.0
    assert channel_scores(out).tolist() == [[4.0, 2.0]]


@pytest.mark.parametrize("r", [0.0, -0.1, 1.01])
def test_r_outside_unit_interval_is_rejected(r):
    with pytest.raises(ValueError, match="r must be in"):
        heatmap_targets(torch.ones(1, 2, 2, 2), r)
