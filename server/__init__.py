"""dynaprune inference server (Open Inference Protocol v2 over REST).

Layout, KServe-style - runtime side and protocol side meet only through
`LoadedModel`/`ModelSpec` and the inference service:
    settings.py    ServerSettings (pydantic-settings, DYNAPRUNE_* env vars)
    runtime.py     adapter over dynaprune.runtime.contract.ModelRunner (ORT sessions, device choice)
    registry.py    model repository: scan, load/unload, versions, readiness
    inference.py   admission control (max_inflight/max_queue) + worker threads + timeouts
    metrics.py     Prometheus metrics (names fixed by the dashboard)
    logs.py        JSON-lines logging with request ids
    middleware.py  request ids, access log, request metrics, body-size limit
    deps.py        FastAPI dependencies (settings, registry, service, admin token)
    protocol/      routers (health, v2 models/infer, repository, v1 classify, /metrics),
                   wire codecs and pydantic edge schemas
    app.py         create_app(): wires it all; cli.py: `dynaprune serve`

Design: one process serves all cores. ONNX Runtime runs each inference on its
own intra-op thread pool (all cores by default) and releases the GIL, so a
handful of Python worker threads keeps the CPU busy; there are deliberately no
multiprocess workers (they would duplicate every model in memory, fight over
the same cores and split the metrics). The server never imports torch.
"""
