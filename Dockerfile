# syntax=docker/dockerfile:1
#
# dynaprune inference server, with the demo model (FTWT ResNet-56 on the digits) built in.
#
#   CPU (default): docker build -t dynaprune .
#   GPU:           docker build -t dynaprune:gpu \
#                    --build-arg BASE_IMAGE=nvidia/cuda:13.0.1-cudnn-runtime-ubuntu22.04 \
#                    --build-arg ONNXRUNTIME=onnxruntime-gpu==1.31.1 .
#   (or: docker compose -f docker-compose.yml -f docker-compose.gpu.yml up --build)
#
# Stages: base (Python 3.11 on BASE_IMAGE) -> build (two virtual environments: one with
# CPU torch to train and export the demo model, one torch-free for serving) -> demo
# (trains and exports the demo model into /models) -> runtime (serving venv, demo
# model, non-root user). torch is only needed to train and export; the server never
# imports it, so the runtime image does not carry it.

ARG BASE_IMAGE=python:3.11-slim-bookworm

# --------------------------------------------------------------------------- base
FROM ${BASE_IMAGE} AS base
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# The python:3.11 images have Python; CUDA base images (Ubuntu 22.04) get the distribution's
# python3.11. Versions are not pinned here because the same line serves two distributions;
# the base image tag pins them.
# hadolint ignore=DL3008
RUN if ! command -v python3.11 >/dev/null 2>&1; then \
        apt-get update \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            python3.11 python3.11-venv ca-certificates \
        && rm -rf /var/lib/apt/lists/*; \
    fi \
    && python3.11 --version

# --------------------------------------------------------------------------- build
FROM base AS build
# Extras of pyproject.toml to install for serving, comma-separated ("gpu" for onnxruntime-gpu).
ARG EXTRAS=""
# The ONNX Runtime package, in place of pyproject's onnxruntime: "" keeps it (CPU). A GPU image names the
# onnxruntime-gpu build for its base image's CUDA: onnxruntime-gpu==1.31.1 for CUDA 13 and cuDNN 9 (docs/gpu.md).
ARG ONNXRUNTIME=""
# torch is pinned in pyproject.toml; its CPU wheel comes from PyTorch's CPU index.
ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
# A C compiler for the optional native engine (dynaprune.runtime.ftwt._native, built by setup.py; the install
# goes on without it if it cannot be built). Portable flags: the image runs on other CPUs than
# the one that built it. Python headers come with the python images; Ubuntu needs python3.11-dev.
ENV DYNAPRUNE_PORTABLE_BUILD=1
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gcc libc6-dev \
    && if [ ! -f "$(python3.11 -c 'import sysconfig; print(sysconfig.get_paths()["include"])')/Python.h" ]; then \
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3.11-dev; \
    fi \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN python3.11 -m venv /opt/train \
    && /opt/train/bin/pip install --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"
COPY pyproject.toml setup.py README.md ./
COPY deploy/docker/runtime_requirements.py /tmp/runtime_requirements.py
# Serving venv: pyproject's dependencies less torch (and ONNXRUNTIME, or onnxruntime-gpu with EXTRAS=gpu, in place of onnxruntime).
RUN python3.11 -m venv /opt/venv \
    && python3.11 /tmp/runtime_requirements.py pyproject.toml "${EXTRAS}" "${ONNXRUNTIME}" > /tmp/runtime-requirements.txt \
    && /opt/venv/bin/pip install -r /tmp/runtime-requirements.txt
COPY dynaprune/ dynaprune/
COPY models/ models/
COPY datasets/ datasets/
COPY training/ training/
COPY exporter/ exporter/
COPY runtime/ runtime/
COPY server/ server/
COPY loadtests/ loadtests/
COPY research/ research/
RUN /opt/train/bin/pip install . \
    && /opt/venv/bin/pip install --no-deps . \
    && /opt/venv/bin/python -c "import dynaprune.server.app, dynaprune.runtime.engines, sys; assert 'torch' not in sys.modules"

# --------------------------------------------------------------------------- demo model
FROM build AS demo
# The recipe of `make serve` (README): dense ResNet-56 on the embedded digits, then FTWT at r = 0.7.
# Lower the epochs for a quicker (less accurate) image.
ARG DEMO_DENSE_EPOCHS=60
ARG DEMO_FTWT_EPOCHS=40
WORKDIR /demo
RUN /opt/train/bin/dynaprune train --arch resnet56 --data digits --epochs "${DEMO_DENSE_EPOCHS}" \
        --batch-size 32 --out runs/demo-dense --force \
    && /opt/train/bin/dynaprune train --method ftwt --from runs/demo-dense --r 0.7 \
        --epochs "${DEMO_FTWT_EPOCHS}" --batch-size 32 --out runs/demo-ftwt --force \
    && /opt/train/bin/dynaprune export runs/demo-ftwt --repo /models --name digits-resnet56 \
        --version 1 --verify --force --quiet

# --------------------------------------------------------------------------- runtime
FROM base AS runtime
ARG UID=10001
LABEL org.opencontainers.image.title="dynaprune" \
      org.opencontainers.image.description="Open Inference Protocol v2 server for dynamically pruned (FTWT) CNNs" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid "${UID}" dynaprune \
    && useradd --system --uid "${UID}" --gid dynaprune --home-dir /home/dynaprune --create-home \
        --shell /usr/sbin/nologin dynaprune
COPY --from=build /opt/venv /opt/venv
COPY deploy/docker/healthcheck.py /opt/dynaprune/healthcheck.py
# The model repository. A named volume mounted here starts as a copy of it (the demo model);
# bind-mount your own repository here to serve other models.
COPY --from=demo --chown=dynaprune:dynaprune /models /models
ENV PATH=/opt/venv/bin:${PATH} \
    DYNAPRUNE_REPO=/models \
    DYNAPRUNE_HOST=0.0.0.0 \
    DYNAPRUNE_PORT=8000
USER ${UID}:${UID}
WORKDIR /home/dynaprune
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "/opt/dynaprune/healthcheck.py"]
ENTRYPOINT ["dynaprune"]
CMD ["serve"]
