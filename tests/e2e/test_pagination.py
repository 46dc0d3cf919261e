"""Paged listings over loopback: iterating a page gives every item of every page, once, in order.

The mock pages every listing as the API does (``offset``/``limit`` with ``total_count``, 100
keys a page, the files' ``cursor``), so these tests store a few hundred items and walk them
with the sync client (``for``) and the async one (``async for``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar
from urllib.parse import parse_qs

import pytest

from openrouter_ext import AsyncOpenRouter, AsyncPage, OpenRouter, SyncPage
from openrouter_ext._lowlevel import headers_of
from openrouter_ext.testing import MockOpenRouter
from openrouter_ext.types import ListWorkspacesResponse

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def sync_client(mock: MockOpenRouter, **kw: Any) -> OpenRouter:
    return OpenRouter(api_key=mock.api_key, management_key=mock.management_key,
                      base_url=mock.base_url, **kw)  # fmt: skip


def async_client(mock: MockOpenRouter, **kw: Any) -> AsyncOpenRouter:
    return AsyncOpenRouter(api_key=mock.api_key, management_key=mock.management_key,
                           base_url=mock.base_url, **kw)  # fmt: skip


def workspaces(mock: MockOpenRouter, n: int) -> list[str]:
    return [mock.add_item("/workspaces", {"name": f"ws-{i:03}", "slug": f"ws-{i:03}"})
            for i in range(n)]  # fmt: skip


def queries(mock: MockOpenRouter, path: str) -> list[dict[str, list[str]]]:
    return [parse_qs(r.query) for r in mock.requests_to(path, "GET")]


def test_sync_iteration_walks_every_page_once_in_order(mock: MockOpenRouter) -> None:
    ids = workspaces(mock, 250)
    with sync_client(mock) as client:
        page = client.workspaces.list()
        assert isinstance(page, SyncPage)
        assert len(page) == 50  # the API's default page size (x-server-default)
        assert page.response.total_count == 250
        assert str(page[0].id) == ids[0] and str(page[-1].id) == ids[49]
        assert page.has_next_page()
        assert [str(w.id) for w in page] == ids
    offsets = [q.get("offset", ["0"])[0] for q in queries(mock, "/workspaces")]
    assert offsets == ["0", "50", "100", "150", "200"]


def test_async_iteration_walks_every_page_once_in_order(mock: MockOpenRouter) -> None:
    ids = workspaces(mock, 250)

    async def go() -> list[str]:
        async with async_client(mock) as client:
            page = await client.workspaces.list(limit=70)
            assert isinstance(page, AsyncPage)
            assert len(page) == 70
            return [str(w.id) async for w in page]

    assert run(go()) == ids
    assert [q.get("offset", ["0"])[0] for q in queries(mock, "/workspaces")] == [
        "0", "70", "140", "210"]  # fmt: skip


def test_filters_and_per_call_knobs_are_sent_with_every_page(mock: MockOpenRouter) -> None:
    for i in range(250):
        mock.add_item("/keys", {"name": f"key-{i:03}"})
    with sync_client(mock) as client:
        page = client.keys.list(include_disabled=True, extra_headers={"X-Trace": "walk"})
        assert len(page) == 100  # GET /keys pages by 100
        names = [k.name for k in page]
    assert names[-250:] == [f"key-{i:03}" for i in range(250)]
    assert len(names) == len(set(names))
    sent = mock.requests_to("/keys", "GET")
    assert len(sent) == 3
    assert all(parse_qs(r.query)["include_disabled"] == ["true"] for r in sent)
    assert all(r.headers.get("x-trace") == "walk" for r in sent)


def test_the_files_cursor_pages_through_every_file(mock: MockOpenRouter) -> None:
    async def go() -> tuple[list[str], list[str], int]:
        async with async_client(mock) as client:
            made = [(await client.files.create(file=(f"f{i}.txt", b"x%d" % i))).id
                    for i in range(7)]  # fmt: skip
            page = await client.files.list(limit=3)
            pages = [len(p) async for p in page.iter_pages()]
            listed = [f.id async for f in page]
            return made, listed, sum(pages)

    made, listed, total = run(go())
    assert listed == made[::-1]  # newest first
    assert total == 7
    cursors = [q.get("cursor") for q in queries(mock, "/files")]
    assert cursors[0] is None and all(cursors[1:3])


def test_a_plain_for_over_an_async_page_with_more_pages_raises_before_any_item(
    mock: MockOpenRouter,
) -> None:
    workspaces(mock, 12)

    async def go() -> list[str]:
        async with async_client(mock) as client:
            page = await client.workspaces.list(limit=5)
            got: list[str] = []
            with pytest.raises(TypeError, match="async for"):
                for w in page:
                    got.append(str(w.id))  # pragma: no cover - raises before the first item
            assert got == []
            last = await (await page.get_next_page()).get_next_page()
            assert not last.has_next_page()
            with pytest.raises(RuntimeError, match="no next page"):
                await last.get_next_page()
            return [str(w.id) for w in last]  # the last page: a plain for gives its items

    assert len(run(go())) == 2


def test_with_raw_response_parses_to_the_plain_answer_model(mock: MockOpenRouter) -> None:
    workspaces(mock, 3)
    with sync_client(mock) as client:
        raw = client.workspaces.with_raw_response.list(limit=2)
        answer = raw.parse()
        assert isinstance(answer, ListWorkspacesResponse)
        assert answer.total_count == 3 and len(answer.data) == 2
        assert raw.status_code == 200


def test_models_retrieve_looks_through_every_page(mock: MockOpenRouter) -> None:
    with sync_client(mock) as client:
        every = [m.id for m in client.models.list()]
        wanted = every[-1]
        found = client.models.retrieve(wanted, limit=1)
    assert found.id == wanted
    assert len(queries(mock, "/models")) == 1 + len(every)


def test_every_page_answer_carries_its_own_headers(mock: MockOpenRouter) -> None:
    workspaces(mock, 4)
    with sync_client(mock) as client:
        pages = list(client.workspaces.list(limit=2).iter_pages())
    assert len(pages) == 2
    seen = [headers_of(p.response) for p in pages]  # each answer keeps its own headers
    assert all(h is not None for h in seen)
    assert seen[0] is not seen[1]
