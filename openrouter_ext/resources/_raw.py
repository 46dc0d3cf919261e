"""``.with_raw_response``: a method's HTTP response next to its parsed result.

``client.chat.completions.with_raw_response.create(...)`` returns an :class:`APIResponse`
(as the openai SDK's ``LegacyAPIResponse``): ``.headers``, ``.status_code``,
``.http_response``, ``.request_id`` and ``.parse()``, which returns what the plain method
returns; for a paged listing (whose method returns a page) ``parse()`` returns the first
page's answer model, the plain response type (``ListWorkspacesResponse``), not a page.
The wrapped method runs as usual (checks, retries, costs); the client hands the response
of its successful attempt to :data:`CAPTURE` when a wrapper has set it.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Generic, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = [
    "CAPTURE",
    "APIResponse",
    "async_to_raw_page_wrapper",
    "async_to_raw_response_wrapper",
    "to_raw_page_wrapper",
    "to_raw_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class _Paged(Protocol[R_co]):
    """A page of a listing (``SyncPage``, ``AsyncPage``): its answer model."""

    @property
    def response(self) -> R_co: ...


#: Set by a wrapper for the duration of one call: the client appends each final response.
CAPTURE: ContextVar[list[httpx.Response] | None] = ContextVar(
    "openrouter_ext_raw_response", default=None
)


class APIResponse(Generic[R]):
    """The HTTP response of one call and its parsed result (``parse()``)."""

    __slots__ = ("_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parsed: R) -> None:
        self.http_response = http_response
        """The ``httpx.Response`` (for a stream: open, its body read by the stream)."""
        self._parsed = parsed

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        """``X-Request-Id`` of the response, else its ``X-Generation-Id``."""
        headers = self.http_response.headers
        found: str | None = headers.get("x-request-id") or headers.get("x-generation-id")
        return found

    @property
    def generation_id(self) -> str | None:
        """The ``X-Generation-Id`` header (usable with ``client.generations.get``)."""
        found: str | None = self.http_response.headers.get("x-generation-id")
        return found

    def parse(self) -> R:
        """Return what the plain method returns (a model, or a stream)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self._parsed).__name__}>"


def _response(box: list[httpx.Response], func: Callable[..., object]) -> httpx.Response:
    if not box:  # pragma: no cover - every request method reports its response
        raise RuntimeError(f"{getattr(func, '__qualname__', func)!r} sent no request")
    return box[-1]


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a method so it returns an :class:`APIResponse` of its result."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        box: list[httpx.Response] = []
        token = CAPTURE.set(box)
        try:
            result = func(*args, **kwargs)
        finally:
            CAPTURE.reset(token)
        return APIResponse(_response(box, func), result)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Wrap an async method so it returns an :class:`APIResponse` of its result."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        box: list[httpx.Response] = []
        token = CAPTURE.set(box)
        try:
            result = await func(*args, **kwargs)
        finally:
            CAPTURE.reset(token)
        return APIResponse(_response(box, func), result)

    return wrapped


def to_raw_page_wrapper(func: Callable[P, _Paged[R]]) -> Callable[P, APIResponse[R]]:
    """Wrap a paged listing so it returns an :class:`APIResponse` of its first answer.

    ``parse()`` gives the answer model of the first page (not a page: no further request).
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        raw = to_raw_response_wrapper(func)(*args, **kwargs)
        return APIResponse(raw.http_response, raw.parse().response)

    return wrapped


def async_to_raw_page_wrapper(
    func: Callable[P, Awaitable[_Paged[R]]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Wrap an async paged listing so it returns an :class:`APIResponse` of its first answer."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        raw = await async_to_raw_response_wrapper(func)(*args, **kwargs)
        return APIResponse(raw.http_response, raw.parse().response)

    return wrapped
