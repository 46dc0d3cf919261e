"""Per-stream cost guards that count instead of timing (stable on a busy CI machine).

A burst of ``BURST`` concurrent short streams runs on one ``AsyncOpenRouter`` against a
keep-alive server on 127.0.0.1 (``stream_server.py``), and the same burst on the floor:
one ``httpx.AsyncClient`` with httpx-sse and ``json.loads``, reading each body to its end so
its connection is reused, on the same pool (the floor's pool gets the same assignment pass,
so what is counted above it is this package's own work per stream: the open, the
decoding into typed chunks, the accounting, the bounded drain and the close). Counted over
the whole burst (the least of three bursts: load on the machine only adds loop turns),
divided by the streams:

- Python function calls (``sys.setprofile``), above the floor's;
- event-loop callbacks scheduled (``call_soon``/``call_at``) and tasks created, above the
  floor's: a timer or task per stream shows up here even when it costs no Python call;
- the pool's work for a burst that starts with an idle connection: without the assignment
  pass of ``_io/assign.py`` every queued request woke and retried for each connection
  handed back (httpcore's churn), so the calls per stream grew with the burst; they must
  not (``BURST`` and ``4 * BURST`` streams cost the same per stream, within the margin).

A budget is the count measured when it was set (``MEASURED_*``) times ``MARGIN``; the
counts move by a few per stream with how reads split on the socket, a regression (a timer
per stream, a second parse, a lost fast path, the churn back) moves them by tens or more.
When a change lowers a count for good, lower its ``MEASURED_*``.

History (CPython 3.11, httpx 0.28, httpcore 1.0.9, httpx-sse 0.4; per stream of a burst of
20 four-chunk streams): with httpcore's own pool pass we made 6,100 calls and 18 callbacks
(the floor, on our pass, 1,875 and 11.15); on our pass 1,981 calls and 12.15 callbacks
(110 calls and one timer above the floor: the drain's cancel scope); 1,942 and 11.15 (67
calls, no callback above the floor) once the drain was bounded by the socket's deadline cap;
1,951 (76 above) after main's generated models read absent fields as None; 81 above after
the merge of the responses, messages and media work (usage kinds: ~5 calls), where a machine at
load 6 moved single bursts by up to 15 calls: the least of three bursts is counted.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from openrouter_ext import AsyncOpenRouter
from openrouter_ext._io.assign import install_assignment

from .stream_server import CHUNKS, MODEL, stream_server

BURST = 20
MARGIN = 1.3
#: Python calls per stream above the floor's, measured.
MEASURED_CALLS_ABOVE_FLOOR = 81
#: Loop callbacks and tasks per stream above the floor's, measured.
MEASURED_CALLBACKS_ABOVE_FLOOR = 0
MEASURED_TASKS_ABOVE_FLOOR = 0
CALLS_BUDGET = int(MEASURED_CALLS_ABOVE_FLOOR * MARGIN)  # 105
CALLBACKS_BUDGET = MEASURED_CALLBACKS_ABOVE_FLOOR + 0.5  # one timer per stream fails it
TASKS_BUDGET = MEASURED_TASKS_ABOVE_FLOOR
MESSAGES = [{"role": "user", "content": "Hi"}]


class _CountingLoop(asyncio.SelectorEventLoop):
    """An event loop counting the callbacks and tasks it is asked to run."""

    callbacks = 0
    tasks = 0

    def call_soon(self, callback: Any, *args: Any, context: Any = None) -> Any:
        self.callbacks += 1
        return super().call_soon(callback, *args, context=context)

    def call_at(self, when: float, callback: Any, *args: Any, context: Any = None) -> Any:
        self.callbacks += 1
        return super().call_at(when, callback, *args, context=context)

    def create_task(self, coro: Any, **kwargs: Any) -> Any:
        self.tasks += 1
        return super().create_task(coro, **kwargs)


def _counted(loop: _CountingLoop, burst: Callable[[], Awaitable[None]]) -> dict[str, int]:
    calls = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    gc.collect()
    gc.disable()  # a collection would run other tests' finalizers inside the count
    loop.callbacks = loop.tasks = 0
    sys.setprofile(profile)
    try:
        loop.run_until_complete(burst())
    finally:
        sys.setprofile(None)
        gc.enable()
    return {"calls": calls, "callbacks": loop.callbacks, "tasks": loop.tasks}


def _measure(make: Callable[[str], Any], streams: int) -> dict[str, float]:
    """Counts per stream of a burst of ``streams`` on one client (warm: one idle connection)."""
    with stream_server() as server:
        loop = _CountingLoop()
        try:
            client = loop.run_until_complete(_build(make, server.url))

            async def burst() -> None:
                got = await asyncio.gather(*(client.stream() for _ in range(streams)))
                assert got == [CHUNKS] * streams

            loop.run_until_complete(client.stream())  # lazy imports, the idle connection
            loop.run_until_complete(burst())  # connections for the whole burst
            # a busy machine splits reads differently (a loop turn more): the least of three
            runs = [_counted(loop, burst) for _ in range(3)]
            counts = {k: min(run[k] for run in runs) for k in runs[0]}
            loop.run_until_complete(client.close())
        finally:
            loop.close()
    return {k: v / streams for k, v in counts.items()}


async def _build(make: Callable[[str], Any], url: str) -> Any:
    return make(url)


class _Ours:
    def __init__(self, url: str) -> None:
        self.client = AsyncOpenRouter(api_key="sk-test", base_url=url)

    async def stream(self) -> int:
        opened = self.client.chat.completions.stream(model=MODEL, messages=MESSAGES)
        async with opened as stream:
            return sum([1 async for _ in stream])

    async def close(self) -> None:
        await self.client.aclose()


class _Floor:
    def __init__(self, url: str) -> None:
        limits = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
        self.http = httpx.AsyncClient(limits=limits)
        install_assignment(self.http)  # the same pool pass: only our own work is counted
        self.url = f"{url}/chat/completions"
        self.body = {"model": MODEL, "messages": MESSAGES, "stream": True}

    async def stream(self) -> int:
        import httpx_sse

        n = 0
        async with httpx_sse.aconnect_sse(self.http, "POST", self.url, json=self.body) as source:
            events = source.aiter_sse()
            async for sse in events:
                if sse.data == "[DONE]":
                    break
                json.loads(sse.data)
                n += 1
            async for _ in events:  # the end of the body: the connection is reused
                pass
        return n

    async def close(self) -> None:
        await self.http.aclose()


def test_per_stream_work_above_the_floor_within_budget() -> None:
    ours, floor = _measure(_Ours, BURST), _measure(_Floor, BURST)
    above = {k: ours[k] - floor[k] for k in ours}
    print(f"per stream: ours {ours}, floor {floor}, above {above}")
    assert above["calls"] <= CALLS_BUDGET, (
        f"{above['calls']:.0f} Python calls per stream above the floor's {floor['calls']:.0f} "
        f"> budget {CALLS_BUDGET}; see make bench (--only many)"
    )
    assert above["callbacks"] <= CALLBACKS_BUDGET, (
        f"{above['callbacks']:.1f} loop callbacks per stream above the floor's "
        f"{floor['callbacks']:.1f} > budget {CALLBACKS_BUDGET}: a timer or a wake-up per stream?"
    )
    assert above["tasks"] <= TASKS_BUDGET, f"{above['tasks']:.2f} tasks per stream: {ours}"


def test_per_stream_pool_work_does_not_grow_with_the_burst() -> None:
    small, big = _measure(_Ours, BURST), _measure(_Ours, 4 * BURST)
    print(f"calls per stream: {small['calls']:.0f} at {BURST}, {big['calls']:.0f} at {4 * BURST}")
    assert big["calls"] <= small["calls"] * 1.15, (small, big)
    assert big["callbacks"] <= small["callbacks"] * 1.15, (small, big)
