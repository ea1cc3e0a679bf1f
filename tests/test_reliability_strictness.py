"""Path parameters, headers, query strings and body integers get one strictness: plain ASCII decimals only.

Regression tests per bug class found by fuzzing (tools/fuzz_server.py): a version "²" passed
`str.isdigit()` and then crashed `int()` (500) on every versioned route; "١" was served as version
1; a `shape` written as strings was accepted. Each test walks every route or field of its kind,
so a new route or field is covered without a new test.
"""

from __future__ import annotations

import urllib.parse

import pytest

from tests.server_fixtures import RGB, infer_body, random_images, running_app

# Each of these is not a plain decimal: superscript, other scripts' digits, sign, spaces, separators,
# leading zero, a float, more digits than an int64 (and than int()'s 4300-digit limit), empty-ish.
NOT_PLAIN_DECIMALS = ["²", "١", "１", "+1", "-1", " 1", "1 ", "1_0", "01", "1.0", "1e0", "0x1", "9" * 19, "1" * 5000, "\u200b1"]


@pytest.fixture(scope="module")
def client(server_repo):
    with running_app(server_repo) as client:
        yield client


def _versioned_routes(client) -> list[tuple[str, str]]:
    routes = []
    for path, item in client.app.openapi()["paths"].items():
        if "{model_version}" in path:
            routes.extend((method.upper(), path) for method in item)
    return routes


def _call(client, method: str, path: str, version: str):
    url = path.replace("{model_name}", RGB).replace("{model_version}", urllib.parse.quote(version, safe=""))
    body = infer_body(random_images(1)) if method == "POST" else None
    return client.request(method, url, json=body)


def test_there_are_versioned_routes_to_check(client):
    assert len(_versioned_routes(client)) >= 3


@pytest.mark.parametrize("version", NOT_PLAIN_DECIMALS, ids=repr)
def test_every_versioned_route_answers_404_for_a_version_that_is_not_a_plain_decimal(client, version):
    for method, path in _versioned_routes(client):
        response = _call(client, method, path, version)
        assert response.status_code == 404, (method, path, response.status_code, response.text[:200])
        assert "version" in response.json()["error"]


def test_every_versioned_route_serves_a_plain_version(client):
    for method, path in _versioned_routes(client):
        assert _call(client, method, path, "1").status_code == 200, (method, path)


