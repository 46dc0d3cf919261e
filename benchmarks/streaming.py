"""One long stream (chunks per second) and many short ones (time to the first content delta)."""

from __future__ import annotations

import asyncio
import gc
import time
from typing import Any

from ._mock import MockServer
from .clients import long_stream


def _check(n: int, expected: int | None, first: float | None, name: str) -> None:
    if (expected is not None and n != expected) or first is None:
        raise RuntimeError(f"{name}: got {n} chunks (expected {expected}), first delta {first}")


def throughput_sync(client: Any, chunks: int, mock: MockServer, name: str) -> dict[str, Any]:
    """Read one ``chunks``-chunk stream through the client's streaming API."""
    gc.collect()
    m0, c0 = mock.cpu(), time.process_time()
    n, first, total = client.stream(long_stream(chunks))
    cpu, mock_cpu = time.process_time() - c0, mock.cpu() - m0
    _check(n, chunks, first, name)
    return {"chunks_per_s": n / total, "cpu_us_per_chunk": cpu / n * 1e6,
            "mock_cpu_s": mock_cpu, "wall_s": total, "chunks": n}  # fmt: skip


def throughput_async(loop: asyncio.AbstractEventLoop, client: Any, chunks: int,
                     mock: MockServer, name: str) -> dict[str, Any]:  # fmt: skip
    """Do ``throughput_sync`` on the async client."""
    gc.collect()
    m0, c0 = mock.cpu(), time.process_time()
    n, first, total = loop.run_until_complete(client.stream(long_stream(chunks)))
    cpu, mock_cpu = time.process_time() - c0, mock.cpu() - m0
    _check(n, chunks, first, name)
    return {"chunks_per_s": n / total, "cpu_us_per_chunk": cpu / n * 1e6,
            "mock_cpu_s": mock_cpu, "wall_s": total, "chunks": n}  # fmt: skip


def first_delta_sync(client: Any, streams: int, mock: MockServer, name: str) -> dict[str, Any]:
    """Open ``streams`` normal (short) streams; time from the call to the first content delta.

    Each stream is read to its end so the next one reuses the connection when the client can.
    """
    gc.collect()
    firsts: list[float] = []
    m0, t0 = mock.cpu(), time.perf_counter()
    for _ in range(streams):
        n, first, _ = client.stream({})
        _check(n, None, first, name)
        assert first is not None
        firsts.append(first * 1e3)
    return {"first_ms": firsts, "mock_cpu_s": mock.cpu() - m0,
            "wall_s": time.perf_counter() - t0}  # fmt: skip


def first_delta_async(loop: asyncio.AbstractEventLoop, client: Any, streams: int,
                      mock: MockServer, name: str) -> dict[str, Any]:  # fmt: skip
    """Do ``first_delta_sync`` on the async client."""

    async def batch() -> list[float]:
        firsts = []
        for _ in range(streams):
            n, first, _ = await client.stream({})
            _check(n, None, first, name)
            assert first is not None
            firsts.append(first * 1e3)
        return firsts

    gc.collect()
    m0, t0 = mock.cpu(), time.perf_counter()
    firsts = loop.run_until_complete(batch())
    return {"first_ms": firsts, "mock_cpu_s": mock.cpu() - m0,
            "wall_s": time.perf_counter() - t0}  # fmt: skip
