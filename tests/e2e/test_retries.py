"""Request counts with the real clock, the retry budget, cancellation, and a small soak.

Counts and times come from the server (``mock.requests``: one record per request, with its
start and end time), never from the client's own view.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext import APITimeoutError, AsyncOpenRouter, InsufficientCreditsError, ServerError
from openrouter_ext.testing import MockOpenRouter
from tests.conftest import FakeClock
from tests.e2e.support import E2E, MODEL, USER, answer, chats

SOAK_PATH = Path(__file__).parents[2] / "scripts" / "soak.py"


def test_429_with_retry_after_1_then_200_is_two_requests_one_second_apart(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client(retry_policy=None)  # the default policy, real sleeps
    mock.script("status;code=429;retry_after=1 | ok", match="/chat/completions")
    result = e2e.create(client)
    assert result.choices[0].message.content == answer()
    first, second = chats(mock)
    assert (first.status, second.status) == (429, 200)
    assert first.ended_at is not None
    assert 1.0 <= second.started_at - first.ended_at < 1.6


def test_an_injected_clock_takes_the_waits_and_sockets_keep_real_time(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    # far from time.monotonic(): a socket timed by this clock would fail (or wait) at once
    clock = FakeClock(now=-1e6)
    client = e2e.client(retry_policy=None, clock=clock)
    mock.script("status;code=503;retry_after=30 | ok", match="/chat/completions")
    start = time.monotonic()
    assert e2e.create(client).choices[0].message.content == answer()
    assert clock.sleeps == [30.0]  # the server's delay, waited by the clock
    assert time.monotonic() - start < 5  # not really
    assert [r.status for r in chats(mock)] == [503, 200]
    # the socket is still cut off by the deadline, in real time: what the clock left of it
    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        e2e.create(client, "stall;seconds=5", deadline=0.5)
    assert 0.4 < time.monotonic() - start < 3  # neither at once nor the 5 s stall
    assert len(chats(mock)) == 3  # the request was sent before the stall


@pytest.mark.parametrize("streamed", [False, True], ids=["create", "stream"])
def test_402_is_exactly_one_request(e2e: E2E, mock: MockOpenRouter, streamed: bool) -> None:
    client = e2e.client(max_retries=5)
    key = mock.state.key_by_secret(mock.api_key)
    assert key is not None
    mock.state.update_key(key.hash, {"limit": 0.0})  # the key's limit is spent: a real 402
    with pytest.raises(InsufficientCreditsError):
        if streamed:
            e2e.text(e2e.stream(client))
        else:
            e2e.create(client)
    assert [r.status for r in chats(mock)] == [402]


def test_1000_failing_calls_are_throttled_by_the_retry_budget_then_recover(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()  # max_retries=2: 3,000 requests without the budget
    mock.script("status;code=503", match="/chat/completions")

    async def fail_async(n: int) -> int:
        failed = 0
        gate = asyncio.Semaphore(4)

        async def one(i: int) -> None:
            nonlocal failed
            async with gate:
                try:
                    await client.chat.completions.create(model=MODEL, messages=USER)
                except ServerError:
                    failed += 1

        await asyncio.gather(*(one(i) for i in range(n)))
        return failed

    def fail_sync(n: int) -> int:
        failed = 0
        for _ in range(n):
            with pytest.raises(ServerError):
                client.chat.completions.create(model=MODEL, messages=USER)
            failed += 1
        return failed

    assert e2e.run(fail_async(1000) if e2e.is_async else fail_sync(1000)) == 1000
    sent = len(chats(mock))
    assert 1000 <= sent <= 1100  # 20 retries empty the default bucket (100 tokens, 5 each)
    assert client.retry_budget.tokens < 5
    # healthy again: successes refill the bucket, and a call gets its normal retries back
    mock.reset()
    for n in range(100):
        e2e.create(client, messages=[{"role": "user", "content": f"healthy {n}"}])
    assert client.retry_budget.tokens == 100
    result = e2e.create(client, "sequence;statuses=503,503,200")
    assert result.choices[0].message.content == answer()
    assert [r.status for r in chats(mock)[-3:]] == [503, 503, 200]


@pytest.mark.parametrize(
    ("scenario", "streamed"),
    [
        ("stall;seconds=5", False),  # waiting for the headers
        ("status;code=503;retry_after=0.6 | ok", False),  # waiting between two attempts
        ("stall;seconds=5 | ok", True),  # a stream being opened
        ("long;tokens=100 + stall;phase=mid_body;seconds=5;after=3", True),  # mid-stream
    ],
)
def test_cancelling_an_async_call_stops_at_once_and_never_retries(
    mock: MockOpenRouter, scenario: str, streamed: bool
) -> None:
    async def run() -> tuple[float, float]:
        async with AsyncOpenRouter(api_key=mock.api_key, base_url=mock.base_url) as client:
            headers = {"X-Mock-Scenario": scenario}

            async def call() -> Any:
                if not streamed:
                    return await client.chat.completions.create(
                        model=MODEL, messages=USER, extra_headers=headers
                    )
                async with client.chat.completions.stream(
                    model=MODEL, messages=USER, extra_headers=headers
                ) as s:
                    return await s.final_response()

            task = asyncio.create_task(call())
            await asyncio.sleep(0.3)  # in the stall, the retry wait, or the stream
            assert not task.done()
            cancelled_at = time.time()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            took = time.time() - cancelled_at
            await asyncio.sleep(0.6)  # past the retry delay: no second attempt appears
            return cancelled_at, took

    cancelled_at, took = asyncio.run(run())
    assert took < 0.25  # no wait for the stall, the retry delay or the stream's end
    requests = chats(mock)
    assert len(requests) == 1
    if requests[0].status != 503:  # the server saw the hang-up of a request in flight
        assert requests[0].disconnected_at is not None
        assert requests[0].disconnected_at - cancelled_at < 0.5


def _load_soak() -> Any:
    spec = importlib.util.spec_from_file_location("soak", SOAK_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["soak"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_small_soak_leaks_nothing(mock: MockOpenRouter, flavour: str) -> None:
    soak = _load_soak()
    report = soak.soak(mock, calls=300, flavour=flavour, concurrency=4, seed=7, batch=150)
    print("\n".join(report.lines()))
    assert report.problems == []
    assert report.requests >= 300
    assert report.pool_busy == 0 and report.server_connections_closed == 0
    assert report.streams_alive == 0 and report.unfinished_requests == 0
    assert len(report.outcomes) >= 5  # the faults really happened
    assert report.rss_end_mb - report.rss_start_mb < 20
