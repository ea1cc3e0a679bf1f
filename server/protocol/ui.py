"""The page for people at `/ui`: static assets shipped in the package (`server/ui/`).

Same origin as the API, no build step, nothing fetched from elsewhere. Only the file
names in `ASSETS` are ever served - the request path is looked up in that table and
never joined to a filesystem path, so there is no traversal to guard against. Every
response, 404s included, carries a strict Content-Security-Policy (the page has no
inline script or style, so `'self'` is all it needs) and `Cache-Control: no-cache`
(the browser revalidates with the ETag, so an upgraded server is picked up at once).
The routes stay out of the OpenAPI document, which describes the API.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

router = APIRouter(tags=["ui"])

UI_DIR = Path(__file__).resolve().parent.parent / "ui"
INDEX = "index.html"
ASSETS: dict[str, str] = {
    INDEX: "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=SECURITY_HEADERS)


def _serve(request: Request, name: str) -> Response:
    media_type = ASSETS.get(name)
    if media_type is None:
        return _error(404, f"no UI asset {name!r}; the page is at /ui")
    try:
        content = (UI_DIR / name).read_bytes()  # `name` is a key of ASSETS, never the client's path
    except OSError:
        return _error(500, f"UI asset {name!r} is missing from this installation")
    etag = '"' + hashlib.sha256(content).hexdigest()[:32] + '"'
    headers = {**SECURITY_HEADERS, "ETag": etag}
    if etag in (request.headers.get("if-none-match") or ""):
        return Response(status_code=304, headers=headers)
    return Response(content, media_type=media_type, headers=headers)


@router.get("/ui", include_in_schema=False)
async def ui_index(request: Request) -> Response:
    return _serve(request, INDEX)


@router.get("/ui/{asset:path}", include_in_schema=False)
async def ui_asset(asset: str, request: Request) -> Response:
    return _serve(request, asset or INDEX)
