"""An independent client agrees: the `openai` SDK reads the mock (chat, streams, errors).

If `openai` cannot read an answer of the mock, the mock is wrong (OpenRouter is
OpenAI-compatible on the wire). The mock is deterministic, so a streamed answer can be compared
with the non-streamed answer to the same prompt. OpenRouter's additions (`usage.cost`,
`message.reasoning`, `provider`) reach the SDK's models as pydantic extras (`model_extra`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from openai.types.chat import ChatCompletionChunk

from openrouter_ext.testing import MockOpenRouter

MODEL = "openai/gpt-4o-mini"
MESSAGES: Any = [{"role": "user", "content": "What is the capital of France? café 🚀"}]
CITY = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
TOOLS: Any = [{"type": "function", "function": {"name": "get_weather", "parameters": CITY}}]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client(openrouter_mock: MockOpenRouter) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(
        base_url=openrouter_mock.base_url, api_key=openrouter_mock.api_key, max_retries=0
    ) as sdk:
        yield sdk


def stream_text(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def test_chat_completion(client: openai.OpenAI, openrouter_mock: MockOpenRouter) -> None:
    completion = client.chat.completions.create(model=MODEL, messages=MESSAGES)
    choice = completion.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content is not None
    assert "capital of France" in choice.message.content
    assert choice.finish_reason == "stop"
    usage = completion.usage
    assert usage is not None
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens > 0
    extra = usage.model_extra or {}
    assert extra["cost"] > 0  # OpenRouter's cost rides along as an extra field
    assert extra["is_byok"] is False
    assert (completion.model_extra or {})["provider"] == "OpenAI"
    # the generation the SDK saw is the one the mock billed
    (request,) = openrouter_mock.requests_to("/chat/completions")
    assert request.generation_id == completion.id


def test_stream_matches_the_non_streamed_answer(
    client: openai.OpenAI, openrouter_mock: MockOpenRouter
) -> None:
    expected = client.chat.completions.create(model=MODEL, messages=MESSAGES)
    with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as stream:
        chunks = list(stream)
    assert stream_text(chunks) == expected.choices[0].message.content
    assert chunks[0].choices[0].delta.role == "assistant"
    finishing = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishing[-1] == "stop"
    assert all(reason is None for reason in finishing[:-1])
    # no stream_options were sent, and the usage chunk still closes the stream
    assert "stream_options" not in openrouter_mock.requests[-1].body
    last = chunks[-1]
    assert last.choices == []
    assert last.usage is not None
    assert last.usage.completion_tokens == expected.usage.completion_tokens  # type: ignore[union-attr]
    assert (last.usage.model_extra or {})["cost"] == (expected.usage.model_extra or {})["cost"]  # type: ignore[union-attr]
    assert all(c.usage is None for c in chunks[:-1])
    assert len({c.id for c in chunks}) == 1


def test_stream_carries_reasoning_as_extras(client: openai.OpenAI) -> None:
    scenario = {"X-Mock-Scenario": "reasoning"}
    expected = client.chat.completions.create(
        model=MODEL, messages=MESSAGES, extra_headers=scenario
    )
    with client.chat.completions.create(
        model=MODEL, messages=MESSAGES, stream=True, extra_headers=scenario
    ) as stream:
        chunks = list(stream)
    reasoning = "".join(
        (c.choices[0].delta.model_extra or {}).get("reasoning") or "" for c in chunks if c.choices
    )
    assert reasoning
    assert reasoning == (expected.choices[0].message.model_extra or {})["reasoning"]
    assert stream_text(chunks) == expected.choices[0].message.content


def test_stream_with_parallel_tool_calls(client: openai.OpenAI) -> None:
    with client.chat.completions.create(
        model=MODEL,
        messages=MESSAGES,
        tools=TOOLS,
        stream=True,
        extra_headers={"X-Mock-Scenario": "tool_calls;parallel=2;split=3"},
    ) as stream:
        chunks = list(stream)
    calls: dict[int, dict[str, Any]] = {}
    pieces: dict[int, int] = {}
    for chunk in chunks:
        for delta in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            call = calls.setdefault(delta.index, {"id": None, "name": None, "arguments": ""})
            if delta.id:
                call["id"] = delta.id
            if delta.function and delta.function.name:
                call["name"] = delta.function.name
            if delta.function and delta.function.arguments:
                call["arguments"] += delta.function.arguments
                pieces[delta.index] = pieces.get(delta.index, 0) + 1
    assert sorted(calls) == [0, 1]
    for index, call in calls.items():
        assert call["id"]
        assert call["name"] == "get_weather"
        assert isinstance(json.loads(call["arguments"]), dict)
        assert pieces[index] > 1  # the arguments really arrived in fragments
    assert calls[0]["id"] != calls[1]["id"]
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"
    assert chunks[-1].usage is not None


def test_tool_calls_without_streaming(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=MESSAGES,
        tools=TOOLS,
        extra_headers={"X-Mock-Scenario": "tool_calls;parallel=2"},
    )
    message = completion.choices[0].message
    assert completion.choices[0].finish_reason == "tool_calls"
    assert message.content is None
    assert message.tool_calls is not None
    assert len(message.tool_calls) == 2
    for call in message.tool_calls:
        assert call.type == "function"
        assert isinstance(json.loads(call.function.arguments), dict)  # type: ignore[union-attr]


def test_error_status(client: openai.OpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,
            extra_headers={"X-Mock-Scenario": "status;code=402;message=Insufficient credits"},
        )
    error = caught.value
    assert error.status_code == 402
    assert "Insufficient credits" in error.message
    assert isinstance(error.body, dict)
    assert error.body["message"] == "Insufficient credits"  # the SDK unwraps `error`
    assert error.body["code"] == 402


def test_error_before_streaming(client: openai.OpenAI) -> None:
    with pytest.raises(openai.RateLimitError) as caught:
        client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,
            stream=True,
            extra_headers={"X-Mock-Scenario": "status;code=429;retry_after=0"},
        )
    assert caught.value.response.headers["retry-after"] == "0"


def test_error_in_the_middle_of_a_stream(client: openai.OpenAI) -> None:
    received: list[ChatCompletionChunk] = []
    with (
        pytest.raises(openai.APIError, match="mid-stream"),
        client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,
            stream=True,
            extra_headers={"X-Mock-Scenario": "mid_stream_error;after=2"},
        ) as stream,
    ):
        received.extend(stream)
    assert len(received) == 2
    assert stream_text(received)


def test_unknown_model_is_a_bad_request(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError, match="not a valid model ID"):
        client.chat.completions.create(model="nobody/nothing", messages=MESSAGES)


@pytest.mark.anyio
async def test_async_stream_matches_the_non_streamed_answer(
    openrouter_mock: MockOpenRouter,
) -> None:
    async with openai.AsyncOpenAI(
        base_url=openrouter_mock.base_url, api_key=openrouter_mock.api_key, max_retries=0
    ) as client:
        expected = await client.chat.completions.create(model=MODEL, messages=MESSAGES)
        stream = await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        async with stream:
            chunks = [chunk async for chunk in stream]
    assert stream_text(chunks) == expected.choices[0].message.content
    assert chunks[-1].choices == []
    assert (chunks[-1].usage.model_extra or {})["cost"] > 0  # type: ignore[union-attr]
