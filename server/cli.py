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

from dynaprune.argtypes import positive_int
from dynaprune.runtime.registry import ENGINE_CHOICES
from dynaprune.server.settings import ServerSettings, load_settings

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
                        help="auto: the cuda engine on a GPU (torch + triton), the compiled masked engine when built (CPU), "
                        "else ONNX Runtime (docs/gpu.md); env DYNAPRUNE_ENGINE")
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
    parser.add_argument("--max-concurrent-batches", type=int, dest="max_concurrent_batches",
                        help="dynamic batching: engine calls of one model version computing at once (default 1); "
                        "env DYNAPRUNE_MAX_CONCURRENT_BATCHES")
    parser.add_argument("--log-level", dest="log_level", help="debug, info, warning or error")
    _add_client_bound_flags(parser)
    _add_ray_flags(parser)
    parser.set_defaults(func=run)
    return parser


_FLAG_FIELDS = ("repo", "host", "port", "device", "engine", "intra_op_threads", "max_inflight", "max_queue", "request_timeout_s",
                "max_batch_size", "max_queue_delay_ms", "max_concurrent_batches", "log_level",
                "header_timeout_s", "body_timeout_s", "keepalive_timeout_s", "max_connections")


def _add_client_bound_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("slow and abusive clients", "bounds on what one connection may hold "
                                      "(docs/reliability.md); they need uvicorn's httptools parser, which serve "
                                      "always uses")
    group.add_argument("--header-timeout", type=float, dest="header_timeout_s",
                       help="seconds for a request line and headers, from its first byte (default 10; else 408); "
                       "env DYNAPRUNE_HEADER_TIMEOUT_S")
    group.add_argument("--body-timeout", type=float, dest="body_timeout_s",
                       help="seconds for a whole body after its headers (default 30; else 408); env DYNAPRUNE_BODY_TIMEOUT_S")
    group.add_argument("--keepalive-timeout", type=float, dest="keepalive_timeout_s",
                       help="seconds an idle keep-alive connection stays open (default 5); env DYNAPRUNE_KEEPALIVE_TIMEOUT_S")
    group.add_argument("--max-connections", type=int, dest="max_connections",
                       help="open client connections; one more gets 503 + Retry-After (default 512); "
                       "env DYNAPRUNE_MAX_CONNECTIONS")


def settings_from_args(args: argparse.Namespace) -> ServerSettings:
    """The server settings: these flags where given, else the environment, else the defaults."""
    return load_settings(**{field: getattr(args, field, None) for field in _FLAG_FIELDS})


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from dynaprune.errors import UserError
    from dynaprune.server.app import create_app
    from dynaprune.server.logs import configure_logging

    try:
        from dynaprune.server.http_protocol import bounded_protocol
    except ImportError as exc:  # httptools missing: h11 has none of the header/connection bounds, so refuse
        if (exc.name or "").split(".")[0] not in ("httptools", "uvicorn"):
            raise
        raise UserError("dynaprune serve needs uvicorn's httptools parser for its slow-client bounds "
                        "(header timeout, connection cap; docs/reliability.md): pip install httptools") from None

    settings = settings_from_args(args)
    if getattr(args, "ray", False) or getattr(args, "replicas", None) is not None or getattr(args, "autoscale", None):
        return _run_on_ray(args, settings)
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
        http=bounded_protocol(settings),  # header/body deadlines and max_connections (server.http_protocol)
        timeout_keep_alive=settings.keepalive_timeout_s,  # type: ignore[arg-type]  # a float works: call_later
    )
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# ----------------------------------------------------------------------------- --ray (server/ray_serve.py)


def _add_ray_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("Ray Serve", "serve the same API from replicas on a Ray cluster "
                                      "(needs pip install 'dynaprune[ray]'; see docs/scale-out.md)")
    group.add_argument("--ray", action="store_true", help="run on Ray Serve instead of one uvicorn process")
    group.add_argument("--ray-address", dest="ray_address",
                       help="Ray cluster to join (host:port or auto; default: start a local one); env DYNAPRUNE_RAY_ADDRESS")
    scale = group.add_mutually_exclusive_group()
    scale.add_argument("--replicas", type=positive_int, help="fixed number of replicas (default 1)")
    scale.add_argument("--autoscale", type=_replica_range, metavar="MIN:MAX",
                       help="autoscale between MIN and MAX replicas on ongoing requests per replica "
                       "(target: env DYNAPRUNE_RAY_TARGET_ONGOING_REQUESTS, default 2)")


def _replica_range(text: str) -> tuple[int, int]:
    low, sep, high = text.partition(":")
    try:
        bounds = (int(low), int(high))
    except ValueError:
        bounds = None
    if not sep or bounds is None:
        raise argparse.ArgumentTypeError(f"expected MIN:MAX (two integers), got {text!r}")
    if bounds[0] < 0 or bounds[1] < 1 or bounds[0] > bounds[1]:
        raise argparse.ArgumentTypeError(f"need 0 <= MIN <= MAX and MAX >= 1, got {text!r}")
    return bounds


def _run_on_ray(args: argparse.Namespace, settings) -> int:  # type: ignore[no-untyped-def]
    from dynaprune.errors import UserError

    if not getattr(args, "ray", False):
        raise UserError("--replicas and --autoscale lay out replicas on Ray Serve: add --ray")
    try:
        from dynaprune.server import ray_serve
    except ImportError as exc:
        if (exc.name or "").split(".")[0] != "ray":
            raise
        raise UserError("--ray needs Ray Serve, which is not installed: pip install 'dynaprune[ray]'") from None
    from dynaprune.server.logs import configure_logging

    scale = {"replicas": args.replicas}
    if args.autoscale:
        scale = {"min_replicas": args.autoscale[0], "max_replicas": args.autoscale[1]}
    layout = ray_serve.load_ray_settings(address=args.ray_address, **scale)
    configure_logging(settings.log_level)
    return ray_serve.serve_on_ray(settings, layout)
