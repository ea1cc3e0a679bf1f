"""The dense baseline of the CUDA engine: the same plan, every filter kept, on torch's own ops.

What a dynamic network on the GPU is measured against (tools/gpu_verify.py): cuDNN convolutions
(torch.nn.functional.conv2d) over the same folded weights, no predictors, no masks. Kept channel
sets aside, it computes exactly what `CudaRunner` computes when every unit keeps every filter, which
is what the tests check on the CPU. Imported only by who needs it: it imports torch.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from dynaprune.runtime.ftwt.cuda.plan import Plan


class DenseNetwork:
    """`plan` as a function of normalised images (B, C, H, W) -> logits, on `device`."""

    def __init__(self, plan: Plan, device: str | torch.device = "cuda") -> None:
        self.plan = plan
        self.device = torch.device(device)
        self.weights = [{k: torch.from_numpy(np.array(v, dtype=np.float32)).to(self.device) for k, v in s.arrays.items()}
                        for s in plan.steps]
        self.head_w = torch.from_numpy(np.array(plan.head_w)).to(self.device)
        self.head_b = torch.from_numpy(np.array(plan.head_b)).to(self.device)
        self.mean = torch.from_numpy(np.array(plan.mean)).to(self.device).view(1, -1, 1, 1)
        self.std = torch.from_numpy(np.array(plan.std)).to(self.device).view(1, -1, 1, 1)

    def __call__(self, images: torch.Tensor, normalise: bool = True) -> torch.Tensor:
        x = (images - self.mean) / self.std if normalise else images
        tensors: list[Any] = [x]
        for s, w in zip(self.plan.steps, self.weights):
            inp = tensors[s.input]
            g = s.conv
            pad = (g.pw, _right(s.in_w, g.kw, g.sw, g.pw, g.dw, g.out_w), g.ph, _right(s.in_h, g.kh, g.sh, g.ph, g.dh, g.out_h))
            y = F.conv2d(F.pad(inp, pad), w["w"], w["b"], stride=(g.sh, g.sw), dilation=(g.dh, g.dw),
                         groups=s.cin if s.depthwise else 1)
            if s.relu:
                y = F.relu(y)
            if s.output_dense:
                skip = tensors[s.skip]
                if s.shortcut == "projection":
                    p = s.projection
                    assert p is not None
                    hs, ws = skip.shape[2:]
                    ppad = (p.pw, _right(ws, p.kw, p.sw, p.pw, p.dw, p.out_w), p.ph, _right(hs, p.kh, p.sh, p.ph, p.dh, p.out_h))
                    short = F.conv2d(F.pad(skip, ppad), w["pj_w"], w["pj_b"], stride=(p.sh, p.sw))
                else:
                    st = s.shortcut_stride
                    short = F.avg_pool2d(skip, st) if st > 1 else skip
                    if short.shape[1] < s.cout:
                        short = F.pad(short, (0, 0, 0, 0, 0, s.cout - short.shape[1]))
                y = F.relu(y + short)
            for k, st, p in s.post:
                y = F.max_pool2d(y, k, st, p)
            tensors.append(y)
        pooled = tensors[self.plan.head_input].mean(dim=(2, 3))
        return pooled @ self.head_w.T + self.head_b


def _right(size: int, k: int, s: int, p: int, d: int, out: int) -> int:
    """Bottom/right padding that gives `out` positions (a manifest may pad asymmetrically)."""
    return max(0, (out - 1) * s + d * (k - 1) + 1 - size - p)
