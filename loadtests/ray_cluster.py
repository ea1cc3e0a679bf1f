"""A multi-node Ray cluster on loopback, for tests and benchmarks of `dynaprune serve --ray`.

Every node is a `ray start --block` process in its own session (process group) with bounded
CPUs, a small object store, its own ports and a custom resource, so that a deployment asking
one unit of `dynaprune_slot` per replica gets one replica per node. Killing a node's process
group (SIGKILL) is what a machine dying looks like to the rest of the cluster. Teardown is
scoped to this cluster: its process groups, then any process whose command line names this
cluster's private temp directory (raylet workers, agents), never `ray stop` (which would stop
every Ray on the machine).

`RayServer` is `dynaprune serve --ray` joined to such a cluster (the driver process), with one
replica per node; tests/test_ray_cluster.py and `dynaprune ray-bench` use both.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dynaprune.errors import UserError

SLOT = "dynaprune_slot"
_OBJECT_STORE_BYTES = 100 * 1024 * 1024
_WORKER_PORTS = 24  # per node: replicas, proxy, controller and Ray's own helpers


def free_ports(count: int) -> list[int]:
    """`count` distinct ports that were free on 127.0.0.1 a moment ago."""
    sockets, ports = [], []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
            ports.append(int(sock.getsockname()[1]))
    finally:
        for sock in sockets:
            sock.close()
    return ports


def ray_executable() -> str:
    """The `ray` script of this interpreter's environment (the nodes must run this Python)."""
    candidate = Path(sys.executable).with_name("ray")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("ray")
    if found is None:
        raise UserError("the `ray` command is not installed: pip install 'dynaprune[ray]'")
    return found


@dataclass
class Node:
    name: str
    proc: subprocess.Popen
    log_path: Path

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None


