"""Shared fixtures: MockTransport routers, recorded bodies, and one body for sync and async."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_ext import AsyncOpenRouter, OpenRouter

# The installed entry point is disabled in addopts (-p no:openrouter_mock) so that coverage
# starts before openrouter_ext is imported; the plugin is loaded here instead.
pytest_plugins = ["openrouter_ext.testing.pytest_plugin"]

FIXTURES = Path(__file__).parent / "fixtures"
TEST_KEY = "sk-or-v1-TESTSECRET0123456789abcdef0123456789abcdef"

Handler = Callable[[httpx.Request], httpx.Response]


def fixture_json(name: str) -> Any:
    """Load a recorded JSON body from tests/fixtures."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def sse_body(*events: Any, done: bool = True, comments: int = 1) -> bytes:
    """Build an SSE body: keep-alive comments, one ``data:`` line per event, then [DONE]."""
    parts = [": OPENROUTER PROCESSING\n\n"] * comments
    for event in events:
        data = event if isinstance(event, str) else json.dumps(event, ensure_ascii=False)
        parts.append(f"data: {data}\n\n")
    if done:
        parts.append("data: [DONE]\n\n")
    return "".join(parts).encode("utf-8")


class FakeClock:
    """A clock for ``OpenRouter(clock=...)``: time moves only when the client sleeps.

    Every wait the client makes (between retries, while polling) is recorded in ``sleeps``
    and moves ``now`` on at once; ``advance`` moves it as a slow server would. Give
    ``for_async()`` to ``AsyncOpenRouter``: the same clock with an ``async def sleep``.
    """

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def for_async(self) -> AsyncFakeClock:
        return AsyncFakeClock(self)


class AsyncFakeClock:
    """A :class:`FakeClock` for ``AsyncOpenRouter(clock=...)`` (the same time and sleeps)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    def monotonic(self) -> float:
        return self.clock.now

    async def sleep(self, seconds: float) -> None:
        self.clock.sleep(seconds)


class Api:
    """Run one test body against the sync or the async client.

    ``api.call(lambda c: c.models.list())`` returns the result on both flavours: the
    coroutine of the async client is driven on a loop owned by the fixture. A
    :class:`FakeClock` given as ``clock=`` (or set as ``api.clock``, the default of every
    client built afterwards) is handed to the async client as ``for_async()``.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.loop = asyncio.new_event_loop() if kind == "async" else None
        self.requests: list[httpx.Request] = []
        self.clock: FakeClock | None = None
        self._https: list[httpx.Client | httpx.AsyncClient] = []

    @property
    def is_async(self) -> bool:
        return self.kind == "async"

    def client(self, handler: Handler, **kwargs: Any) -> Any:
        def recording(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return handler(request)

        transport = httpx.MockTransport(recording)
        kwargs.setdefault("api_key", TEST_KEY)
        kwargs.setdefault("base_url", "https://openrouter.test/api/v1")
        if self.clock is not None:
            kwargs.setdefault("clock", self.clock)
        http: httpx.Client | httpx.AsyncClient
        if self.is_async:
            if isinstance(kwargs.get("clock"), FakeClock):
                kwargs["clock"] = kwargs["clock"].for_async()
            http = httpx.AsyncClient(transport=transport)
            client: Any = AsyncOpenRouter(http_client=http, **kwargs)
        else:
            http = httpx.Client(transport=transport)
            client = OpenRouter(http_client=http, **kwargs)
        self._https.append(http)
        return client

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self.loop is not None
            return self.loop.run_until_complete(value)
        return value

    def call(self, fn: Callable[[Any], Any], client: Any) -> Any:
        return self.run(fn(client))

    def close(self) -> None:
        for http in self._https:
            self.run(http.aclose() if isinstance(http, httpx.AsyncClient) else http.close())
        if self.loop is not None:
            self.loop.close()


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Iterator[Api]:
    """One test body, run once with OpenRouter and once with AsyncOpenRouter."""
    runner = Api(request.param)
    yield runner
    runner.close()
