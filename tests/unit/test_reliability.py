"""Retries, deadlines, generation polling and cancellation through the clients (MockTransport)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from openrouter_ext import (
    APIConnectionError,
    APITimeoutError,
    AsyncOpenRouter,
    BadRequestError,
    InsufficientCreditsError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from tests.conftest import TEST_KEY, Api, FakeClock, fixture_json, sse_body

USER = [{"role": "user", "content": "hi"}]


@pytest.fixture(autouse=True)
def clock(request: pytest.FixtureRequest) -> FakeClock:
    """The time of every client built through ``api`` here: nothing really sleeps."""
    fake = FakeClock()
    if "api" in request.fixturenames:
        request.getfixturevalue("api").clock = fake
    return fake


def error(status: int, message: str = "x", **headers: str) -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"code": status, "message": message}}, headers=headers
    )


def sequence(*responses: Any) -> Any:
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler


def chat(c: Any, **kw: Any) -> Any:
    return c.chat.completions.create(model="m", messages=USER, **kw)


def test_429_with_retry_after_then_200_sends_two_requests(api: Api, clock: FakeClock) -> None:
    client = api.client(
        sequence(
            error(429, "slow down", **{"Retry-After": "1"}),
            httpx.Response(200, json=fixture_json("chat_result.json")),
        )
    )
    api.call(chat, client)
    assert len(api.requests) == 2
    assert clock.sleeps == [1.0]  # the server's delay, exactly, not jittered
    bodies = {r.content for r in api.requests}
    assert len(bodies) == 1  # every attempt sends the same body


def test_with_options_copies_wait_by_the_clients_clock(api: Api, clock: FakeClock) -> None:
    client = api.client(sequence(error(429, "slow", **{"Retry-After": "7"}), error(503)))
    with pytest.raises(ServerError):
        api.call(chat, client.with_options(max_retries=1))
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 422])
def test_permanent_statuses_are_not_retried(api: Api, status: int) -> None:
    client = api.client(sequence(error(status)))
    with pytest.raises(Exception) as info:
        api.call(chat, client)
    assert getattr(info.value, "status_code", None) == status
    assert len(api.requests) == 1


def test_402_is_one_request(api: Api) -> None:
    client = api.client(sequence(error(402, "Insufficient credits")))
    with pytest.raises(InsufficientCreditsError):
        api.call(chat, client)
    assert len(api.requests) == 1


def test_retries_are_bounded_by_max_retries(api: Api) -> None:
    client = api.client(sequence(error(503)), max_retries=3)
    with pytest.raises(ServerError):
        api.call(chat, client)
    assert len(api.requests) == 4
    with pytest.raises(ServerError):
        api.call(lambda c: chat(c, max_retries=0), client)
    assert len(api.requests) == 5
    with pytest.raises(ServerError):
        api.call(chat, client.with_options(max_retries=1))
    assert len(api.requests) == 7


def test_server_delay_above_the_cap_raises_at_once(api: Api, clock: FakeClock) -> None:
    client = api.client(sequence(error(429, "daily", **{"Retry-After": "3600"})))
    with pytest.raises(RateLimitError) as info:
        api.call(chat, client)
    assert info.value.retry_after == 3600
    assert len(api.requests) == 1
    assert clock.sleeps == []


def test_400_wrapping_a_transient_502_is_retried(api: Api) -> None:
    inner = httpx.Response(
        400,
        json={
            "error": {
                "code": 400,
                "message": "Provider returned error",
                "metadata": {"raw": json.dumps({"error": {"code": 502}}), "provider_name": "X"},
            }
        },
    )
    client = api.client(sequence(inner, httpx.Response(200, json=fixture_json("chat_result.json"))))
    api.call(chat, client)
    assert len(api.requests) == 2


def test_read_timeout_after_sending_a_generation_is_not_resent(api: Api) -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = api.client(timeout)
    with pytest.raises(APITimeoutError):
        api.call(chat, client)
    assert len(api.requests) == 1  # billed either way: never sent twice by default
    # a read is safe to resend
    with pytest.raises(APITimeoutError):
        api.call(lambda c: c.models.list(), client)
    assert len(api.requests) == 4
    # the opt-in resends generations too
    opted = api.client(timeout, retry_policy=RetryPolicy(retry_read_timeouts=True))
    before = len(api.requests)
    with pytest.raises(APITimeoutError):
        api.call(chat, opted)
    assert len(api.requests) - before == 3


def test_connect_errors_are_retried(api: Api) -> None:
    client = api.client(
        sequence(
            httpx.ConnectError("refused"),
            httpx.Response(200, json=fixture_json("chat_result.json")),
        )
    )
    api.call(chat, client)
    assert len(api.requests) == 2


def test_deadline_stops_retrying(api: Api, clock: FakeClock) -> None:
    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.advance(4.0)
        return error(503)

    client = api.client(slow_failure, max_retries=5, deadline=5.0)
    with pytest.raises(ServerError):
        api.call(chat, client)
    # 4 s, a wait of at most 0.5 s, 4 s more: a third attempt would start past the deadline
    assert len(api.requests) == 2
    assert len(clock.sleeps) == 1 and 0 < clock.sleeps[0] <= 0.5


def test_each_attempt_gets_what_the_clock_leaves_of_the_deadline(
    api: Api, clock: FakeClock
) -> None:
    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.advance(1.0)
        return error(503)

    policy = RetryPolicy(initial_delay=0.5, jitter=0, max_retries=5)
    client = api.client(slow_failure, retry_policy=policy, deadline=2.0)
    with pytest.raises(ServerError):
        api.call(chat, client)
    assert clock.sleeps == [0.5]  # the next wait (1.0) would end past the deadline
    assert len(api.requests) == 2
    # every attempt's timeouts were capped by what the clock left of the deadline
    assert api.requests[-1].extensions["timeout"]["read"] == pytest.approx(0.5)


def test_a_retry_due_when_the_deadline_falls_raises_the_deadline_error(
    api: Api, clock: FakeClock
) -> None:
    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.advance(1.5)
        return error(503)

    policy = RetryPolicy(initial_delay=0.5, jitter=0, max_retries=5)
    client = api.client(slow_failure, retry_policy=policy, deadline=2.0)
    with pytest.raises(APITimeoutError) as info:
        api.call(chat, client)
    assert info.value.kind == "deadline"
    assert clock.sleeps == [0.5]  # the wait ended exactly at the deadline: nothing was left
    assert len(api.requests) == 1


def test_attempt_timeouts_are_capped_by_the_deadline(api: Api) -> None:
    client = api.client(lambda r: httpx.Response(200, json=fixture_json("key.json")), deadline=2.0)
    api.call(lambda c: c.key.get(), client)
    timeout = api.requests[-1].extensions["timeout"]
    assert all(0 < value <= 2.0 for value in timeout.values())


def test_stream_is_retried_while_nothing_reached_the_caller(api: Api) -> None:
    events = [
        {
            "id": "g",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": "ok"}, "finish_reason": "stop"}],
        }
    ]
    client = api.client(
        sequence(
            error(503),
            httpx.Response(
                200,
                content=b": OPERATOR PROCESSING\n\n",
                headers={"content-type": "text/event-stream"},
            ),
            httpx.Response(
                200, content=sse_body(*events), headers={"content-type": "text/event-stream"}
            ),
        )
    )
    stream = client.chat.completions.stream(model="m", messages=USER)
    if api.is_async:

        async def run() -> str:
            async with stream as s:
                return "".join([t async for t in s.text_deltas()])

        text = api.run(run())
    else:
        with stream as s:
            text = "".join(s.text_deltas())
    assert text == "ok"
    assert len(api.requests) == 3


def test_generation_wait_tolerates_404(api: Api, clock: FakeClock) -> None:
    body = fixture_json("generation.json")
    client = api.client(
        sequence(
            error(404, "Generation not found"),
            error(404, "Generation not found"),
            httpx.Response(200, json=body),
        )
    )
    result = api.call(lambda c: c.generations.get("gen-1", wait=30.0), client)
    assert result.data.total_cost == body["data"]["total_cost"]
    assert len(api.requests) == 3
    assert clock.sleeps == [0.25, 0.5]


def test_generation_without_wait_raises_404(api: Api) -> None:
    client = api.client(sequence(error(404, "Generation not found")))
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.generations.get("gen-1"), client)
    assert len(api.requests) == 1


def test_retry_budget_is_shared_and_fails_fast(api: Api) -> None:
    client = api.client(sequence(error(503)), max_retries=2)
    for _ in range(200):
        with pytest.raises(ServerError):
            api.call(chat, client)
    # 200 calls would be 600 requests without a budget; the budget stops retrying early
    assert len(api.requests) < 260
    # a with_options copy draws on the same (now empty) budget: it fails without retrying,
    # where a new client, with its own budget, retries
    before = len(api.requests)
    with pytest.raises(ServerError):
        api.call(chat, client.with_options(max_retries=1))
    assert len(api.requests) - before == 1
    with pytest.raises(ServerError):
        api.call(chat, api.client(sequence(error(503)), max_retries=1))
    assert len(api.requests) - before == 3


def test_bad_request_is_not_retried_even_with_retries_left(api: Api) -> None:
    client = api.client(sequence(error(400, "bad")), max_retries=5)
    with pytest.raises(BadRequestError):
        api.call(chat, client)
    assert len(api.requests) == 1


def test_cancelling_an_async_call_stops_at_once_and_does_not_retry() -> None:
    started = asyncio.Event()
    calls: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        started.set()
        await asyncio.sleep(30)
        return httpx.Response(200)

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncOpenRouter(api_key=TEST_KEY, http_client=http) as client:
            task = asyncio.create_task(client.chat.completions.create(model="m", messages=USER))
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await http.aclose()

    asyncio.run(asyncio.wait_for(run(), 5))
    assert calls == [1]


def test_connection_error_kinds(api: Api) -> None:
    client = api.client(sequence(httpx.PoolTimeout("pool full")), max_retries=0)
    with pytest.raises(APITimeoutError) as info:
        api.call(lambda c: c.key.get(), client)
    assert info.value.kind == "pool"
    assert info.value.sent is False
    client = api.client(sequence(httpx.RemoteProtocolError("peer closed")), max_retries=0)
    with pytest.raises(APIConnectionError) as info2:
        api.call(chat, client)
    assert info2.value.sent is True


def test_retry_policy_sets_the_retry_count_unless_max_retries_is_given(api: Api) -> None:
    client = api.client(sequence(error(503)), retry_policy=RetryPolicy(max_retries=4))
    assert client.options.max_retries == 4
    with pytest.raises(ServerError):
        api.call(chat, client)
    assert len(api.requests) == 5
    explicit = api.client(
        sequence(error(503)), retry_policy=RetryPolicy(max_retries=4), max_retries=0
    )
    assert explicit.options.max_retries == 0
