"""POST /responses and POST /messages on the wire: every event and answer fits the spec.

Each content variant and each stream fault of the mock is sent through plain httpx; every
event is validated against the spec's event union (``StreamEvents``,
``MessagesStreamEvents``) and every JSON answer and terminal response against the result
schema. The event sequences follow the APIs' order (created → items → terminal;
message_start → blocks → message_delta → message_stop).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from openrouter_ext.testing import MockOpenRouter

API = pytest.mark.parametrize("api", ["responses", "messages"])
UNIONS = {"responses": "StreamEvents", "messages": "MessagesStreamEvents"}
RESULTS = {"responses": "OpenResponsesResult", "messages": "MessagesResult"}
WEATHER = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
VARIANTS = [
    "ok", "tool_calls;parallel=2;split=3", "reasoning", "long;tokens=40", "refusal",
    "usage;cost=byok", "usage;cost=absent", "usage;cost=null", "empty", "served",
]  # fmt: skip


def body(api: str, **extra: Any) -> dict[str, Any]:
    if api == "responses":
        base: dict[str, Any] = {"model": "openai/gpt-4o-mini", "input": "Hello",
                                "tools": [{"type": "function", "name": "get_weather",
                                           "parameters": WEATHER}]}  # fmt: skip
    else:
        base = {"model": "anthropic/claude-3.5-sonnet", "max_tokens": 300,
                "messages": [{"role": "user", "content": "Hello"}],
                "tools": [{"name": "get_weather", "input_schema": WEATHER}]}  # fmt: skip
    return {**base, **extra}


def events_of(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    out = []
    for block in response.text.split("\n\n"):
        data = [line[6:] for line in block.split("\n") if line.startswith("data: ")]
        names = [line[7:] for line in block.split("\n") if line.startswith("event: ")]
        if data:
            event = json.loads("\n".join(data))
            if names:  # the Messages API names each event: the same as its type
                assert names == [event["type"]]
            out.append(event)
    return out


def check(mock: MockOpenRouter, api: str, events: list[dict[str, Any]]) -> None:
    validator = mock.app.validator_of({"$ref": f"#/components/schemas/{UNIONS[api]}"})
    for event in events:
        errors = list(validator.iter_errors(event))
        assert not errors, (event["type"], errors[0].message[:300])


def send(client: httpx.Client, api: str, scenario: str, **extra: Any) -> httpx.Response:
    return client.post(f"/{api}", json=body(api, **extra), headers={"X-Mock-Scenario": scenario})


@API
@pytest.mark.parametrize("scenario", VARIANTS)
def test_every_variant_streams_valid_events_and_answers_a_valid_result(
    mock: MockOpenRouter, client: httpx.Client, api: str, scenario: str
) -> None:
    events = events_of(send(client, api, scenario, stream=True))
    check(mock, api, events)
    result = mock.app.validator_of({"$ref": f"#/components/schemas/{RESULTS[api]}"})
    answer = send(client, api, scenario)
    assert answer.status_code == 200 and answer.headers["x-generation-id"] == answer.json()["id"]
    assert not list(result.iter_errors(answer.json()))
    kinds = [e["type"] for e in events]
    if api == "responses":
        assert kinds[:2] == ["response.created", "response.in_progress"]
        assert kinds[-1] == "response.completed"
        terminal = events[-1]["response"]
        assert not list(result.iter_errors(terminal))
        assert [e["sequence_number"] for e in events] == list(range(len(events)))
        assert terminal["output_text"] == answer.json()["output_text"]  # the same answer
        assert [i["type"] for i in terminal["output"]] == [
            i["type"] for i in answer.json()["output"]]  # fmt: skip
    else:
        assert kinds[:2] == ["message_start", "ping"] and kinds[-2:] == [
            "message_delta",
            "message_stop",
        ]
        starts = [e["index"] for e in events if e["type"] == "content_block_start"]
        stops = [e["index"] for e in events if e["type"] == "content_block_stop"]
        assert starts == stops == list(range(len(starts)))
    generation = mock.state.generations[answer.json()["id"]]
    assert generation.api_type == api


@API
def test_cost_in_the_usage_is_what_the_generation_reports(
    mock: MockOpenRouter, client: httpx.Client, api: str
) -> None:
    events = events_of(send(client, api, "ok", stream=True))
    usage = events[-1]["response"]["usage"] if api == "responses" else events[-2]["usage"]
    gen_id = events[0]["response"]["id"] if api == "responses" else events[0]["message"]["id"]
    assert str(usage["cost"]) == str(float(mock.state.generations[gen_id].cost))


@API
def test_mid_stream_error_ends_with_the_api_error_event(
    mock: MockOpenRouter, client: httpx.Client, api: str
) -> None:
    events = events_of(send(client, api, "mid_stream_error;after=4;error_type=provider_overloaded",
                            stream=True))  # fmt: skip
    check(mock, api, events)
    assert len(events) == 5 and events[-1]["type"] == "error"
    if api == "responses":
        assert events[-1]["code"] == "provider_overloaded"
    else:
        assert events[-1]["error"]["error_type"] == "provider_overloaded"


@API
@pytest.mark.parametrize("mid_json", [0, 1])
def test_no_done_drops_the_terminal_event(
    mock: MockOpenRouter, client: httpx.Client, api: str, mid_json: int
) -> None:
    response = send(client, api, f"no_done;mid_json={mid_json}", stream=True)
    terminal = "response.completed" if api == "responses" else "message_stop"
    assert terminal not in response.text
    if mid_json:
        assert not response.text.endswith("\n\n")  # the last event is cut in half
    else:
        check(mock, api, events_of(response))


@API
def test_max_tokens_cut_ends_as_the_api_says(client: httpx.Client, api: str) -> None:
    limit = {"max_output_tokens": 2} if api == "responses" else {"max_tokens": 2}
    events = events_of(send(client, api, "ok", stream=True, tools=[], **limit))
    if api == "responses":
        assert events[-1]["type"] == "response.incomplete"
        assert events[-1]["response"]["incomplete_details"] == {"reason": "max_output_tokens"}
    else:
        assert events[-2]["delta"]["stop_reason"] == "max_tokens"


def test_server_tools_of_the_request_are_not_echoed_where_the_result_has_no_place_for_them(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    """OpenRouter's own server tools (``openrouter:*``) are valid in a Responses request but
    the result's ``tools`` lists none of them: the answer keeps the others and stays valid."""
    tools = [{"type": "openrouter:web_search", "x": 1}, {"type": "function", "name": "f",
                                                         "parameters": WEATHER}]  # fmt: skip
    result = mock.app.validator_of({"$ref": f"#/components/schemas/{RESULTS['responses']}"})
    for extra in ({}, {"stream": True}):
        reply = send(client, "responses", "ok", tools=tools, **extra)
        answer = events_of(reply)[-1]["response"] if extra else reply.json()
        assert not [e.message[:200] for e in result.iter_errors(answer)]
        assert [t["type"] for t in answer["tools"]] == ["function"]


def test_nulls_in_a_responses_request_are_the_defaults_in_its_result(
    mock: MockOpenRouter, client: httpx.Client
) -> None:
    """`parallel_tool_calls: null` is valid in a request; the result (where it is required, not
    nullable) shows the default (schemathesis found the null echoed)."""
    result = mock.app.validator_of({"$ref": f"#/components/schemas/{RESULTS['responses']}"})
    answer = send(client, "responses", "ok", parallel_tool_calls=None).json()
    assert not [e.message[:200] for e in result.iter_errors(answer)]
    assert answer["parallel_tool_calls"] is True and answer["tool_choice"] == "auto"
