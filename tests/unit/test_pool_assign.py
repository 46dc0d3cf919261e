"""The client's connection pool under bursts of streams (``_io/assign.py``'s assignment pass).

Behaviour, through the clients, against a keep-alive server on 127.0.0.1: every stream of a
burst completes on a connection of its own, idle connections are reused up to the
keep-alive limit and the rest closed, a full pool queues requests (cancelled ones leave the
queue), a connection the server closed while idle is not reused, and the sync client under
threads does the same. Proxy pools and custom transports keep httpx's own pass. New
connections of a burst connect ``MAX_CONNECTING`` at a time (``_io/deadline.py``).
"""

from __future__ import annotations

import asyncio
import threading
import time

import httpcore
import httpx
import pytest

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext._io.assign import install_assignment
from openrouter_ext._io.bounded import DEADLINE
from openrouter_ext._io.deadline import MAX_CONNECTING, _AsyncBackend

from .stream_server import CHUNKS, MODEL, StreamServer, stream_server

MESSAGES = [{"role": "user", "content": "Hi"}]


async def _read(client: AsyncOpenRouter) -> int:
    async with client.chat.completions.stream(model=MODEL, messages=MESSAGES) as stream:
        return sum([1 async for _ in stream])


def _burst(server: StreamServer, n: int, limits: httpx.Limits | None = None,
           rounds: int = 1) -> list[list[int]]:  # fmt: skip
    async def run() -> list[list[int]]:
        http = httpx.AsyncClient(limits=limits) if limits is not None else None
        client = AsyncOpenRouter(api_key="sk-test", base_url=server.url, http_client=http)
        try:
            await _read(client)  # warm: one idle keep-alive connection before the burst
            out = []
            for _ in range(rounds):
                out.append(list(await asyncio.gather(*(_read(client) for _ in range(n)))))
            return out
        finally:
            await client.aclose()
            if http is not None:
                await http.aclose()

    return asyncio.run(run())


def test_a_burst_after_warm_up_runs_one_connection_per_stream_and_reuses_them() -> None:
    with stream_server(barrier=30) as server:
        first, second = _burst(server, 30, rounds=2)
        assert first == second == [CHUNKS] * 30
        # the warm connection and 29 new ones; the second burst reuses all 30
        assert server.accepted == 30
        assert server.most_open == 30
        assert server.requests == 61


def test_idle_connections_beyond_the_keepalive_limit_are_closed() -> None:
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=2)
    with stream_server(barrier=10) as server:
        first, second = _burst(server, 10, limits, rounds=2)
        assert first == second == [CHUNKS] * 10
        # after each burst only 2 connections stay: 8 new ones for the second burst
        assert server.accepted == 18
        assert server.hung_up >= 16


def test_a_full_pool_queues_the_rest_and_serves_them_in_turn() -> None:
    limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)
    with stream_server() as server:
        (results,) = _burst(server, 12, limits)
        assert results == [CHUNKS] * 12
        assert server.most_open <= 2
        assert server.accepted <= 2


def test_a_cancelled_queued_request_leaves_the_queue() -> None:
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)

    async def run(server: StreamServer) -> list[object]:
        http = httpx.AsyncClient(limits=limits)
        client = AsyncOpenRouter(api_key="sk-test", base_url=server.url, http_client=http)
        try:
            tasks = [asyncio.ensure_future(_read(client)) for _ in range(4)]
            await asyncio.sleep(0)
            tasks[1].cancel()
            results = await asyncio.gather(*tasks, return_exceptions=True)
            results.append(await _read(client))  # the pool still serves
            return [r if isinstance(r, int) else type(r).__name__ for r in results]
        finally:
            await client.aclose()
            await http.aclose()

    with stream_server() as server:
        assert asyncio.run(run(server)) == [CHUNKS, "CancelledError", CHUNKS, CHUNKS, CHUNKS]
        assert server.accepted == 1


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    async def run(server: StreamServer) -> list[int]:
        client = AsyncOpenRouter(api_key="sk-test", base_url=server.url)
        try:
            out = []
            for _ in range(3):
                out.append(await _read(client))
                await asyncio.sleep(0.05)  # the server has closed the idle connection
            return out
        finally:
            await client.aclose()

    with stream_server(close_after=True) as server:
        assert asyncio.run(run(server)) == [CHUNKS] * 3
        assert server.accepted == 3


def test_the_sync_client_under_threads_shares_its_pool_the_same_way() -> None:
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    results: list[int] = []
    lock = threading.Lock()
    with stream_server() as server:
        http = httpx.Client(limits=limits)
        client = OpenRouter(api_key="sk-test", base_url=server.url, http_client=http)

        def work() -> None:
            for _ in range(5):
                with client.chat.completions.stream(model=MODEL, messages=MESSAGES) as stream:
                    n = sum(1 for _ in stream)
                with lock:
                    results.append(n)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        client.close()
        http.close()
        assert results == [CHUNKS] * 40
        assert server.most_open <= 4


@pytest.mark.parametrize(
    "http",
    [
        lambda: httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200))),
        lambda: httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(proxy="http://127.0.0.1:9")),
        lambda: httpx.Client(transport=httpx.HTTPTransport(proxy="http://127.0.0.1:9")),
    ],
)
def test_custom_transports_and_proxy_pools_keep_httpx_own_pass(http: object) -> None:
    client = http()  # type: ignore[operator]
    assert install_assignment(client) is False


def test_installing_twice_is_harmless() -> None:
    http = httpx.Client()
    assert install_assignment(http) is True
    assert install_assignment(http) is True
    http.close()


class _SlowBackend(httpcore.AsyncNetworkBackend):
    """A network backend whose connects take a loop turn or two; counts those in flight."""

    def __init__(self) -> None:
        self.now = self.most = 0

    async def connect_tcp(self, *args: object, **kwargs: object) -> httpcore.AsyncNetworkStream:
        self.now += 1
        self.most = max(self.most, self.now)
        await asyncio.sleep(0.001)
        self.now -= 1
        return httpcore.AsyncNetworkStream()


def test_a_burst_of_new_connections_connects_a_bounded_number_at_once() -> None:
    inner = _SlowBackend()
    backend = _AsyncBackend(inner)

    async def burst() -> int:
        streams = await asyncio.gather(
            *(backend.connect_tcp("127.0.0.1", 9, timeout=5.0) for _ in range(300))
        )
        return len(streams)

    assert asyncio.run(burst()) == 300
    assert inner.most == MAX_CONNECTING


def test_waiting_for_a_turn_to_connect_ends_at_the_call_deadline() -> None:
    backend = _AsyncBackend(_SlowBackend())

    async def late() -> None:
        hold = [asyncio.ensure_future(backend.connect_tcp("127.0.0.1", 9)) for _ in range(200)]
        token = DEADLINE.set(time.monotonic())  # passed: the waiting connects give up
        try:
            await backend.connect_tcp("127.0.0.1", 9)
        finally:
            DEADLINE.reset(token)
            await asyncio.gather(*hold)

    with pytest.raises(httpcore.ConnectTimeout):
        asyncio.run(late())
