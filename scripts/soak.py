"""Soak one client with random faults and check that nothing leaks (`make soak`).

Usage: .venv/bin/python scripts/soak.py [--calls 10000] [--sync] [--concurrency 16] [--seed 1]

Every call goes through ONE `AsyncOpenRouter` (or `OpenRouter` with `--sync`, from a thread
pool) to the mock server on 127.0.0.1, with a fault drawn at random: 5xx and 429 (retried or
not), connection resets and closes before and after the headers and mid-body, stalls past
the call's timeout, in-band stream errors, keep-alives, dribbled bytes, `[DONE]` with the body
held open, and consumers that leave a stream early (break, garbage collection, close, task
cancellation). Each outcome must be one the fault allows.

At the end, with every call finished: the client's pool has no busy connection, the server has
exactly as many connections open as the pool keeps idle (0 once the client is closed), every
request the server recorded has ended, no stream object is alive, and the RSS after the
warm-up batch and at the end are printed (the mock is reset after each batch so that its own
records do not count). Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import random
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from openrouter_ext import AsyncChatStream, AsyncOpenRouter, ChatStream, OpenRouter, RetryPolicy
from openrouter_ext.testing import MockOpenRouter

MODEL = "openai/gpt-4o-mini"
TIMEOUT = 5.0
SHORT = 0.2  # seconds, for the calls that stall on purpose
OK = "ok"


@dataclass(frozen=True)
class Fault:
    """One kind of call: how it is made, the mock scenario, the outcomes it allows."""

    name: str
    weight: int
    mode: str  # create | stream | break | gc | close | cancel
    scenario: str | None
    allowed: frozenset[str]
    timeout: float = TIMEOUT


def _fault(name: str, weight: int, mode: str, scenario: str | None, *allowed: str,
           timeout: float = TIMEOUT) -> Fault:  # fmt: skip
    return Fault(name, weight, mode, scenario, frozenset(allowed or (OK,)), timeout)


#: A retried call may still fail when the shared retry budget is empty (it fails fast then).
FAULTS = (
    _fault("create", 24, "create", None),
    _fault("stream", 18, "stream", None),
    _fault("503 then ok", 4, "create", "status;code=503 | ok", OK, "ServerError"),
    _fault("502 always", 2, "stream", "status;code=502", "ServerError"),
    _fault("429 then ok", 3, "stream", "status;code=429;retry_after=0 | ok", OK, "RateLimitError"),
    _fault("400", 1, "create", "status;code=400", "BadRequestError"),
    _fault(
        "reset before headers",
        3,
        "stream",
        "reset;phase=before_headers | ok",
        OK,
        "APIConnectionError",
    ),
    _fault("close after headers", 2, "create", "close;phase=after_headers", "APIConnectionError"),
    _fault("reset mid-body", 3, "stream", "reset;phase=mid_body;after=3", "IncompleteStreamError"),
    _fault("close mid-body", 2, "stream", "close;phase=mid_body;after=3", "IncompleteStreamError"),
    _fault("stall past timeout", 2, "create", "stall;seconds=1", "APITimeoutError", timeout=SHORT),
    _fault(
        "stall then ok", 2, "stream", "stall;seconds=1 | ok", OK, "APITimeoutError", timeout=SHORT
    ),
    _fault("error mid-stream", 3, "stream", "mid_stream_error;after=3", "StreamError"),
    _fault("keep-alives", 2, "stream", "keepalive_only;seconds=0.1;interval=0.02"),
    _fault("hold after [DONE]", 2, "stream", "hold_after_done;seconds=30"),
    _fault("dribble", 2, "stream", "dribble;size=7"),
    _fault("tool calls", 1, "stream", "tool_calls;parallel=2"),
    _fault("byok", 1, "create", "usage;cost=byok"),
    _fault("consumer breaks", 6, "break", "long;tokens=200"),
    _fault("consumer drops it", 3, "gc", "long;tokens=200"),
    _fault("consumer closes", 2, "close", "long;tokens=200"),
    _fault("task cancelled", 3, "cancel", "long;tokens=200 + dribble;size=64;delay=0.002"),
)


@dataclass
class Report:
    """What a soak did and found."""

    flavour: str
    calls: int = 0
    requests: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    unexpected: Counter[str] = field(default_factory=Counter)
    duration: float = 0.0
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    objects_start: int = 0  # objects tracked by the garbage collector
    objects_end: int = 0
    blocks_start: int = 0  # memory blocks allocated by the interpreter
    blocks_end: int = 0
    pool_connections: int = 0
    pool_busy: int = 0
    server_connections_open: int = 0
    server_connections_closed: int = 0
    unfinished_requests: int = 0
    streams_alive: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [
            f"soak ({self.flavour}): {self.calls} calls, {self.requests} requests in "
            f"{self.duration:.1f} s ({self.requests / max(self.duration, 1e-9):.0f} req/s)",
            "outcomes: " + ", ".join(f"{k} {v}" for k, v in self.outcomes.most_common()),
            f"pool at end: {self.pool_connections} connections, {self.pool_busy} busy; "
            f"server: {self.server_connections_open} open before the client closed, "
            f"{self.server_connections_closed} after",
            f"unfinished server requests: {self.unfinished_requests}; "
            f"stream objects alive: {self.streams_alive}",
            f"RSS: {self.rss_start_mb:.1f} MB after warm-up, {self.rss_end_mb:.1f} MB at end "
            f"({self.rss_end_mb - self.rss_start_mb:+.1f} MB); Python objects "
            f"{self.objects_start} -> {self.objects_end} "
            f"({self.objects_end - self.objects_start:+d}), allocated blocks "
            f"{self.blocks_start} -> {self.blocks_end} "
            f"({self.blocks_end - self.blocks_start:+d})",
        ]
        if self.unexpected:
            out.append("UNEXPECTED: " + ", ".join(f"{k} {v}" for k, v in self.unexpected.items()))
        out += [f"PROBLEM: {p}" for p in self.problems]
        return out


def _memory(report: Report, *, start: bool) -> None:
    gc.collect()
    figures = (rss_mb(), len(gc.get_objects()), sys.getallocatedblocks())
    if start:
        report.rss_start_mb, report.objects_start, report.blocks_start = figures
    else:
        report.rss_end_mb, report.objects_end, report.blocks_end = figures


def rss_mb() -> float:
    """The resident set size of this process in MB (Linux), 0 where unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def busy(client: Any) -> int:
    pool = client._http._transport._pool
    return sum(1 for c in pool.connections if not (c.is_idle() or c.is_closed()))


