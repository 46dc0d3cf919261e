"""The client's cost totals equal what the mock billed, to the last decimal.

The mock's ledger is ``mock.state.generations`` (the figures ``GET /generation`` reports, as
exact Decimals); ``/key`` usage is its sum. Socket faults before the response are left out of
the mix on purpose: a generation billed while the client got no header is unknowable to it.
"""

from __future__ import annotations

import asyncio
import gc
import random
from decimal import Decimal
from typing import Any

import pytest

from openrouter_ext import (
    BadRequestError,
    Budget,
    IncompleteStreamError,
    ServerError,
    StreamError,
)
from openrouter_ext.testing import MockOpenRouter
from tests.e2e.support import E2E, MODEL, answer, chats, reconcile

UNFINISHED = "long;tokens=50 + stall;phase=mid_body;seconds=5;after=3"

#: (kind, scenario, weight): how one call of the mix is made
MIX = [
    ("create", None, 20),
    ("stream", None, 20),
    ("break", "long;tokens=40", 10),  # the consumer leaves after 2 chunks
    ("cancel", UNFINISHED, 5),  # async: task cancelled; sync: closed
    ("create", "usage;cost=byok", 6),
    ("stream", "usage;cost=byok", 6),
    ("create", "usage;cost=absent", 4),
    ("stream", "usage;cost=null", 4),
    ("create", "served", 4),
    ("stream", "tool_calls;parallel=2", 4),
    ("stream", "reasoning", 3),
    ("create", "status;code=503", 4),  # fails after its retries: nothing billed
    ("create", "status;code=400", 2),
    ("stream", "mid_stream_error;after=2", 4),  # billed 0 by the mock
    ("stream", "close;phase=mid_body;after=3", 4),  # broken: billed in full
]
FAILURES = (ServerError, BadRequestError, StreamError)


def _kw(n: int, scenario: str | None) -> dict[str, Any]:
    headers = {"X-Mock-Scenario": scenario} if scenario else {}
    messages = [{"role": "user", "content": f"mixed call {n}"}]
    return {"model": MODEL, "messages": messages, "extra_headers": headers}


def one_sync(client: Any, n: int, kind: str, scenario: str | None) -> None:
    kw = _kw(n, scenario)
    try:
        if kind == "create":
            client.chat.completions.create(**kw)
        elif kind == "stream":
            with client.chat.completions.stream(**kw) as s:
                s.final_response()
        else:
            stream = client.chat.completions.create(stream=True, **kw)
            for i, _ in enumerate(stream):
                if i == 1:
                    break
    except FAILURES:
        pass


async def one_async(client: Any, n: int, kind: str, scenario: str | None) -> None:
    kw = _kw(n, scenario)
    try:
        if kind == "create":
            await client.chat.completions.create(**kw)
        elif kind == "stream":
            async with client.chat.completions.stream(**kw) as s:
                await s.final_response()
        elif kind == "break":
            i = 0
            async for _ in await client.chat.completions.create(stream=True, **kw):
                i += 1
                if i == 2:
                    break
        else:
            stream = await client.chat.completions.create(stream=True, **kw)
            task = asyncio.create_task(stream.final_response())
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
    except FAILURES:
        pass


