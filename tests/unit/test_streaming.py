"""ChatStream / AsyncChatStream over httpx.MockTransport: decoding, accumulation, errors."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openrouter_ext import (
    APIConnectionError,
    ChatStream,
    IncompleteStreamError,
    InsufficientCreditsError,
    OpenRouter,
    RateLimitError,
    ServerError,
    StreamError,
)
from openrouter_ext._streaming.codec import ChatCodec
from openrouter_ext._streaming.decode import StreamBase
from openrouter_ext.types import ChatResult, ChatStreamChunk
from tests.conftest import TEST_KEY, Api, sse_body

USER = [{"role": "user", "content": "hi"}]
BASE = {
    "id": "gen-s1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "openai/gpt-4o",
    "provider": "OpenAI",
}


def chunk(
    delta: dict[str, Any] | None = None, finish: str | None = None, **extra: Any
) -> dict[str, Any]:
    choices = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}]
    return {**BASE, "choices": choices, **extra}


USAGE = {
    "prompt_tokens": 10,
    "completion_tokens": 5,
    "total_tokens": 15,
    "cost": 0.0000425,
    "is_byok": False,
}
TEXT_EVENTS = [
    chunk({"role": "assistant", "content": "Caf"}),
    chunk({"content": "é — 你好 🚀"}),
    chunk({"content": "!"}, "stop", native_finish_reason=None),
    chunk(None, usage=USAGE),
]
TOOL_EVENTS = [
    chunk(
        {
            "role": "assistant",
            "tool_calls": [
                {
                    "index": 0,
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": ""},
                },
            ],
        }
    ),
    chunk(
        {
            "tool_calls": [
                {"index": 0, "function": {"arguments": '{"city":"Bos'}},
                {
                    "index": 1,
                    "id": "call_2",
                    "type": "function",
                    "function": {"name": "get_time", "arguments": "{}"},
                },
            ]
        }
    ),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ton"}'}}]}),
    chunk({}, "tool_calls"),
    chunk(None, usage=USAGE),
]
REASONING_EVENTS = [
    chunk(
        {
            "role": "assistant",
            "reasoning": "Think",
            "reasoning_details": [
                {
                    "type": "reasoning.text",
                    "text": "Think",
                    "index": 0,
                    "format": "anthropic-claude-v1",
                }
            ],
        }
    ),
    chunk(
        {
            "reasoning": "ing.",
            "reasoning_details": [
                {"type": "reasoning.text", "text": "ing.", "signature": "sig", "index": 0}
            ],
        }
    ),
    chunk({"content": "Answer"}, "stop"),
    chunk(None, usage=USAGE),
]


def sse_response(body: bytes, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=body,
        headers={"content-type": "text/event-stream", "x-generation-id": "gen-s1", **headers},
    )


def stream_client(api: Api, body: bytes, **kwargs: Any) -> Any:
    return api.client(lambda r: sse_response(body), **kwargs)


def consume(api: Api, stream: Any) -> list[ChatStreamChunk]:
    if api.is_async:

        async def run() -> list[ChatStreamChunk]:
            async with stream as s:
                return [c async for c in s]

        result: list[ChatStreamChunk] = api.run(run())
        return result
    with stream as s:
        return list(s)


def final(api: Api, stream: Any) -> ChatResult:
    if api.is_async:

        async def run() -> ChatResult:
            async with stream as s:
                return await s.final_response()

        result: ChatResult = api.run(run())
        return result
    with stream as s:
        return s.final_response()


def test_text_stream_yields_every_chunk_and_accumulates(api: Api) -> None:
    client = stream_client(api, sse_body(*TEXT_EVENTS))
    stream = client.chat.completions.stream(model="openai/gpt-4o", messages=USER)
    chunks = consume(api, stream)
    assert len(chunks) == 4
    assert chunks[-1].choices == []
    assert chunks[-1].usage.cost == pytest.approx(0.0000425)
    assert stream.closed
    assert stream.generation_id == "gen-s1"
    assert stream.usage.total_tokens == 15
    sent = api.requests[-1]
    assert json.loads(sent.content)["stream"] is True
    assert sent.headers["accept"] == "text/event-stream"


def test_final_response_has_the_non_streaming_type(api: Api) -> None:
    client = stream_client(api, sse_body(*TEXT_EVENTS))
    result = final(api, client.chat.completions.stream(model="openai/gpt-4o", messages=USER))
    assert isinstance(result, ChatResult)
    assert result.choices[0].message.content == "Café — 你好 🚀!"
    assert result.choices[0].finish_reason == "stop"
    assert result.model == "openai/gpt-4o"
    assert result.provider == "OpenAI"
    assert result.usage.cost == pytest.approx(0.0000425)


def test_tool_calls_accumulate_by_index(api: Api) -> None:
    client = stream_client(api, sse_body(*TOOL_EVENTS))
    result = final(api, client.chat.completions.stream(model="m", messages=USER))
    calls = result.choices[0].message.tool_calls
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_1", "get_weather", '{"city":"Boston"}'),
        ("call_2", "get_time", "{}"),
    ]
    assert result.choices[0].finish_reason == "tool_calls"
    assert result.choices[0].message.content is None


def test_reasoning_details_are_kept_for_the_next_turn(api: Api) -> None:
    client = stream_client(api, sse_body(*REASONING_EVENTS))
    result = final(api, client.chat.completions.stream(model="m", messages=USER))
    message = result.choices[0].message
    assert message.reasoning == "Thinking."
    assert [d.to_dict() for d in message.reasoning_details] == [
        {
            "type": "reasoning.text",
            "text": "Thinking.",
            "index": 0,
            "format": "anthropic-claude-v1",
            "signature": "sig",
        }
    ]


def test_create_stream_true_returns_an_open_stream(api: Api) -> None:
    client = stream_client(api, sse_body(*TEXT_EVENTS))
    stream = api.run(client.chat.completions.create(model="m", messages=USER, stream=True))
    assert len(api.requests) == 1  # sent at create(), as in the openai SDK
    texts: list[str] = []
    if api.is_async:

        async def run() -> None:
            async for c in stream:
                if c.choices and c.choices[0].delta.content:
                    texts.append(c.choices[0].delta.content)

        api.run(run())
    else:
        for c in stream:
            if c.choices and c.choices[0].delta.content:
                texts.append(c.choices[0].delta.content)
    assert "".join(texts) == "Café — 你好 🚀!"


def test_http_error_before_stream_raises_mapped_error(api: Api) -> None:
    body = {"error": {"code": 402, "message": "Insufficient credits. Add more"}}
    client = api.client(lambda r: httpx.Response(402, json=body), max_retries=0)
    with pytest.raises(InsufficientCreditsError, match="Insufficient credits"):
        consume(api, client.chat.completions.stream(model="m", messages=USER))


def test_error_event_before_content_is_the_http_error(api: Api) -> None:
    event = chunk(
        {"content": ""},
        "error",
        error={
            "code": 429,
            "message": "Rate limit exceeded",
            "metadata": {"error_type": "rate_limit_exceeded"},
        },
    )
    client = stream_client(api, sse_body(event, done=False), max_retries=0)
    with pytest.raises(RateLimitError, match="Rate limit exceeded"):
        consume(api, client.chat.completions.stream(model="m", messages=USER))


def test_error_event_after_content_raises_stream_error_with_partial(api: Api) -> None:
    event = chunk(
        {"content": ""},
        "error",
        error={
            "code": 502,
            "message": "Provider disconnected",
            "metadata": {"error_type": "provider_unavailable", "provider_name": "OpenAI"},
        },
    )
    client = stream_client(api, sse_body(TEXT_EVENTS[0], TEXT_EVENTS[1], event))
    seen: list[ChatStreamChunk] = []
    stream = client.chat.completions.stream(model="m", messages=USER)
    with pytest.raises(StreamError) as info:
        if api.is_async:

            async def run() -> None:
                async with stream as s:
                    async for c in s:
                        seen.append(c)

            api.run(run())
        else:
            with stream as s:
                seen.extend(s)
    assert len(seen) == 2  # every chunk before the error was yielded
    error = info.value
    assert not isinstance(error, IncompleteStreamError)
    assert error.code == 502
    assert error.message == "Provider disconnected"
    assert error.provider_name == "OpenAI"
    partial = error.partial_response
    assert isinstance(partial, ChatResult)
    assert partial.choices[0].message.content == "Café — 你好 🚀"
    assert stream.closed


def test_eof_without_done_or_finish_raises_incomplete(api: Api) -> None:
    client = stream_client(api, sse_body(TEXT_EVENTS[0], done=False))
    with pytest.raises(IncompleteStreamError) as info:
        final(api, client.chat.completions.stream(model="m", messages=USER))
    assert info.value.partial_response.choices[0].message.content == "Caf"
    assert info.value.generation_id == "gen-s1"


def test_eof_after_finish_without_done_is_complete(api: Api) -> None:
    client = stream_client(api, sse_body(*TEXT_EVENTS[:3], done=False))
    result = final(api, client.chat.completions.stream(model="m", messages=USER))
    assert result.choices[0].message.content == "Café — 你好 🚀!"


def test_eof_before_any_data_is_a_connection_error(api: Api) -> None:
    client = stream_client(api, b": OPENROUTER PROCESSING\n\n", max_retries=0)
    with pytest.raises(APIConnectionError):
        consume(api, client.chat.completions.stream(model="m", messages=USER))


def test_json_answer_to_a_stream_request_is_replayed_as_chunks(api: Api) -> None:
    from tests.conftest import fixture_json

    body = fixture_json("chat_result.json")
    client = api.client(lambda r: httpx.Response(200, json=body))
    result = final(api, client.chat.completions.stream(model="m", messages=USER))
    assert result.choices[0].message.content == body["choices"][0]["message"]["content"]
    assert result.usage.cost == pytest.approx(0.00014)


def test_json_error_envelope_in_200_for_a_stream(api: Api) -> None:
    body = {"error": {"code": 503, "message": "No instances available"}}
    client = api.client(lambda r: httpx.Response(200, json=body), max_retries=0)
    with pytest.raises(ServerError, match="No instances"):
        consume(api, client.chat.completions.stream(model="m", messages=USER))


def test_unknown_fields_and_framing_oddities_survive(api: Api) -> None:
    raw = (
        b": OPENROUTER PROCESSING\r\n\r\n"
        b"event: message\r\nid: 7\r\nretry: 100\r\n"
        b'data:{"id":"gen-s1","object":"chat.completion.chunk","created":1,"model":"m",\r\n'
        b'data: "choices":[{"index":0,"delta":{"role":"","content":"A","new_field":1},'
        b'"finish_reason":"brand_new_reason"}],"surprise":true}\r\n\r\n'
        b"data: [DONE]\r\n\r\n"
    )
    client = api.client(
        lambda r: httpx.Response(200, content=raw, headers={"content-type": "text/event-stream"})
    )
    chunks = consume(api, client.chat.completions.stream(model="m", messages=USER))
    assert len(chunks) == 1
    assert chunks[0].additional_properties == {"surprise": True}
    assert chunks[0].choices[0].finish_reason == "brand_new_reason"
    assert chunks[0].choices[0].delta.additional_properties == {"new_field": 1}


def test_unknown_top_level_fields_reach_the_final_response(api: Api) -> None:
    first, second, *rest = TEXT_EVENTS
    body = sse_body(
        {**first, "citations": ["https://a.example"]},
        {**second, "citations": ["https://a.example", "https://b.example"], "trace": {"x": 1}},
        *rest,
    )
    result = final(api, stream_client(api, body).chat.completions.stream(model="m", messages=USER))
    assert result.choices[0].message.content == "Café — 你好 🚀!"
    # the last value of each unknown field wins; the chunks' own "object" does not carry over
    assert result.additional_properties == {
        "citations": ["https://a.example", "https://b.example"],
        "trace": {"x": 1},
    }
    assert result.object == "chat.completion"


@pytest.mark.parametrize(
    "data",
    ['{"a":1}', ' {"a": [1, 2.5, "é"]}', '{"a":1} ', '{"a":1}\n', '{"a":1} x', "", "nope",
     "[1,2]", '"s"', "1", "{", '{"a":1}{"b":2}'],
)  # fmt: skip
def test_event_data_decodes_exactly_like_json_loads(data: str) -> None:
    from openrouter_ext._streaming.decode import _loads

    try:
        expected = json.loads(data)
    except ValueError as exc:
        with pytest.raises(ValueError, match=str(exc).split(":")[0]):
            _loads(data)
        return
    assert _loads(data) == expected


def test_done_ends_iteration_even_if_more_bytes_follow(api: Api) -> None:
    body = sse_body(*TEXT_EVENTS) + b"data: {not json}\n\n"
    client = stream_client(api, body)
    assert len(consume(api, client.chat.completions.stream(model="m", messages=USER))) == 4


def test_close_is_idempotent_and_breaking_out_closes() -> None:
    closed: list[bool] = []

    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield sse_body(*TEXT_EVENTS, done=False)
            yield b""

        def close(self) -> None:
            closed.append(True)

    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, stream=Body(), headers={"content-type": "text/event-stream"})
    )
    with OpenRouter(api_key=TEST_KEY, http_client=httpx.Client(transport=transport)) as client:
        stream = client.chat.completions.stream(model="m", messages=USER)
        with stream:
            for _ in stream:
                break
        assert closed
        assert stream.closed
        stream.close()
        stream.close()
        assert list(stream) == []


class _Recorder(StreamBase[Any, Any]):
    """The decoding half of a stream, recording the data of every event it dispatches."""

    def __init__(self) -> None:
        super().__init__(codec=ChatCodec, idle_timeout=60.0, on_finish=None)
        self.seen: list[str] = []

    def _on_data(self, data: str) -> None:
        self.seen.append(data)
        if data == "[DONE]":
            self._done = True


_LINES = st.sampled_from(
    ["data: {}", "data:{}", "data:  x", "data:", "data", "data: [DONE]", ": keep-alive",
     "event: message", "id: 7", "retry: 10", "data: a b: c", "data: é 你好 🚀",
     "event: content_block_delta", "event:", "event:ping"]
)  # fmt: skip
_EVENTS = st.lists(st.lists(_LINES, min_size=1, max_size=3), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(events=_EVENTS, cuts=st.lists(st.integers(1, 200), max_size=4))
def test_the_one_line_event_fast_path_dispatches_what_the_sse_decoders_do(
    events: list[list[str]], cuts: list[int]
) -> None:
    text = "".join("\n".join(lines) + "\n\n" for lines in events)
    points = sorted({c % len(text) for c in cuts} - {0})
    reads = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=False)]
    fast, slow = _Recorder(), _Recorder()
    for read in reads:
        if not fast._done:
            fast._feed(read)  # fast path where it applies, the decoders elsewhere
        if not slow._done:
            slow._feed_lines(slow._lines.decode(read))  # always the decoders
    assert fast.seen == slow.seen


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(min_value=1, max_value=2000), max_size=40), crlf=st.booleans())
def test_any_split_of_the_bytes_gives_identical_chunks(cuts: list[int], crlf: bool) -> None:
    body = sse_body(*TOOL_EVENTS, *TEXT_EVENTS[:1], comments=2)
    if crlf:
        body = body.replace(b"\n", b"\r\n")
    points = sorted({c % len(body) for c in cuts} - {0})
    pieces = [body[a:b] for a, b in zip([0, *points], [*points, len(body)], strict=False)]

    def split_handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=iter(pieces), headers={"content-type": "text/event-stream"}
        )

    def whole_handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    results = []
    for handler in (whole_handler, split_handler):
        with (
            OpenRouter(
                api_key=TEST_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
            ) as client,
            client.chat.completions.stream(model="m", messages=USER) as s,
        ):
            chunks = [c.to_dict() for c in s]
            results.append((chunks, s.final_response().to_dict()))
    assert results[0] == results[1]
    assert len(results[0][0]) == len(TOOL_EVENTS) + 1


def test_async_split_inside_utf8_character() -> None:
    import asyncio

    from openrouter_ext import AsyncOpenRouter

    body = sse_body(*TEXT_EVENTS)
    cut = body.index("你".encode()) + 1  # inside a 3-byte character

    class Body(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield body[:cut]
            yield body[cut:]

    async def run() -> str:
        transport = httpx.MockTransport(
            lambda r: httpx.Response(
                200, stream=Body(), headers={"content-type": "text/event-stream"}
            )
        )
        http = httpx.AsyncClient(transport=transport)
        async with AsyncOpenRouter(api_key=TEST_KEY, http_client=http) as client:
            async with client.chat.completions.stream(model="m", messages=USER) as s:
                text = "".join([t async for t in s.text_deltas()])
            await http.aclose()
            return text

    assert asyncio.run(run()) == "Café — 你好 🚀!"


def test_stream_is_typed_as_chat_stream() -> None:
    transport = httpx.MockTransport(lambda r: sse_response(sse_body(*TEXT_EVENTS)))
    with OpenRouter(api_key=TEST_KEY, http_client=httpx.Client(transport=transport)) as client:
        stream = client.chat.completions.create(model="m", messages=USER, stream=True)
        assert isinstance(stream, ChatStream)
        assert [t for t in stream.text_deltas()] == ["Caf", "é — 你好 🚀", "!"]
        assert stream.response.headers["x-generation-id"] == "gen-s1"
