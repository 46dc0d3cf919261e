"""Long and concurrent streams, and streams left early: the connection is released at once.

"At once" is proven on both sides: the server records the client's hang-up
(``disconnected_at``) within a fraction of a second of the consumer leaving, the client has no
busy connection (no response left open), and a pool of ONE connection serves the next request
with a 0.5 s pool timeout.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import time
import warnings
from decimal import Decimal
from typing import Any

import httpx
import pytest

from openrouter_ext import AsyncChatStream, AsyncOpenRouter, ChatStream, OpenRouter
from openrouter_ext._config import DEFAULT_MAX_KEEPALIVE
from openrouter_ext.testing import MockOpenRouter
from openrouter_ext.testing._chat import _FILLER
from tests.e2e.support import (
    E2E,
    MODEL,
    USER,
    answer,
    chats,
    probed_client,
)

#: two data events, then the server stalls for 5 s: the consumer leaves in between
UNFINISHED = "long;tokens=50 + stall;phase=mid_body;seconds=5;after=3"
NEXT_CALL_TIMEOUT = httpx.Timeout(5.0, pool=0.5)


def text_of_final(result: Any) -> str:
    """The content of a ``final_response()``."""
    return str(result.choices[0].message.content)


def test_5000_chunk_stream_completes_with_its_text_and_cost(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    chunks = e2e.chunks(e2e.stream(client, "long;tokens=5000"))
    deltas = [c.choices[0].delta.content for c in chunks if c.choices]
    expected = list(itertools.islice(itertools.cycle(_FILLER), 5000))
    assert [d for d in deltas if d] == expected
    usage = chunks[-1].usage
    assert usage.completion_tokens == 5000
    billed = mock.state.generations[chunks[0].id].cost
    assert Decimal(str(usage.cost)) == billed
    assert client.costs.totals().cost == billed
    assert client.costs.totals().completion_tokens == 5000


def test_finished_streams_give_their_connection_back_to_the_pool(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    # [DONE] ends iteration before the chunked body's terminator is parsed; the stream reads
    # that tail (bounded) so the next call reuses the connection instead of reconnecting.
    client = e2e.client()
    for n in range(4):
        assert e2e.text(e2e.stream(client)) == answer()
        assert text_of_final(e2e.final(e2e.stream(client))) == answer(), n
    probe = e2e.probe(client)
    assert probe.requests == 8
    assert probe.opened == 1  # all eight over one connection
    assert probe.open == 1 and probe.busy == 0  # still open, idle in the pool


def test_a_body_held_open_after_done_is_closed_not_waited_for(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()
    start = time.monotonic()
    assert e2e.text(e2e.stream(client, "hold_after_done;seconds=30")) == answer()
    assert time.monotonic() - start < 1.0  # the bounded drain gave up, the 30 s hold did not count
    assert e2e.text(e2e.stream(client)) == answer()
    # the held connection was closed; the next stream opened a fresh one and gave it back
    probe = e2e.probe(client)
    assert probe.requests == 2 and probe.opened == 2
    e2e.wait_until(lambda: probe.open == 1)
    assert probe.busy == 0


def test_the_lowlevel_client_calls_through_the_clients_own_pool(mock: MockOpenRouter) -> None:
    from openrouter_api.api.providers import list_providers  # noqa: TID251

    with OpenRouter(api_key=mock.api_key, base_url=mock.base_url) as client:
        parsed = list_providers.sync(client=client.lowlevel)
        http = client.lowlevel.get_httpx_client()
    assert parsed is not None and parsed.data
    assert http.is_closed  # closed with the client: it was the client's own pool
    [request] = mock.requests_to("/providers")
    assert request.headers["authorization"].endswith(mock.api_key[-4:])


def test_500_concurrent_streams_on_one_async_client(mock: MockOpenRouter) -> None:
    async def one(client: AsyncOpenRouter, n: int) -> str:
        messages = [{"role": "user", "content": f"stream {n}"}]
        async with client.chat.completions.stream(model=MODEL, messages=messages) as s:
            return "".join([t async for t in s.text_deltas()])

    async def run() -> None:
        client, probe = probed_client(AsyncOpenRouter, api_key=mock.api_key, base_url=mock.base_url)
        async with client, probe.http:
            texts = await asyncio.gather(*(one(client, n) for n in range(500)))
            assert texts == [answer(f"stream {n}") for n in range(500)]
            totals = client.costs.totals()
            assert (totals.requests, totals.incomplete) == (500, 0)
            billed = sum((g.cost for g in mock.state.generations.values()), Decimal(0))
            assert len(mock.state.generations) == 500
            assert totals.cost == billed
            assert probe.busy == 0
            assert probe.opened > DEFAULT_MAX_KEEPALIVE  # the pool grew past what it keeps
            for _ in range(200):  # the connections over the keep-alive limit are closed
                if probe.open <= DEFAULT_MAX_KEEPALIVE:
                    break
                await asyncio.sleep(0.01)
            assert probe.open <= DEFAULT_MAX_KEEPALIVE
        await asyncio.sleep(0.01)  # the transports finish closing their sockets
        assert probe.open == 0

    asyncio.run(run())
    assert len(chats(mock)) == 500
    assert all(r.disconnected_at is None and r.status == 200 for r in chats(mock))


# leaving a stream early -------------------------------------------------------------------------
def _leave_sync(client: Any, how: str) -> float:
    """Read one chunk of an unfinished stream, leave it `how`; return when it was left."""
    stream = client.chat.completions.create(
        model=MODEL, messages=USER, stream=True, extra_headers={"X-Mock-Scenario": UNFINISHED}
    )
    if how == "break":
        for _ in stream:
            break
    elif how == "exception":
        with pytest.raises(RuntimeError):
            for _ in stream:
                raise RuntimeError("boom in the loop body")
    elif how == "gc":
        next(stream)
        del stream
        gc.collect()
    elif how == "close":
        next(stream)
        stream.close()
    return time.time()


async def _leave_async(client: Any, how: str) -> float:
    stream = await client.chat.completions.create(
        model=MODEL, messages=USER, stream=True, extra_headers={"X-Mock-Scenario": UNFINISHED}
    )
    if how == "break":
        async for _ in stream:
            break
    elif how == "exception":
        with pytest.raises(RuntimeError):
            async for _ in stream:
                raise RuntimeError("boom in the loop body")
    elif how == "gc":
        await stream.__anext__()
        del stream
        gc.collect()
    elif how == "close":
        await stream.__anext__()
        await stream.aclose()
    elif how == "cancel":
        got_one = asyncio.Event()

        async def consume() -> None:
            async for _ in stream:
                got_one.set()

        task = asyncio.create_task(consume())
        await got_one.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    return time.time()


@pytest.mark.parametrize("how", ["break", "exception", "gc", "close", "cancel"])
def test_leaving_a_stream_early_releases_its_connection_at_once(
    e2e: E2E, mock: MockOpenRouter, how: str
) -> None:
    if how == "cancel" and not e2e.is_async:
        pytest.skip("task cancellation is async only")
    client = e2e.client(limits=httpx.Limits(max_connections=1))
    left = e2e.run(_leave_async(client, how) if e2e.is_async else _leave_sync(client, how))
    if not e2e.is_async:  # closed synchronously, before the consumer's next statement
        assert e2e.busy(client) == 0
    # the only connection is free: the next call does not wait for the pool
    assert e2e.create(client, timeout=NEXT_CALL_TIMEOUT).choices[0].message.content == answer()
    abandoned = chats(mock)[0]
    e2e.wait_until(lambda: chats(mock)[0].disconnected_at is not None, timeout=1.0)
    hung_up = chats(mock)[0].disconnected_at
    assert hung_up is not None and hung_up - left < 0.5  # not the 5 s stall
    # the abandoned call is recorded, incomplete, with its generation id for reconcile()
    first = client.costs.records[0]
    assert first.incomplete and first.generation_id == abandoned.generation_id
    assert client.costs.totals().requests == 2


def test_no_stream_objects_or_resource_warnings_survive_their_consumers(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for how in ("break", "exception", "gc", "close"):
            e2e.run(_leave_async(client, how) if e2e.is_async else _leave_sync(client, how))
        e2e.wait_until(lambda: e2e.busy(client) == 0)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    alive = [o for o in gc.get_objects() if isinstance(o, (ChatStream, AsyncChatStream))]
    assert alive == []
    e2e.wait_until(lambda: all(r.disconnected_at for r in chats(mock)), timeout=1.0)
