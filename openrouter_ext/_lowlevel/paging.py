"""How a paged listing pages, and the next page's query (pure: no IO).

``scripts/gen_operations.py`` gives every paged operation a :class:`Paging` (from the spec's
``x-speakeasy-pagination``, else from a query parameter named ``offset`` or ``cursor``; the
page size from the ``limit`` parameter's ``x-server-default``; ``scripts/operations.yaml``
adds only what the spec cannot tell). :func:`next_query` is the one next-page rule both page
classes (``SyncPage``, ``AsyncPage``) and the client's price fetch use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NamedTuple, cast

__all__ = ["Paging", "next_query", "page_items"]


class Paging(NamedTuple):
    """How one listing pages (a named tuple: immutable, and cheap to define at import)."""

    #: ``"offset"``: ``offset``/``limit`` query parameters and a ``total_count``;
    #: ``"cursor"``: ``has_more`` and a cursor in the answer.
    style: Literal["offset", "cursor"]
    #: Offset style: the query parameter of the offset.
    offset: str = "offset"
    #: Offset style: the query parameter of the page size (``None``: the API takes none).
    limit: str | None = "limit"
    #: The page size the server uses when no limit is given (``x-server-default``).
    page_size: int | None = None
    #: Cursor style: the query parameter the next page's cursor is sent in...
    cursor: str = "cursor"
    #: ... and the answer's field holding it.
    next_cursor: str = "cursor"
    #: Cursor style: the query parameter the answer's ``last_id`` is sent in when the answer
    #: has no cursor (another provider's shape of the same listing).
    last_id: str | None = None
    #: Cursor style: query parameters a next page leaves out (other cursors: ``after_id``).
    replaces: tuple[str, ...] = ()


def _get(response: Any, name: str) -> Any:
    """Return a field of an answer: a parsed model's attribute, or a JSON object's key."""
    if isinstance(response, Mapping):
        return cast("Mapping[str, Any]", response).get(name)
    return getattr(response, name, None)


def page_items(response: Any) -> Sequence[Any]:
    """Return the items of one page (the answer's ``data`` list; a model or its JSON)."""
    data = _get(response, "data")
    if isinstance(data, list):
        return cast("Sequence[Any]", data)
    return ()


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def next_query(paging: Paging, query: Mapping[str, Any], response: Any) -> dict[str, Any] | None:
    """Return the query of the page after ``response`` (asked with ``query``), or ``None``.

    An empty page is the last one (whatever ``total_count`` claims). Offset style: the next
    offset is this one plus the items received; there is a next page when ``total_count`` is
    above it, else (no count) when ``links.next`` is set, else (no links) when the page is
    full (as many items as the limit given, or the server's page size). Cursor style: when
    ``has_more`` is true and the answer carries a cursor (or a ``last_id``). A next query
    equal to this one (a cursor that does not move) is no next page.
    """
    got = len(page_items(response))
    if got == 0:
        return None
    if paging.style == "offset":
        start = _int(query.get(paging.offset)) or 0
        end = start + got
        total = _int(_get(response, "total_count"))
        links = _get(response, "links")
        if total is not None:
            more = end < total
        elif links is not None:
            more = bool(_get(links, "next"))
        else:
            size = _int(query.get(paging.limit)) if paging.limit else None
            size = size if size is not None else paging.page_size
            more = size is not None and got >= size
        found = {**query, paging.offset: end} if more else None
    else:
        if _get(response, "has_more") is not True:
            return None
        base = {k: v for k, v in query.items() if k not in (paging.cursor, *paging.replaces)}
        cursor = _get(response, paging.next_cursor)
        last = _get(response, "last_id")
        if isinstance(cursor, str) and cursor:
            found = {**base, paging.cursor: cursor}
        elif paging.last_id and isinstance(last, str) and last:
            found = {**base, paging.last_id: last}
        else:
            found = None
    return None if found == dict(query) else found
