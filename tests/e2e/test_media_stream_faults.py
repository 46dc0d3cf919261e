"""The rerank and images streams under every stream fault, with both clients over loopback.

The guarantees chat, responses and messages streams have (``test_faults.py``,
``test_responses_messages.py``), for ``POST /rerank`` and ``POST /images`` with
``stream: true``: the status is checked before the body is parsed, in-band errors are typed and
carry the partial response, a stream cut before ``[DONE]`` raises ``IncompleteStreamError``,
the idle timeout and the deadline apply, retries happen only before the first event reaches
the caller, and every way of leaving a stream frees its connection. Every test runs for both
stream kinds (``kind``) and both clients (``e2e``).
"""

from __future__ import annotations

import asyncio
import gc
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest

from openrouter_ext import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    IncompleteStreamError,
    RateLimitError,
    ServerError,
    StreamError,
)
from openrouter_ext.testing import MockOpenRouter, RecordedRequest
from openrouter_ext.types import CreateRerankResponse, ImageGenerationResponse
from tests.e2e.support import E2E, reconcile

KIND = pytest.mark.parametrize("kind", ["rerank", "images"])
DOCS = ["a red apple on a table", "the blue sky", "apple pie with red apples"]
#: one data event reached the caller, then the server stalls (the body stays open)
UNFINISHED = "stall;phase=mid_body;seconds=5;after=2"


def params(kind: str, scenario: str | None, **kw: Any) -> dict[str, Any]:
    if kind == "rerank":
        kw.setdefault("model", "cohere/rerank-v3.5")
        kw.setdefault("query", "red apple")
        kw.setdefault("documents", DOCS)
    else:
        kw.setdefault("model", "openai/gpt-image-1")
        kw.setdefault("prompt", "a red fox")
        kw.setdefault("n", 2)
    if scenario is not None:
        kw["extra_headers"] = {"X-Mock-Scenario": scenario}
    return kw


def opened(client: Any, kind: str, scenario: str | None = None, **kw: Any) -> Any:
    """``rerank.create(stream=True)`` / ``images.generate(stream=True)`` (a coroutine on async)."""
    method = client.rerank.create if kind == "rerank" else client.images.generate
    return method(stream=True, **params(kind, scenario, **kw))


def run_stream(
    e2e: E2E, client: Any, kind: str, scenario: str | None = None, **kw: Any
) -> tuple[list[Any], BaseException | None, Any]:
    """Open, iterate and finish a stream; return its events, the error and the final result."""
    got: list[Any] = []
    if e2e.is_async:

        async def go() -> tuple[BaseException | None, Any]:
            try:
                async with await opened(client, kind, scenario, **kw) as stream:
                    async for event in stream:
                        got.append(event)
                    return None, await stream.final_response()
            except Exception as exc:
                return exc, None

        error, final = e2e.run(go())
        return got, error, final
    try:
        with opened(client, kind, scenario, **kw) as stream:
            got.extend(stream)
            return got, None, stream.final_response()
    except Exception as exc:
        return got, exc, None


def final(e2e: E2E, client: Any, kind: str, scenario: str | None = None, **kw: Any) -> Any:
    got, error, result = run_stream(e2e, client, kind, scenario, **kw)
    if error is not None:
        raise error
    assert got
    return result


def calls(mock: MockOpenRouter, kind: str) -> list[RecordedRequest]:
    return mock.requests_to(f"/{kind}")


def billed(mock: MockOpenRouter, generation_id: str | None) -> Decimal:
    assert generation_id is not None
    cost: Decimal = mock.state.generations[generation_id].cost
    return cost


def shape(kind: str, result: Any) -> list[Any]:
    """What a result holds: the ranked indexes, or the images."""
    if kind == "rerank":
        assert isinstance(result, CreateRerankResponse)
        return [r.index for r in result.results]
    assert isinstance(result, ImageGenerationResponse)
    return [d.b64_json for d in result.data]


# status and in-band errors --------------------------------------------------------------------
@KIND
@pytest.mark.parametrize(("code", "error_class", "attempts"),
                         [(429, RateLimitError, 3), (503, ServerError, 3),
                          (400, BadRequestError, 1)])  # fmt: skip
def test_status_before_the_first_event_is_typed_and_only_transient_ones_retried(
    e2e: E2E, mock: MockOpenRouter, kind: str, code: int, error_class: type, attempts: int
) -> None:
    client = e2e.client()
    got, error, _ = run_stream(e2e, client, kind, f"status;code={code}")
    assert isinstance(error, error_class) and not got
    assert error.status_code == code
    assert [r.status for r in calls(mock, kind)] == [code] * attempts
    mock.reset()
    if attempts > 1:
        plain = e2e.run(client.rerank.create(**params(kind, None)) if kind == "rerank" else
                        client.images.generate(**params(kind, None)))  # fmt: skip
        result = final(e2e, client, kind, f"status;code={code} | ok")
        assert shape(kind, result) == shape(kind, plain)
        assert [r.status for r in calls(mock, kind)][-2:] == [code, 200]


