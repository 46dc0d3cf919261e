"""``client.messages``: create (JSON or a stream) and stream, the Anthropic-compatible API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._async.stream import AsyncMessagesStream
from openrouter_ext.resources._async._plain import AsyncPlainMessages
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from openrouter_ext._config import CallOptions
    from openrouter_ext._lowlevel import MessagesResult
    from openrouter_ext._params import MessagesCreateParams, MessagesStreamParams

__all__ = ["AsyncMessages", "AsyncMessagesWithRawResponse"]


def _messages_call(params: Mapping[str, Any], where: str) -> tuple[CallOptions, dict[str, Any]]:
    """Return the call options and the body of a Messages API call, checked."""
    call, body, _ = prepare(params, where, "MessagesRequest")
    assert body is not None  # an operation with a body always gets one
    if "messages" not in body:
        raise TypeError(f"{where}() needs messages=[...]")
    if not isinstance(body["messages"], (list, tuple)):
        raise TypeError("messages must be a list of message dicts")
    return call, body


class AsyncMessagesWithRawResponse:
    """``client.messages.with_raw_response``: ``create`` returning an ``APIResponse``."""

    def __init__(self, messages: AsyncMessages) -> None:
        self.create = async_to_raw_response_wrapper(messages.create)


class AsyncMessages(AsyncPlainMessages):
    """``client.messages``: the Anthropic-compatible Messages API (``POST /messages``)."""

    def __init__(self, requester: AsyncRequester) -> None:
        super().__init__(requester)

    @property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:  # type: ignore[override]
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncMessagesWithRawResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[MessagesCreateParams]
    ) -> MessagesResult: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[MessagesCreateParams]
    ) -> AsyncMessagesStream: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[MessagesCreateParams]
    ) -> MessagesResult | AsyncMessagesStream: ...
    async def create(
        self, *, stream: bool = False, **params: Unpack[MessagesCreateParams]
    ) -> MessagesResult | AsyncMessagesStream:
        """Create a message (``POST /messages``), as Anthropic's ``messages.create``.

        Args:
            stream: ``True`` returns an opened :class:`MessagesStream` (as the anthropic
                SDK does).
            **params: the request's fields by their wire names (``messages``, ``model``,
                ``max_tokens``, ``system``, ``tools``, ``thinking``...:
                ``MessagesCreateParams``) and the per-call knobs (``timeout``,
                ``max_retries``, ``deadline``, ``tags``, ``extra_headers``, ``extra_body``,
                and ``stream_idle_timeout`` for a stream).

        Returns:
            The ``MessagesResult``, or a ``MessagesStream`` when ``stream=True``.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), a knob of
                the wrong type, or no ``messages``.
            ValueError: a per-call knob out of range; nothing is sent.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, body = _messages_call(params, "create")
        if stream:
            body["stream"] = True
            return await self._requester.open_stream(
                OPERATIONS["messages"], body, call, AsyncMessagesStream
            )
        body.pop("stream", None)
        result: MessagesResult = await self._requester.request(
            OPERATIONS["messages"], call, body=body
        )
        return result

    def stream(self, **params: Unpack[MessagesStreamParams]) -> AsyncMessagesStream:
        """Stream a message; use the result as a context manager and iterate it.

        The request is sent when the ``with`` block is entered (or iteration starts). The
        events are the generated event models (``MessagesContentBlockDeltaEvent``...; ``ping``
        is skipped); ``text_deltas()`` yields the text, ``final_response()`` the
        ``MessagesResult``.

        Args:
            **params: the request's fields and the per-call knobs, as for ``create``
                (``deadline`` counts until the first event; ``stream_idle_timeout`` is the
                longest pause between events).

        Returns:
            A ``MessagesStream``, not yet sent.

        Raises:
            TypeError: an unknown keyword, a knob of the wrong type, or no ``messages``.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        call, body = _messages_call(params, "stream")
        body["stream"] = True
        return self._requester.stream(OPERATIONS["messages"], body, call, AsyncMessagesStream)
