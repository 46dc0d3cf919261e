"""Sequential non-streaming calls (sync and async): latency per call and client CPU per call."""

from __future__ import annotations

import asyncio
import gc
import time
from typing import Any

from ._mock import MockServer


def _sample(lat: list[float], cpu: float, mock: float, wall: float, calls: int) -> dict[str, Any]:
    return {
        "lat_us": [x * 1e6 for x in lat],
        "cpu_us": cpu / calls * 1e6,  # this process's CPU (all threads) per call
        "mock_cpu_s": mock,
        "wall_s": wall,
        "calls": calls,
    }


def run_sync(client: Any, calls: int, mock: MockServer) -> dict[str, Any]:
    """Time ``calls`` sequential ``client.call()``s."""
    gc.collect()
    lat: list[float] = []
    call, clock = client.call, time.perf_counter
    m0, c0, t0 = mock.cpu(), time.process_time(), clock()
    for _ in range(calls):
        start = clock()
        call()
        lat.append(clock() - start)
    wall, cpu = clock() - t0, time.process_time() - c0
    return _sample(lat, cpu, mock.cpu() - m0, wall, calls)


def run_async(loop: asyncio.AbstractEventLoop, client: Any, calls: int,
              mock: MockServer) -> dict[str, Any]:  # fmt: skip
    """Time ``calls`` sequential awaited ``client.call()``s on ``loop``."""

    async def batch() -> tuple[list[float], float]:
        lat: list[float] = []
        call, clock = client.call, time.perf_counter
        t0 = clock()
        for _ in range(calls):
            start = clock()
            await call()
            lat.append(clock() - start)
        return lat, clock() - t0

    gc.collect()
    m0, c0 = mock.cpu(), time.process_time()
    lat, wall = loop.run_until_complete(batch())
    cpu = time.process_time() - c0
    return _sample(lat, cpu, mock.cpu() - m0, wall, calls)
