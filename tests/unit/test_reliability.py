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
from openrouter_ext._core.base import _BaseClient
from openrouter_ext._retry import policy as _retry
from tests.conftest import TEST_KEY, Api, fixture_json, sse_body

USER = [{"role": "user", "content": "hi"}]
SLEEPS: list[float] = []


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    SLEEPS.clear()

    async def asleep(seconds: float) -> None:
        SLEEPS.append(seconds)

    monkeypatch.setattr(_retry, "_sleep", SLEEPS.append)
    monkeypatch.setattr(_retry, "_asleep", asleep)
    monkeypatch.setattr(_BaseClient, "_sleep", staticmethod(SLEEPS.append))
    monkeypatch.setattr(_BaseClient, "_asleep", staticmethod(asleep))
    return SLEEPS


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


def test_429_with_retry_after_then_200_sends_two_requests(api: Api) -> None:
    client = api.client(
        sequence(
            error(429, "slow down", **{"Retry-After": "1"}),
            httpx.Response(200, json=fixture_json("chat_result.json")),
        )
    )
    api.call(chat, client)
    assert len(api.requests) == 2
    assert SLEEPS == [1.0]  # the server's delay, exactly, not jittered
    bodies = {r.content for r in api.requests}
    assert len(bodies) == 1  # every attempt sends the same body


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


def test_server_delay_above_the_cap_raises_at_once(api: Api) -> None:
    client = api.client(sequence(error(429, "daily", **{"Retry-After": "3600"})))
    with pytest.raises(RateLimitError) as info:
        api.call(chat, client)
    assert info.value.retry_after == 3600
    assert len(api.requests) == 1
    assert SLEEPS == []


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


def test_deadline_stops_retrying(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(_retry, "_clock", lambda: now[0])
    monkeypatch.setattr("openrouter_ext._core.base.time.monotonic", lambda: now[0])

    def slow_failure(request: httpx.Request) -> httpx.Response:
        now[0] += 4.0
        return error(503)

    client = api.client(slow_failure, max_retries=5, deadline=5.0)
    with pytest.raises((ServerError, APITimeoutError)):
        api.call(chat, client)
    assert len(api.requests) <= 2


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


def test_generation_wait_tolerates_404(api: Api) -> None:
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
    assert SLEEPS == [0.25, 0.5]


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
    assert client.with_options(max_retries=1)._budget is client._budget


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
        transport = httpx.MockTransport(handler)
        async with AsyncOpenRouter(
            api_key=TEST_KEY, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            task = asyncio.create_task(client.chat.completions.create(model="m", messages=USER))
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await client._http.aclose()

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
