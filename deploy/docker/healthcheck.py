"""Container HEALTHCHECK: exit 0 when GET /v2/health/live answers 200 (stdlib only, no curl in slim images)."""

import os
import sys
import urllib.request

port = os.environ.get("DYNAPRUNE_PORT", "8000")
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
try:
    with opener.open(f"http://127.0.0.1:{port}/v2/health/live", timeout=3) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception as exc:  # any failure is "unhealthy"; say why in `docker inspect`
    print(f"unhealthy: {exc}", file=sys.stderr)
    sys.exit(1)
