"""FTWT's self-supervised mask targets: the "heatmap mass" criterion.

A channel's score is the peak magnitude of its unmasked output; the target keeps
the smallest set of top channels whose normalised mass stays within `r`. Both
training (targets for the predictors) and `estimate` (oracle masks of a dense
net) use this one function so the predicted FLOPs match what training aims for.
"""

from __future__ import annotations

import torch

MASS_TOLERANCE = 1e-5


def channel_scores(output: torch.Tensor) -> torch.Tensor:
    """Peak |activation| per channel: (B, C, H, W) -> (B, C)."""
    return output.detach().abs().amax(dim=(2, 3))


def mass_targets(scores: torch.Tensor, r: float) -> torch.Tensor:
    """Binary keep-targets (B, C) from channel scores (B, C) at threshold r.

    Keeps the top channels while the cumulative mass is <= r (within 1e-5); the
    channel that crosses r is dropped, so k varies per input. r = 1 keeps every
    channel with mass > 1e-5. A sample whose scores are all zero keeps every
    channel (its masses would be NaN). At least one channel is always kept: with
    a single dominant channel above r the criterion would otherwise keep none
    and cut the network in two.
    """
    if not 0.0 < r <= 1.0:
        raise ValueError(f"threshold r must be in (0, 1], got {r}")
    scores = scores.detach().float()
    total = scores.sum(dim=1, keepdim=True)
    dead = total <= 0
    mass = scores / torch.where(dead, torch.ones_like(total), total)
    if r >= 1.0:
        keep = mass > MASS_TOLERANCE
    else:
        sorted_mass, order = mass.sort(dim=1, descending=True)
        within = sorted_mass.cumsum(dim=1) <= r + MASS_TOLERANCE
        within[:, 0] = True
        keep = torch.zeros_like(within).scatter(1, order, within)
    keep = keep | dead
    return keep.to(scores.dtype)


def heatmap_targets(output: torch.Tensor, r: float) -> torch.Tensor:
    """Targets for one unit's unmasked output (B, C, H, W) -> (B, C) in {0, 1}."""
    return mass_targets(channel_scores(output), r)
