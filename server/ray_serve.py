"""The same server on Ray Serve: replicas across a cluster, one HTTP API, one metrics scrape.

Each replica is a Ray actor running the app of `server.app.create_app` unchanged (routes,
OIP codec, errors, backpressure, dynamic batcher, runtime), mounted with Serve's FastAPI/ASGI
ingress; Serve's proxy balances requests across replicas. Three things are cluster-wide and
are what this module adds, in a thin ASGI layer in front of each replica's app:

* `GET /metrics` answers every replica's series: the replica that gets the scrape asks all
  replicas for their exposition through a handle broadcast and merges them, each series
  labelled `replica=<id>` (`server.ray_metrics`). Names stay `dynaprune_*`.
* `POST /v2/repository/models/{m}/load|unload` runs on the replica that got it (auth, errors,
  response as usual), then is broadcast to every other replica before the answer leaves, so a
  client that got 200 can rely on every live replica having applied it (header
  `X-Dynaprune-Replicas-Updated: applied/total`). Replicas started later (autoscaling, a node's
  replacement) replay the newest change of each model from their peers once loaded.
* every answer says which replica produced it (`X-Dynaprune-Replica`), for operators and tests.

Autoscaling (Serve's, on ongoing requests) and Serve's own backpressure (`max_queued_requests`,
answered with the server's `reject_status` and `Retry-After`) come from `RaySettings`.
Importing this module imports Ray: only `dynaprune serve --ray` and Serve config files do.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import signal
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

import ray
from ray import serve
from ray.serve.config import HTTPOptions

from dynaprune.errors import UserError
from dynaprune.server.app import create_app
from dynaprune.server.errors import ModelNotFound
from dynaprune.server.ray_metrics import merge_expositions
from dynaprune.server.settings import ServerSettings, load_settings

log = logging.getLogger("dynaprune.server.ray_serve")

APP_NAME = "dynaprune"
DEPLOYMENT_NAME = "dynaprune"
RAY_ENV_PREFIX = "DYNAPRUNE_RAY_"
REPLICA_HEADER = b"x-dynaprune-replica"
UPDATED_HEADER = b"x-dynaprune-replicas-updated"
_REPOSITORY_CHANGE = re.compile(r"^/v2/repository/models/(?P<model>[^/]+)/(?P<op>load|unload)$")
# A status after which the originating replica's repository state changed, so every replica must follow:
# 200 (done) and 400 (load ran, some version refused: those versions are now UNAVAILABLE everywhere).
_CHANGED_STATUSES = (200, 400)


class RaySettings(BaseSettings):
    """How the server is laid out on Ray; field `x` is env var `DYNAPRUNE_RAY_X`, flags win."""

    model_config = SettingsConfigDict(env_prefix=RAY_ENV_PREFIX, extra="ignore", frozen=True)

    address: str | None = Field(default=None, description="Ray cluster (host:port or 'auto'); None starts a local one")
    replicas: int = Field(default=1, ge=1, description="fixed replica count (ignored when autoscaling)")
    min_replicas: int | None = Field(default=None, ge=0, description="autoscaling lower bound; set with max_replicas")
    max_replicas: int | None = Field(default=None, ge=1, description="autoscaling upper bound")
    target_ongoing_requests: float = Field(
        default=2.0, gt=0, description="autoscaling target: requests open per replica (queued in it or computing)"
    )
    upscale_delay_s: float = Field(default=5.0, ge=0)
    downscale_delay_s: float = Field(default=60.0, ge=0)
    max_ongoing_requests: int | None = Field(
        default=None, ge=1, description="requests Serve sends one replica at once; None = the server's max_inflight + max_queue"
    )
    max_queued_requests: int = Field(
        default=64, ge=1, description="requests Serve's router holds for a busy deployment before refusing them"
    )
    replica_num_cpus: float = Field(default=1.0, ge=0, description="CPUs Ray reserves per replica")
    replica_resources: dict[str, float] = Field(
        default_factory=dict, description="custom Ray resources per replica (JSON), e.g. to place one per node"
    )
    proxy_location: Literal["EveryNode", "HeadOnly", "Disabled"] = "EveryNode"
    broadcast_timeout_s: float = Field(default=120.0, gt=0, description="longest a repository change waits for every replica")

    @field_validator("replica_resources", mode="before")
    @classmethod
    def _json_text(cls, value: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _bounds(self) -> "RaySettings":
        if (self.min_replicas is None) != (self.max_replicas is None):
            raise ValueError("autoscaling needs both min_replicas and max_replicas")
        if self.min_replicas is not None and self.max_replicas is not None and self.min_replicas > self.max_replicas:
            raise ValueError(f"min_replicas {self.min_replicas} exceeds max_replicas {self.max_replicas}")
        return self

    @property
    def autoscaling(self) -> bool:
        return self.max_replicas is not None


def load_ray_settings(**overrides: Any) -> RaySettings:
    """RaySettings from the environment plus explicit overrides (None = not given); UserError when invalid."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return RaySettings(**given)
    except (ValidationError, ValueError) as exc:
        errors = exc.errors() if isinstance(exc, ValidationError) else [{"loc": (), "msg": str(exc)}]
        problems = [f"{'.'.join(str(p) for p in e['loc']) or 'ray settings'}: {e['msg']}" for e in errors]
        raise UserError("invalid Ray settings: " + "; ".join(problems)) from exc


