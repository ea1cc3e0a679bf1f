"""The server app exactly as `dynaprune serve` builds it, with the native engine injected.

`dynaprune bench --server-runtime native` starts this as `python -m dynaprune.loadtests.native_server
REPO PORT THREADS`: what the server gives once every FTWT entry runs on NativeRunner, whatever
`--engine` the shipped command would pick.
"""

from __future__ import annotations

import sys

import uvicorn

from dynaprune.runtime.ftwt import NativeRunner
from dynaprune.server.app import create_app
from dynaprune.server.logs import configure_logging
from dynaprune.server.settings import load_settings


def main(argv: list[str]) -> None:
    repo, port, threads = argv[0], int(argv[1]), int(argv[2])
    settings = load_settings(repo=repo, host="127.0.0.1", port=port, device="cpu", intra_op_threads=threads,
                             log_level="warning")
    app = create_app(settings, runner_factory=lambda entry_dir, **kwargs: NativeRunner(entry_dir, **kwargs))
    configure_logging(settings.log_level)
    uvicorn.run(app, host="127.0.0.1", port=port, log_config=None, access_log=False, workers=1)


if __name__ == "__main__":
    main(sys.argv[1:])
