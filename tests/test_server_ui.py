"""The page for people at /ui: served by the server itself, strict CSP, same-origin only.

These tests read the page the way a strict browser would (no inline script or style, every
referenced asset served with its type, nothing fetched from another origin) and check the
contract between the page and the API it calls (ids a browser test uses, metric names it
parses, the inference request it sends). A browser test of the page itself lives elsewhere.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import numpy as np
import pytest

from tests.server_fixtures import RGB, RGB_SHAPE, running_app

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
# Ids (and data-testid values) the browser test and people's scripts rely on: keep them stable.
CONTRACT_IDS = ("model", "canvas", "clear", "upload", "samples", "submit", "top1", "flops-executed", "flops-dense",
                "units", "live-rps", "live-requests", "error", "status")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "data", "manifest"}
SVG_NAMESPACE = "http://www.w3.org/2000/svg"  # an XML namespace name, never fetched


@pytest.fixture(scope="module")
def client(server_repo):
    with running_app(server_repo) as client:
        yield client


class PageParser(HTMLParser):
    """Everything in the HTML a Content-Security-Policy cares about."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.inline_scripts: list[str] = []
        self.style_elements = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
        elif tag == "style":
            self.style_elements += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_script = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts.append(data)

    def ids(self) -> dict[str, tuple[str, dict[str, str | None]]]:
        return {attrs["id"]: (tag, attrs) for tag, attrs in self.elements if attrs.get("id")}

    def urls(self) -> list[str]:
        return [value for _, attrs in self.elements for name, value in attrs.items() if name in URL_ATTRIBUTES and value]

    def assets(self) -> list[str]:
        """What the browser fetches to render the page (not links a person follows)."""
        found = []
        for tag, attrs in self.elements:
            if tag == "script" and attrs.get("src"):
                found.append(attrs["src"])
            elif tag == "link" and attrs.get("href"):
                found.append(attrs["href"])
            elif tag in ("img", "source") and attrs.get("src"):
                found.append(attrs["src"])
        return found


@pytest.fixture(scope="module")
def page(client) -> PageParser:
    parser = PageParser()
    parser.feed(client.get("/ui").text)
    parser.close()
    return parser


def assert_ui_headers(response) -> None:  # type: ignore[no-untyped-def]
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-cache"


