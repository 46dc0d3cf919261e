"""SSE streams as OPENROUTER_API.md section 4 describes them, and their content variants."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from openrouter_ext.testing import MockOpenRouter
from tests.mock.mockwire import chat_body, sse_data, wait_until

TOOLS = [
    {"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
        "required": ["city"]}}},
    {"type": "function", "function": {"name": "get_time", "parameters": {
        "type": "object", "properties": {"tz": {"type": "string", "enum": ["UTC", "CET"]}}}}},
]  # fmt: skip


def stream(client: httpx.Client, scenario: str | None = None, **extra: Any) -> httpx.Response:
    headers = {"X-Mock-Scenario": scenario} if scenario else {}
    r = client.post("/chat/completions", json=chat_body(stream=True, **extra), headers=headers)
    assert r.status_code == 200, r.text
    return r


def chunks(r: httpx.Response) -> list[dict[str, Any]]:
    data = sse_data(r.text)
    assert data[-1] == "[DONE]"
    return [json.loads(d) for d in data[:-1]]


def test_stream_shape(client: httpx.Client) -> None:
    r = stream(client)
    assert r.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert r.text.startswith(": OPENROUTER PROCESSING\n\n")
    assert r.text.endswith("data: [DONE]\n\n")
    cs = chunks(r)
    gen_id = r.headers["x-generation-id"]
    assert {c["id"] for c in cs} == {gen_id}
    assert all(c["object"] == "chat.completion.chunk" for c in cs)
    assert cs[0]["choices"][0]["delta"]["role"] == "assistant"
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in cs if c["choices"])
    assert "你好 🚀" in content
    finish = cs[-2]
    assert finish["choices"][0]["finish_reason"] == "stop"
    tail = cs[-1]
    assert tail["choices"] == []
    assert tail["usage"]["completion_tokens"] == len(cs) - 2
    gen = client.get("/generation", params={"id": gen_id}).json()["data"]
    assert gen["total_cost"] == tail["usage"]["cost"]
    assert gen["streamed"] is True


def test_stream_matches_non_stream(client: httpx.Client) -> None:
    plain = client.post("/chat/completions", json=chat_body()).json()
    cs = chunks(stream(client))
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in cs if c["choices"])
    assert content == plain["choices"][0]["message"]["content"]
    assert cs[-1]["usage"] == plain["usage"]


def test_reasoning_deltas(client: httpx.Client) -> None:
    cs = chunks(stream(client, model="anthropic/claude-sonnet-4.5", reasoning={"effort": "low"}))
    reasoning = [c["choices"][0]["delta"]["reasoning"] for c in cs[:-2]
                 if "reasoning" in c["choices"][0]["delta"]]  # fmt: skip
    assert reasoning
    assert cs[0]["choices"][0]["delta"]["reasoning_details"][0]["type"] == "reasoning.text"
    assert cs[-1]["usage"]["completion_tokens_details"]["reasoning_tokens"] == len(reasoning)
    plain = client.post("/chat/completions", json=chat_body(model="deepseek/deepseek-r1")).json()
    assert plain["choices"][0]["message"]["reasoning"]


def accumulate_tool_calls(cs: list[dict[str, Any]]) -> dict[int, dict[str, str]]:
    calls: dict[int, dict[str, str]] = {}
    for c in cs:
        for tc in (c["choices"][0]["delta"].get("tool_calls") or []) if c["choices"] else []:
            call = calls.setdefault(tc["index"], {"id": "", "name": "", "arguments": ""})
            call["id"] += tc.get("id", "")
            call["name"] += tc.get("function", {}).get("name", "")
            call["arguments"] += tc.get("function", {}).get("arguments", "")
    return calls


def test_tool_call_deltas_when_tools_are_given(client: httpx.Client) -> None:
    cs = chunks(stream(client, tools=TOOLS[:1]))
    calls = accumulate_tool_calls(cs)
    assert list(calls) == [0]
    assert calls[0]["name"] == "get_weather"
    assert json.loads(calls[0]["arguments"]) == {"city": "mock-city", "days": 1}
    assert cs[-2]["choices"][0]["finish_reason"] == "tool_calls"
    plain = client.post("/chat/completions", json=chat_body(tools=TOOLS[:1])).json()
    [call] = plain["choices"][0]["message"]["tool_calls"]
    assert call["function"]["arguments"] == calls[0]["arguments"]
    assert plain["choices"][0]["message"]["content"] is None


def test_parallel_tool_calls_with_split_arguments(client: httpx.Client) -> None:
    cs = chunks(stream(client, "tool_calls;parallel=2;split=3", tools=TOOLS))
    fragments = [tc for c in cs if c["choices"]
                 for tc in c["choices"][0]["delta"].get("tool_calls") or []]  # fmt: skip
    assert [f["index"] for f in fragments[2:]][:2] == [0, 1]  # interleaved
    calls = accumulate_tool_calls(cs)
    assert [calls[i]["name"] for i in (0, 1)] == ["get_weather", "get_time"]
    assert json.loads(calls[1]["arguments"]) == {"tz": "UTC"}
    assert sum(1 for f in fragments if f["index"] == 0) == 4  # header + 3 argument parts


def test_after_tool_result_the_model_answers(client: httpx.Client) -> None:
    messages = [{"role": "user", "content": "weather?"},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": "call_1", "type": "function",
                     "function": {"name": "get_weather", "arguments": "{}"}}]},
                {"role": "tool", "tool_call_id": "call_1", "content": "sunny"}]  # fmt: skip
    r = client.post("/chat/completions", json={"messages": messages, "tools": TOOLS}).json()
    assert "sunny" in r["choices"][0]["message"]["content"]


def test_empty_completion(client: httpx.Client) -> None:
    cs = chunks(stream(client, "empty"))
    assert [c["choices"][0]["delta"].get("content") for c in cs[:-2]] == [""]
    assert cs[-1]["usage"]["completion_tokens"] == 0
    free = client.post("/chat/completions", json=chat_body(),
                       headers={"X-Mock-Scenario": "empty;finish=null"}).json()  # fmt: skip
    assert free["choices"][0]["finish_reason"] is None
    assert free["usage"]["cost"] == 0


def test_long_stream(client: httpx.Client) -> None:
    cs = chunks(stream(client, "long;tokens=500"))
    assert len(cs) == 502
    assert cs[-1]["usage"]["completion_tokens"] == 500


@pytest.mark.parametrize("mode", ["absent", "null", "byok"])
def test_usage_tail_variants(client: httpx.Client, mode: str) -> None:
    usage = chunks(stream(client, f"usage;cost={mode}"))[-1]["usage"]
    if mode == "absent":
        assert "cost" not in usage
    elif mode == "null":
        assert usage["cost"] is None
    else:
        assert usage["is_byok"] is True
        upstream = Decimal(str(usage["cost_details"]["upstream_inference_cost"]))
        assert Decimal(str(usage["cost"])) == upstream * Decimal("0.05")
        key = client.get("/key").json()["data"]
        assert key["byok_usage"] == float(upstream)


def test_shape_drift(client: httpx.Client) -> None:
    cs = chunks(stream(client, "drift"))
    assert cs[0]["choices"][0]["delta"]["role"] == ""
    assert "mock_future_field" in cs[0]
    assert cs[-2]["choices"][0]["finish_reason"] == "mock_unknown_reason"
    assert "mock_future_tokens" in cs[-1]["usage"]


def test_served_model_differs(client: httpx.Client) -> None:
    r = client.post(
        "/chat/completions",
        json=chat_body(),
        headers={"X-Mock-Scenario": "served;model=openai/gpt-4o;provider=Azure"},
    )
    body = r.json()
    assert (body["model"], body["provider"]) == ("openai/gpt-4o", "Azure")
    models = client.get("/models").json()["data"]
    p = next(m for m in models if m["id"] == "openai/gpt-4o")["pricing"]
    u = body["usage"]
    cost = u["prompt_tokens"] * Decimal(p["prompt"]) + u["completion_tokens"] * Decimal(
        p["completion"]
    )
    assert Decimal(str(u["cost"])) == cost
    default = client.post("/chat/completions", json=chat_body(),
                          headers={"X-Mock-Scenario": "served"}).json()  # fmt: skip
    assert default["model"] != "openai/gpt-4o-mini"


FRAMED = {
    "nospace": b"data:{",
    "crlf": b"\r\n\r\n",
    "cr": b"}\r\r",
    "multiline": b',\ndata: "object"',
    "fields": b"event: chat.completion.chunk\nid: 0\nretry: 3000\ndata: {",
}


@pytest.mark.parametrize("style", sorted(FRAMED))
def test_framing_oddities(client: httpx.Client, style: str) -> None:
    raw = stream(client, f"framing;style={style}").content
    assert FRAMED[style] in raw
    if style == "crlf":
        assert b"\n\n" not in raw.replace(b"\r\n", b"")
    if style == "multiline":  # joined data lines are still valid JSON
        event = raw.split(b"\n\n")[1].decode()
        joined = "\n".join(line[6:] for line in event.split("\n"))
        assert json.loads(joined)["object"] == "chat.completion.chunk"


def test_charset_less_and_json_for_stream(client: httpx.Client) -> None:
    r = stream(client, "framing;style=no_charset")
    assert r.headers["content-type"] == "text/event-stream"
    r = stream(client, "framing;style=json")
    assert r.headers["content-type"] == "application/json"
    assert r.json()["object"] == "chat.completion"


def test_disconnect_mid_stream_is_recorded(mock: MockOpenRouter, client: httpx.Client) -> None:
    with client.stream("POST", "/chat/completions", json=chat_body(stream=True),
                       headers={"X-Mock-Scenario": "stall;phase=mid_body;seconds=5;after=2"}
                       ) as r:  # fmt: skip
        lines = r.iter_lines()
        next(lines)
    wait_until(lambda: mock.requests_to("/chat/completions")[0].ended_at is not None)
    rec = mock.requests_to("/chat/completions")[0]
    assert rec.disconnected_at is not None
    assert rec.ended_at is not None
    assert rec.ended_at - rec.started_at < 2
    gen = client.get("/generation", params={"id": r.headers["x-generation-id"]}).json()["data"]
    assert gen["cancelled"] is True