def deployment_options(server: ServerSettings, layout: RaySettings) -> dict[str, Any]:
    """Serve deployment options for `server` laid out as `layout` (pure; what `build_app` applies).

    Serve's per-replica limit defaults to the server's own admission capacity, so a replica's
    backpressure (429 + Retry-After from the app) is reached before Serve queues; past that,
    Serve's router queues up to `max_queued_requests` and refuses the rest with the same status
    and Retry-After, instead of letting requests wait without bound.
    """
    options: dict[str, Any] = {
        "name": DEPLOYMENT_NAME,
        "max_ongoing_requests": layout.max_ongoing_requests or server.max_inflight + server.max_queue,
        "max_queued_requests": layout.max_queued_requests,
        "backpressure_config": {"status_code": server.reject_status, "retry_after_s": float(server.retry_after_s)},
        "ray_actor_options": {"num_cpus": layout.replica_num_cpus, "resources": dict(layout.replica_resources)},
        "health_check_period_s": 2.0,
        "health_check_timeout_s": 10.0,
        "graceful_shutdown_timeout_s": 5.0,
    }
    if layout.autoscaling:
        options["autoscaling_config"] = {
            "min_replicas": layout.min_replicas,
            "max_replicas": layout.max_replicas,
            "initial_replicas": max(layout.min_replicas or 0, 1),
            "target_ongoing_requests": layout.target_ongoing_requests,
            "upscale_delay_s": layout.upscale_delay_s,
            "downscale_delay_s": layout.downscale_delay_s,
        }
    else:
        options["num_replicas"] = layout.replicas
    return options