def server_open(mock: MockOpenRouter) -> int:
    return len(mock._server.server_state.connections)


def _kwargs(fault: Fault, n: int) -> dict[str, Any]:
    headers = {"X-Mock-Scenario": fault.scenario} if fault.scenario else {}
    return {"model": MODEL, "messages": [{"role": "user", "content": f"soak call {n}"}],
            "extra_headers": headers, "timeout": fault.timeout}  # fmt: skip


# one call --------------------------------------------------------------------------------------
def call_sync(client: OpenRouter, fault: Fault, n: int) -> str:
    """Make one call as `fault` says; return "ok" or the exception's class name."""
    kw = _kwargs(fault, n)
    try:
        if fault.mode == "create":
            client.chat.completions.create(**kw)
        elif fault.mode == "stream":
            with client.chat.completions.stream(**kw) as s:
                s.final_response()
        else:
            stream = client.chat.completions.create(stream=True, **kw)
            if fault.mode == "break":
                for i, _ in enumerate(stream):
                    if i == 3:
                        break
            elif fault.mode == "gc":
                next(stream)
                del stream
            else:  # close; "cancel" has no sync equivalent
                next(stream)
                stream.close()
    except Exception as exc:
        return type(exc).__name__
    return OK


async def call_async(client: AsyncOpenRouter, fault: Fault, n: int) -> str:
    """The async twin of `call_sync` (and "cancel" cancels the consuming task)."""
    kw = _kwargs(fault, n)
    try:
        if fault.mode == "create":
            await client.chat.completions.create(**kw)
        elif fault.mode == "stream":
            async with client.chat.completions.stream(**kw) as s:
                await s.final_response()
        else:
            stream = await client.chat.completions.create(stream=True, **kw)
            if fault.mode == "break":
                i = 0
                async for _ in stream:
                    i += 1
                    if i == 3:
                        break
            elif fault.mode == "gc":
                await stream.__anext__()
                del stream
            elif fault.mode == "close":
                await stream.__anext__()
                await stream.aclose()
            else:
                task = asyncio.create_task(stream.final_response())
                await asyncio.sleep(0.01)
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    except Exception as exc:
        return type(exc).__name__
    return OK


# the soak --------------------------------------------------------------------------------------
def _plan(calls: int, seed: int, flavour: str) -> list[Fault]:
    rng = random.Random(seed)
    faults = [f for f in FAULTS if flavour == "async" or f.mode != "cancel"]
    return rng.choices(faults, weights=[f.weight for f in faults], k=calls)


def _quiet(mock: MockOpenRouter, client: Any) -> bool:
    """No connection of the client is busy, the server finished every request and noticed
    every connection the client dropped."""
    idle = len(client._http._transport._pool.connections)
    return (
        busy(client) == 0
        and server_open(mock) <= idle
        and all(r.ended_at is not None for r in mock.requests)
    )


def _settle(report: Report, mock: MockOpenRouter, client: Any) -> None:
    """After a batch (and a wait for `_quiet`): count, then forget the batch's records."""
    report.requests += len(mock.requests)
    report.unfinished_requests += sum(1 for r in mock.requests if r.ended_at is None)
    mock.reset()
    client.costs.reset()  # records are kept until reset() by design


