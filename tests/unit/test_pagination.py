"""Paged listings against servers that answer oddly: iteration always ends, nothing is lost.

The next-page rule (``openrouter_ext._lowlevel.paging.next_query``) is checked directly; the
pages (``SyncPage``, ``AsyncPage``) against fake servers, with both clients.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from openrouter_ext import AsyncPage, SyncPage
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._lowlevel.paging import Paging, next_query
from tests.conftest import Api

WS = {"id": "00000000-0000-0000-0000-000000000000", "name": "w", "slug": "w",
      "created_at": "2025-01-01T00:00:00Z", "created_by": "u",
      "default_guardrail_id": "00000000-0000-0000-0000-000000000001",
      "updated_at": None, "description": None, "io_logging_api_key_ids": None,
      "io_logging_sampling_rate": 1, "default_provider_sort": None,
      "default_text_model": None, "default_image_model": None,
      "is_data_discount_logging_enabled": False,
      "is_observability_broadcast_enabled": False, "is_observability_io_logging_enabled": False,
      "include_byok_in_budgets": False}  # fmt: skip


def item(i: int) -> dict[str, Any]:
    return {**WS, "id": f"00000000-0000-0000-0000-{i:012}", "name": f"w{i}", "slug": f"w{i}"}


def offset_of(request: httpx.Request) -> int:
    return int(parse_qs(request.url.query.decode()).get("offset", ["0"])[0])


def collect(api: Api, page: Any) -> list[str]:
    """Every item's name, iterating the page as its flavour does (``for`` / ``async for``)."""
    if isinstance(page, AsyncPage):

        async def walk() -> list[str]:
            return [w.name async for w in page]

        return list(api.run(walk()))
    assert isinstance(page, SyncPage)
    return [w.name for w in page]


def test_a_total_count_too_big_ends_at_the_first_empty_page(api: Api) -> None:
    def lying(request: httpx.Request) -> httpx.Response:
        start = offset_of(request)
        data = [item(i) for i in range(start, min(start + 2, 5))]
        return httpx.Response(200, json={"data": data, "total_count": 1000})

    client = api.client(lying, management_key="mk")
    page = api.call(lambda c: c.workspaces.list(limit=2), client)
    assert collect(api, page) == [f"w{i}" for i in range(5)]
    assert [offset_of(r) for r in api.requests] == [0, 2, 4, 5]  # the empty page ends it


def test_a_server_answering_the_same_page_again_ends_the_iteration(api: Api) -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [item(0), item(1)], "total_count": 1000})

    client = api.client(stuck, management_key="mk")
    page = api.call(lambda c: c.workspaces.list(limit=2), client)
    assert collect(api, page) == ["w0", "w1"]  # once, though the server repeats them
    assert len(api.requests) == 2


def test_a_page_fetch_is_a_normal_call_retried_with_the_same_filters(api: Api) -> None:
    failed: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        start = offset_of(request)
        if start == 2 and not failed:
            failed.append(start)
            return httpx.Response(503, json={"error": {"code": 503, "message": "busy"}})
        data = [item(i) for i in range(start, min(start + 2, 6))]
        return httpx.Response(200, json={"data": data, "total_count": 6})

    client = api.client(flaky, management_key="mk", max_retries=2)
    client = client.with_options(timeout=5)
    page = api.call(lambda c: c.workspaces.list(limit=2, extra_headers={"X-A": "1"}), client)
    assert collect(api, page) == [f"w{i}" for i in range(6)]
    assert [offset_of(r) for r in api.requests] == [0, 2, 2, 4]
    assert all(r.headers["x-a"] == "1" for r in api.requests)
    assert all(parse_qs(r.url.query.decode())["limit"] == ["2"] for r in api.requests)


def test_len_and_index_are_this_page_and_pages_come_one_by_one(api: Api) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        start = offset_of(request)
        data = [item(i) for i in range(start, min(start + 3, 7))]
        return httpx.Response(200, json={"data": data, "total_count": 7})

    client = api.client(server, management_key="mk")
    page = api.call(lambda c: c.workspaces.list(limit=3), client)
    assert len(page) == 3 and page[1].name == "w1" and [w.name for w in page[1:]] == ["w1", "w2"]
    assert page.response.total_count == 7
    assert len(api.requests) == 1  # nothing fetched before it is needed
    second = api.run(page.get_next_page())
    third = api.run(second.get_next_page())
    assert [len(p) for p in (page, second, third)] == [3, 3, 1]
    assert not third.has_next_page()
    with pytest.raises(RuntimeError):
        api.run(third.get_next_page())