@KIND
@pytest.mark.parametrize("done", [0, 1])
def test_error_event_after_an_event_raises_stream_error_with_the_partial_response(
    e2e: E2E, mock: MockOpenRouter, kind: str, done: int
) -> None:
    client = e2e.client()
    after = 1 if kind == "rerank" else 2  # the ranking / the first image reached the caller
    got, error, _ = run_stream(e2e, client, kind, f"mid_stream_error;after={after};done={done}")
    assert type(error) is StreamError
    assert error.code == 502 and error.error_type == "provider_unavailable"
    assert len(got) == after
    partial = error.partial_response
    if kind == "rerank":
        assert isinstance(partial, CreateRerankResponse) and len(partial.results) == len(DOCS)
    else:
        assert isinstance(partial, ImageGenerationResponse) and len(partial.data) == 1
    (call,) = calls(mock, kind)  # an event reached the caller: never resent
    assert error.generation_id == call.generation_id
    assert billed(mock, call.generation_id) == 0  # a failed stream is not billed
    assert client.costs.records[-1].generation_id == call.generation_id


@KIND
def test_error_event_before_any_event_is_the_http_error_and_retried(
    e2e: E2E, mock: MockOpenRouter, kind: str
) -> None:
    client = e2e.client()
    assert shape(kind, final(e2e, client, kind, "mid_stream_error;after=0 | ok"))
    assert len(calls(mock, kind)) == 2
    mock.reset()
    scenario = "mid_stream_error;after=0;code=429;error_type=rate_limit_exceeded"
    got, error, _ = run_stream(e2e, client, kind, scenario)
    assert isinstance(error, RateLimitError) and not got  # typed as its status
    assert len(calls(mock, kind)) == 3


# endings ---------------------------------------------------------------------------------------
@KIND
def test_stream_cut_inside_its_last_event_is_incomplete_and_reconciles(
    e2e: E2E, mock: MockOpenRouter, kind: str
) -> None:
    client = e2e.client()
    if kind == "rerank":  # its only event (the answer and its usage) cut: no event yet, resent
        assert shape(kind, final(e2e, client, kind, "no_done;mid_json=1 | ok"))
        cut, _ = calls(mock, kind)
        dropped, done = client.costs.records
        assert dropped.generation_id == cut.generation_id and not done.incomplete
    else:
        got, error, _ = run_stream(e2e, client, kind, "no_done;mid_json=1")
        assert isinstance(error, IncompleteStreamError)
        assert len(got) == 3  # the events before the cut reached the caller
        assert len(error.partial_response.data) == 1 and error.partial_response.usage is None
        dropped = client.costs.records[-1]
    assert dropped.incomplete and dropped.cost is None
    assert reconcile(e2e, client) == 1
    assert client.costs.totals().cost == sum(billed(mock, c.generation_id)
                                             for c in calls(mock, kind))  # fmt: skip


@KIND
def test_clean_end_without_done_after_the_usage_is_complete(
    e2e: E2E, mock: MockOpenRouter, kind: str
) -> None:
    client = e2e.client()
    result = final(e2e, client, kind, "no_done")
    assert shape(kind, result) == shape(kind, final(e2e, client, kind))
    record = client.costs.records[-1]
    assert not record.incomplete
    assert record.cost == billed(mock, calls(mock, kind)[0].generation_id)


@KIND
def test_done_ends_the_stream_though_the_body_stays_open(
    e2e: E2E, mock: MockOpenRouter, kind: str
) -> None:
    client = e2e.client()
    assert shape(kind, final(e2e, client, kind, "hold_after_done;seconds=30"))
    e2e.wait_until(lambda: calls(mock, kind)[0].disconnected_at is not None)  # let go at once
    assert e2e.busy(client) == 0
    record = client.costs.records[-1]
    assert not record.incomplete
    assert record.cost == billed(mock, calls(mock, kind)[0].generation_id)


@KIND
@pytest.mark.parametrize("fault", ["reset", "close"])
def test_connection_dropped_after_an_event_is_incomplete_and_never_resent(
    e2e: E2E, mock: MockOpenRouter, kind: str, fault: str
) -> None:
    client = e2e.client()
    after = 2 if kind == "rerank" else 3  # the keep-alive, then the ranking / two image events
    got, error, _ = run_stream(e2e, client, kind, f"{fault};phase=mid_body;after={after}")
    assert isinstance(error, IncompleteStreamError)  # the body broke before `[DONE]`
    assert len(got) == after - 1
    assert shape(kind, error.partial_response)  # the ranking / the first image
    assert error.generation_id == calls(mock, kind)[0].generation_id
    assert client.costs.records[-1].incomplete
    assert len(calls(mock, kind)) == 1