def _finish(report: Report, mock: MockOpenRouter, client: Any) -> None:
    report.pool_busy = busy(client)
    pool = client._http._transport._pool
    report.pool_connections = len(pool.connections)
    report.server_connections_open = server_open(mock)
    _memory(report, start=False)
    report.streams_alive = sum(
        1 for o in gc.get_objects() if isinstance(o, (ChatStream, AsyncChatStream))
    )


def _check(report: Report) -> None:
    if report.unexpected:
        report.problems.append("outcomes a fault does not allow (see UNEXPECTED)")
    if report.pool_busy:
        report.problems.append(f"{report.pool_busy} busy connections left in the pool")
    if report.server_connections_open > report.pool_connections:
        report.problems.append("the server holds connections the client no longer has")
    if report.server_connections_closed:
        report.problems.append("server connections left open after the client closed")
    if report.unfinished_requests:
        report.problems.append(f"{report.unfinished_requests} server requests never ended")
    if report.streams_alive:
        report.problems.append(f"{report.streams_alive} stream objects still alive")
    if report.calls >= 5000 and report.objects_end - report.objects_start > 5000:
        report.problems.append("the number of live Python objects keeps growing")


def _tally(report: Report, fault: Fault, outcome: str) -> None:
    report.outcomes[outcome] += 1
    if outcome not in fault.allowed:
        report.unexpected[f"{fault.name} -> {outcome}"] += 1


def _wait(condition: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


async def _await(condition: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)


def soak_sync(mock: MockOpenRouter, plan: list[Fault], *, concurrency: int, batch: int,
              policy: RetryPolicy) -> Report:  # fmt: skip
    """Run the plan through one OpenRouter from `concurrency` threads."""
    report = Report("sync", calls=len(plan))
    start = time.monotonic()
    client = OpenRouter(api_key=mock.api_key, base_url=mock.base_url, retry_policy=policy)
    with ThreadPoolExecutor(concurrency) as pool:
        for first in range(0, len(plan), batch):
            part = list(enumerate(plan[first : first + batch], first))
            outcomes = pool.map(lambda item: call_sync(client, item[1], item[0]), part)
            for (_, fault), outcome in zip(part, outcomes, strict=True):
                _tally(report, fault, outcome)
            _wait(lambda: _quiet(mock, client), 5.0)
            _settle(report, mock, client)
            if first == 0:
                _memory(report, start=True)
    _finish(report, mock, client)
    client.close()
    _wait(lambda: server_open(mock) == 0, 3.0)
    report.server_connections_closed = server_open(mock)
    report.duration = time.monotonic() - start
    _check(report)
    return report


def soak_async(mock: MockOpenRouter, plan: list[Fault], *, concurrency: int, batch: int,
               policy: RetryPolicy) -> Report:  # fmt: skip
    """Run the plan through one AsyncOpenRouter, `concurrency` calls at a time."""
    report = Report("async", calls=len(plan))

    async def run() -> None:
        start = time.monotonic()
        client = AsyncOpenRouter(api_key=mock.api_key, base_url=mock.base_url, retry_policy=policy)
        gate = asyncio.Semaphore(concurrency)

        async def one(n: int, fault: Fault) -> None:
            async with gate:
                _tally(report, fault, await call_async(client, fault, n))

        for first in range(0, len(plan), batch):
            part = plan[first : first + batch]
            await asyncio.gather(*(one(n, f) for n, f in enumerate(part, first)))
            await _await(lambda: _quiet(mock, client), 5.0)
            _settle(report, mock, client)
            if first == 0:
                _memory(report, start=True)
        _finish(report, mock, client)
        await client.aclose()
        await _await(lambda: server_open(mock) == 0, 3.0)
        report.server_connections_closed = server_open(mock)
        report.duration = time.monotonic() - start

    asyncio.run(run())
    _check(report)
    return report


def soak(mock: MockOpenRouter, *, calls: int, flavour: str = "async", concurrency: int = 16,
         seed: int = 1, batch: int = 1000) -> Report:  # fmt: skip
    """Soak one client of `flavour` with `calls` random calls against a running mock."""
    policy = RetryPolicy(initial_delay=0.001, max_delay=0.01)
    plan = _plan(calls, seed, flavour)
    run = soak_async if flavour == "async" else soak_sync
    return run(mock, plan, concurrency=concurrency, batch=min(batch, calls), policy=policy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--sync", action="store_true", help="OpenRouter from a thread pool")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with MockOpenRouter() as mock:
        report = soak(mock, calls=args.calls, flavour="sync" if args.sync else "async",
                      concurrency=args.concurrency, seed=args.seed, batch=args.batch)  # fmt: skip
    print("\n".join(report.lines()))
    print("soak: OK" if report.ok else "soak: FAILED")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
