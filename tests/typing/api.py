"""Type-checked under mypy --strict, never executed: the public API's types."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from typing_extensions import assert_type

from openrouter_ext import AsyncChatStream, AsyncOpenRouter, ChatStream, OpenRouter
from openrouter_ext.types import ChatResult, ChatStreamChunk, ChatUsage, ModelsListResponse


def sync_usage(client: OpenRouter) -> None:
    result = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert_type(result, ChatResult)
    stream = client.chat.completions.create(model="m", messages=[], stream=True)
    assert_type(stream, ChatStream)
    with client.chat.completions.stream(model="m", messages=[]) as s:
        assert_type(s, ChatStream)
        for chunk in s:
            assert_type(chunk, ChatStreamChunk)
        assert_type(s.final_response(), ChatResult)
        assert_type(s.usage, ChatUsage | None)
        assert_type(s.generation_id, str | None)
    assert_type(client.models.list(), ModelsListResponse)
    copy = client.with_options(timeout=5.0, max_retries=0)
    assert_type(copy, OpenRouter)
    _ = Decimal("0")


async def async_usage(client: AsyncOpenRouter) -> None:
    result = await client.chat.completions.create(model="m", messages=[])
    assert_type(result, ChatResult)
    stream = await client.chat.completions.create(model="m", messages=[], stream=True)
    assert_type(stream, AsyncChatStream)
    async with client.chat.completions.stream(model="m", messages=[]) as s:
        assert_type(s, AsyncChatStream)
        async for chunk in s:
            assert_type(chunk, ChatStreamChunk)
        assert_type(await s.final_response(), ChatResult)
    assert_type(await client.models.list(), ModelsListResponse)


class FakeClock:
    def monotonic(self) -> float:
        return 0.0

    def sleep(self, seconds: float) -> None: ...


class AsyncFakeClock:
    def monotonic(self) -> float:
        return 0.0

    async def sleep(self, seconds: float) -> None: ...


def test_hooks() -> None:
    import time

    from openrouter_ext import CallInfo, RetryBudget, otel

    OpenRouter(clock=time)  # the time module is a clock
    client = OpenRouter(clock=FakeClock())
    AsyncOpenRouter(clock=AsyncFakeClock())
    OpenRouter(clock=AsyncFakeClock())  # type: ignore[arg-type]
    AsyncOpenRouter(clock=FakeClock())  # type: ignore[arg-type]

    def observer(info: CallInfo) -> None: ...

    client.add_observer(observer)
    client.remove_observer(observer)
    assert_type(client.observers, tuple[Callable[[CallInfo], None], ...])
    assert_type(client.retry_budget, RetryBudget)
    otel.instrument(client)
    otel.instrument(AsyncOpenRouter())
