"""End-to-end helpers: the real clients over loopback against the threaded mock server.

``e2e`` runs one test body twice, with ``OpenRouter`` and with ``AsyncOpenRouter``: a call
returns a coroutine on the async flavour, and ``e2e.run`` drives it on a loop the fixture owns.
At teardown every client is closed and none of its responses may be left open (a busy
connection: a leak).

The connections are watched through httpx's public hooks only (a :class:`Probe` on the httpx
client each test client is given), never through private attributes of httpx or uvicorn.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from typing import Any

import httpx

from openrouter_ext import AsyncOpenRouter, OpenRouter, RetryPolicy
from openrouter_ext._config import DEFAULT_TIMEOUT
from openrouter_ext._core.pool import make_limits, shared_ssl_context
from openrouter_ext.testing import MockOpenRouter, RecordedRequest
from tests.conftest import FakeClock

MODEL = "openai/gpt-4o-mini"
USER = [{"role": "user", "content": "Hello"}]
#: no computed waits between retries (a server-given delay is still honoured)
FAST = RetryPolicy(initial_delay=0, max_delay=0)


def answer(said: str = "Hello") -> str:
    """The mock's deterministic reply to a user message."""
    return f"Mock reply to: {said} — café, 你好 🚀."


class Probe:
    """What an httpx client did with its connections, seen through httpx's public hooks.

    Its ``event_hooks`` keep every response and put httpcore's ``trace`` extension on every
    request; the trace reports each connection opened, with its network stream. A response
    not closed holds its connection (busy: in use, or leaked once the test is over); a
    stream whose socket is closed is a connection closed.
    """

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []
        self.streams: list[Any] = []
        self.http: Any = None  # the httpx client built by http_client()

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            self.streams.append(info["return_value"])

    async def _atrace(self, event: str, info: dict[str, Any]) -> None:
        self._trace(event, info)

    def http_client(self, is_async: bool, **kwargs: Any) -> Any:
        """An httpx client reporting to this probe, configured as a client-owned pool is
        (timeout, pool limits, the shared TLS context)."""
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", make_limits())
        kwargs.setdefault("verify", shared_ssl_context())
        if is_async:

            async def arequest(request: httpx.Request) -> None:
                request.extensions["trace"] = self._atrace

            async def aresponse(response: httpx.Response) -> None:
                self.responses.append(response)

            hooks: Any = {"request": [arequest], "response": [aresponse]}
            self.http = httpx.AsyncClient(event_hooks=hooks, **kwargs)
            return self.http

        def request(request: httpx.Request) -> None:
            request.extensions["trace"] = self._trace

        hooks = {"request": [request], "response": [self.responses.append]}
        self.http = httpx.Client(event_hooks=hooks, **kwargs)
        return self.http

    @property
    def requests(self) -> int:
        """Responses received (one per request that got an answer)."""
        return len(self.responses)

    @property
    def busy(self) -> int:
        """Responses not closed: connections in use, or leaked."""
        return sum(1 for r in self.responses if not r.is_closed)

    @property
    def opened(self) -> int:
        """Connections opened so far."""
        return len(self.streams)

    @property
    def open(self) -> int:
        """Connections whose socket is still open."""
        return sum(1 for s in self.streams if s.get_extra_info("socket").fileno() != -1)


def probed_client(cls: Any, http: dict[str, Any] | None = None, **kwargs: Any) -> tuple[Any, Probe]:
    """``cls(**kwargs)`` on a probed httpx client built with ``http``, and its probe.

    The client does not close an httpx client it was given: close ``probe.http``.
    """
    probe = Probe()
    client = cls(http_client=probe.http_client(cls is AsyncOpenRouter, **(http or {})), **kwargs)
    return client, probe


class E2E:
    """One test body for both clients (see the module docstring)."""

    def __init__(self, kind: str, mock: MockOpenRouter) -> None:
        self.kind = kind
        self.mock = mock
        self.loop = asyncio.new_event_loop() if kind == "async" else None
        self.clients: list[Any] = []
        self.probes: list[Probe] = []

    @property
    def is_async(self) -> bool:
        return self.kind == "async"

    def client(self, *, limits: httpx.Limits | None = None, **kwargs: Any) -> Any:
        """A client of this flavour for the mock, on a probed httpx client of its own.

        ``limits`` replaces the pool limits of a client-owned pool (and the timeout is 10 s).
        A :class:`FakeClock` given as ``clock=`` goes to the async client as ``for_async()``.
        """
        if self.is_async and isinstance(kwargs.get("clock"), FakeClock):
            kwargs["clock"] = kwargs["clock"].for_async()
        kwargs.setdefault("api_key", self.mock.api_key)
        kwargs.setdefault("base_url", self.mock.base_url)
        kwargs.setdefault("retry_policy", FAST)
        http = None if limits is None else {"limits": limits, "timeout": 10.0}
        cls: Any = AsyncOpenRouter if self.is_async else OpenRouter
        client, probe = probed_client(cls, http, **kwargs)
        self.clients.append(client)
        self.probes.append(probe)
        return client

    def probe(self, client: Any) -> Probe:
        """The probe of a client this runner built."""
        return self.probes[next(i for i, c in enumerate(self.clients) if c is client)]

    def busy(self, client: Any) -> int:
        """Connections of the client in use (or leaked): its responses not closed."""
        return self.probe(client).busy

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
            self.wait_until(lambda: all(probe.busy == 0 for probe in self.probes))
        finally:
            for probe in self.probes:
                self.run(probe.http.aclose() if self.is_async else probe.http.close())
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
