"""What every FTWT engine publishes about its entry, read from the manifest once."""

from __future__ import annotations

from functools import cached_property

from dynaprune.models.flops import CountMode, dense_flops
from dynaprune.runtime.ftwt.manifest import FtwtManifest


class FtwtPublished:
    """Mixin for FTWT runners: gated units in execution order, their widths, the dense cost."""

    manifest: FtwtManifest

    @property
    def unit_names(self) -> list[str]:
        return [u.name for u in self.manifest.units]

    @property
    def unit_channels(self) -> dict[str, int]:
        return self.manifest.unit_channels()

    @cached_property
    def flops_dense(self) -> float:  # type: ignore[override]
        """Honest FLOPs of one sample run densely (no predictors run)."""
        return float(dense_flops(self.manifest.cost(), CountMode.HONEST).total)
