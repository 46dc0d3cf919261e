"""``client.rerank``: rank documents by their relevance to a query (JSON or a stream)."""
# Generated from openrouter_ext/resources/_async/rerank.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._sync.media import RerankStream
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import to_raw_response_wrapper
from openrouter_ext.resources._sync._plain import PlainRerank
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import CreateRerankResponse
    from openrouter_ext._params import RerankCreateParams

__all__ = ["Rerank", "RerankWithRawResponse"]


class RerankWithRawResponse:
    """``client.rerank.with_raw_response``: ``create`` returning an ``APIResponse``."""

    def __init__(self, rerank: Rerank) -> None:
        self.create = to_raw_response_wrapper(rerank.create)


class Rerank(PlainRerank):
    """``client.rerank``."""

    _requester: Requester

    @property
    def with_raw_response(self) -> RerankWithRawResponse:  # type: ignore[override]
        """``create`` returning an ``APIResponse`` (headers, status, parse())."""
        return RerankWithRawResponse(self)

    @overload
    def create(
        self, *, stream: Literal[False] = False, **params: Unpack[RerankCreateParams]
    ) -> CreateRerankResponse: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[RerankCreateParams]
    ) -> RerankStream: ...
    def create(
        self, *, stream: bool = False, **params: Unpack[RerankCreateParams]
    ) -> CreateRerankResponse | RerankStream:
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
            return self._requester.open_stream(OPERATIONS["rerank"], body, call, RerankStream)
        result: CreateRerankResponse = self._requester.request(
            OPERATIONS["rerank"], call, body=body
        )
        return result