@KIND
@pytest.mark.parametrize("fault", ["reset", "close"])
def test_connection_dropped_before_any_event_is_resent(
    e2e: E2E, mock: MockOpenRouter, kind: str, fault: str
) -> None:
    client = e2e.client()
    assert shape(kind, final(e2e, client, kind, f"{fault};phase=after_headers | ok"))
    assert len(calls(mock, kind)) == 2


@KIND
def test_framing_and_dribbled_bytes_decode_to_the_same_answer(
    e2e: E2E, mock: MockOpenRouter, kind: str
) -> None:
    client = e2e.client()
    plain = shape(kind, final(e2e, client, kind))
    for scenario in ("framing;style=nospace,cr,multiline,fields,no_charset",
                     "framing;style=crlf", "dribble;size=7 + framing;style=crlf"):  # fmt: skip
        assert shape(kind, final(e2e, client, kind, scenario)) == plain, scenario
    assert client.costs.totals().incomplete == 0


# timeouts --------------------------------------------------------------------------------------
@KIND
def test_idle_stream_times_out_and_keepalives_do_not_count(
    e2e: E2E, mock: MockOpenRouter, kind: str
) -> None:
    client = e2e.client()
    got, error, _ = run_stream(e2e, client, kind, UNFINISHED, stream_idle_timeout=0.3)
    assert isinstance(error, APITimeoutError) and error.kind == "stream_idle"
    assert len(got) == 1  # the event before the stall
    assert len(calls(mock, kind)) == 1  # an event reached the caller: not resent
    scenario = "keepalive_only;seconds=10;interval=0.05"
    got, error, _ = run_stream(e2e, client, kind, scenario, stream_idle_timeout=0.4)
    assert isinstance(error, APITimeoutError) and error.kind == "stream_idle" and not got
    assert len(calls(mock, kind)) == 4  # no event reached the caller: resent twice


@KIND
def test_slow_first_byte_hits_the_deadline(e2e: E2E, mock: MockOpenRouter, kind: str) -> None:
    client = e2e.client()
    _, error, _ = run_stream(e2e, client, kind, "stall;phase=before_headers;seconds=5",
                             deadline=0.5)  # fmt: skip
    assert isinstance(error, APITimeoutError)
    assert len(calls(mock, kind)) == 1


@KIND
def test_a_stalled_first_attempt_is_resent_before_any_event(
    e2e: E2E, mock: MockOpenRouter, kind: str
) -> None:
    client = e2e.client()
    assert shape(kind, final(e2e, client, kind, "stall;phase=after_headers;seconds=3 | ok",
                             timeout=0.3))  # fmt: skip
    assert len(calls(mock, kind)) == 2
    with pytest.raises(APIConnectionError):  # a stall that outlasts every attempt
        final(e2e, e2e.client(max_retries=0), kind, "stall;phase=after_headers;seconds=3",
              timeout=0.3)  # fmt: skip


# leaving early ---------------------------------------------------------------------------------
async def _leave_async(client: Any, kind: str, how: str) -> float:
    stream = await opened(client, kind, UNFINISHED)
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
    else:  # cancel
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


def _leave_sync(client: Any, kind: str, how: str) -> float:
    stream = opened(client, kind, UNFINISHED)
    if how == "break":
        for _ in stream:
            break
    elif how == "exception":
        with pytest.raises(RuntimeError):
            for _ in stream:
                raise RuntimeError("boom in the loop body")
    else:  # gc
        next(stream)
        del stream
        gc.collect()
    return time.time()


@KIND
@pytest.mark.parametrize("how", ["break", "exception", "gc", "cancel"])
def test_leaving_a_stream_early_releases_its_connection_at_once(
    e2e: E2E, mock: MockOpenRouter, kind: str, how: str
) -> None:
    if how == "cancel" and not e2e.is_async:
        pytest.skip("task cancellation is async only")
    client = e2e.client(limits=httpx.Limits(max_connections=1))
    left = e2e.run(
        _leave_async(client, kind, how) if e2e.is_async else _leave_sync(client, kind, how)
    )
    # the only connection is free: the next call does not wait for the pool
    assert shape(kind, final(e2e, client, kind, timeout=2.0))
    e2e.wait_until(lambda: calls(mock, kind)[0].disconnected_at is not None, timeout=1.0)
    hung_up = calls(mock, kind)[0].disconnected_at
    assert hung_up is not None and hung_up - left < 0.5  # not the 5 s stall
    first = client.costs.records[0]
    assert first.generation_id == calls(mock, kind)[0].generation_id
    assert first.operation == kind
    if kind == "rerank":  # its one event carried the usage: the cost is known however it is left
        assert first.cost == billed(mock, first.generation_id)
    else:  # one image of two, no usage yet: unknown until reconciled
        assert first.incomplete and first.cost is None
