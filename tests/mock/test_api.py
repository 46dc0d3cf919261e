"""Normal behaviour of the mock: auth, validation, state that hangs together."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

from openrouter_ext.testing import AUTH_CODE, MockOpenRouter
from tests.mock.mockwire import USER, chat_body


def price(client: httpx.Client, model_id: str) -> dict[str, Decimal]:
    models = client.get("/models").json()["data"]
    pricing = next(m for m in models if m["id"] == model_id)["pricing"]
    return {k: Decimal(v) for k, v in pricing.items()}


def test_chat_cost_comes_from_models_pricing_and_matches_generation(client: httpx.Client) -> None:
    r = client.post("/chat/completions", json=chat_body())
    assert r.status_code == 200
    body = r.json()
    assert r.headers["x-generation-id"] == body["id"]
    assert body["id"].startswith("gen-")
    usage = body["usage"]
    p = price(client, "openai/gpt-4o-mini")
    expected = usage["prompt_tokens"] * p["prompt"] + usage["completion_tokens"] * p["completion"]
    assert Decimal(str(usage["cost"])) == expected + p["request"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]

    gen = client.get("/generation", params={"id": body["id"]}).json()["data"]
    assert gen["total_cost"] == usage["cost"]
    assert gen["tokens_prompt"] == usage["prompt_tokens"]
    assert gen["model"] == body["model"]
    assert gen["streamed"] is False


def test_request_price_is_added(client: httpx.Client) -> None:
    r = client.post("/chat/completions", json=chat_body(model="perplexity/sonar")).json()
    p = price(client, "perplexity/sonar")
    u = r["usage"]
    cost = u["prompt_tokens"] * p["prompt"] + u["completion_tokens"] * p["completion"]
    assert Decimal(str(u["cost"])) == cost + Decimal("0.005")


def test_deterministic_content_and_tokens(client: httpx.Client) -> None:
    a = client.post("/chat/completions", json=chat_body()).json()
    b = client.post("/chat/completions", json=chat_body()).json()
    assert a["choices"] == b["choices"]
    assert a["usage"] == b["usage"]
    content = a["choices"][0]["message"]["content"]
    assert "Hello there" in content
    assert "你好" in content
    assert "🚀" in content
    assert "café" in content
    # prompt tokens = ceil(chars / 4) + 4 per message
    assert a["usage"]["prompt_tokens"] == -(-len("Hello there") // 4) + 4


def test_max_tokens_caps_with_length(client: httpx.Client) -> None:
    r = client.post("/chat/completions", json=chat_body(max_tokens=2)).json()
    assert r["choices"][0]["finish_reason"] == "length"
    assert r["usage"]["completion_tokens"] == 2


def test_key_usage_grows_with_spend(client: httpx.Client) -> None:
    before = client.get("/key").json()["data"]
    assert before["usage"] == 0
    costs = [client.post("/chat/completions", json=chat_body()).json()["usage"]["cost"]
             for _ in range(3)]  # fmt: skip
    after = client.get("/key").json()["data"]
    assert Decimal(str(after["usage"])) == sum(Decimal(str(c)) for c in costs)
    assert after["is_management_key"] is False


def test_auth_missing_and_unknown_key(mock: MockOpenRouter) -> None:
    r = httpx.post(f"{mock.base_url}/chat/completions", json=chat_body())
    assert r.status_code == 401
    assert r.json()["error"]["code"] == 401
    r = httpx.get(f"{mock.base_url}/key", headers={"Authorization": "Bearer sk-or-v1-nope"})
    assert r.status_code == 401
    assert set(r.json()["error"]) >= {"code", "message"}


def test_management_only_endpoints(client: httpx.Client, admin: httpx.Client) -> None:
    assert client.get("/credits").status_code == 403
    assert client.get("/keys").status_code == 403
    assert admin.post("/chat/completions", json=chat_body()).status_code == 403
    credits = admin.get("/credits").json()["data"]
    assert credits["total_credits"] == 100.0


def test_keys_crud_and_new_key_works(mock: MockOpenRouter, admin: httpx.Client) -> None:
    r = admin.post("/keys", json={"name": "ci", "limit": 5})
    assert r.status_code == 201
    created = r.json()
    secret, key_hash = created["key"], created["data"]["hash"]
    assert secret.startswith("sk-or-v1-")
    assert created["data"]["limit_remaining"] == 5
    assert any(k["hash"] == key_hash for k in admin.get("/keys").json()["data"])

    headers = {"Authorization": f"Bearer {secret}"}
    chat = httpx.post(f"{mock.base_url}/chat/completions", json=chat_body(), headers=headers)
    assert chat.status_code == 200
    got = admin.get(f"/keys/{key_hash}").json()["data"]
    assert got["usage"] == chat.json()["usage"]["cost"]

    patched = admin.patch(f"/keys/{key_hash}", json={"disabled": True, "name": "off"}).json()
    assert patched["data"]["disabled"] is True
    assert patched["data"]["name"] == "off"
    assert patched["data"]["updated_at"] is not None
    denied = httpx.post(f"{mock.base_url}/chat/completions", json=chat_body(), headers=headers)
    assert denied.status_code == 401
    assert all(k["hash"] != key_hash for k in admin.get("/keys").json()["data"])
    listed = admin.get("/keys", params={"include_disabled": "true"}).json()["data"]
    assert any(k["hash"] == key_hash for k in listed)

    assert admin.delete(f"/keys/{key_hash}").json() == {"deleted": True}
    assert admin.get(f"/keys/{key_hash}").status_code == 404
    assert admin.delete(f"/keys/{key_hash}").status_code == 404


def test_key_limit_exhausted_answers_402(mock: MockOpenRouter, admin: httpx.Client) -> None:
    secret = admin.post("/keys", json={"name": "tiny", "limit": 0.000001}).json()["key"]
    headers = {"Authorization": f"Bearer {secret}"}
    first = httpx.post(f"{mock.base_url}/chat/completions", json=chat_body(), headers=headers)
    assert first.status_code == 200
    second = httpx.post(f"{mock.base_url}/chat/completions", json=chat_body(), headers=headers)
    assert second.status_code == 402
    assert second.json()["error"]["code"] == 402


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"messages": [{"role": "robot", "content": "x"}]}, "messages[0].role"),
        ({"messages": "hi"}, "messages"),
        ({"model": "openai/gpt-4o-mini"}, "messages"),
        ({"messages": [USER], "temperature": "hot"}, "temperature"),
        ({"messages": [{"role": "user"}]}, "messages[0]"),
    ],
)
def test_invalid_chat_body_names_the_field(client: httpx.Client, body: dict, field: str) -> None:
    r = client.post("/chat/completions", json=body)
    assert r.status_code == 400, r.text
    message = r.json()["error"]["message"]
    assert message.startswith(field), message


@pytest.mark.parametrize(
    "content", [b"not json", b"[1, 2]", b"", b'{"messages": [', '"ünïcode"'.encode()]
)
def test_junk_bodies_get_400_never_500(client: httpx.Client, content: bytes) -> None:
    r = client.post("/chat/completions", content=content,
                    headers={"content-type": "application/json"})  # fmt: skip
    assert r.status_code == 400
    assert r.json()["error"]["code"] == 400


def test_unknown_model_and_unknown_route(client: httpx.Client) -> None:
    r = client.post("/chat/completions", json=chat_body(model="nope/nothing"))
    assert r.status_code == 400
    assert "nope/nothing" in r.json()["error"]["message"]
    r = client.get("/does-not-exist")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == 404


def test_model_fallbacks_use_first_known(client: httpx.Client) -> None:
    r = client.post("/chat/completions",
                    json=chat_body(model="nope/x", models=["openai/gpt-4o"])).json()  # fmt: skip
    assert r["model"] == "openai/gpt-4o"


def test_models_filters_and_count(client: httpx.Client) -> None:
    text = client.get("/models").json()
    assert text["total_count"] == len(text["data"]) >= 8
    assert all("text" in m["architecture"]["output_modalities"] for m in text["data"])
    emb = client.get("/models", params={"output_modalities": "embeddings"}).json()["data"]
    assert [m["id"] for m in emb] == ["openai/text-embedding-3-small"]
    everything = client.get("/models", params={"output_modalities": "all"}).json()
    assert everything["total_count"] == len(text["data"]) + 1
    found = client.get("/models", params={"q": "claude"}).json()["data"]
    assert found
    assert all("claude" in m["id"] for m in found)
    count = client.get("/models/count", params={"output_modalities": "all"}).json()
    assert count == {"data": {"count": everything["total_count"]}}
    page = client.get("/models", params={"offset": 0, "limit": 3}).json()
    assert len(page["data"]) == 3
    assert page["links"]["next"] == "/api/v1/models?offset=3&limit=3"


def test_catalogue_endpoints(client: httpx.Client) -> None:
    ep = client.get("/models/anthropic/claude-sonnet-4.5/endpoints").json()["data"]
    assert ep["id"] == "anthropic/claude-sonnet-4.5"
    assert next(e["provider_name"] for e in ep["endpoints"]) == "Anthropic"
    assert client.get("/models/nobody/nothing/endpoints").status_code == 404
    providers = client.get("/providers").json()["data"]
    assert {"name", "slug"} <= set(providers[0])
    assert client.get("/models/user").json()["total_count"] >= 8


def test_embeddings(client: httpx.Client) -> None:
    body = {"model": "openai/text-embedding-3-small", "input": ["a", "bb"], "dimensions": 8}
    a = client.post("/embeddings", json=body).json()
    b = client.post("/embeddings", json=body).json()
    assert [d["embedding"] for d in a["data"]] == [d["embedding"] for d in b["data"]]
    assert len(a["data"][0]["embedding"]) == 8
    assert a["usage"]["prompt_tokens"] == 2
    b64 = client.post("/embeddings", json={**body, "encoding_format": "base64"}).json()
    assert isinstance(b64["data"][0]["embedding"], str)
    bad = client.post("/embeddings", json={"model": "openai/text-embedding-3-small"})
    assert bad.status_code == 400
    assert "input" in bad.json()["error"]["message"]


def test_generation_unknown_and_missing_id(client: httpx.Client) -> None:
    assert client.get("/generation", params={"id": "gen-nope"}).status_code == 404
    assert client.get("/generation").status_code == 400


def test_oauth_code_exchange(mock: MockOpenRouter) -> None:
    r = httpx.post(f"{mock.base_url}/auth/keys", json={"code": AUTH_CODE})
    assert r.status_code == 200
    key = r.json()["key"]
    ok = httpx.get(f"{mock.base_url}/key", headers={"Authorization": f"Bearer {key}"})
    assert ok.status_code == 200
    bad = httpx.post(f"{mock.base_url}/auth/keys", json={"code": "wrong"})
    assert bad.status_code == 403
    assert httpx.post(f"{mock.base_url}/auth/keys", json={}).status_code == 400


def test_requests_are_recorded_with_redacted_key(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    client.post("/chat/completions", json=chat_body(), headers={"X-Title": "t"})
    [rec] = mock.requests_to("/chat/completions")
    assert rec.method == "POST"
    assert rec.status == 200
    assert rec.body["messages"] == [USER]
    assert rec.headers["authorization"] == "Bearer ..." + mock.api_key[-4:]
    assert mock.api_key not in json.dumps(rec.headers)
    assert mock.api_key not in repr(rec)
    assert rec.ended_at is not None
    assert rec.ended_at >= rec.started_at
    assert rec.disconnected_at is None
    assert rec.generation_id is not None


def test_validation_can_be_disabled() -> None:
    with MockOpenRouter(validate_requests=False) as m:
        r = httpx.post(f"{m.base_url}/chat/completions",
                       json={"messages": [{"role": "robot", "content": "x"}]},
                       headers={"Authorization": f"Bearer {m.api_key}"})  # fmt: skip
        assert r.status_code == 200


def test_query_parameters_are_validated(client: httpx.Client) -> None:
    r = client.get("/models/user", params={"offset": -1})
    assert r.status_code == 400
    assert r.json()["error"]["message"].startswith("offset:")
    r = client.get("/models", params={"limit": "lots"})
    assert r.status_code == 400
    assert r.json()["error"]["message"].startswith("limit:")


def test_wrong_method_lists_allowed_ones(client: httpx.Client) -> None:
    r = client.put("/keys")
    assert r.status_code == 405
    assert set(r.headers["allow"].replace(" ", "").split(",")) >= {"GET", "POST"}
    assert r.json()["error"]["code"] == 405


def test_accept_unknown_models_for_fuzzers() -> None:
    with MockOpenRouter(accept_unknown_models=True) as m:
        headers = {"Authorization": f"Bearer {m.api_key}"}
        chat = httpx.post(f"{m.base_url}/chat/completions", headers=headers,
                          json=chat_body(model="made/up"))  # fmt: skip
        assert chat.status_code == 200
        assert chat.json()["model"] == "openai/gpt-4o-mini"
        emb = httpx.post(f"{m.base_url}/embeddings", headers=headers,
                         json={"model": "openai/gpt-4o", "input": "x"})  # fmt: skip
        assert emb.json()["model"] == "openai/text-embedding-3-small"
