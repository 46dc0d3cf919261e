"""client.responses and client.messages over loopback: JSON, streams, faults and costs.

Every test runs for both APIs (``api``) and both clients (``e2e``): the same guarantees as
chat streams (status before the body, typed in-band errors with the partial response, a cut
stream is incomplete, idle timeout and deadline, retries only before the first event, every
way of leaving a stream frees its connection, costs and budgets).
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_ext import (
    APITimeoutError,
    AsyncMessagesStream,
    AsyncResponsesStream,
    BadRequestError,
    Budget,
    BudgetExceededError,
    IncompleteStreamError,
    MessagesStream,
    RateLimitError,
    ResponsesStream,
    ServerError,
    StreamError,
)
from openrouter_ext.testing import MockOpenRouter, RecordedRequest
from openrouter_ext.types import (
    AnthropicTextBlock,
    AnthropicThinkingBlock,
    AnthropicToolUseBlock,
    MessagesContentBlockDeltaEvent,
    MessagesResult,
    OpenResponsesResult,
    OutputFunctionCallItem,
    OutputReasoningItem,
    StreamEventsResponseCompleted,
    TextDeltaEvent,
)
from tests.e2e.support import E2E, answer, reconcile, until_error

API = pytest.mark.parametrize("api", ["responses", "messages"])
MODELS = {"responses": "openai/gpt-4o-mini", "messages": "anthropic/claude-3.5-sonnet"}
UNFINISHED = "long;tokens=50 + stall;phase=mid_body;seconds=5;after=6"
WEATHER = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}


def kwargs(api: str, scenario: str | None, **kw: Any) -> dict[str, Any]:
    kw.setdefault("model", MODELS[api])
    if api == "responses":
        kw.setdefault("input", "Hello")
    else:
        kw.setdefault("max_tokens", 200)
        kw.setdefault("messages", [{"role": "user", "content": "Hello"}])
    if scenario is not None:
        kw["extra_headers"] = {"X-Mock-Scenario": scenario}
    return kw


def resource(client: Any, api: str) -> Any:
    return client.responses if api == "responses" else client.messages


def create(e2e: E2E, client: Any, api: str, scenario: str | None = None, **kw: Any) -> Any:
    return e2e.run(resource(client, api).create(**kwargs(api, scenario, **kw)))


def stream(client: Any, api: str, scenario: str | None = None, **kw: Any) -> Any:
    return resource(client, api).stream(**kwargs(api, scenario, **kw))


def text_of(result: Any) -> str:
    if isinstance(result, OpenResponsesResult):
        return str(result.output_text)
    assert isinstance(result, MessagesResult)
    return "".join(b.text for b in result.content if isinstance(b, AnthropicTextBlock))


def calls(mock: MockOpenRouter, api: str) -> list[RecordedRequest]:
    return mock.requests_to(f"/{api}")


def billed(mock: MockOpenRouter, generation_id: str | None) -> Decimal:
    assert generation_id is not None
    cost: Decimal = mock.state.generations[generation_id].cost
    return cost


# results ------------------------------------------------------------------------------------
@API
def test_create_returns_the_typed_result_and_records_its_cost(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    client = e2e.client()
    result = create(e2e, client, api, tags=["t1"])
    assert isinstance(result, OpenResponsesResult if api == "responses" else MessagesResult)
    assert text_of(result) == answer()
    assert result.usage is not None and result.usage.cost == float(billed(mock, result.id))
    (record,) = client.costs.records
    assert record.operation == api and not record.streamed and not record.incomplete
    assert record.cost == billed(mock, result.id) and record.tags == ("t1",)
    assert record.prompt_tokens > 0 and record.completion_tokens == 8
    assert client.costs.totals().cost == billed(mock, result.id)
    assert json.loads(calls(mock, api)[0].raw).get("stream") is None


@API
def test_stream_yields_typed_events_and_accumulates_the_create_type(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    client = e2e.client()
    got = e2e.chunks(stream(client, api))
    plain = create(e2e, client, api)
    if api == "responses":
        assert isinstance(got[-1], StreamEventsResponseCompleted)
        deltas = [e.delta for e in got if isinstance(e, TextDeltaEvent)]
    else:
        assert [type(e).__name__ for e in got[:2]] == [
            "MessagesStartEvent",
            "MessagesContentBlockStartEvent",
        ]
        assert all(type(e).__name__ != "MessagesPingEvent" for e in got)  # skipped
        deltas = [e.delta.text for e in got if isinstance(e, MessagesContentBlockDeltaEvent)]
    assert "".join(deltas) == answer()
    final = e2e.final(stream(client, api))
    assert type(final) is type(plain)
    assert text_of(final) == text_of(plain) == answer()
    assert e2e.text(stream(client, api)) == answer()
    records = client.costs.records
    assert [r.operation for r in records] == [api] * 4
    assert [r.streamed for r in records] == [True, False, True, True]
    assert not any(r.incomplete for r in records)
    assert all(r.cost == billed(mock, r.generation_id) for r in records)
    assert [r.generation_id for r in records] == [c.generation_id for c in calls(mock, api)]


@API
def test_create_with_stream_true_returns_the_open_stream(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    client = e2e.client()
    opened = create(e2e, client, api, stream=True)
    kinds: dict[tuple[str, str], type] = {
        ("responses", "sync"): ResponsesStream, ("responses", "async"): AsyncResponsesStream,
        ("messages", "sync"): MessagesStream, ("messages", "async"): AsyncMessagesStream,
    }  # fmt: skip
    assert isinstance(opened, kinds[(api, e2e.kind)])
    header = opened.response.headers["x-generation-id"]
    assert opened.generation_id == header == calls(mock, api)[0].generation_id

    async def drain_async() -> Any:
        async with opened as s:
            return await s.final_response()

    def drain_sync() -> Any:
        with opened as s:
            return s.final_response()

    final = e2e.run(drain_async()) if e2e.is_async else drain_sync()
    assert text_of(final) == answer()
    usage = opened.usage
    assert usage is not None and usage.cost == float(billed(mock, header))
    assert opened.closed


@API
def test_tool_calls_and_reasoning_accumulate(e2e: E2E, mock: MockOpenRouter, api: str) -> None:
    client = e2e.client()
    if api == "responses":
        extra: dict[str, Any] = {
            "tools": [{"type": "function", "name": "get_weather", "parameters": WEATHER}],
            "reasoning": {"effort": "high"}, "input": "Weather in Paris and Rome?",
        }  # fmt: skip
    else:
        extra = {"tools": [{"name": "get_weather", "input_schema": WEATHER}],
                 "thinking": {"type": "enabled", "budget_tokens": 100}}  # fmt: skip
    scenario = "tool_calls;parallel=2;split=4"
    final = e2e.final(stream(client, api, scenario, **extra))
    plain = create(e2e, client, api, scenario, **extra)
    if api == "responses":
        kinds = [type(i) for i in final.output]
        assert kinds == [OutputReasoningItem, OutputFunctionCallItem, OutputFunctionCallItem]
        assert final.output[0].summary[0].text.startswith("Thinking:")
        args = [json.loads(i.arguments) for i in final.output[1:]]
        assert args == [json.loads(i.arguments) for i in plain.output[1:]]
        assert all(a["city"] for a in args)
    else:
        assert [type(b) for b in final.content] == [
            AnthropicThinkingBlock,
            AnthropicToolUseBlock,
            AnthropicToolUseBlock,
        ]
        assert final.content[0].thinking.startswith("Thinking:")
        assert len(final.content[0].signature) == 64
        inputs = [b.input for b in final.content[1:]]
        assert inputs == [b.input for b in plain.content[1:]] and all(i["city"] for i in inputs)
        assert final.stop_reason == "tool_use"
    assert client.costs.records[0].reasoning_tokens > 0
    assert client.costs.records[0].cost == billed(mock, client.costs.records[0].generation_id)


@API
def test_max_tokens_cut_is_a_complete_answer(e2e: E2E, mock: MockOpenRouter, api: str) -> None:
    client = e2e.client()
    limit = {"max_output_tokens": 3} if api == "responses" else {"max_tokens": 3}
    final = e2e.final(stream(client, api, **limit))
    if api == "responses":
        assert final.status == "incomplete"
        assert final.incomplete_details.reason == "max_output_tokens"
    else:
        assert final.stop_reason == "max_tokens"
    assert text_of(final) == "Mock reply to: "  # the first three pieces only
    assert not client.costs.records[-1].incomplete


# faults -------------------------------------------------------------------------------------
@API
def test_error_event_mid_stream_raises_stream_error_with_the_partial_response(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    client = e2e.client()
    after = 6 if api == "responses" else 5  # two text deltas reached the caller
    got, error = until_error(e2e, stream(client, api, f"mid_stream_error;after={after}"))
    assert len(got) == after - (api == "messages")  # the ping is not handed over
    assert type(error) is StreamError
    assert error.code == 502 and error.error_type == "provider_unavailable"
    partial = error.partial_response
    assert isinstance(partial, OpenResponsesResult if api == "responses" else MessagesResult)
    assert text_of(partial) == "Mock reply "
    assert error.generation_id == calls(mock, api)[0].generation_id
    assert len(calls(mock, api)) == 1  # content reached the caller: never resent
    assert client.costs.records[-1].incomplete


@API
def test_error_event_before_any_content_is_the_http_error_and_retried(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    client = e2e.client()
    assert e2e.text(stream(client, api, "mid_stream_error;after=0 | ok")) == answer()
    assert len(calls(mock, api)) == 2


@API
@pytest.mark.parametrize("mid_json", [0, 1])
def test_stream_cut_before_its_terminal_event_is_incomplete(
    e2e: E2E, mock: MockOpenRouter, api: str, mid_json: int
) -> None:
    client = e2e.client()
    got, error = until_error(e2e, stream(client, api, f"no_done;mid_json={mid_json}"))
    assert isinstance(error, IncompleteStreamError)
    assert got  # the events before the cut reached the caller
    assert text_of(error.partial_response) == answer()
    record = client.costs.records[-1]
    assert record.incomplete
    cost = billed(mock, calls(mock, api)[0].generation_id)
    if api == "messages" and not mid_json:  # message_delta (usage, cost) came before the cut
        assert record.cost == cost
    else:  # the usage was in the event cut off: unknown until reconciled
        assert record.cost is None
        assert reconcile(e2e, client) == 1
    assert client.costs.totals().cost == cost


@API
@pytest.mark.parametrize(("code", "error_class", "attempts"),
                         [(429, RateLimitError, 3), (503, ServerError, 3),
                          (400, BadRequestError, 1)])  # fmt: skip
def test_status_before_the_first_event_is_typed_and_only_transient_ones_retried(
    e2e: E2E, mock: MockOpenRouter, api: str, code: int, error_class: type, attempts: int
) -> None:
    client = e2e.client()
    with pytest.raises(error_class) as info:
        e2e.text(stream(client, api, f"status;code={code}"))
    assert info.value.status_code == code
    assert [r.status for r in calls(mock, api)] == [code] * attempts
    mock.reset()
    if attempts > 1:
        assert e2e.text(stream(client, api, f"status;code={code} | ok")) == answer()
        assert [r.status for r in calls(mock, api)] == [code, 200]


@API
def test_idle_stream_times_out_and_keepalives_do_not_count(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    client = e2e.client()
    start = time.monotonic()
    got, error = until_error(
        e2e, stream(client, api, "stall;phase=mid_body;seconds=3;after=4", stream_idle_timeout=0.3)
    )
    assert isinstance(error, APITimeoutError) and error.kind == "stream_idle"
    assert len(got) == 3 - (api == "messages")  # the events before the stall (ping skipped)
    assert len(calls(mock, api)) == 1  # events reached the caller: not resent
    scenario = "keepalive_only;seconds=10;interval=0.05"
    with pytest.raises(APITimeoutError) as info:
        e2e.text(stream(client, api, scenario, stream_idle_timeout=0.4))
    assert info.value.kind == "stream_idle"
    assert time.monotonic() - start < 4
    assert len(calls(mock, api)) == 4  # no event reached the caller: resent twice


@API
def test_slow_first_byte_hits_the_deadline(e2e: E2E, mock: MockOpenRouter, api: str) -> None:
    client = e2e.client()
    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        e2e.text(stream(client, api, "stall;phase=before_headers;seconds=5", deadline=0.5))
    assert 0.4 < time.monotonic() - start < 3


@API
def test_a_stalled_first_attempt_is_resent_before_any_event(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    client = e2e.client()
    scenario = "stall;phase=after_headers;seconds=3 | ok"
    assert e2e.text(stream(client, api, scenario, timeout=0.3)) == answer()
    assert len(calls(mock, api)) == 2


async def _leave_async(client: Any, api: str, how: str) -> float:
    opened = await resource(client, api).create(stream=True, **kwargs(api, UNFINISHED))
    if how == "break":
        async for _ in opened:
            break
    elif how == "exception":
        with pytest.raises(RuntimeError):
            async for _ in opened:
                raise RuntimeError("boom in the loop body")
    elif how == "gc":
        await opened.__anext__()
        del opened
        gc.collect()
    else:  # cancel
        got_one = asyncio.Event()

        async def consume() -> None:
            async for _ in opened:
                got_one.set()

        task = asyncio.create_task(consume())
        await got_one.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    return time.time()


def _leave_sync(client: Any, api: str, how: str) -> float:
    opened = resource(client, api).create(stream=True, **kwargs(api, UNFINISHED))
    if how == "break":
        for _ in opened:
            break
    elif how == "exception":
        with pytest.raises(RuntimeError):
            for _ in opened:
                raise RuntimeError("boom in the loop body")
    else:  # gc
        next(opened)
        del opened
        gc.collect()
    return time.time()


@API
@pytest.mark.parametrize("how", ["break", "exception", "gc", "cancel"])
def test_leaving_a_stream_early_releases_its_connection_at_once(
    e2e: E2E, mock: MockOpenRouter, api: str, how: str
) -> None:
    if how == "cancel" and not e2e.is_async:
        pytest.skip("task cancellation is async only")
    client = e2e.client(limits=httpx.Limits(max_connections=1))
    left = e2e.run(
        _leave_async(client, api, how) if e2e.is_async else _leave_sync(client, api, how)
    )
    # the only connection is free: the next call does not wait for the pool
    assert text_of(create(e2e, client, api, timeout=2.0)) == answer()
    e2e.wait_until(lambda: calls(mock, api)[0].disconnected_at is not None, timeout=1.0)
    hung_up = calls(mock, api)[0].disconnected_at
    assert hung_up is not None and hung_up - left < 0.5  # not the 5 s stall
    first = client.costs.records[0]
    assert first.incomplete and first.generation_id == calls(mock, api)[0].generation_id
    assert first.operation == api


# budgets ------------------------------------------------------------------------------------
@API
def test_budget_reserves_before_sending_and_settles_after(
    e2e: E2E, mock: MockOpenRouter, api: str
) -> None:
    budget = Budget("1.00")
    client = e2e.client(budget=budget)
    opened = create(e2e, client, api, stream=True)
    assert budget.reserved > 0  # the worst case, held while the stream runs

    async def drain_async() -> Any:
        async with opened as s:
            return await s.final_response()

    def drain_sync() -> Any:
        with opened as s:
            return s.final_response()

    final = e2e.run(drain_async()) if e2e.is_async else drain_sync()
    assert budget.reserved == 0
    assert budget.spent == billed(mock, final.id)
    create(e2e, client, api)
    assert budget.reserved == 0 and budget.spent == client.costs.totals().cost
    tiny = e2e.client(budget=Budget("0.000001"))
    with pytest.raises(BudgetExceededError):
        create(e2e, tiny, api)
    assert len(calls(mock, api)) == 2  # refused before sending


def test_costs_by_operation_ledger_and_observers(
    e2e: E2E, mock: MockOpenRouter, tmp_path: Path
) -> None:
    from openrouter_ext import CallInfo, CostTracker, Ledger

    seen: list[CallInfo] = []
    tracker = CostTracker(ledger=tmp_path / "costs.sqlite3")
    client = e2e.client(cost_tracker=tracker)
    client.add_observer(seen.append)
    create(e2e, client, "responses")
    e2e.final(stream(client, "messages"))
    hello = [{"role": "user", "content": "Hello"}]
    e2e.run(client.chat.completions.create(model=MODELS["responses"], messages=hello))
    by_operation = client.costs.by_operation()
    assert sorted(by_operation) == ["chat", "messages", "responses"]
    assert all(t.requests == 1 and t.cost > 0 for t in by_operation.values())
    assert [(i.operation, i.streamed) for i in seen] == [
        ("responses", False), ("messages", True), ("chat", False)]  # fmt: skip
    rows = Ledger(tmp_path / "costs.sqlite3").rows()
    assert [r["operation"] for r in rows] == ["responses", "messages", "chat"]
    assert sum(r["cost"] for r in rows) == client.costs.totals().cost
