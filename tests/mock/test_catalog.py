"""The model catalog: real ids, variant suffixes, test-added models, the web plugin; key kinds."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
import yaml

from openrouter_ext.testing import MANAGEMENT_OPERATIONS, MockModel, MockOpenRouter
from tests.mock.mockwire import chat_body, sse_data
from tests.mock.specs import REPO_SPEC, UPSTREAM


def prices(client: httpx.Client, model_id: str) -> dict[str, Decimal]:
    models = client.get("/models").json()["data"]
    return {k: Decimal(v) for k, v in next(m for m in models if m["id"] == model_id)[
        "pricing"].items()}  # fmt: skip


def expected_cost(client: httpx.Client, model_id: str, usage: dict) -> Decimal:
    p = prices(client, model_id)
    return (usage["prompt_tokens"] * p["prompt"] + usage["completion_tokens"] * p["completion"]
            + p["request"])  # fmt: skip


@pytest.mark.parametrize("model", ["google/gemini-2.0-flash-001", "anthropic/claude-3.5-sonnet"])
def test_ids_from_openrouter_examples_work(client: httpx.Client, model: str) -> None:
    r = client.post("/chat/completions", json=chat_body(model=model))
    assert r.status_code == 200, r.text
    assert r.json()["model"] == model
    assert Decimal(str(r.json()["usage"]["cost"])) == expected_cost(client, model,
                                                                    r.json()["usage"])  # fmt: skip


@pytest.mark.parametrize("suffix", [":online", ":free", ":nitro", ":floor", ":thinking",
                                    ":exacto"])  # fmt: skip
def test_variant_suffixes_are_accepted(client: httpx.Client, suffix: str) -> None:
    r = client.post("/chat/completions", json=chat_body(model="anthropic/claude-3.5-sonnet"
                                                        + suffix))  # fmt: skip
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["model"].startswith("anthropic/claude-3.5-sonnet")
    cost = Decimal(str(body["usage"]["cost"]))
    if suffix == ":free":
        assert cost == 0
        assert body["model"] == "anthropic/claude-3.5-sonnet:free"
    else:
        assert cost > 0
    if suffix == ":floor":
        assert body["provider"] == "Google"  # the last (cheapest) provider
    if suffix in (":nitro", ":exacto"):
        assert body["provider"] == "Anthropic"
    if suffix == ":thinking":
        assert body["choices"][0]["message"]["reasoning"]
    annotations = body["choices"][0]["message"].get("annotations")
    assert bool(annotations) == (suffix == ":online")


def test_unknown_base_with_suffix_is_400(client: httpx.Client) -> None:
    r = client.post("/chat/completions", json=chat_body(model="nobody/nothing:free"))
    assert r.status_code == 400
    assert client.post("/chat/completions", json=chat_body(
        model="openai/gpt-4o-mini:bogus")).status_code == 400  # fmt: skip


def test_added_model_is_listed_priced_and_reset(mock: MockOpenRouter, client: httpx.Client
                                                ) -> None:  # fmt: skip
    mock.add_model(MockModel("acme/rocket-1", "Acme: Rocket 1", "Other", "0.00001", "0.00002",
                             32_000, ("Acme",), request="0.001"))  # fmt: skip
    assert prices(client, "acme/rocket-1")["request"] == Decimal("0.001")
    r = client.post("/chat/completions", json=chat_body(model="acme/rocket-1"))
    assert r.status_code == 200, r.text
    assert r.json()["model"] == "acme/rocket-1"
    assert r.json()["provider"] == "Acme"
    usage = r.json()["usage"]
    assert Decimal(str(usage["cost"])) == expected_cost(client, "acme/rocket-1", usage)
    gen = client.get("/generation", params={"id": r.json()["id"]}).json()["data"]
    assert gen["total_cost"] == usage["cost"]
    assert client.get("/models/acme/rocket-1/endpoints").status_code == 200
    free = client.post("/chat/completions", json=chat_body(model="acme/rocket-1:free")).json()
    assert free["usage"]["cost"] == 0
    mock.reset()
    assert client.post("/chat/completions", json=chat_body(
        model="acme/rocket-1")).status_code == 400  # fmt: skip


def test_web_plugin_answers_with_url_citations(client: httpx.Client) -> None:
    plain = client.post("/chat/completions", json=chat_body()).json()
    web = client.post("/chat/completions", json=chat_body(plugins=[
        {"id": "web", "max_results": 3}])).json()  # fmt: skip
    annotations = web["choices"][0]["message"]["annotations"]
    assert [a["type"] for a in annotations] == ["url_citation"] * 3
    citation = annotations[0]["url_citation"]
    assert citation["url"].startswith("https://")
    assert 0 <= citation["start_index"] <= citation["end_index"]
    search = 3 * Decimal("0.004")
    assert Decimal(str(web["usage"]["cost"])) == Decimal(str(plain["usage"]["cost"])) + search
    assert "annotations" not in plain["choices"][0]["message"]


def test_web_plugin_annotations_stream(client: httpx.Client) -> None:
    r = client.post("/chat/completions", json=chat_body(model="openai/gpt-4o-mini:online",
                                                        stream=True))  # fmt: skip
    chunks = [json.loads(p) for p in sse_data(r.text) if p != "[DONE]"]
    deltas = [c["choices"][0]["delta"] for c in chunks if c.get("choices")]
    found = [a for d in deltas for a in d.get("annotations", [])]
    assert len(found) == 5
    assert all(a["type"] == "url_citation" for a in found)


def test_model_lookup_resolves_variants(derived: MockOpenRouter) -> None:
    got = httpx.get(f"{derived.base_url}/model/anthropic/claude-3.5-sonnet:free")
    assert got.status_code == 200
    assert got.json()["data"]["id"] == "anthropic/claude-3.5-sonnet:free"
    assert httpx.get(f"{derived.base_url}/model/nobody/nothing").status_code == 404


@pytest.mark.skipif(not UPSTREAM.is_file(), reason="no upstream snapshot")
def test_management_operations_match_upstream_prose() -> None:
    """The copied set is exactly the operations upstream says need a management key."""
    doc = yaml.load(UPSTREAM.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    said = {f"{m.upper()} {p}" for p, item in doc["paths"].items() for m, op in item.items()
            if isinstance(op, dict) and re.search(r"\[Management key\]\([^)]*\) required",
                                                  op.get("description") or "")}  # fmt: skip
    assert said == MANAGEMENT_OPERATIONS


def test_spec_key_fact_wins(tmp_path: Path) -> None:
    """`x-openrouter-key` in the spec overrides every other source of the key kind."""
    doc = yaml.load(REPO_SPEC.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    doc["paths"]["/models"]["get"]["x-openrouter-key"] = "management"
    doc["paths"]["/keys"]["get"]["x-openrouter-key"] = "public"
    spec = tmp_path / "openapi.yaml"
    spec.write_text(json.dumps(doc))  # JSON is YAML; dumping 700 kB as YAML takes a minute
    with MockOpenRouter(spec_path=spec) as m:
        user = {"Authorization": f"Bearer {m.api_key}"}
        assert httpx.get(f"{m.base_url}/models", headers=user).status_code == 403
        admin = {"Authorization": f"Bearer {m.management_key}"}
        assert httpx.get(f"{m.base_url}/models", headers=admin).status_code == 200
        assert httpx.get(f"{m.base_url}/keys").status_code == 200
