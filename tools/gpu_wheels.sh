#!/usr/bin/env bash
# Wheels that tools/gpu_verify.py carries to a lent GPU machine (docs/gpu.md).
#
#   tools/gpu_wheels.sh [DIR]        # default DIR: build/gpu-wheels (ignored by git; `run` carries it)
#
# The device image has Python 3.12, torch, triton, numpy, onnx, onnxruntime, safetensors,
# prometheus-client, aiohttp and httpx, and no internet. What the exporter, the runtime and the
# server need beyond that (pydantic for the manifests, the web stack for the served path, pillow
# for the image routes) is downloaded here as CPython 3.12 manylinux x86-64 wheels, at the versions
# of this checkout's virtualenv (the tested ones), with their dependencies. A `run` call carries at
# most 64 MiB with the working tree: the script prints both sizes and fails past that.
set -euo pipefail

out="${1:-build/gpu-wheels}"
python="${PYTHON:-.venv/bin/python}"
packages=(fastapi uvicorn httptools pydantic pydantic-settings python-multipart pillow)

# name==version as installed here (a package missing here is taken at PyPI's newest)
mapfile -t pins < <("$python" - "${packages[@]}" <<'EOF'
import sys
from importlib.metadata import PackageNotFoundError, version

for name in sys.argv[1:]:
    try:
        print(f"{name}=={version(name)}")
    except PackageNotFoundError:
        print(name)
EOF
)

rm -rf "$out"
mkdir -p "$out"
"$python" -m pip download --quiet --disable-pip-version-check --dest "$out" \
    --only-binary=:all: --implementation cp --python-version 3.12 --abi cp312 --abi abi3 --abi none \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    --platform any "${pins[@]}"

wheels_kib=$(du -sk "$out" | cut -f1)
tree_kib=$(git ls-files -z --cached --others --exclude-standard | "$python" -c \
    'import os, sys; print(sum(os.path.getsize(p) for p in sys.stdin.read().split("\0") if os.path.isfile(p)) // 1024)')
demo=runs/demo-ftwt/model.safetensors  # carried too when it exists (make demo)
demo_kib=$( [[ -f $demo ]] && du -k "$demo" | cut -f1 || echo 0 )
total_kib=$(( wheels_kib + tree_kib + demo_kib ))
echo "$(ls "$out" | wc -l) wheels in $out: $(( wheels_kib / 1024 )) MiB; working tree $(( tree_kib / 1024 )) MiB;" \
     "demo checkpoint $(( demo_kib / 1024 )) MiB; together $(( total_kib / 1024 )) MiB of the 64 MiB a run carries"
if (( total_kib >= 64 * 1024 )); then
    echo "too large to carry: $(( total_kib / 1024 )) MiB >= 64 MiB" >&2
    exit 1
fi
