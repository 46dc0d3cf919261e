"""End-to-end helpers: the real clients over loopback against the threaded mock server.

``e2e`` runs one test body twice, with ``OpenRouter`` and with ``AsyncOpenRouter``: a call
returns a coroutine on the async flavour, and ``e2e.run`` drives it on a loop the fixture owns.
At teardown every client is closed and its pool must hold no busy connection (a leak).
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from typing import Any

import httpx

from openrouter_ext import AsyncOpenRouter, OpenRouter, RetryPolicy
from openrouter_ext.testing import MockOpenRouter, RecordedRequest

MODEL = "openai/gpt-4o-mini"
USER = [{"role": "user", "content": "Hello"}]
#: no computed waits between retries (a server-given delay is still honoured)
FAST = RetryPolicy(initial_delay=0, max_delay=0)


def answer(said: str = "Hello") -> str:
    """The mock's deterministic reply to a user message."""
    return f"Mock reply to: {said} — café, 你好 🚀."


def pool_of(client: Any) -> Any:
    """The httpcore connection pool behind a client's httpx client."""
    return client._http._transport._pool


def busy_connections(client: Any) -> int:
    """Connections of the client's pool that are neither idle nor closed (in use or leaked)."""
    return sum(1 for c in pool_of(client).connections if not (c.is_idle() or c.is_closed()))


def server_connections(mock: MockOpenRouter) -> int:
    """TCP connections the mock's uvicorn server has open right now."""
    return len(mock._server.server_state.connections)


class E2E:
    """One test body for both clients (see the module docstring)."""

    def __init__(self, kind: str, mock: MockOpenRouter) -> None:
        self.kind = kind
        self.mock = mock
        self.loop = asyncio.new_event_loop() if kind == "async" else None
        self.clients: list[Any] = []

    @property
    def is_async(self) -> bool:
        return self.kind == "async"

    def client(self, *, limits: httpx.Limits | None = None, **kwargs: Any) -> Any:
        """A client of this flavour for the mock (``limits`` gives it its own httpx pool)."""
        kwargs.setdefault("api_key", self.mock.api_key)
        kwargs.setdefault("base_url", self.mock.base_url)
        kwargs.setdefault("retry_policy", FAST)
        cls: Any = AsyncOpenRouter if self.is_async else OpenRouter
        if limits is not None:
            http_cls: Any = httpx.AsyncClient if self.is_async else httpx.Client
            kwargs["http_client"] = http_cls(limits=limits, timeout=10.0)
        client = cls(**kwargs)
        self.clients.append(client)
        return client

    def run(self, value: Any) -> Any:
        """Return value, or drive it to completion when it is awaitable (async flavour)."""
        if inspect.isawaitable(value):
            assert self.loop is not None
            return self.loop.run_until_complete(value)
        return value

    # chat helpers ------------------------------------------------------------------------
    @staticmethod
    def _headers(scenario: str | None, kw: dict[str, Any]) -> None:
        if scenario is not None:
            kw["extra_headers"] = {**kw.get("extra_headers", {}), "X-Mock-Scenario": scenario}
        kw.setdefault("model", MODEL)
        kw.setdefault("messages", USER)

    def create(self, client: Any, scenario: str | None = None, **kw: Any) -> Any:
        """``chat.completions.create`` (not streamed) with an optional mock scenario."""
        self._headers(scenario, kw)
        return self.run(client.chat.completions.create(**kw))

    def stream(self, client: Any, scenario: str | None = None, **kw: Any) -> Any:
        """An unopened ``chat.completions.stream`` with an optional mock scenario."""
        self._headers(scenario, kw)
        return client.chat.completions.stream(**kw)

    def final(self, stream: Any) -> Any:
        """Enter the stream, consume it and return ``final_response()``."""
        if self.is_async:

            async def go() -> Any:
                async with stream as s:
                    return await s.final_response()

            return self.run(go())
        with stream as s:
            return s.final_response()

    def chunks(self, stream: Any) -> list[Any]:
        """Enter the stream and return every chunk."""
        if self.is_async:

            async def go() -> list[Any]:
                async with stream as s:
                    return [c async for c in s]

            return list(self.run(go()))
        with stream as s:
            return list(s)

    def text(self, stream: Any) -> str:
        """Enter the stream and join its text deltas."""
        if self.is_async:

            async def go() -> str:
                async with stream as s:
                    return "".join([t async for t in s.text_deltas()])

            return str(self.run(go()))
        with stream as s:
            return "".join(s.text_deltas())

    def sleep(self, seconds: float) -> None:
        """Let time pass; on the async flavour the loop runs meanwhile."""
        if self.loop is not None:
            self.loop.run_until_complete(asyncio.sleep(seconds))
        else:
            time.sleep(seconds)

    def wait_until(self, condition: Callable[[], bool], timeout: float = 2.0) -> float:
        """Poll condition (running the loop meanwhile); return the seconds it took."""
        start = time.monotonic()
        while not condition():
            if time.monotonic() - start > timeout:
                raise AssertionError(f"condition not met within {timeout} s")
            self.sleep(0.005)
        return time.monotonic() - start

    def close(self) -> None:
        try:
            self.wait_until(lambda: all(busy_connections(c) == 0 for c in self.clients))
        finally:
            for client in self.clients:
                http = client._http
                self.run(http.aclose() if self.is_async else http.close())
            if self.loop is not None:
                self.loop.run_until_complete(self.loop.shutdown_asyncgens())
                self.loop.close()


def chats(mock: MockOpenRouter) -> list[RecordedRequest]:
    """The recorded chat requests, oldest first."""
    return mock.requests_to("/chat/completions")


def until_error(e2e: E2E, stream: Any) -> tuple[list[Any], BaseException | None]:
    """Consume a stream chunk by chunk; return the chunks and the error that ended it."""
    got: list[Any] = []
    if e2e.is_async:

        async def go() -> BaseException | None:
            try:
                async with stream as s:
                    async for chunk in s:
                        got.append(chunk)
            except Exception as exc:
                return exc
            return None

        return got, e2e.run(go())
    try:
        with stream as s:
            for chunk in s:
                got.append(chunk)
    except Exception as exc:
        return got, exc
    return got, None


def reconcile(e2e: E2E, client: Any) -> int:
    """``client.costs.reconcile(client)`` or ``await client.costs.areconcile(client)``."""
    if e2e.is_async:
        return int(e2e.run(client.costs.areconcile(client, wait=5.0)))
    return int(client.costs.reconcile(client, wait=5.0))
