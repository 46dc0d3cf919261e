"""Every operation of every spec under test (openapi.yaml, and the derived 97-op spec while
openapi.yaml has fewer): a schema-valid answer, 401 without a key, the documented refusal of
the wrong kind of key, 404 for unknown ids, 400 for bad bodies, and charges for billable ones."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from openrouter_ext.testing import MockOpenRouter, Operation
from tests.mock.specs import fill_path, key_for, op_params, operation, valid_body

PARAMS = [pytest.param(name, op, id=f"{name}: {op}") for name, op in op_params()]


@pytest.fixture
def served(spec_servers: dict[str, MockOpenRouter], request: pytest.FixtureRequest
           ) -> MockOpenRouter:  # fmt: skip
    mock = spec_servers[request.param]
    mock.reset()
    return mock


def call(mock: MockOpenRouter, op: Operation, key: str | None, *, body: Any = ...,
         path: str | None = None) -> httpx.Response:  # fmt: skip
    """Send a valid request to `op` (with `body` / `path` replaced when given)."""
    concrete = path if path is not None else fill_path(mock, op)[0]
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    kwargs: dict[str, Any] = {}
    if op.body_media == "application/json":
        kwargs["json"] = valid_body(mock, op) if body is ... else body
    elif op.body_media is not None:
        kwargs["files"] = {"file": ("notes.txt", b"hello mock", "text/plain")}
    builder = mock.app.example_builder
    params = {p["name"]: str(builder.build(p["schema"], p["name"])).lower()
              for p in op.spec.get("parameters", [])
              if p.get("in") == "query" and p.get("required")}  # fmt: skip
    if op.path in ("/generation", "/generation/content"):
        chat = httpx.post(f"{mock.base_url}/chat/completions", headers={
            "Authorization": f"Bearer {mock.api_key}"}, json={"messages": [
                {"role": "user", "content": "hi"}]})  # fmt: skip
        params["id"] = chat.json()["id"]
    return httpx.request(op.method, mock.base_url + concrete, headers=headers, params=params,
                         timeout=30, **kwargs)  # fmt: skip


def check_body(mock: MockOpenRouter, op: Operation, response: httpx.Response) -> None:
    """Assert the status is documented and a JSON body validates against its schema."""
    assert response.status_code in op.statuses, (response.status_code, response.text[:300])
    if not response.headers.get("content-type", "").startswith("application/json"):
        return
    schema = op.spec["responses"][str(response.status_code)]["content"]["application/json"]
    validator = mock.app.validator_of(schema["schema"])
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(
        response.json())]  # fmt: skip
    assert not errors, errors[:5]


@pytest.mark.parametrize(("served", "op_id"), PARAMS, indirect=["served"])
def test_answer_is_schema_valid(served: MockOpenRouter, op_id: str) -> None:
    op = operation(served, op_id)
    response = call(served, op, key_for(served, op))
    assert response.status_code == op.status, response.text[:300]
    check_body(served, op, response)
    if op.media != "application/json" and op.media is not None:
        given = response.headers["content-type"]
        # the derived spec says application/octet-stream where upstream names the media
        # (audio/*, video/mp4): the mock answers with the media's own type, as the API does
        binary = op.media == "application/octet-stream" and given.startswith(("audio/", "video/"))
        assert given == op.media or binary
        assert response.content


@pytest.mark.parametrize(("served", "op_id"), PARAMS, indirect=["served"])
def test_missing_key_is_401(served: MockOpenRouter, op_id: str) -> None:
    op = operation(served, op_id)
    if op.auth in ("public", "none"):
        pytest.skip(f"{op.auth} operation")
    response = call(served, op, None)
    assert response.status_code == 401
    check_body(served, op, response)


@pytest.mark.parametrize(("served", "op_id"), PARAMS, indirect=["served"])
def test_wrong_kind_of_key_is_refused(served: MockOpenRouter, op_id: str) -> None:
    op = operation(served, op_id)
    if op.auth not in ("management", "inference"):
        pytest.skip(f"{op.auth}: any key will do")
    wrong = served.api_key if op.auth == "management" else served.management_key
    response = call(served, op, wrong)
    assert response.status_code == (403 if 403 in op.statuses else 401)
    assert "key" in response.json()["error"]["message"].lower()
    check_body(served, op, response)


@pytest.mark.parametrize(("served", "op_id"), PARAMS, indirect=["served"])
def test_unknown_id_is_404(served: MockOpenRouter, op_id: str) -> None:
    op = operation(served, op_id)
    path, stored = fill_path(served, op)
    if not stored:
        pytest.skip("no stored item in the path")
    first = stored[0]  # the parent, or the item itself: either way nothing is found
    value = path.split("/")[op.path.split("/").index("{" + first + "}")]
    unknown = path.replace(value, "0" * 64, 1)  # fits the hash and slug patterns
    response = call(served, op, key_for(served, op), path=unknown)
    assert response.status_code == 404, response.text[:200]
    check_body(served, op, response)


@pytest.mark.parametrize(("served", "op_id"), PARAMS, indirect=["served"])
def test_bad_body_is_400(served: MockOpenRouter, op_id: str) -> None:
    op = operation(served, op_id)
    if op.body_media != "application/json":
        pytest.skip("no JSON body")
    for bad in ([], "text", {"model": ["not", "a", "string"], "messages": 7, "name": 1}):
        response = call(served, op, key_for(served, op), body=bad)
        assert response.status_code == 400, (bad, response.text[:200])
        check_body(served, op, response)


#: The operations upstream charges for (the mock must agree that they are billable).
CHARGED = frozenset({
    "/chat/completions", "/embeddings", "/responses", "/messages", "/rerank", "/images",
    "/audio/speech", "/audio/transcriptions", "/videos", "/presets/{slug}/chat/completions",
    "/presets/{slug}/messages", "/presets/{slug}/responses",
})  # fmt: skip
BILLABLE = [p for p in PARAMS if str(p.values[1]).split(" ", 1)[1] in CHARGED
            and str(p.values[1]).startswith("POST")]  # fmt: skip


@pytest.mark.parametrize(("served", "op_id"), BILLABLE, indirect=["served"])
def test_billable_operation_is_charged(served: MockOpenRouter, op_id: str) -> None:
    op = operation(served, op_id)
    assert op.billable
    key = httpx.get(f"{served.base_url}/key", headers={
        "Authorization": f"Bearer {served.api_key}"})  # fmt: skip
    before = Decimal(str(key.json()["data"]["usage"]))
    response = call(served, op, served.api_key)
    assert response.status_code == op.status, response.text[:300]
    gen_id = response.headers["x-generation-id"]
    generation = httpx.get(f"{served.base_url}/generation", params={"id": gen_id}, headers={
        "Authorization": f"Bearer {served.api_key}"}).json()["data"]  # fmt: skip
    cost = Decimal(str(generation["total_cost"]))
    assert cost > 0
    after = httpx.get(f"{served.base_url}/key", headers={
        "Authorization": f"Bearer {served.api_key}"}).json()["data"]["usage"]  # fmt: skip
    assert Decimal(str(after)) == before + cost
    if response.headers["content-type"].startswith("application/json"):
        usage = response.json().get("usage") or (response.json().get("data") or {}).get("usage")
        if isinstance(usage, dict) and "cost" in usage:
            assert Decimal(str(usage["cost"])) == cost