@pytest.mark.parametrize("path", ["/ui", "/ui/", "/ui/index.html"])
def test_the_page_is_served_as_html_with_a_strict_security_policy(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "charset=utf-8" in response.headers["content-type"]
    assert_ui_headers(response)
    assert "<title>" in response.text and 'id="canvas"' in response.text


def test_every_asset_the_page_references_is_served_with_its_type(client, page):
    assets = page.assets()
    assert "/ui/app.js" in assets and "/ui/style.css" in assets
    for url in assets:
        path = urlsplit(url).path
        response = client.get(path)
        assert response.status_code == 200, path
        suffix = path[path.rindex("."):]
        assert response.headers["content-type"].split(";")[0] == TYPES[suffix], path
        assert_ui_headers(response)
        assert response.content, path
    (script,) = [attrs for tag, attrs in page.elements if tag == "script"]
    assert script.get("type") == "module"  # deferred, strict mode


def test_unchanged_assets_revalidate_with_their_etag(client):
    first = client.get("/ui/app.js")
    again = client.get("/ui/app.js", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and not again.content
    assert_ui_headers(again)


@pytest.mark.parametrize(
    "path",
    [
        "/ui/nope.js",
        "/ui/app.py",
        "/ui/ui.py",
        "/ui/../protocol/ui.py",
        "/ui/%2e%2e/protocol/ui.py",
        "/ui/..%2Fprotocol%2Fui.py",
        "/ui/%2E%2E%2F%2E%2E%2Fsetup.py",
        "/ui/.%2e/.%2e/pyproject.toml",
        "/ui/%2Fetc%2Fpasswd",
        "/ui//etc/passwd",
        "/ui/app.js/",
        "/ui/APP.JS",
        "/ui/index.html%00.js",
    ],
)
def test_unknown_assets_and_traversal_attempts_are_404_with_an_error_body(client, path):
    response = client.get(path)
    assert response.status_code == 404, path
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and body["error"]
    assert "import" not in response.text and "root:" not in response.text


def test_the_html_has_no_inline_script_handlers_or_styles(page):
    assert page.inline_scripts == []
    assert page.style_elements == 0
    for tag, attrs in page.elements:
        handlers = [name for name in attrs if name.startswith("on")]
        assert not handlers, (tag, handlers)
        assert "style" not in attrs, tag
        if tag == "script":
            assert attrs.get("src"), "every script must be an external file"
    for url in page.urls():
        assert not url.strip().lower().startswith(("javascript:", "data:text/html")), url


def test_the_script_needs_nothing_a_strict_policy_forbids(client):
    """No eval, no HTML strings, no style attributes: CSSOM (`el.style.width = ...`) is allowed."""
    script = client.get("/ui/app.js").text
    for forbidden in (r"\beval\s*\(", r"new\s+Function\s*\(", r"\.innerHTML\b", r"\.outerHTML\b", r"insertAdjacentHTML",
                      r"document\.write", r"setAttribute\(\s*[\"']style", r"setAttribute\(\s*[\"']on",
                      r"setTimeout\(\s*[\"'`]", r"setInterval\(\s*[\"'`]"):
        assert not re.search(forbidden, script), forbidden


def test_the_page_references_only_same_origin_urls(client, page):
    for url in page.urls():
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, url  # relative or absolute-path only: same origin
        assert url.startswith(("/", "#", "?")), url
    for name in ("app.js", "style.css", "favicon.svg"):
        text = client.get(f"/ui/{name}").text.replace(SVG_NAMESPACE, "")
        assert not re.search(r"(?i)\b(https?|wss?):", text), name
        assert not re.search(r"""(?i)(url\(|@import|from\s|import\s*\(|fetch\()\s*["']?//""", text), name
    css = client.get("/ui/style.css").text
    assert "@import" not in css and "@font-face" not in css
    for match in re.finditer(r"url\(([^)]*)\)", css):
        assert match.group(1).strip("'\" ").startswith(("/", "data:")), match.group(0)


def test_the_ids_the_browser_test_relies_on_are_present(page):
    ids = page.ids()
    missing = [i for i in CONTRACT_IDS if i not in ids]
    assert not missing, missing
    for name in CONTRACT_IDS:
        tag, attrs = ids[name]
        assert attrs.get("data-testid") == name, name
    assert ids["model"][0] == "select"
    assert ids["canvas"][0] == "canvas"
    assert ids["upload"][0] == "input" and ids["upload"][1].get("type") == "file"
    assert ids["submit"][0] == "button" and ids["clear"][0] == "button"
    assert ids["status"][1].get("aria-live") == "polite"
    assert ids["error"][1].get("role") == "alert"


def test_every_control_has_a_label_and_is_reachable_by_keyboard(page):
    labelled = {attrs.get("for") for tag, attrs in page.elements if tag == "label"}
    for tag, attrs in page.elements:
        if tag in ("select", "input", "textarea"):
            assert attrs.get("id") in labelled or attrs.get("aria-label") or attrs.get("aria-labelledby"), attrs
        if tag == "button":
            assert attrs.get("type") == "button", attrs  # no accidental form submission
        assert attrs.get("tabindex") in (None, "0", "-1"), (tag, attrs)  # no positive tab order
    (_, canvas) = page.ids()["canvas"]
    assert canvas.get("tabindex") == "0" and canvas.get("aria-label") and canvas.get("aria-describedby")


def test_the_ui_routes_stay_out_of_the_api_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith("/ui")]


def test_the_request_the_page_sends_is_answered_with_what_it_shows(client):
    """The page posts JSON with `probabilities` and `kept_channels` and reads these fields."""
    meta = client.get(f"/v2/models/{RGB}").json()
    channels, height, width = meta["inputs"][0]["shape"][1:]
    assert (channels, height, width) == RGB_SHAPE
    data = np.random.default_rng(0).random(channels * height * width).round(6).tolist()
    body = {
        "inputs": [{"name": meta["inputs"][0]["name"], "datatype": "FP32", "shape": [1, channels, height, width], "data": data}],
        "outputs": [{"name": "probabilities"}, {"name": "kept_channels"}],
    }
    response = client.post(f"/v2/models/{RGB}/infer", json=body)
    assert response.status_code == 200, response.text
    answer = response.json()
    outputs = {o["name"]: o for o in answer["outputs"]}
    assert len(outputs["probabilities"]["data"]) == len(meta["parameters"]["class_names"])
    assert len(outputs["kept_channels"]["data"]) == len(meta["parameters"]["unit_names"])
    for key in ("flops_dense", "flops_executed", "flops_skipped", "skip_ratio", "compute_ms", "queue_ms"):
        assert isinstance(answer["parameters"][key], (int, float)), key


def test_every_metric_the_live_view_reads_is_exported(client):
    script = client.get("/ui/app.js").text
    names = set(re.findall(r"\"(dynaprune_[a-z_]+)\"", script))
    assert {"dynaprune_requests_total", "dynaprune_skip_ratio_bucket", "dynaprune_unit_keep_ratio"} <= names
    images = np.random.default_rng(1).random((1, *RGB_SHAPE), dtype=np.float32)
    body = {"inputs": [{"name": "input", "datatype": "FP32", "shape": list(images.shape), "data": images.reshape(-1).tolist()}]}
    assert client.post(f"/v2/models/{RGB}/infer", json=body).status_code == 200
    exported = {line.split("{")[0].split(" ")[0] for line in client.get("/metrics").text.splitlines() if line and line[0] != "#"}
    assert not names - exported, sorted(names - exported)
    # the labels the page filters on
    metrics = client.get("/metrics").text
    assert re.search(rf'dynaprune_requests_total\{{[^}}]*model="{RGB}"', metrics)
    assert re.search(rf'dynaprune_skip_ratio_bucket\{{[^}}]*le="0\.05"[^}}]*model="{RGB}"|'
                     rf'dynaprune_skip_ratio_bucket\{{[^}}]*model="{RGB}"[^}}]*le="0\.05"', metrics)
    assert re.search(rf'dynaprune_unit_keep_ratio\{{[^}}]*model="{RGB}"[^}}]*unit="', metrics)
