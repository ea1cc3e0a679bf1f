"""Resident memory, open file descriptors and threads of a process, read from /proc (Linux).

Why not psutil: these three numbers are one file read and one directory listing each, and the
soak samples them every second from a light client; a dependency for that is not worth it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dynaprune.errors import UserError


@dataclass(frozen=True)
class ProcessSample:
    rss_bytes: int
    open_fds: int
    threads: int


def sample_process(pid: int) -> ProcessSample:
    """RSS, open fds and thread count of `pid` now. Raises UserError off Linux or for a gone process."""
    proc = Path("/proc") / str(pid)
    try:
        status = (proc / "status").read_text()
        fds = len(os.listdir(proc / "fd"))
    except FileNotFoundError:
        raise UserError(f"process {pid} is gone (or this is not Linux: /proc/{pid} is missing)") from None
    fields = {}
    for line in status.splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.split()
    rss_kib = int(fields["VmRSS"][0]) if "VmRSS" in fields else 0
    return ProcessSample(rss_bytes=rss_kib * 1024, open_fds=fds, threads=int(fields["Threads"][0]))


def cpu_seconds(pids: list[int]) -> float | None:
    """utime + stime of these processes (all their threads), from /proc; a gone process counts 0.
    None when /proc cannot be read at all (not Linux), so callers report "unknown", never 0 cores."""
    if not Path("/proc/self/stat").exists():
        return None
    total = 0.0
    for pid in pids:
        try:
            fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total
