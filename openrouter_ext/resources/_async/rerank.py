"""``client.rerank``: rank documents by their relevance to a query (JSON or a stream)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._async.media import AsyncRerankStream
from openrouter_ext.resources._async._plain import AsyncPlainRerank
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import CreateRerankResponse
    from openrouter_ext._params import RerankCreateParams

__all__ = ["AsyncRerank", "AsyncRerankWithRawResponse"]


class AsyncRerankWithRawResponse:
    """``client.rerank.with_raw_response``: ``create`` returning an ``APIResponse``."""

    def __init__(self, rerank: AsyncRerank) -> None:
        self.create = async_to_raw_response_wrapper(rerank.create)


class AsyncRerank(AsyncPlainRerank):
    """``client.rerank``."""

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncRerankWithRawResponse:  # type: ignore[override]
        """``create`` returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncRerankWithRawResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[RerankCreateParams]
    ) -> CreateRerankResponse: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[RerankCreateParams]
    ) -> AsyncRerankStream: ...
    async def create(
        self, *, stream: bool = False, **params: Unpack[RerankCreateParams]
    ) -> CreateRerankResponse | AsyncRerankStream:
        """Rank ``documents`` by their relevance to ``query`` (``POST /rerank``).

        Args:
            stream: ``True`` returns an opened :class:`RerankStream` (the API answers with
                an event stream); iterate it inside ``with``.
            **params: ``model``, ``query``, ``documents`` (texts, or ``{"text"|"image"}``),
                ``top_n``, ``provider``, and the per-call knobs.

        Returns:
            The ``CreateRerankResponse`` (``results`` by falling relevance, ``usage.cost``),
            or a ``RerankStream`` when ``stream=True``.

        Raises:
            TypeError: an unknown keyword (naming the closest field) or a knob of the wrong
                type.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, body, _ = prepare(params, "create", "CreateRerankRequest")
        assert body is not None
        if stream:
            body["stream"] = True
            return await self._requester.open_stream(
                OPERATIONS["rerank"], body, call, AsyncRerankStream
            )
        result: CreateRerankResponse = await self._requester.request(
            OPERATIONS["rerank"], call, body=body
        )
        return result