# -- the next-page rule -------------------------------------------------------------------
OFFSET = Paging("offset", page_size=50)


def answer(n: int, **fields: Any) -> Any:
    return SimpleNamespace(data=list(range(n)), **fields)


def test_offset_pages_follow_total_count_then_links_then_a_full_page() -> None:
    q = {"offset": 10, "limit": 5, "q": "x"}
    assert next_query(OFFSET, q, answer(5, total_count=20)) == {**q, "offset": 15}
    assert next_query(OFFSET, q, answer(5, total_count=15)) is None
    links = SimpleNamespace
    assert next_query(OFFSET, q, answer(5, links=links(next="/m?offset=15"))) == {**q, "offset": 15}
    assert next_query(OFFSET, q, answer(5, links=links(next=None))) is None
    assert next_query(OFFSET, q, answer(5)) == {**q, "offset": 15}  # a full page
    assert next_query(OFFSET, q, answer(4)) is None
    assert next_query(OFFSET, {}, answer(50)) == {"offset": 50}  # the server's page size
    assert next_query(Paging("offset", limit=None), {}, answer(50)) is None  # size unknown
    assert next_query(OFFSET, q, answer(0, total_count=99)) is None  # empty: the end


def test_cursor_pages_follow_has_more_and_the_cursor_or_last_id() -> None:
    files = OPERATIONS["files.list"].paging
    assert files is not None and files.style == "cursor"
    q = {"limit": 2, "after_id": "f0"}
    more = answer(2, has_more=True, cursor="c1", last_id="f2")
    assert next_query(files, q, more) == {"limit": 2, "cursor": "c1"}
    openai_shape = answer(2, has_more=True, last_id="f2")
    assert next_query(files, q, openai_shape) == {"limit": 2, "after_id": "f2"}
    assert next_query(files, q, answer(2, has_more=False, cursor="c1")) is None
    stuck = {"limit": 2, "cursor": "c1"}
    assert next_query(files, stuck, answer(2, has_more=True, cursor="c1")) is None


def test_the_spec_gives_paging_to_every_listing_it_pages() -> None:
    paged = {name for name, op in OPERATIONS.items() if op.paging is not None}
    assert len(paged) == 21
    assert {"workspaces.list", "keys.list", "models.list", "files.list"} <= paged
    assert OPERATIONS["workspaces.list"].paging == Paging("offset", page_size=50)
    assert OPERATIONS["keys.list"].paging == Paging("offset", limit=None, page_size=100)
    assert OPERATIONS["providers.list"].paging is None


def test_a_cursor_going_round_in_a_circle_ends_the_iteration(api: Api) -> None:
    """A server whose cursors cycle (a → b → a ...) with has_more forever is walked once."""

    def circling(request: httpx.Request) -> httpx.Response:
        cursor = parse_qs(request.url.query.decode()).get("cursor", [""])[0]
        n = {"": 0, "a": 1, "b": 2}[cursor]
        file = {"_shape": "openrouter", "id": f"file-{n}", "type": "file", "filename": f"f{n}.txt",
                "mime_type": "text/plain", "size_bytes": 1,
                "created_at": "2026-01-01T00:00:00Z", "downloadable": True}  # fmt: skip
        body = {"_shape": "openrouter", "data": [file], "has_more": True,
                "first_id": file["id"], "last_id": file["id"],
                "cursor": "b" if cursor == "a" else "a"}  # fmt: skip
        return httpx.Response(200, json=body)

    client = api.client(circling)
    page = api.call(lambda c: c.files.list(limit=1), client)
    if isinstance(page, AsyncPage):

        async def walk() -> list[str]:
            return [f.id async for f in page]

        ids = list(api.run(walk()))
    else:
        ids = [f.id for f in page]
    assert ids == ["file-0", "file-1", "file-2"]  # then cursor "a" again: not sent twice
    sent = [parse_qs(r.url.query.decode()).get("cursor") for r in api.requests]
    assert sent == [None, ["a"], ["b"]]
