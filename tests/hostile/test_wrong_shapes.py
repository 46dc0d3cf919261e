"""Issue 16, points 4 and 7: wrong types and deep nesting are typed errors that settle money;
a byte order mark before the first SSE event is skipped."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from openrouter_ext import Budget, OpenRouterError, ResponseValidationError, StreamError
from tests.conftest import Api, fixture_json, sse_body

USER = [{"role": "user", "content": "Hello"}]
MODELS = {
    "data": [
        {
            **fixture_json("models.json")["data"][0],
            "id": "openai/gpt-4o",
            "pricing": {"prompt": "0.0000025", "completion": "0.00001"},
        }
    ],
    "total_count": 1,
    "links": {"next": None},
}
NESTED = "[" * 100_000 + "]" * 100_000


def _chunk(**delta: Any) -> dict[str, Any]:
    return {
        "id": "gen-shape",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "openai/gpt-4o",
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }


def _router(body: bytes, content_type: str = "text/event-stream") -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json=MODELS)
        return httpx.Response(200, content=body, headers={"Content-Type": content_type})

    return handler


def _consume(stream: Any) -> Any:
    if hasattr(stream, "__aiter__"):

        async def run() -> list[Any]:
            return [chunk async for chunk in stream]

        return run()
    return list(stream)


WRONG_STREAMS = {
    "choices-a-string": sse_body(_chunk(role="assistant"), {**_chunk(), "choices": "x"}),
    "content-a-number": sse_body(_chunk(role="assistant", content="He"), _chunk(content=5)),
    "first-content-a-number": sse_body(_chunk(content=5)),
    "nested-too-deeply": sse_body(_chunk(content="He"), NESTED),
    "delta-a-list": sse_body(_chunk(content="He"), {**_chunk(), "choices": [{"delta": [1]}]}),
}


@pytest.mark.parametrize("name", sorted(WRONG_STREAMS))
def test_a_stream_chunk_of_the_wrong_shape_is_a_typed_error_and_settles_the_budget(
    api: Api, name: str
) -> None:
    budget = Budget(Decimal("1"))
    client = api.client(_router(WRONG_STREAMS[name]), budget=budget, max_retries=0)
    with pytest.raises(OpenRouterError) as info:  # at open or while iterating
        stream = api.call(
            lambda c: c.chat.completions.create(
                model="openai/gpt-4o", messages=USER, max_tokens=10, stream=True
            ),
            client,
        )
        api.run(_consume(stream))
    assert isinstance(info.value, (ResponseValidationError, StreamError)), repr(info.value)
    assert budget.reserved == 0  # the reservation was settled, not leaked
    records = client.costs.records
    assert len(records) == 1 and records[0].incomplete  # the call is on record
    assert records[0].generation_id == "gen-shape"


@pytest.mark.parametrize(
    "body",
    [NESTED, '{"id": "gen-1", "choices": ' + NESTED + "}", '{"id": "gen-1", "choices": "x"}'],
    ids=["nested-array", "nested-choices", "choices-a-string"],
)
def test_a_json_result_of_the_wrong_shape_is_a_typed_error_and_settles_the_budget(
    api: Api, body: str
) -> None:
    budget = Budget(Decimal("1"))
    client = api.client(_router(body.encode(), "application/json"), budget=budget, max_retries=0)
    with pytest.raises(ResponseValidationError):
        api.call(
            lambda c: c.chat.completions.create(
                model="openai/gpt-4o", messages=USER, max_tokens=10
            ),
            client,
        )
    assert budget.reserved == 0
    # a 2xx was answered: the generation may have been billed, so the worst case stays spent
    assert budget.spent > 0


@pytest.mark.parametrize("split", [False, True], ids=["one-read", "bom-alone"])
def test_a_byte_order_mark_before_the_first_event_is_skipped(api: Api, split: bool) -> None:
    body = sse_body(_chunk(role="assistant", content="Hel"), _chunk(content="lo"), comments=0)
    final = {**_chunk(), "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    body = body.replace(
        b"data: [DONE]", b"data: " + json.dumps(final).encode() + b"\n\ndata: [DONE]"
    )
    bom = b"\xef\xbb\xbf"

    def handler(request: httpx.Request) -> httpx.Response:
        stream = Pieces([bom, body]) if split else None
        if stream is not None:
            return httpx.Response(200, stream=stream, headers={"Content-Type": "text/event-stream"})
        return httpx.Response(
            200, content=bom + body, headers={"Content-Type": "text/event-stream"}
        )

    client = api.client(handler, max_retries=0)
    stream = api.call(
        lambda c: c.chat.completions.create(model="m", messages=USER, stream=True), client
    )
    chunks = api.run(_consume(stream))
    text = "".join(
        c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content
    )
    assert text == "Hello"
    assert client.costs.records[0].incomplete is False


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in separate network reads, sync or async."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Any:
        yield from self.pieces

    async def __aiter__(self) -> Any:
        for piece in self.pieces:
            yield piece