def split_args(args: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Serve config `args` -> (ServerSettings fields, RaySettings fields); UserError on an unknown key."""
    server_fields, ray_fields = set(ServerSettings.model_fields), set(RaySettings.model_fields)
    unknown = sorted(set(args) - server_fields - ray_fields)
    if unknown:
        raise UserError(f"unknown dynaprune Serve arguments: {', '.join(unknown)}")
    return ({k: v for k, v in args.items() if k in server_fields}, {k: v for k, v in args.items() if k in ray_fields})


def replica_arguments(server: ServerSettings) -> dict[str, Any]:
    """What each replica rebuilds its ServerSettings from: every field, the repository made absolute
    (replicas run in other working directories), the admin token in clear (it travels inside Ray)."""
    values = server.model_dump()
    values["repo"] = str(Path(server.repo).resolve())
    if server.admin_token is not None:
        values["admin_token"] = server.admin_token.get_secret_value()
    return values


def build_app(args: dict[str, Any]) -> serve.Application:
    """Serve application builder (`import_path: dynaprune.server.ray_serve:build_app` in a Serve config).

    `args` holds ServerSettings fields (`repo`, `intra_op_threads`, ...) and RaySettings fields
    (`replicas`, or `min_replicas` + `max_replicas`, ...); `DYNAPRUNE_*` variables fill the rest.
    """
    server_args, ray_args = split_args(dict(args))
    server = load_settings(**server_args)
    layout = load_ray_settings(**ray_args)
    return bind(server, layout)


def bind(server: ServerSettings, layout: RaySettings) -> serve.Application:
    options = deployment_options(server, layout)
    return DynapruneReplica.options(**options).bind(replica_arguments(server), layout.broadcast_timeout_s)


# ----------------------------------------------------------------------------- the replica


@serve.deployment(name=DEPLOYMENT_NAME)
@serve.ingress()
class DynapruneReplica:
    """One replica: the app of `create_app`, plus what makes a set of them one server."""

    async def __init__(self, server_args: dict[str, Any], broadcast_timeout_s: float) -> None:
        from dynaprune.server.logs import configure_logging

        settings = load_settings(**server_args)
        configure_logging(settings.log_level)
        self._app = create_app(settings)
        context = serve.get_replica_context()
        self.replica_id: str = context.replica_id.unique_id
        self._app_name, self._deployment = context.app_name, context.deployment
        self._broadcast_timeout_s = broadcast_timeout_s
        # model -> (wall time, "load"|"unload"): the newest repository change this replica applied.
        self._changes: dict[str, tuple[float, str]] = {}
        self._catch_up = asyncio.get_running_loop().create_task(self._replay_peer_changes())

    def __serve_build_asgi_app__(self) -> "_ClusterIngress":
        return _ClusterIngress(self._app, self)

    # -- called on every replica through a handle broadcast

    async def metrics_text(self) -> tuple[str, bytes]:
        from prometheus_client import generate_latest

        return self.replica_id, generate_latest(self._app.state.metrics.registry)

    async def apply_repository_change(self, op: str, model: str, stamp: float, origin: str) -> dict[str, Any]:
        """Apply a change made on replica `origin` (no-op there: it already ran it)."""
        if origin != self.replica_id:
            await self._apply(op, model, stamp)
        return {"replica": self.replica_id}

    async def repository_changes(self) -> dict[str, tuple[float, str]]:
        return dict(self._changes)

    # -- helpers

    def handle(self) -> Any:
        return serve.get_deployment_handle(self._deployment, app_name=self._app_name)

    def record_change(self, op: str, model: str, stamp: float) -> None:
        self._changes[model] = (stamp, op)

    async def _apply(self, op: str, model: str, stamp: float) -> None:
        registry = self._app.state.registry
        action = registry.load_model if op == "load" else registry.unload_model
        try:
            await asyncio.to_thread(action, model)
        except ModelNotFound as exc:  # not on this replica's disk: say so, keep serving the rest
            log.warning("repository change not applicable here", extra={"model": model, "op": op, "reason": str(exc)})
        self.record_change(op, model, stamp)

    async def _replay_peer_changes(self) -> None:
        """A replica that starts late loads the repository from disk, then takes each model's newest
        change from its peers, so a model unloaded through the API stays unloaded on it too."""
        registry = self._app.state.registry
        while not registry.startup_complete:
            await asyncio.sleep(0.1)
        try:
            answers = await self.handle().broadcast("repository_changes").results_async(
                timeout_s=self._broadcast_timeout_s, return_exceptions=True)
        except Exception as exc:  # no peers reachable (e.g. the first replica): nothing to replay
            log.info("no peer repository changes", extra={"reason": f"{type(exc).__name__}: {exc}"})
            return
        newest: dict[str, tuple[float, str]] = {}
        for answer in answers:
            if isinstance(answer, dict):
                for model, (stamp, op) in answer.items():
                    if model not in newest or stamp > newest[model][0]:
                        newest[model] = (stamp, op)
        for model, (stamp, op) in sorted(newest.items()):
            if stamp > self._changes.get(model, (0.0, ""))[0] and op == "unload":  # loads: disk is already current
                await self._apply(op, model, stamp)


class _ClusterIngress:
    """ASGI layer in front of one replica's app: cluster-wide /metrics and repository changes."""

    def __init__(self, app: Any, replica: DynapruneReplica) -> None:
        self._app = app
        self._replica = replica
        self._tag = (REPLICA_HEADER, replica.replica_id.encode())

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)  # lifespan: the app's own start-up and shut-down
            return
        if scope["method"] == "GET" and scope["path"] == "/metrics":
            await self._cluster_metrics(send)
            return
        change = _REPOSITORY_CHANGE.match(scope["path"]) if scope["method"] == "POST" else None
        if change is not None:
            await self._repository_change(change["op"], change["model"], scope, receive, send)
            return
        await self._app(scope, receive, self._tagged(send))

    def _tagged(self, send: Any) -> Any:
        async def tagged(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), self._tag]}
            await send(message)

        return tagged

    async def _cluster_metrics(self, send: Any) -> None:
        from prometheus_client import CONTENT_TYPE_LATEST

        own = await self._replica.metrics_text()
        parts = {own[0]: own[1]}
        try:
            answers = await self._replica.handle().broadcast("metrics_text").results_async(
                timeout_s=5.0, return_exceptions=True)
        except Exception as exc:  # keep the scrape alive with what this replica knows
            log.warning("metrics broadcast failed", extra={"reason": f"{type(exc).__name__}: {exc}"})
            answers = []
        for answer in answers:
            if isinstance(answer, tuple):
                parts.setdefault(answer[0], answer[1])
        body = merge_expositions(sorted(parts.items()))
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", CONTENT_TYPE_LATEST.encode()), self._tag]})
        await send({"type": "http.response.body", "body": body})

    async def _repository_change(self, op: str, model: str, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Run the change here through the app, then on every other replica, then answer."""
        messages: list[dict[str, Any]] = []

        async def hold(message: dict[str, Any]) -> None:
            messages.append(message)

        stamp = time.time()
        await self._app(scope, receive, hold)
        status = next((m["status"] for m in messages if m["type"] == "http.response.start"), 500)
        extra = [self._tag]
        if status in _CHANGED_STATUSES:
            self._replica.record_change(op, model, stamp)
            applied, total = await self._broadcast_change(op, model, stamp)
            extra.append((UPDATED_HEADER, f"{applied}/{total}".encode()))
        for message in messages:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

    async def _broadcast_change(self, op: str, model: str, stamp: float) -> tuple[int, int]:
        try:
            answers = await self._replica.handle().broadcast(
                "apply_repository_change", op, model, stamp, self._replica.replica_id
            ).results_async(timeout_s=self._replica._broadcast_timeout_s, return_exceptions=True)
        except Exception as exc:
            log.error("repository change broadcast failed", extra={"model": model, "op": op, "reason": str(exc)})
            return 1, 1
        ids = {a["replica"] for a in answers if isinstance(a, dict)} | {self._replica.replica_id}
        failed = [a for a in answers if not isinstance(a, dict)]
        for failure in failed:
            log.error("a replica did not apply a repository change", extra={"model": model, "op": op, "reason": str(failure)})
        return len(ids), len(ids) + len(failed)


# ----------------------------------------------------------------------------- `dynaprune serve --ray`


def serve_on_ray(server: ServerSettings, layout: RaySettings) -> int:
    """Deploy on the cluster at `layout.address` (a local one when None) and serve until interrupted."""
    def interrupted(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    application = bind(server, layout)
    started_local = layout.address is None
    local = {"include_dashboard": False} if started_local else {}
    ray.init(address=layout.address, logging_level=logging.WARNING, **local)
    signal.signal(signal.SIGTERM, interrupted)  # after ray.init (it installs its own): a stop tears the app down like Ctrl-C
    try:
        serve.start(http_options=HTTPOptions(host=server.host, port=server.port), proxy_location=layout.proxy_location)
        serve.run(application, name=APP_NAME, route_prefix="/", blocking=False)
        shape = (f"{layout.min_replicas}..{layout.max_replicas} replicas (autoscaling)" if layout.autoscaling
                 else f"{layout.replicas} replica(s)")
        log.info("serving on Ray Serve", extra={"url": f"http://{server.host}:{server.port}", "replicas": shape,
                                                "ray_address": layout.address or "local"})
        print(f"dynaprune: serving {server.repo} on Ray Serve at http://{server.host}:{server.port} ({shape})", flush=True)
        while True:
            time.sleep(1.0)
    finally:
        try:
            serve.delete(APP_NAME)
            if started_local:
                serve.shutdown()
        finally:
            ray.shutdown()