def _integer_query_parameters(client) -> list[tuple[str, str, str]]:
    found = []
    for path, item in client.app.openapi()["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                types = {schema.get("type")} | {s.get("type") for s in schema.get("anyOf", [])}
                if parameter["in"] == "query" and "integer" in types:
                    found.append((method.upper(), path, parameter["name"]))
    return found


def test_there_are_integer_query_parameters_to_check(client):
    assert {name for _, _, name in _integer_query_parameters(client)} >= {"version", "top_k"}


@pytest.mark.parametrize("value", NOT_PLAIN_DECIMALS, ids=repr)
def test_every_integer_query_parameter_refuses_what_is_not_a_plain_decimal(client, value):
    for method, path, name in _integer_query_parameters(client):
        url = path.replace("{model_name}", RGB)
        response = client.request(method, url, params={name: value})
        assert response.status_code == 422, (method, path, name, response.status_code, response.text[:200])
        assert name in response.json()["error"]


# Spaces around a header value are not part of it (RFC 9110 5.5), so " 1" is a plain 1 there.
@pytest.mark.parametrize("value", [v for v in NOT_PLAIN_DECIMALS if v == v.strip()], ids=repr)
def test_inference_header_content_length_refuses_what_is_not_a_plain_decimal(client, value):
    response = client.post(f"/v2/models/{RGB}/infer", content=b"{}",
                           headers={"Inference-Header-Content-Length": value.encode("utf-8")})
    assert response.status_code == 400, response.text[:200]
    assert "Inference-Header-Content-Length" in response.json()["error"]


def _integer_fields(schema: dict, defs: dict, path: tuple = ()) -> list[tuple]:
    """Paths (keys, with "[]" for list items) of every integer in a JSON schema."""
    if "$ref" in schema:
        return _integer_fields(defs[schema["$ref"].rsplit("/", 1)[1]], defs, path)
    if schema.get("type") == "integer":
        return [path]
    found = []
    for key, sub in schema.get("properties", {}).items():
        found += _integer_fields(sub, defs, path + (key,))
    if "items" in schema:
        found += _integer_fields(schema["items"], defs, path + ("[]",))
    for sub in schema.get("anyOf", []):
        found += _integer_fields(sub, defs, path)
    return found


def _replace(node, path: tuple, make):
    if not path:
        return make(node)
    head, rest = path[0], path[1:]
    if head == "[]":
        return [_replace(item, rest, make) for item in node]
    return {**node, head: _replace(node[head], rest, make)} if head in node else node


def _request_integer_fields() -> list[tuple]:
    from dynaprune.server.protocol.schemas import InferenceRequest

    schema = InferenceRequest.model_json_schema()
    return _integer_fields(schema, schema.get("$defs", {}))


def test_the_request_schema_has_integer_fields_to_check():
    assert ("inputs", "[]", "shape", "[]") in _request_integer_fields()


@pytest.mark.parametrize("spelling", [str, float, lambda v: v == 1], ids=["string", "float", "bool"])
def test_every_integer_field_of_the_inference_request_refuses_other_json_types(client, spelling):
    good = infer_body(random_images(1))
    assert client.post(f"/v2/models/{RGB}/infer", json=good).status_code == 200
    for path in _request_integer_fields():
        bad = _replace(good, path, spelling)
        response = client.post(f"/v2/models/{RGB}/infer", json=bad)
        assert response.status_code == 400, (path, response.status_code, response.text[:200])


@pytest.mark.parametrize("body", [b"null", b'{"ready": "yes"}', b'{"ready": 1}', b'{"redy": true}'])
def test_repository_index_refuses_a_body_that_is_not_its_schema(client, body):
    response = client.post("/v2/repository/index", content=body, headers={"Content-Type": "application/json"})
    assert 400 <= response.status_code < 500, response.text[:200]


def test_a_version_directory_that_is_not_a_plain_decimal_is_skipped_and_the_rest_loads(repo_copy):
    import shutil

    for odd in ("²", "01", "1" * 5000 if len("1" * 5000) < 255 else "1" * 200):
        shutil.copytree(repo_copy / RGB / "1", repo_copy / RGB / odd)
    with running_app(repo_copy) as client:
        versions = sorted(e["version"] for e in client.post("/v2/repository/index").json() if e["name"] == RGB)
        assert versions == ["1", "2"]


# ----------------------------------------------------------------------------- query parameter names


def _every_route(client) -> list[tuple[str, str, set[str]]]:
    """(method, path with a real model and version, declared query names) for every documented route."""
    routes = []
    for path, item in client.app.openapi()["paths"].items():
        for method, operation in item.items():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
            url = path.replace("{model_name}", RGB).replace("{model_version}", "1")
            routes.append((method.upper(), url, declared))
    return routes


def _request(client, method: str, url: str, query: dict[str, str]):
    body = infer_body(random_images(1)) if url.endswith("/infer") else None
    return client.request(method, url, params=query, json=body)


@pytest.mark.parametrize("lean", [True, False], ids=["lean-infer", "fastapi-infer"])
def test_every_route_refuses_an_unknown_query_parameter_with_a_400_naming_it(server_repo, lean):
    with running_app(server_repo, lean_infer_routes=lean) as client:
        for method, url, _ in _every_route(client):
            response = _request(client, method, url, {"verison": "2"})
            assert response.status_code == 400, (method, url, response.status_code, response.text[:200])
            assert "'verison'" in response.json()["error"], (method, url)


def test_an_empty_query_parameter_name_is_unknown_too(client):
    response = client.get(f"/v1/models/{RGB}/samples?=false")
    assert response.status_code == 400 and "unknown query parameter ''" in response.json()["error"]


def test_declared_query_parameters_are_still_accepted(client):
    assert client.get(f"/v1/models/{RGB}/samples", params={"version": "1"}).status_code == 200
    assert client.post(f"/v2/models/{RGB}/infer?", json=infer_body(random_images(1))).status_code == 200


# ----------------------------------------------------------------------------- the Authorization header


def _security(client) -> tuple[list, dict]:
    schema = client.app.openapi()
    operations = [op for item in schema["paths"].values() for op in item.values()]
    return [op["security"] for op in operations if "security" in op], schema["components"].get("securitySchemes", {})


def test_without_an_admin_token_the_schema_declares_no_authorization_header(client):
    assert _security(client) == ([], {})


def test_with_an_admin_token_repository_control_declares_bearer_auth(server_repo):
    with running_app(server_repo, admin_token="s3cret") as client:
        security, schemes = _security(client)
        assert len(security) == 3 and set(schemes) == {"HTTPBearer"}
