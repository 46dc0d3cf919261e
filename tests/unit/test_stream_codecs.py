"""Responses and Messages codecs on recorded event sequences: accumulation, checks, errors.

The fixtures (tests/fixtures/responses_*.json, messages_*.json) are event sequences of the
spec's event schemas as the mock sends them; the hand-written sequences below follow what
other servers send (no content_part events, annotations, citations, an empty completed output).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext._streaming.messages import MessagesAccumulator, MessagesCodec
from openrouter_ext._streaming.responses import ResponsesAccumulator, ResponsesCodec
from tests.conftest import fixture_json

RESPONSES = ["responses_text", "responses_tools_reasoning", "responses_incomplete",
             "responses_refusal"]  # fmt: skip
MESSAGES = ["messages_text", "messages_tools_thinking"]
DONE_EVENTS = {
    "response.output_item.done", "response.content_part.done", "response.output_text.done",
    "response.function_call_arguments.done", "response.reasoning_summary_text.done",
    "response.reasoning_summary_part.done", "response.refusal.done",
}  # fmt: skip


def fold_responses(events: list[dict[str, Any]]) -> dict[str, Any]:
    acc = ResponsesAccumulator()
    for event in copy.deepcopy(events):
        acc.add(event)
    return acc.result()


def fold_messages(events: list[dict[str, Any]]) -> dict[str, Any]:
    acc = MessagesAccumulator()
    for event in copy.deepcopy(events):
        acc.add(event)
    return acc.result()


@pytest.mark.parametrize("name", RESPONSES)
def test_responses_result_is_the_terminal_response(name: str) -> None:
    events = fixture_json(f"{name}.json")["events"]
    result = fold_responses(events)
    terminal = events[-1]
    assert terminal["type"] in ("response.completed", "response.incomplete")
    assert result["output"] == terminal["response"]["output"]
    assert result["usage"] == terminal["response"]["usage"]
    assert result["status"] == terminal["response"]["status"]


@pytest.mark.parametrize("name", RESPONSES)
def test_responses_deltas_alone_build_the_output(name: str) -> None:
    """Without the terminal event and every *.done event, the deltas give the same output."""
    events = fixture_json(f"{name}.json")["events"]
    expected = events[-1]["response"]["output"]
    partial = fold_responses([e for e in events[:-1] if e["type"] not in DONE_EVENTS])
    assert len(partial["output"]) == len(expected)
    for got, want in zip(partial["output"], expected, strict=True):
        assert got["type"] == want["type"]
        if want["type"] == "function_call":
            assert got["arguments"] == want["arguments"]
            assert json.loads(got["arguments"]) == json.loads(want["arguments"])
            assert (got["name"], got["call_id"]) == (want["name"], want["call_id"])
        elif want["type"] == "message":
            assert got["content"][0].get("text") == want["content"][0].get("text")
            assert got["content"][0].get("refusal") == want["content"][0].get("refusal")
        else:
            assert got["summary"][0]["text"] == want["summary"][0]["text"]
    texts = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert partial["output_text"] == texts


def test_responses_function_calls_and_reasoning() -> None:
    events = fixture_json("responses_tools_reasoning.json")["events"]
    result = fold_responses(events[:-1])  # as a cut stream leaves it
    kinds = [item["type"] for item in result["output"]]
    assert kinds == ["reasoning", "function_call", "function_call"]
    args = [json.loads(item["arguments"]) for item in result["output"][1:]]
    assert all(isinstance(a, dict) and "city" in a for a in args)
    assert result["output"][0]["summary"][0]["text"].startswith("Thinking:")


def test_responses_without_part_events_and_with_annotations() -> None:
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": {"id": "resp_1", "status": "in_progress"}},
        {"type": "response.output_item.added", "output_index": 0,
         "item": {"type": "message", "id": "m1", "role": "assistant", "content": []}},
        {"type": "response.output_text.delta", "output_index": 0, "content_index": 0,
         "item_id": "m1", "delta": "Hello "},
        {"type": "response.output_text.delta", "output_index": 0, "content_index": 0,
         "item_id": "m1", "delta": "world"},
        {"type": "response.output_text.annotation.added", "output_index": 0,
         "content_index": 0, "annotation_index": 0,
         "annotation": {"type": "url_citation", "url": "https://example.com"}},
        {"type": "response.web_search_call.completed", "output_index": 1, "item_id": "ws"},
        {"type": "response.completed",
         "response": {"id": "resp_1", "status": "completed", "output": [],
                      "usage": {"input_tokens": 3, "output_tokens": 2, "total_tokens": 5}}},
    ]  # fmt: skip
    result = fold_responses(events)
    part = result["output"][0]["content"][0]
    assert part == {
        "type": "output_text",
        "text": "Hello world",
        "annotations": [{"type": "url_citation", "url": "https://example.com"}],
    }
    assert result["output_text"] == "Hello world"  # the completed event's empty output is filled
    assert result["usage"]["total_tokens"] == 5


@pytest.mark.parametrize(
    "event",
    [
        {"type": "response.output_text.delta", "output_index": 0, "content_index": 0,
         "delta": 5},
        {"type": "response.output_text.delta", "output_index": -1, "content_index": 0,
         "delta": "x"},
        {"type": "response.function_call_arguments.delta", "output_index": 0},
        {"type": "response.output_item.added", "output_index": 0, "item": "text"},
        {"type": 7},
        {"no_type": True},
    ],
)  # fmt: skip
def test_responses_wrong_shapes_raise_before_folding(event: dict[str, Any]) -> None:
    codec: ResponsesCodec[Any, Any] = ResponsesCodec()
    codec.add({"type": "response.output_text.delta", "output_index": 0, "content_index": 0,
               "delta": "ok"})  # fmt: skip
    with pytest.raises((TypeError, KeyError)):
        codec.add(event)
    assert codec.wire()["output_text"] == ""  # no item was added: the text has no message
    assert codec.acc.has_content


def test_responses_codec_terminal_usage_and_errors() -> None:
    events = fixture_json("responses_text.json")["events"]
    codec: ResponsesCodec[Any, Any] = ResponsesCodec()
    for event in events[:-1]:
        codec.add(event)
        assert not codec.ended and not codec.finished
    assert codec.usage is None
    assert codec.generation_id == events[0]["response"]["id"]
    codec.add(events[-1])
    assert codec.ended and codec.finished
    assert codec.usage == events[-1]["response"]["usage"]
    assert codec.text(events[3]) is None
    deltas = [codec.text(e) for e in events if e["type"] == "response.output_text.delta"]
    assert "".join(d or "" for d in deltas) == codec.result()["output_text"]
    error = {"type": "error", "code": "rate_limit_exceeded", "message": "slow down",
             "param": None, "sequence_number": 9}  # fmt: skip
    assert codec.error_of(error) == {"code": 429, "message": "slow down", "param": None,
                                     "metadata": {"error_type": "rate_limit_exceeded"}}  # fmt: skip
    failed = {"type": "response.failed", "response": {
        "id": "r", "status": "failed", "output": [],
        "error": {"code": "server_error", "message": "boom"}}}  # fmt: skip
    assert codec.error_of(failed) == {"code": 500, "message": "boom",
                                      "metadata": {"error_type": "server_error"}}  # fmt: skip
    assert codec.error_of(events[3]) is None
    assert codec.is_error({"error": {"code": 400, "message": "bad"}})
    assert not codec.is_error({"object": "response", "error": None, "output": []})


def test_responses_json_answer_is_one_terminal_event() -> None:
    response = fixture_json("responses_incomplete.json")["events"][-1]["response"]
    codec: ResponsesCodec[Any, Any] = ResponsesCodec()
    (event,) = codec.from_json(response)
    assert event["type"] == "response.incomplete"
    codec.add(event)
    assert codec.ended and codec.result()["incomplete_details"] == {"reason": "max_output_tokens"}


@pytest.mark.parametrize("name", MESSAGES)
def test_messages_result_is_the_message(name: str) -> None:
    recorded = fixture_json(f"{name}.json")
    assert fold_messages(recorded["events"]) == recorded["message"]


def test_messages_tool_input_thinking_and_signature() -> None:
    recorded = fixture_json("messages_tools_thinking.json")
    result = fold_messages(recorded["events"])
    thinking, *calls = result["content"]
    assert thinking["type"] == "thinking" and thinking["thinking"].startswith("Thinking:")
    assert len(thinking["signature"]) == 64
    assert [c["type"] for c in calls] == ["tool_use", "tool_use"]
    assert all(isinstance(c["input"], dict) and "city" in c["input"] for c in calls)
    assert result["stop_reason"] == "tool_use"
    assert result["usage"]["output_tokens"] > 1  # message_delta's usage replaced message_start's
    assert result["usage"]["input_tokens"] == recorded["message"]["usage"]["input_tokens"]


def test_messages_cut_tool_input_keeps_the_block() -> None:
    events = fixture_json("messages_tools_thinking.json")["events"]
    stop = max(i for i, e in enumerate(events) if e["type"] == "content_block_stop")
    result = fold_messages(events[:stop])  # the last tool block never stopped
    assert result["content"][-1]["type"] == "tool_use"
    assert result["content"][-1]["input"] == {}
    assert "stop_reason" in result and result["stop_reason"] is None


def test_messages_codec_ping_terminal_and_errors() -> None:
    recorded = fixture_json("messages_text.json")
    codec: MessagesCodec[Any, Any] = MessagesCodec()
    handed = [codec.add(e) for e in recorded["events"]]
    assert handed[1] is None  # the ping is not handed to the caller
    assert all(e is not None for i, e in enumerate(handed) if i != 1)
    assert codec.ended and codec.finished
    assert codec.usage is not None and codec.usage["cost"] > 0
    assert codec.generation_id == recorded["message"]["id"]
    text = "".join(t for t in (codec.text(e) for e in handed if e is not None) if t)
    assert text == recorded["message"]["content"][0]["text"]
    overloaded = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    expected = {"type": "overloaded_error", "message": "busy", "code": 529,
                "metadata": {"error_type": "overloaded_error"}}  # fmt: skip
    assert codec.error_of(overloaded) == expected
    routed = {"type": "error", "error": {"type": "api_error", "message": "x",
                                         "error_type": "provider_unavailable"}}  # fmt: skip
    assert codec.error_of(routed)["code"] == 502
    assert codec.error_of(recorded["events"][0]) is None
    assert codec.is_error({"type": "error", "error": {"type": "api_error", "message": "x"}})
    assert not codec.is_error(recorded["message"])
    start, stop = codec.from_json(recorded["message"])
    fresh: MessagesCodec[Any, Any] = MessagesCodec()
    fresh.add(start)
    fresh.add(stop)
    assert fresh.result() == recorded["message"]


def test_messages_citations_and_bad_json() -> None:
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {"id": "msg_1", "content": [], "usage": {}}},
        {"type": "content_block_start", "index": 0,
         "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0,
         "delta": {"type": "citations_delta", "citation": {"type": "char_location"}}},
        {"type": "content_block_delta", "index": 0,
         "delta": {"type": "text_delta", "text": "cited"}},
        {"type": "content_block_stop", "index": 0},
    ]  # fmt: skip
    result = fold_messages(events)
    assert result["content"] == [{"type": "text", "text": "cited",
                                  "citations": [{"type": "char_location"}]}]  # fmt: skip
    acc = MessagesAccumulator()
    block = {"type": "tool_use", "id": "t", "name": "f", "input": {}}
    acc.add({"type": "content_block_start", "index": 0, "content_block": block})
    acc.add({"type": "content_block_delta", "index": 0,
             "delta": {"type": "input_json_delta", "partial_json": '{"a": '}})  # fmt: skip
    with pytest.raises(ValueError):
        acc.add({"type": "content_block_stop", "index": 0})
    with pytest.raises(TypeError):
        acc.add({"type": "content_block_delta", "index": 0,
                 "delta": {"type": "text_delta", "text": None}})  # fmt: skip


def test_event_tables_are_the_specs_discriminator_mappings() -> None:
    import yaml

    from openrouter_ext._lowlevel import model
    from openrouter_ext._lowlevel.events import MESSAGES_EVENTS, RESPONSES_EVENTS

    spec = yaml.load((Path(__file__).parents[2] / "openapi.yaml").read_bytes(),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # fmt: skip
    schemas = spec["components"]["schemas"]
    for union, table in (("StreamEvents", RESPONSES_EVENTS),
                         ("MessagesStreamEvents", MESSAGES_EVENTS)):  # fmt: skip
        mapping = schemas[union]["discriminator"]["mapping"]
        assert {k: v.rsplit("/", 1)[-1] for k, v in mapping.items()} == dict(table)
        for name in table.values():
            assert callable(model(name).from_dict), name


@pytest.mark.parametrize("name", [*RESPONSES, *MESSAGES])
def test_recorded_events_parse_into_their_models(name: str) -> None:
    from openrouter_ext._lowlevel import (
        UnknownStreamEvent,
        parse_messages_event,
        parse_responses_event,
    )

    parse = parse_responses_event if name.startswith("responses") else parse_messages_event
    for event in fixture_json(f"{name}.json")["events"]:
        parsed = parse(copy.deepcopy(event))
        assert not isinstance(parsed, UnknownStreamEvent)
        assert parsed.type == event["type"]
    future = parse({"type": "response.future_thing", "x": 1})
    assert isinstance(future, UnknownStreamEvent) and future.data == {
        "type": "response.future_thing", "x": 1}  # fmt: skip
    with pytest.raises(TypeError):
        parse({"type": 3})
