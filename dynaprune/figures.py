"""PNG figures drawn the same way everywhere: headless backend, tight layout, figure freed after saving.

Training (curves, keep ratios), the benchmarks (`bench`, `saturation`, `budget`) and the research
figures share these two functions. matplotlib is imported only when a figure is drawn, so commands
that draw none stay light.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def pyplot() -> Any:
    """matplotlib.pyplot on the Agg backend (no display is needed or used)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def save_png(fig: Any, path: str | Path, dpi: int = 120) -> Path:
    """Write the figure as a PNG and free it (pyplot keeps every open figure alive)."""
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    pyplot().close(fig)
    return Path(path)
