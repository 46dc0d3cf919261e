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


class Api:
    """Run one test body against the sync or the async client.

    ``api.call(lambda c: c.models.list())`` returns the result on both flavours: the
    coroutine of the async client is driven on a loop owned by the fixture.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.loop = asyncio.new_event_loop() if kind == "async" else None
        self.requests: list[httpx.Request] = []
        self._clients: list[Any] = []

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
        if self.is_async:
            client: Any = AsyncOpenRouter(
                http_client=httpx.AsyncClient(transport=transport), **kwargs
            )
        else:
            client = OpenRouter(http_client=httpx.Client(transport=transport), **kwargs)
        self._clients.append(client)
        return client

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self.loop is not None
            return self.loop.run_until_complete(value)
        return value

    def call(self, fn: Callable[[Any], Any], client: Any) -> Any:
        return self.run(fn(client))

    def close(self) -> None:
        for client in self._clients:
            http = client._http
            self.run(http.aclose() if self.is_async else http.close())
        if self.loop is not None:
            self.loop.close()


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Iterator[Api]:
    """One test body, run once with OpenRouter and once with AsyncOpenRouter."""
    runner = Api(request.param)
    yield runner
    runner.close()
