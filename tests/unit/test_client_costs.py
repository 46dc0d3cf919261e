"""Costs through the clients: records, tags, streams, budgets, estimates and logs."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_ext import (
    AsyncOpenRouter,
    Budget,
    BudgetExceededError,
    CostTracker,
    Ledger,
    OpenRouter,
    ServerError,
)
from openrouter_ext._costs.pricing import UnknownPriceError
from openrouter_ext._costs.usage import InvalidCostWarning
from tests.conftest import TEST_KEY, Api, FakeClock, fixture_json, sse_body

USER = [{"role": "user", "content": "Hello"}]
MODELS = {
    "data": [
        {
            **fixture_json("models.json")["data"][0],
            "id": "openai/gpt-4o",
            "pricing": {"prompt": "0.0000025", "completion": "0.00001"},
            "top_provider": {
                "context_length": 128000,
                "max_completion_tokens": 16384,
                "is_moderated": True,
            },
        },
    ],
    "total_count": 1,
    "links": {"next": None},
}


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in separate network reads, sync or async."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Any:
        yield from self.pieces

    async def __aiter__(self) -> Any:
        for piece in self.pieces:
            yield piece


def router(chat: Any = None, stream: list[bytes] | None = None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json=MODELS)
        if stream is not None:
            return httpx.Response(
                200,
                stream=Pieces(stream),
                headers={"content-type": "text/event-stream", "x-generation-id": "gen-stream"},
            )
        return httpx.Response(
            200,
            json=chat or fixture_json("chat_result.json"),
            headers={"x-generation-id": "gen-1700000000-abcdefghijklmnop"},
        )

    return handler


def test_non_streaming_calls_are_recorded_with_tags(api: Api) -> None:
    client = api.client(router())
    api.call(
        lambda c: c.chat.completions.create(
            model="openai/gpt-4o", messages=USER, tags=["batch-7", "eu"]
        ),
        client,
    )
    api.call(lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER), client)
    totals = client.costs.totals()
    assert totals.requests == 2
    assert totals.cost == Decimal("0.00028")
    assert totals.prompt_tokens == 20
    assert client.costs.by_model()["openai/gpt-4o"].requests == 2
    assert client.costs.by_provider()["OpenAI"].cost == Decimal("0.00028")
    assert set(client.costs.by_tag()) == {"batch-7", "eu"}
    record = client.costs.records[0]
    assert record.generation_id == "gen-1700000000-abcdefghijklmnop"
    assert record.tags == ("batch-7", "eu")
    assert not record.incomplete


def test_byok_upstream_cost_is_kept_apart(api: Api) -> None:
    client = api.client(router(fixture_json("chat_tool_calls.json")))
    api.call(
        lambda c: c.chat.completions.create(model="anthropic/claude-sonnet-4", messages=USER),
        client,
    )
    totals = client.costs.totals()
    assert totals.cost == Decimal("0.00045")
    assert totals.upstream_cost == Decimal("0.0009")


def test_stream_recorded_when_finished_and_when_closed_early(api: Api) -> None:
    events = [
        {
            "id": "gen-stream",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "openai/gpt-4o",
            "provider": "OpenAI",
            "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": "stop"}],
        },
        {
            "id": "gen-stream",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "openai/gpt-4o",
            "choices": [],
            "usage": {
                "prompt_tokens": 3,
                "completion_tokens": 1,
                "total_tokens": 4,
                "cost": 0.00002,
                "is_byok": False,
            },
        },
    ]
    client = api.client(
        router(stream=[sse_body(events[0], done=False), sse_body(events[1], comments=0)])
    )
    stream = client.chat.completions.stream(model="openai/gpt-4o", messages=USER, tags=["s"])
    if api.is_async:

        async def run_all() -> None:
            async with stream as s:
                await s.final_response()

        api.run(run_all())
    else:
        with stream as s:
            s.final_response()
    first = client.costs.records[-1]
    assert (first.cost, first.incomplete, first.streamed) == (Decimal("0.00002"), False, True)

    early = client.chat.completions.stream(model="openai/gpt-4o", messages=USER)
    if api.is_async:

        async def run_one() -> None:
            async with early as s:
                async for _ in s:
                    break

        api.run(run_one())
    else:
        with early as s:
            for _ in s:
                break
    last = client.costs.records[-1]
    assert last.incomplete
    assert last.cost is None
    assert last.generation_id == "gen-stream"
    assert client.costs.totals().requests == 2


def test_failed_calls_are_not_billed_records(api: Api) -> None:
    client = api.client(
        lambda r: httpx.Response(400, json={"error": {"code": 400, "message": "bad"}})
    )
    with pytest.raises(Exception, match="bad"):
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER), client)
    assert client.costs.totals().requests == 0


def test_pricing_and_estimate(api: Api) -> None:
    client = api.client(router())
    price = api.call(lambda c: c.models.pricing("openai/gpt-4o"), client)
    assert price.prompt == Decimal("0.0000025")
    estimate = api.call(
        lambda c: c.estimate_cost(model="openai/gpt-4o", messages=USER, max_tokens=100), client
    )
    # prompt bound: every UTF-8 byte of the message ("user" + "Hello") + 8 overhead; output 100
    assert estimate == Decimal("0.0000025") * 17 + Decimal("0.00001") * 100
    unbounded = api.call(lambda c: c.estimate_cost(model="openai/gpt-4o", messages=USER), client)
    assert unbounded == Decimal("0.0000025") * 17 + Decimal("0.00001") * 16384
    with pytest.raises(ValueError, match="no price"):
        api.call(lambda c: c.models.pricing("nobody/nothing"), client)
    models_requests = [r for r in api.requests if r.url.path.endswith("/models")]
    assert len(models_requests) == 1  # cached; the unknown model was not in a fresh list
    assert models_requests[0].url.params["output_modalities"] == "all"


def test_an_unknown_model_refetches_the_list_at_most_once_a_minute(api: Api) -> None:
    clock = FakeClock()
    client = api.client(router(), clock=clock)  # the price cache's expiry reads it
    fetches = lambda: sum(r.url.path.endswith("/models") for r in api.requests)  # noqa: E731
    for _ in range(5):  # a typo in a batch: the list is fetched once, not per call
        with pytest.raises(ValueError, match="no price is known for model 'nobody/nothing'"):
            api.call(lambda c: c.models.pricing("nobody/nothing"), client)
    assert fetches() == 1
    clock.advance(61)  # a model released since would be found now
    with pytest.raises(ValueError, match="no price"):
        api.call(lambda c: c.models.pricing("nobody/nothing"), client)
    assert fetches() == 2
    assert api.call(lambda c: c.models.pricing("openai/gpt-4o"), client).prompt > 0
    assert fetches() == 2  # known models are served from the cache until the TTL


def _slow_models(count: list[int]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            count.append(1)
            threading.Event().wait(0.05)  # a slow list: concurrent callers overlap
            return httpx.Response(200, json=MODELS)
        return httpx.Response(200, json=fixture_json("chat_result.json"))

    return handler


def test_concurrent_threads_with_a_cold_price_cache_fetch_the_list_once() -> None:
    count: list[int] = []
    transport = httpx.MockTransport(_slow_models(count))
    client = OpenRouter(api_key=TEST_KEY, http_client=httpx.Client(transport=transport))
    results: list[Any] = []

    def one() -> None:
        results.append(client.estimate_cost(model="openai/gpt-4o", messages=USER, max_tokens=1))

    threads = [threading.Thread(target=one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and len(set(results)) == 1
    assert len(count) == 1


def test_concurrent_tasks_with_a_cold_price_cache_fetch_the_list_once() -> None:
    count: list[int] = []
    sync_handler = _slow_models(count)

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            count.append(1)
            await asyncio.sleep(0.05)  # tasks overlap while the list is being fetched
            return httpx.Response(200, json=MODELS)
        return sync_handler(request)

    async def run() -> list[Decimal]:
        transport = httpx.MockTransport(handler)
        async with AsyncOpenRouter(
            api_key=TEST_KEY, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            return await asyncio.gather(
                *[client.estimate_cost(model="openai/gpt-4o", messages=USER, max_tokens=1)
                  for _ in range(8)]
            )  # fmt: skip

    results = asyncio.run(run())
    assert len(results) == 8 and len(set(results)) == 1
    assert len(count) == 1


def test_budget_refuses_before_sending(api: Api) -> None:
    budget = Budget(max_cost=Decimal("0.002"))
    client = api.client(router(), budget=budget)
    chat_calls = lambda: [r for r in api.requests if r.url.path.endswith("/chat/completions")]  # noqa: E731
    api.call(
        lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER, max_tokens=100),
        client,
    )
    assert budget.spent == Decimal("0.00014")  # settled with the billed cost
    assert budget.reserved == 0
    with pytest.raises(BudgetExceededError):
        api.call(
            lambda c: c.chat.completions.create(
                model="openai/gpt-4o", messages=USER, max_tokens=1000
            ),
            client,
        )
    assert len(chat_calls()) == 1
    with pytest.raises(ValueError, match="model="):
        api.call(lambda c: c.chat.completions.create(messages=USER, max_tokens=1), client)


def test_failed_call_releases_its_reservation(api: Api) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json=MODELS)
        return httpx.Response(503, json={"error": {"code": 503, "message": "down"}})

    budget = Budget(max_cost=Decimal("1"))
    client = api.client(handler, budget=budget, max_retries=0)
    with pytest.raises(ServerError):
        api.call(
            lambda c: c.chat.completions.create(
                model="openai/gpt-4o", messages=USER, max_tokens=10
            ),
            client,
        )
    assert budget.spent == 0
    assert budget.reserved == 0


def test_ten_concurrent_calls_against_a_budget_that_fits_three() -> None:
    sent: list[int] = []
    lock = threading.Lock()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json=MODELS)
        with lock:
            sent.append(1)
        await asyncio.sleep(0.05)
        return httpx.Response(200, json=fixture_json("chat_result.json"))

    one_call = Decimal("0.0000025") * 17 + Decimal("0.00001") * 100
    budget = Budget(max_cost=one_call * 3 + one_call / 2)

    async def run() -> list[Any]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncOpenRouter(api_key=TEST_KEY, budget=budget, http_client=http) as client:
            await client.models.pricing("openai/gpt-4o")
            results = await asyncio.gather(
                *[
                    client.chat.completions.create(
                        model="openai/gpt-4o", messages=USER, max_tokens=100
                    )
                    for _ in range(10)
                ],
                return_exceptions=True,
            )
            await http.aclose()
            return results

    results = asyncio.run(run())
    assert len(sent) == 3
    assert sum(isinstance(r, BudgetExceededError) for r in results) == 7


def test_shared_tracker_across_clients() -> None:
    tracker = CostTracker()
    transport = httpx.MockTransport(router())
    with (
        OpenRouter(
            api_key=TEST_KEY, cost_tracker=tracker, http_client=httpx.Client(transport=transport)
        ) as a,
        OpenRouter(
            api_key=TEST_KEY, cost_tracker=tracker, http_client=httpx.Client(transport=transport)
        ) as b,
    ):
        a.chat.completions.create(model="m", messages=USER)
        b.chat.completions.create(model="m", messages=USER)
        assert a.costs is b.costs is tracker
    assert tracker.totals().requests == 2


def test_one_structured_log_record_per_call_without_secrets(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="openrouter_ext")
    client = api.client(router())
    api.call(lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER), client)
    records = [r for r in caplog.records if hasattr(r, "openrouter")]
    assert len(records) == 1
    fields = records[0].openrouter  # type: ignore[attr-defined]
    assert fields["model"] == "openai/gpt-4o"
    assert fields["provider"] == "OpenAI"
    assert fields["status"] == 200
    assert fields["attempts"] == 1
    assert fields["prompt_tokens"] == 10
    assert TEST_KEY not in caplog.text
    assert "Hello" not in json.dumps(fields, default=str)  # no message bodies by default


def test_observers_receive_call_info(api: Api) -> None:
    seen: list[Any] = []
    client = api.client(router())
    client.add_observer(seen.append)
    assert client.observers[-1] == seen.append
    api.call(lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER), client)
    assert len(seen) == 1
    assert seen[0].cost == Decimal("0.00014")
    assert seen[0].finish_reasons == ("stop",)
    # a with_options copy reports to the same observers
    api.call(lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER),
             client.with_options(max_retries=0))  # fmt: skip
    assert len(seen) == 2
    client.remove_observer(seen.append)
    client.remove_observer(seen.append)  # not there: no error
    assert seen.append not in client.observers
    api.call(lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER), client)
    assert len(seen) == 2


def test_an_observer_that_raises_does_not_fail_the_call(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[Any] = []

    def broken(info: Any) -> None:
        raise RuntimeError("observer bug")

    client = api.client(router())
    client.add_observer(broken)
    client.add_observer(seen.append)
    result = api.call(
        lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER), client
    )
    assert result.choices[0].message.content
    assert len(seen) == 1  # the next observer still got the call
    assert "observer" in caplog.text and "failed" in caplog.text


# --- hostile money fields (issue #16, points 5 and 6) ---------------------------------------

BAD_USER = [{"role": "user", "content": "Hello, bad"}]


def _json(body: Any, **headers: str) -> httpx.Response:
    # built by hand: httpx's json= refuses NaN, which a hostile server may well send
    return httpx.Response(
        200,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **headers},
    )


def _money_router(bad_cost: Any) -> Any:
    """Chat answers with a valid cost, or with ``bad_cost`` when asked "Hello, bad"."""

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/models"):
            return httpx.Response(200, json=MODELS)
        if path.endswith("/generation"):
            generation = fixture_json("generation.json")
            generation["data"]["id"] = request.url.params["id"]
            return httpx.Response(200, json=generation)
        chat = fixture_json("chat_result.json")
        if b"Hello, bad" in request.content:
            chat["id"] = "gen-bad"
            chat["usage"]["cost"] = bad_cost
        return _json(chat, **{"x-generation-id": chat["id"]})

    return handler


@pytest.mark.parametrize(
    "bad", [-5, "abc", float("nan"), float("-inf"), True, "1e999999999", 1e13], ids=repr
)
def test_an_invalid_cost_never_enters_totals_budgets_or_the_ledger(
    api: Api, bad: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    budget = Budget("1")
    tracker = CostTracker(budget=budget, ledger=tmp_path / "costs.sqlite3")
    client = api.client(_money_router(bad), cost_tracker=tracker)

    def create(messages: list[dict[str, str]]) -> Any:
        return api.call(
            lambda c: c.chat.completions.create(
                model="openai/gpt-4o", messages=messages, max_tokens=100
            ),
            client,
        )

    create(USER)
    estimate = api.call(
        lambda c: c.estimate_cost(model="openai/gpt-4o", messages=BAD_USER, max_tokens=100), client
    )
    warns = pytest.warns(InvalidCostWarning, match=r"usage\.cost .*'openai/gpt-4o'.*gen-bad")
    with caplog.at_level(logging.ERROR, "openrouter_ext"), warns:
        create(BAD_USER)  # the call itself succeeds: the answer is the user's
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "openai/gpt-4o" in errors[0].getMessage()
    assert repr(bad)[:20] in errors[0].getMessage()

    record = client.costs.records[-1]
    assert (record.cost, record.generation_id) == (None, "gen-bad")  # unknown, not bad
    totals = client.costs.totals()
    assert (totals.requests, totals.cost) == (2, Decimal("0.00014"))  # unchanged by the bad one
    assert client.costs.by_model()["openai/gpt-4o"].cost == Decimal("0.00014")
    # the budget is not credited: the bad call's worst case stays spent, as for an unknown cost
    assert budget.spent == Decimal("0.00014") + estimate
    assert budget.reserved == 0
    assert budget.remaining == Decimal(1) - budget.spent
    assert [row["cost"] for row in Ledger(tmp_path / "costs.sqlite3").rows()] == [
        Decimal("0.00014"),
        None,
    ]

    # reconcile() fetches the billed cost by generation id
    fixed = api.run(
        tracker.areconcile(client, wait=0) if api.is_async else tracker.reconcile(client, wait=0)
    )
    assert fixed == 1
    assert client.costs.totals().cost == Decimal("0.00028")
    assert Ledger(tmp_path / "costs.sqlite3").summary("model")["openai/gpt-4o"]["cost"] == Decimal(
        "0.00028"
    )


def test_an_invalid_cost_in_a_stream_is_unknown_and_reported(api: Api) -> None:
    chunk = {
        "id": "gen-stream",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "openai/gpt-4o",
        "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4, "cost": -5},
    }
    budget = Budget("1")
    client = api.client(router(stream=[sse_body(chunk)]), budget=budget)
    stream = client.chat.completions.stream(model="openai/gpt-4o", messages=USER, max_tokens=10)

    def read_all() -> Any:
        if api.is_async:

            async def run_all() -> None:
                async with stream as s:
                    await s.final_response()

            return api.run(run_all())
        with stream as s:
            return s.final_response()

    with pytest.warns(InvalidCostWarning, match="-5"):
        read_all()
    record = client.costs.records[-1]
    assert (record.cost, record.prompt_tokens, record.incomplete) == (None, 3, False)
    assert client.costs.totals().cost == 0
    assert budget.spent > 0  # the worst case, never -5
    assert budget.reserved == 0


@pytest.mark.parametrize(
    "pricing",
    [
        pytest.param({"prompt": None, "completion": "abc"}, id="null-and-unparseable"),
        pytest.param({"prompt": None, "completion": None}, id="null"),
        pytest.param({"prompt": "-1", "completion": "-1"}, id="variable-router"),
    ],
)
def test_a_model_with_an_unknown_price_is_never_budgeted_at_zero(
    api: Api, pricing: dict[str, Any]
) -> None:
    base = fixture_json("models.json")["data"][0]
    models = copy.deepcopy(MODELS)
    models["data"] += [
        {**base, "id": "odd/model", "pricing": pricing},
        {**base, "id": "free/model", "pricing": {"prompt": "0", "completion": "0"}},
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json=models)
        chat = fixture_json("chat_result.json")
        chat["usage"]["cost"] = 0 if b"free/model" in request.content else 0.6
        return httpx.Response(200, json=chat)

    budget = Budget("1")
    client = api.client(handler, budget=budget)
    chat_calls = lambda: [r for r in api.requests if r.url.path.endswith("/chat/completions")]  # noqa: E731

    def create(model: str) -> Any:
        return api.call(
            lambda c: c.chat.completions.create(model=model, messages=USER, max_tokens=10), client
        )

    for _ in range(3):  # priced at 0, each would fit a budget of 1: 1.8 would be spent
        with pytest.raises(UnknownPriceError, match="unknown"):
            create("odd/model")
    assert chat_calls() == []
    assert (budget.spent, budget.reserved) == (0, 0)
    assert api.call(lambda c: c.models.pricing("odd/model"), client).variable
    with pytest.raises(UnknownPriceError, match="no price is known"):  # not listed: the same
        create("nobody/nothing")
    with pytest.raises(ValueError, match="unknown"):  # a ValueError for old callers
        api.call(lambda c: c.estimate_cost(model="odd/model", messages=USER, max_tokens=1), client)
    for _ in range(3):  # a free model ("0") is priced at 0 and fits
        create("free/model")
    assert len(chat_calls()) == 3
    assert (budget.spent, budget.reserved) == (0, 0)
