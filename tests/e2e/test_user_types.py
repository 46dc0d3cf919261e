"""Responses read like the API: None for absent fields, wire names, lists, raw responses.

Each test runs with OpenRouter and AsyncOpenRouter against the mock over loopback.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from openrouter_ext import APIResponse, BadRequestError
from openrouter_ext.types import ChatResult, Model
from tests.e2e.support import E2E, MODEL, USER


def test_the_is_not_none_stream_idiom_prints_only_text(e2e: E2E) -> None:
    client = e2e.client()
    chunks = e2e.chunks(e2e.stream(client))
    printed = [
        c.choices[0].delta.content
        for c in chunks
        if c.choices and c.choices[0].delta.content is not None
    ]
    assert printed, "the stream carried text"
    assert all(isinstance(p, str) for p in printed)
    text = "".join(printed)
    assert "Unset" not in text and "object at 0x" not in text
    final_chunk = chunks[-1]
    assert "Unset" not in repr(final_chunk)
    # a field the chunk did not carry reads as None, as in the openai SDK
    assert chunks[0].choices[0].delta.tool_calls is None


def test_absent_fields_read_as_none_and_wire_names_are_attributes(e2e: E2E) -> None:
    client = e2e.client()
    result = e2e.create(client)
    assert isinstance(result, ChatResult)
    message = result.choices[0].message
    assert message.tool_calls is None
    assert getattr(message, "annotations", None) is None
    assert result.object == "chat.completion"
    assert "Unset" not in repr(result) and "Unset" not in repr(result.usage)
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    called = e2e.create(client, "tool_calls", tools=tools)
    call = called.choices[0].message.tool_calls[0]
    assert call.type == "function"
    assert not hasattr(call, "type_")


def test_results_dump_like_the_openai_sdk(e2e: E2E) -> None:
    client = e2e.client()
    result = e2e.create(client)
    dumped = result.model_dump()
    assert dumped == result.to_dict()
    assert dumped["object"] == "chat.completion"
    assert json.loads(result.model_dump_json()) == dumped
    assert json.loads(result.to_json()) == dumped
    assert result.model_dump(exclude_none=True) == {
        k: v for k, v in dumped.items() if v is not None
    }
    # the keywords openai code passes are accepted
    assert result.model_dump(exclude_unset=True, by_alias=True) == result.model_dump(
        exclude_none=True
    )
    assert set(result.model_dump(include={"id", "model"})) == {"id", "model"}
    assert "usage" not in result.model_dump(exclude={"usage"})
    assert json.loads(result.model_dump_json(indent=2, exclude_unset=True)) == dumped


def test_a_model_list_iterates_indexes_and_has_a_length(e2e: E2E) -> None:
    client = e2e.client()
    listing = e2e.run(client.models.list())
    models = list(listing)
    assert models and all(isinstance(m, Model) for m in models)
    assert len(listing) == len(models) == len(listing.data)
    assert listing[0] is models[0] and listing[-1] is models[-1]
    assert listing[:2] == models[:2]
    ids = [m.id for m in listing]
    assert MODEL in ids
    found = e2e.run(client.models.retrieve(MODEL))
    assert found.id == MODEL


def test_retrieve_of_an_unknown_model_is_a_not_found_error(e2e: E2E) -> None:
    from openrouter_ext import NotFoundError

    client = e2e.client()
    with pytest.raises(NotFoundError, match="no/such-model"):
        e2e.run(client.models.retrieve("no/such-model"))


def test_with_raw_response_gives_headers_status_and_the_parsed_result(e2e: E2E) -> None:
    client = e2e.client()
    raw = e2e.run(client.chat.completions.with_raw_response.create(model=MODEL, messages=USER))
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.http_response.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    result = raw.parse()
    assert isinstance(result, ChatResult)
    assert raw.generation_id == raw.headers.get("x-generation-id")
    assert result._request_id == raw.request_id
    listed = e2e.run(client.models.with_raw_response.list())
    assert listed.status_code == 200 and len(listed.parse()) > 0
    key = e2e.run(client.key.with_raw_response.get())
    assert key.parse().data is not None


def test_with_raw_response_of_a_stream_parses_to_the_open_stream(e2e: E2E) -> None:
    client = e2e.client()
    raw = e2e.run(
        client.chat.completions.with_raw_response.create(model=MODEL, messages=USER, stream=True)
    )
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("text/event-stream")
    stream = raw.parse()
    if e2e.is_async:

        async def drain() -> list[Any]:
            async with stream as s:
                return [c async for c in s]

        chunks = e2e.run(drain())
    else:
        with stream as s:
            chunks = list(s)
    assert chunks


def test_plain_results_carry_the_generation_id_of_their_headers(e2e: E2E) -> None:
    client = e2e.client()
    result = e2e.create(client)
    assert result._generation_id is not None
    assert result._generation_id == result.id
    assert result._response_headers is not None


def test_an_explicit_null_is_sent_and_an_absent_field_is_not(e2e: E2E) -> None:
    client = e2e.client()
    e2e.create(client, seed=None)
    sent = e2e.mock.requests[-1].body
    assert "seed" in sent and sent["seed"] is None
    assert "temperature" not in sent


def test_a_typo_still_fails_at_run_time_with_a_suggestion(e2e: E2E) -> None:
    client = e2e.client()
    with pytest.raises(TypeError, match="did you mean 'temperature'"):
        e2e.create(client, temprature=0.2)
    assert BadRequestError  # the server never saw it
