"""Print the server image's requirements: pyproject.toml's dependencies, less torch.

The server never imports torch (only training and export do), so the runtime
image leaves it out. With `gpu` among the extras named on the command line,
onnxruntime is swapped for onnxruntime-gpu (both install the same `onnxruntime`
module and must not be installed together); a third argument (the Dockerfile's
ONNXRUNTIME build arg, e.g. onnxruntime-gpu==1.31.1) replaces either by that
requirement, so a GPU image pins the build for its CUDA version.

    python runtime_requirements.py pyproject.toml [EXTRA,...] [ONNXRUNTIME]
"""

from __future__ import annotations

import re
import sys
import tomllib


def _name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1).lower().replace("_", "-") if match else ""


def requirements(pyproject: str, extras: list[str], onnxruntime: str = "") -> list[str]:
    with open(pyproject, "rb") as handle:
        project = tomllib.load(handle)["project"]
    wanted = [r for r in project["dependencies"] if _name(r) != "torch"]
    optional = project.get("optional-dependencies", {})
    for extra in extras:
        if extra not in optional:
            raise SystemExit(f"unknown extra {extra!r}; pyproject.toml has {', '.join(sorted(optional))}")
        wanted += optional[extra]
    if onnxruntime:
        if _name(onnxruntime) not in ("onnxruntime", "onnxruntime-gpu"):
            raise SystemExit(f"ONNXRUNTIME must name onnxruntime or onnxruntime-gpu, got {onnxruntime!r}")
        return [r for r in wanted if _name(r) not in ("onnxruntime", "onnxruntime-gpu")] + [onnxruntime]
    if any(_name(r) == "onnxruntime-gpu" for r in wanted):
        wanted = [r for r in wanted if _name(r) != "onnxruntime"]
    return wanted


if __name__ == "__main__":
    chosen = [e for e in (sys.argv[2] if len(sys.argv) > 2 else "").split(",") if e.strip()]
    onnxruntime = sys.argv[3].strip() if len(sys.argv) > 3 else ""
    print("\n".join(requirements(sys.argv[1], [e.strip() for e in chosen], onnxruntime)))
