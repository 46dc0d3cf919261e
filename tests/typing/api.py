"""Type-checked under mypy --strict, never executed: the public API's types."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal

from typing_extensions import assert_type

from openrouter_ext import (
    AsyncChatStream,
    AsyncMessagesStream,
    AsyncOpenRouter,
    AsyncPage,
    AsyncResponsesStream,
    ChatStream,
    MessagesStream,
    OpenRouter,
    ResponsesStream,
    SyncPage,
)
from openrouter_ext.types import (
    ChatResult,
    ChatStreamChunk,
    ChatUsage,
    ListResponse,
    ListResponseDataItem,
    ListWorkspacesResponse,
    MessagesResult,
    MessagesResultUsage,
    Model,
    ModelsListResponse,
    OpenResponsesResult,
    TextDeltaEvent,
    Usage,
    Workspace,
)


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
    assert_type(client.models.list(), SyncPage[ModelsListResponse, Model])
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
    assert_type(await client.models.list(), AsyncPage[ModelsListResponse, Model])


def sync_pages(client: OpenRouter) -> None:
    page = client.workspaces.list(limit=10)
    assert_type(page, SyncPage[ListWorkspacesResponse, Workspace])
    assert_type(page.response, ListWorkspacesResponse)
    assert_type(page.response.total_count, int)
    assert_type(page.data, list[Workspace])
    assert_type(page[0], Workspace)
    assert_type(page[1:], list[Workspace])
    assert_type(len(page), int)
    for workspace in page:  # every page
        assert_type(workspace, Workspace)
    assert_type(iter(page), Iterator[Workspace])
    for each in page.iter_pages():
        assert_type(each, SyncPage[ListWorkspacesResponse, Workspace])
    assert_type(page.has_next_page(), bool)
    assert_type(page.get_next_page(), SyncPage[ListWorkspacesResponse, Workspace])
    keys = client.keys.list(include_disabled=True)
    assert_type(keys, SyncPage[ListResponse, ListResponseDataItem])
    assert_type(client.workspaces.with_raw_response.list().parse(), ListWorkspacesResponse)
    for model in client.models.list():
        assert_type(model, Model)


async def async_pages(client: AsyncOpenRouter) -> None:
    page = await client.workspaces.list(limit=10)
    assert_type(page, AsyncPage[ListWorkspacesResponse, Workspace])
    assert_type(page.response.total_count, int)
    assert_type(page[0], Workspace)
    async for workspace in page:  # every page
        assert_type(workspace, Workspace)
    assert_type(aiter(page), AsyncIterator[Workspace])
    async for each in page.iter_pages():
        assert_type(each, AsyncPage[ListWorkspacesResponse, Workspace])
    assert_type(await page.get_next_page(), AsyncPage[ListWorkspacesResponse, Workspace])
    raw = await client.workspaces.with_raw_response.list()
    assert_type(raw.parse(), ListWorkspacesResponse)


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


def responses_and_messages(client: OpenRouter) -> None:
    assert_type(client.responses.create(model="m", input="hi"), OpenResponsesResult)
    opened = client.responses.create(model="m", input="hi", stream=True)
    assert_type(opened, ResponsesStream)
    with client.responses.stream(model="m", input="hi") as s:
        for event in s:
            if isinstance(event, TextDeltaEvent):
                assert_type(event.delta, str)
        assert_type(s.final_response(), OpenResponsesResult)
        assert_type(s.usage, Usage | None)
    message = client.messages.create(model="m", max_tokens=1, messages=[])
    assert_type(message, MessagesResult)
    with client.messages.stream(model="m", max_tokens=1, messages=[]) as m:
        assert_type(m, MessagesStream)
        assert_type(m.final_response(), MessagesResult)
        assert_type(m.usage, MessagesResultUsage | None)
    client.responses.create(model="m", input="hi", max_output_tokns=5)  # type: ignore[call-overload]


async def async_responses_and_messages(client: AsyncOpenRouter) -> None:
    opened = await client.messages.create(model="m", max_tokens=1, messages=[], stream=True)
    assert_type(opened, AsyncMessagesStream)
    async with client.responses.stream(model="m", input="hi") as s:
        assert_type(s, AsyncResponsesStream)
        assert_type(await s.final_response(), OpenResponsesResult)
