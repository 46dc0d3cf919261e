"""``client.messages``: create (JSON or a stream) and stream, the Anthropic-compatible API."""
# Generated from openrouter_ext/resources/_async/messages.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._sync.stream import MessagesStream
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import to_raw_response_wrapper
from openrouter_ext.resources._sync._plain import PlainMessages
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from openrouter_ext._config import CallOptions
    from openrouter_ext._lowlevel import MessagesResult
    from openrouter_ext._params import MessagesCreateParams, MessagesStreamParams

__all__ = ["Messages", "MessagesWithRawResponse"]


def _messages_call(params: Mapping[str, Any], where: str) -> tuple[CallOptions, dict[str, Any]]:
    """Return the call options and the body of a Messages API call, checked."""
    call, body, _ = prepare(params, where, "MessagesRequest")
    assert body is not None  # an operation with a body always gets one
    if "messages" not in body:
        raise TypeError(f"{where}() needs messages=[...]")
    if not isinstance(body["messages"], (list, tuple)):
        raise TypeError("messages must be a list of message dicts")
    return call, body


class MessagesWithRawResponse:
    """``client.messages.with_raw_response``: ``create`` returning an ``APIResponse``."""

    def __init__(self, messages: Messages) -> None:
        self.create = to_raw_response_wrapper(messages.create)


class Messages(PlainMessages):
    """``client.messages``: the Anthropic-compatible Messages API (``POST /messages``)."""

    def __init__(self, requester: Requester) -> None:
        super().__init__(requester)

    @property
    def with_raw_response(self) -> MessagesWithRawResponse:  # type: ignore[override]
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return MessagesWithRawResponse(self)

    @overload
    def create(
        self, *, stream: Literal[False] = False, **params: Unpack[MessagesCreateParams]
    ) -> MessagesResult: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[MessagesCreateParams]
    ) -> MessagesStream: ...
    @overload
    def create(
        self, *, stream: bool, **params: Unpack[MessagesCreateParams]
    ) -> MessagesResult | MessagesStream: ...
    def create(
        self, *, stream: bool = False, **params: Unpack[MessagesCreateParams]
    ) -> MessagesResult | MessagesStream:
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
            return self._requester.open_stream(OPERATIONS["messages"], body, call, MessagesStream)
        body.pop("stream", None)
        result: MessagesResult = self._requester.request(OPERATIONS["messages"], call, body=body)
        return result

    def stream(self, **params: Unpack[MessagesStreamParams]) -> MessagesStream:
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
        return self._requester.stream(OPERATIONS["messages"], body, call, MessagesStream)