def test_1000_mixed_calls_total_the_billed_costs_to_the_last_decimal(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()
    rng = random.Random(6)
    plan = rng.choices(MIX, weights=[w for *_, w in MIX], k=1000)

    async def run_async() -> None:
        gate = asyncio.Semaphore(4)

        async def one(n: int, kind: str, scenario: str | None) -> None:
            async with gate:
                await one_async(client, n, kind, scenario)

        await asyncio.gather(*(one(n, k, s) for n, (k, s, _) in enumerate(plan)))

    if e2e.is_async:
        e2e.run(run_async())
    else:
        for n, (kind, scenario, _) in enumerate(plan):
            one_sync(client, n, kind, scenario)
    e2e.wait_until(lambda: all(r.ended_at for r in chats(mock)))

    generations = mock.state.generations
    assert len(generations) > 800
    unknown = [r for r in client.costs.records if r.incomplete or r.cost is None]
    assert len(unknown) > 100  # broken, cancelled, cost-less: the client can't know yet
    assert reconcile(e2e, client) == len(unknown)
    totals = client.costs.totals()
    billed = sum((g.cost for g in generations.values()), Decimal(0))
    byok = sum((g.upstream_cost or Decimal(0) for g in generations.values()), Decimal(0))
    assert totals.incomplete == 0
    assert totals.cost == billed  # Decimal equality: to the last decimal
    assert totals.upstream_cost == byok > 0
    # one record per billed generation, each with the billed figure
    records = {r.generation_id: r for r in client.costs.records}
    assert len(records) == len(client.costs.records) == len(generations) == totals.requests
    assert {gid: r.cost for gid, r in records.items()} == {
        gid: g.cost for gid, g in generations.items()
    }
    assert totals.prompt_tokens == sum(g.tokens_prompt for g in generations.values())
    assert totals.completion_tokens == sum(g.tokens_completion for g in generations.values())
    usage = e2e.run(client.key.get()).data.usage  # the account's view (a float)
    assert abs(Decimal(str(usage)) - billed) < Decimal("1e-9")


@pytest.mark.parametrize("how", ["break", "close"])
def test_cancelled_stream_is_reconciled_to_the_billed_figure(
    e2e: E2E, mock: MockOpenRouter, how: str
) -> None:
    client = e2e.client()

    async def leave_async() -> None:
        stream = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "Hello"}], stream=True,
            extra_headers={"X-Mock-Scenario": UNFINISHED},
        )  # fmt: skip
        async for _ in stream:
            break
        if how == "close":
            await stream.aclose()
        await asyncio.sleep(0.01)  # after a break, asyncio closes the loop's iterator next turn

    def leave_sync() -> None:
        stream = e2e.stream(client, UNFINISHED)
        with stream:
            for _ in stream:
                break

    if e2e.is_async:
        e2e.run(leave_async())
    else:
        leave_sync()
    (record,) = client.costs.records
    assert record.incomplete and record.cost is None and record.streamed
    generation_id = chats(mock)[0].generation_id
    assert generation_id is not None and record.generation_id == generation_id
    assert reconcile(e2e, client) == 1
    (done,) = client.costs.records
    billed = mock.state.generations[generation_id]
    assert done.reconciled and not done.incomplete
    assert done.cost == billed.cost == client.costs.totals().cost
    assert done.completion_tokens == billed.tokens_completion == 50
    found = e2e.run(client.generations.get(generation_id))
    assert found.data.cancelled is True  # the server saw the hang-up
    assert reconcile(e2e, client) == 0  # nothing left to do


def test_garbage_collected_stream_is_recorded_and_settles_its_reservation(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    budget = Budget("1.00")
    client = e2e.client(budget=budget)

    async def drop_async() -> None:
        stream = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "Hello"}], stream=True,
            extra_headers={"X-Mock-Scenario": UNFINISHED},
        )  # fmt: skip
        await stream.__anext__()
        assert budget.reserved > 0
        del stream
        gc.collect()

    def drop_sync() -> None:
        stream = e2e.run(
            client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "Hello"}], stream=True,
                extra_headers={"X-Mock-Scenario": UNFINISHED},
            )
        )  # fmt: skip
        next(stream)
        assert budget.reserved > 0
        del stream
        gc.collect()

    if e2e.is_async:
        e2e.run(drop_async())
    else:
        drop_sync()
    assert budget.reserved == 0  # settled at the worst case: the cost is not known yet
    assert budget.spent > 0
    (record,) = client.costs.records
    assert record.incomplete and record.generation_id == chats(mock)[-1].generation_id
    assert reconcile(e2e, client) == 1
    assert client.costs.totals().cost == mock.state.generations[record.generation_id].cost
    # the next call is not refused for the abandoned one's sake
    assert e2e.create(client).choices[0].message.content == answer()


def test_broken_stream_after_content_is_reconciled(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    with pytest.raises(IncompleteStreamError):
        e2e.final(e2e.stream(client, "reset;phase=mid_body;after=3"))
    assert client.costs.totals().incomplete == 1
    assert reconcile(e2e, client) == 1
    (gid,) = mock.state.generations
    assert client.costs.totals().cost == mock.state.generations[gid].cost > 0