@dataclass
class LoopbackCluster:
    """Head + `workers` extra nodes on 127.0.0.1; use as a context manager."""

    workers: int = 1
    cpus_per_node: float = 1.0
    env: dict[str, str] = field(default_factory=dict)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dp-ray-", dir="/tmp")))
    nodes: list[Node] = field(default_factory=list)
    gcs_port: int = 0
    token: str = field(default_factory=lambda: secrets.token_hex(16))
    serve_port: int = 0  # Serve's HTTP port, chosen once: Serve keeps the HTTP options it first started with

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.gcs_port}"

    def client_env(self) -> dict[str, str]:
        """What a driver (e.g. `dynaprune serve --ray --ray-address ...`) needs to join: this
        cluster's own auth token, so neither ~/.ray/auth_token nor another cluster's token is used."""
        return {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": self.token, "RAY_USAGE_STATS_ENABLED": "0"}

    def node_env(self) -> dict[str, str]:
        return {
            **os.environ,
            **self.client_env(),
            # Notice a dead node within seconds, not the default ~30 s, so tests stay bounded.
            "RAY_health_check_period_ms": "1000",
            "RAY_health_check_failure_threshold": "3",
            # Serve's routers prefer replicas on their own node; with the one proxy on the head that
            # would send every request to the head's replica and never spread load across nodes.
            "RAY_SERVE_PROXY_PREFER_LOCAL_NODE_ROUTING": "0",
            **self.env,
        }

    def start(self, timeout_s: float = 90.0) -> "LoopbackCluster":
        self.gcs_port = free_ports(1)[0]
        self._start_node("head", head=True)
        self._wait_port(self.gcs_port, timeout_s)
        for index in range(self.workers):
            self._start_node(f"worker{index}", head=False)
        return self

    def _start_node(self, name: str, head: bool) -> None:
        ports = free_ports(9 + _WORKER_PORTS)
        args = [
            ray_executable(), "start", "--block", "--node-ip-address=127.0.0.1",
            f"--num-cpus={self.cpus_per_node:g}", f"--resources={json.dumps({SLOT: 1})}",
            f"--object-store-memory={_OBJECT_STORE_BYTES}", "--disable-usage-stats",
            f"--node-manager-port={ports[0]}", f"--object-manager-port={ports[1]}",
            f"--dashboard-agent-listen-port={ports[2]}", f"--dashboard-port={ports[7]}", f"--dashboard-agent-grpc-port={ports[3]}",
            f"--metrics-export-port={ports[4]}", f"--runtime-env-agent-port={ports[5]}",
            f"--worker-port-list={','.join(str(p) for p in ports[9:])}",
        ]
        if head:
            args += [f"--port={self.gcs_port}", "--head", "--include-dashboard=false",
                     f"--ray-client-server-port={ports[6]}", f"--temp-dir={self.root / 'ray'}"]
        else:
            args += [f"--address={self.address}"]
        log_path = self.root / f"{name}.log"
        with open(log_path, "wb") as log_file:
            proc = subprocess.Popen(args, stdout=log_file, stderr=subprocess.STDOUT, env=self.node_env(),
                                    start_new_session=True, cwd=self.root)
        self.nodes.append(Node(name, proc, log_path))

    def _wait_port(self, port: int, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for node in self.nodes:
                if not node.alive:
                    raise RuntimeError(f"ray node {node.name} exited: {node.log_path.read_text()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"ray head not listening on {port} after {timeout_s}s")

    def node(self, name: str) -> Node:
        return next(n for n in self.nodes if n.name == name)

    def kill_node(self, name: str) -> None:
        """SIGKILL the node's whole process group: its raylet and every worker it started."""
        node = self.node(name)
        doomed = _descendants(node.proc.pid)  # Ray workers run in sessions of their own: collect them first
        _killpg(node.proc.pid)
        _kill_all(doomed)
        node.proc.wait(10)

    def stop(self) -> None:
        """Kill every process of this cluster (and only of this cluster), then remove its files."""
        doomed = [pid for node in self.nodes for pid in _descendants(node.proc.pid)]
        for node in reversed(self.nodes):
            _killpg(node.proc.pid)
        _kill_all(doomed + self._stray_pids())
        for node in self.nodes:
            try:
                node.proc.wait(10)
            except subprocess.TimeoutExpired:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def _stray_pids(self) -> list[int]:
        """Processes whose command line names this cluster's temp directory or GCS address."""
        markers = (str(self.root).encode(), f"127.0.0.1:{self.gcs_port}".encode())
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if any(marker in cmdline for marker in markers):
                found.append(int(entry.name))
        return found

    def pids(self, name: str | None = None) -> list[int]:
        """Live processes of one node (`name`) or of the whole cluster: the node's process tree."""
        nodes = self.nodes if name is None else [self.node(name)]
        return [pid for node in nodes if node.alive for pid in _descendants(node.proc.pid)]

    def replica_pids(self, name: str) -> list[int]:
        """Serve replica processes of node `name` (Ray titles them `ray::ServeReplica:<app>:<deployment>`)."""
        return [pid for pid in self.pids(name) if b"ServeReplica" in _cmdline(pid)]

    def __enter__(self) -> "LoopbackCluster":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def _killpg(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _descendants(root: int) -> list[int]:
    """`root` and every process below it (by parent pid), read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _kill_all(pids: list[int]) -> None:
    for pid in pids:
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@dataclass
class RayServer:
    """`dynaprune serve --ray` joined to a running cluster: the driver process, its URL and its log."""

    cluster: LoopbackCluster
    repo: Path
    replicas: int = 1
    env: dict[str, str] = field(default_factory=dict)  # DYNAPRUNE_* settings of the server and its layout
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def port(self) -> int:
        if not self.cluster.serve_port:
            self.cluster.serve_port = free_ports(1)[0]
        return self.cluster.serve_port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def pids(self) -> list[int]:
        """The driver's process tree (while it runs)."""
        return _descendants(self.proc.pid) if self.proc is not None and self.proc.poll() is None else []

    def start(self, timeout_s: float = 180.0) -> "RayServer":
        """Deploy one replica per `dynaprune_slot` (so two replicas land on two nodes) and wait until
        the API answers from `replicas` distinct replicas."""
        self.log_path = self.cluster.root / f"serve-{len(list(self.cluster.root.glob('serve-*.log')))}.log"
        env = {
            **os.environ, **self.cluster.client_env(),
            "DYNAPRUNE_RAY_REPLICA_RESOURCES": json.dumps({SLOT: 1}),
            "DYNAPRUNE_RAY_REPLICA_NUM_CPUS": "0",  # placement by the slot alone; the nodes' CPUs stay for Serve
            "DYNAPRUNE_RAY_PROXY_LOCATION": "HeadOnly",  # one proxy: every node is on the same address and port
            **self.env,
        }
        args = [sys.executable, "-m", "dynaprune", "serve", "--repo", str(self.repo), "--host", "127.0.0.1",
                "--port", str(self.port), "--ray", "--ray-address", self.cluster.address, "--replicas", str(self.replicas)]
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.cluster.root)
        self._wait_ready(timeout_s)
        return self

    def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        seen: set[str] = set()
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"dynaprune serve --ray exited with {self.proc.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url + "/v2/health/ready", timeout=2) as response:  # noqa: S310 - loopback
                    replica = response.headers.get("x-dynaprune-replica")
                    if response.status == 200 and replica:
                        seen.add(replica)
                        if len(seen) >= self.replicas:
                            return
                        continue
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.replicas} replica(s) not ready after {timeout_s}s (saw {sorted(seen)}): {self.log_tail()}")

    def log_tail(self, chars: int = 3000) -> str:
        exists = self.log_path is not None and self.log_path.exists()
        return self.log_path.read_text(errors="replace")[-chars:] if exists else ""  # type: ignore[union-attr]

    def stop(self) -> None:
        """SIGTERM: the driver deletes its Serve application, then leaves the cluster."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)

    def __enter__(self) -> "RayServer":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
