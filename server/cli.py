"""`dynaprune serve`: run the inference server under uvicorn.

Flags cover the everyday settings; every setting (flags included) can also
come from `DYNAPRUNE_<NAME>` environment variables, flags winning. One
process, one event loop, no multiprocess workers: ONNX Runtime's intra-op
threads already use every core, and a second process would only duplicate the
models in memory and split the metrics.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging

from dynaprune.runtime.registry import ENGINE_CHOICES
from dynaprune.server.settings import load_settings

log = logging.getLogger("dynaprune.server.cli")


def add_parser(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        name,
        help=help_text,
        description=help_text + ". Every setting can also be given as DYNAPRUNE_<SETTING> "
        "(e.g. DYNAPRUNE_MAX_INFLIGHT=4); flags win over the environment.",
    )
    parser.add_argument("--repo", help="model repository (REPO/NAME/VERSION/manifest.json); env DYNAPRUNE_REPO")
    parser.add_argument("--host", help="bind address (default 127.0.0.1); env DYNAPRUNE_HOST")
    parser.add_argument("--port", type=int, help="port (default 8000); env DYNAPRUNE_PORT")
    parser.add_argument("--device", choices=["auto", "cpu", "cuda"], help="execution device (default auto)")
    parser.add_argument("--engine", choices=ENGINE_CHOICES,
                        help="auto: compiled masked engine when built (CPU), else ONNX Runtime; env DYNAPRUNE_ENGINE")
    parser.add_argument("--intra-op-threads", type=int, dest="intra_op_threads", help="threads per inference")
    parser.add_argument("--max-inflight", type=int, dest="max_inflight", help="inferences computing at once")
    parser.add_argument("--max-queue", type=int, dest="max_queue", help="inferences waiting before 429")
    parser.add_argument("--request-timeout", type=float, dest="request_timeout_s", help="seconds before 504")
    parser.add_argument("--max-batch-size", type=int, dest="max_batch_size",
                        help="dynamic batching: most images one engine call gathers from concurrent requests of "
                        "one model version (default 1 = off); env DYNAPRUNE_MAX_BATCH_SIZE")
    parser.add_argument("--max-queue-delay-ms", type=float, dest="max_queue_delay_ms",
                        help="dynamic batching: longest a batch waits for more requests after its first "
                        "(default 2); env DYNAPRUNE_MAX_QUEUE_DELAY_MS")
    parser.add_argument("--log-level", dest="log_level", help="debug, info, warning or error")
    parser.set_defaults(func=run)
    return parser


_FLAG_FIELDS = ("repo", "host", "port", "device", "engine", "intra_op_threads", "max_inflight", "max_queue", "request_timeout_s",
                "max_batch_size", "max_queue_delay_ms", "log_level")


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from dynaprune.server.app import create_app
    from dynaprune.server.logs import configure_logging

    settings = load_settings(**{field: getattr(args, field, None) for field in _FLAG_FIELDS})
    app = create_app(settings)  # raises UserError for an unusable device before anything is configured
    configure_logging(settings.log_level)
    if settings.admin_token is None and not _is_loopback(settings.host):
        log.warning("repository control is open: binding beyond loopback without DYNAPRUNE_ADMIN_TOKEN")
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,  # keep our JSON logging
        access_log=False,  # RequestContextMiddleware logs each request, with its id
        workers=1,
    )
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
