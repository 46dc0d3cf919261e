"""Every normal response body of every operation validates against openapi.yaml."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from openrouter_ext.testing import AUTH_CODE, MockOpenRouter
from openrouter_ext.testing._spec import Spec, find_spec, load_spec
from tests.mock.mockwire import chat_body, sse_data

TOOL = {"type": "function", "function": {"name": "lookup", "parameters": {
    "type": "object", "properties": {"q": {"type": "string"}}}}}  # fmt: skip
JSON_SCHEMA = {"type": "json_schema", "json_schema": {"name": "x", "schema": {
    "type": "object", "properties": {"a": {"type": "integer"}}}}}  # fmt: skip
Call = Callable[[MockOpenRouter, httpx.Client, httpx.Client], httpx.Response]


def _new_key(m: MockOpenRouter, admin: httpx.Client) -> str:
    return str(admin.post("/keys", json={"name": "contract"}).json()["data"]["hash"])


def _gen(c: httpx.Client) -> str:
    return str(c.post("/chat/completions", json=chat_body()).json()["id"])


# (method, path template, label, call): at least one normal call per operation
CASES: list[tuple[str, str, str, Call]] = [
    ("post", "/chat/completions", "plain", lambda m, c, a: c.post(
        "/chat/completions", json=chat_body())),
    ("post", "/chat/completions", "reasoning", lambda m, c, a: c.post(
        "/chat/completions", json=chat_body(model="deepseek/deepseek-r1"))),
    ("post", "/chat/completions", "tools", lambda m, c, a: c.post(
        "/chat/completions", json=chat_body(tools=[TOOL]))),
    ("post", "/chat/completions", "json_schema", lambda m, c, a: c.post(
        "/chat/completions", json=chat_body(response_format=JSON_SCHEMA))),
    ("post", "/chat/completions", "byok", lambda m, c, a: c.post(
        "/chat/completions", json=chat_body(), headers={"X-Mock-Scenario": "usage;cost=byok"})),
    ("post", "/chat/completions", "length", lambda m, c, a: c.post(
        "/chat/completions", json=chat_body(max_completion_tokens=1))),
    ("post", "/embeddings", "floats", lambda m, c, a: c.post("/embeddings", json={
        "model": "openai/text-embedding-3-small", "input": "hi"})),
    ("post", "/embeddings", "base64", lambda m, c, a: c.post("/embeddings", json={
        "model": "openai/text-embedding-3-small", "input": ["a", "b"],
        "encoding_format": "base64"})),
    ("get", "/models", "default", lambda m, c, a: c.get("/models")),
    ("get", "/models", "all-paged", lambda m, c, a: c.get(
        "/models", params={"output_modalities": "all", "limit": 2, "offset": 1})),
    ("get", "/models/count", "count", lambda m, c, a: c.get("/models/count")),
    ("get", "/models/user", "user", lambda m, c, a: c.get("/models/user")),
    ("get", "/models/{author}/{slug}/endpoints", "endpoints", lambda m, c, a: c.get(
        "/models/meta-llama/llama-3.3-70b-instruct/endpoints")),
    ("get", "/providers", "providers", lambda m, c, a: c.get("/providers")),
    ("get", "/generation", "generation", lambda m, c, a: c.get(
        "/generation", params={"id": _gen(c)})),
    ("get", "/credits", "credits", lambda m, c, a: a.get("/credits")),
    ("get", "/key", "inference", lambda m, c, a: c.get("/key")),
    ("get", "/key", "management", lambda m, c, a: a.get("/key")),
    ("get", "/keys", "list", lambda m, c, a: a.get("/keys")),
    ("post", "/keys", "create", lambda m, c, a: a.post("/keys", json={
        "name": "n", "limit": 2.5, "limit_reset": "daily", "include_byok_in_limit": True})),
    ("get", "/keys/{hash}", "get", lambda m, c, a: a.get(f"/keys/{_new_key(m, a)}")),
    ("patch", "/keys/{hash}", "patch", lambda m, c, a: a.patch(
        f"/keys/{_new_key(m, a)}", json={"disabled": True, "limit": None})),
    ("delete", "/keys/{hash}", "delete", lambda m, c, a: a.delete(f"/keys/{_new_key(m, a)}")),
    ("post", "/auth/keys", "exchange", lambda m, c, a: httpx.post(
        f"{m.base_url}/auth/keys", json={"code": AUTH_CODE, "code_verifier": "v",
                                         "code_challenge_method": "S256"})),
]  # fmt: skip

ERRORS: list[tuple[str, str, Call]] = [
    ("post", "/chat/completions", lambda m, c, a: c.post("/chat/completions", json={})),
    ("post", "/chat/completions", lambda m, c, a: httpx.post(f"{m.base_url}/chat/completions")),
    ("post", "/chat/completions", lambda m, c, a: c.post(
        "/chat/completions", json=chat_body(), headers={"X-Mock-Scenario": "status;code=529"})),
    ("post", "/embeddings", lambda m, c, a: c.post("/embeddings", json={"input": "x"})),
    ("get", "/generation", lambda m, c, a: c.get("/generation", params={"id": "gen-x"})),
    ("get", "/credits", lambda m, c, a: c.get("/credits")),
    ("get", "/keys/{hash}", lambda m, c, a: a.get("/keys/nope")),
    ("post", "/auth/keys", lambda m, c, a: httpx.post(f"{m.base_url}/auth/keys",
                                                      json={"code": "bad"})),
]  # fmt: skip


@pytest.fixture(scope="module")
def spec() -> Spec:
    path = find_spec()
    assert path is not None, "openapi.yaml not found"
    return load_spec(path)


def test_every_case_is_an_operation_of_the_spec(spec: Spec) -> None:
    """The hand-written cases name operations of openapi.yaml (the 16 the spec had before it
    was derived; tests/mock/test_every_operation.py answers every operation of it)."""
    declared = {(m, p) for p, item in spec.document["paths"].items() for m in item
                if m in ("get", "post", "patch", "delete", "put")}  # fmt: skip
    cases = {(m, p) for m, p, _, _ in CASES}
    assert cases <= declared
    assert len(cases) == 16


def check(spec: Spec, method: str, path: str, r: httpx.Response) -> None:
    validator = spec.response_validator(method, path, str(r.status_code))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(r.json())]
    assert not errors, errors


@pytest.mark.parametrize(("method", "path", "label", "call"), CASES,
                         ids=[f"{m} {p} {lbl}" for m, p, lbl, _ in CASES])  # fmt: skip
def test_normal_response_matches_spec(
    spec: Spec, mock: MockOpenRouter, client: httpx.Client, admin: httpx.Client,
    method: str, path: str, label: str, call: Call,
) -> None:  # fmt: skip
    r = call(mock, client, admin)
    assert r.status_code < 300, r.text
    check(spec, method, path, r)


@pytest.mark.parametrize(
    ("method", "path", "call"), ERRORS, ids=[f"{m} {p} {i}" for i, (m, p, _) in enumerate(ERRORS)]
)
def test_error_response_matches_spec(
    spec: Spec, mock: MockOpenRouter, client: httpx.Client, admin: httpx.Client,
    method: str, path: str, call: Call,
) -> None:  # fmt: skip
    r = call(mock, client, admin)
    assert r.status_code >= 400
    check(spec, method, path, r)


@pytest.mark.parametrize("extra", [
    {}, {"model": "deepseek/deepseek-r1"}, {"tools": [TOOL]},
    {"_scenario": "tool_calls;parallel=3;split=4"}, {"_scenario": "mid_stream_error;after=2"},
    {"_scenario": "usage;cost=byok"}, {"_scenario": "empty"}, {"max_tokens": 3},
])  # fmt: skip
def test_stream_chunks_match_spec(spec: Spec, client: httpx.Client, extra: dict[str, Any]) -> None:
    validator = spec.schema_validator("ChatStreamChunk")
    scenario = extra.pop("_scenario", None)
    headers = {"X-Mock-Scenario": scenario} if scenario else {}
    r = client.post("/chat/completions", json=chat_body(stream=True, **extra), headers=headers)
    payloads = [p for p in sse_data(r.text) if p != "[DONE]"]
    assert payloads
    for payload in payloads:
        errors = [e.message for e in validator.iter_errors(json.loads(payload))]
        assert not errors, (payload, errors)
