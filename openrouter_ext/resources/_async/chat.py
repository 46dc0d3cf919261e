"""``client.chat.completions``: create (JSON or a stream) and stream."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from openrouter_ext._config import TimeoutLike
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._async.stream import AsyncChatStream
from openrouter_ext.resources._async._plain import AsyncPlainChat
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import Message, Resource, build_body, call_options

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import (
        ChatRequest,
        ChatResult,
    )

__all__ = ["AsyncChat", "AsyncChatCompletions"]


def _chat_body(
    messages: Sequence[Message] | None,
    model: str | None,
    stream: bool,
    request: ChatRequest | None,
    extra_body: Mapping[str, Any] | None,
    fields: dict[str, Any],
) -> dict[str, Any]:
    if messages is not None:
        fields["messages"] = messages
    if model is not None:
        fields["model"] = model
    body = build_body(
        "ChatRequest", where="create", request=request, fields=fields, extra_body=extra_body
    )
    if "messages" not in body:
        raise TypeError("create() needs messages=[...] (or request=ChatRequest(...))")
    if not isinstance(body["messages"], (list, tuple)):
        raise TypeError("messages must be a list of message dicts or generated message models")
    if stream:
        body["stream"] = True
    else:
        body.pop("stream", None)
    return body


class AsyncChatCompletions(Resource):
    """``client.chat.completions``."""

    _requester: AsyncRequester

    @overload
    async def create(
        self,
        *,
        messages: Sequence[Message] | None = ...,
        model: str | None = ...,
        stream: Literal[False] = ...,
        request: ChatRequest | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: TimeoutLike | None = ...,
        max_retries: int | None = ...,
        deadline: float | None = ...,
        max_response_bytes: int | None = ...,
        tags: Sequence[str] | None = ...,
        **fields: Any,
    ) -> ChatResult: ...
    @overload
    async def create(
        self,
        *,
        messages: Sequence[Message] | None = ...,
        model: str | None = ...,
        stream: Literal[True],
        request: ChatRequest | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        timeout: TimeoutLike | None = ...,
        max_retries: int | None = ...,
        deadline: float | None = ...,
        max_response_bytes: int | None = ...,
        tags: Sequence[str] | None = ...,
        **fields: Any,
    ) -> AsyncChatStream: ...
    async def create(
        self,
        *,
        messages: Sequence[Message] | None = None,
        model: str | None = None,
        stream: bool = False,
        request: ChatRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        tags: Sequence[str] | None = None,
        **fields: Any,
    ) -> ChatResult | AsyncChatStream:
        """Create a chat completion (``POST /chat/completions``).

        Args:
            messages: the conversation, as dicts or generated message models.
            model: the model slug, e.g. ``"openai/gpt-4o-mini"``.
            stream: ``True`` returns an opened :class:`ChatStream` (as the openai SDK does).
            request: a ready ``ChatRequest``; keywords given too override its fields.
            extra_body: raw fields the spec does not know yet, merged last.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included (for a
                stream: until its first data event).
            max_response_bytes: largest response body this call reads, in bytes (for a
                stream: largest single event).
            tags: labels for this call in ``client.costs.by_tag()``.
            **fields: any other request field by its wire name (``provider``, ``tools``...).

        Returns:
            The ``ChatResult``, or a ``ChatStream`` when ``stream=True``.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), or a
                per-call knob of the wrong type.
            ValueError: a per-call knob out of range (e.g. ``max_retries=-1``); nothing is
                sent.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        body = _chat_body(messages, model, stream, request, extra_body, fields)
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            tags=tags,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        if stream:
            return await self._requester.open_stream(
                OPERATIONS["chat"], body, call, AsyncChatStream
            )
        result: ChatResult = await self._requester.request(OPERATIONS["chat"], call, body=body)
        return result

    def stream(
        self,
        *,
        messages: Sequence[Message] | None = None,
        model: str | None = None,
        request: ChatRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        tags: Sequence[str] | None = None,
        stream_idle_timeout: float | None = None,
        **fields: Any,
    ) -> AsyncChatStream:
        """Stream a chat completion; use the result as a context manager and iterate it.

        The request is sent when the ``with`` block is entered (or iteration starts); the
        options are checked here, before that.

        Args:
            messages: the conversation, as dicts or generated message models.
            model: the model slug, e.g. ``"openai/gpt-4o-mini"``.
            request: a ready ``ChatRequest``; keywords given too override its fields.
            extra_body: raw fields the spec does not know yet, merged last.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds until the stream is open (its first data event),
                retries and waits included.
            max_response_bytes: largest single event of this stream, in bytes.
            tags: labels for this call in ``client.costs.by_tag()``.
            stream_idle_timeout: seconds without a data event before ``APITimeoutError``.
            **fields: any other request field by its wire name (``provider``, ``tools``...).

        Returns:
            A ``ChatStream``, not yet sent.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), or a
                per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        body = _chat_body(messages, model, True, request, extra_body, fields)
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            stream_idle_timeout,
            tags,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        return self._requester.stream(OPERATIONS["chat"], body, call, AsyncChatStream)


class AsyncChat(AsyncPlainChat):
    """``client.chat``."""

    def __init__(self, requester: AsyncRequester) -> None:
        super().__init__(requester)
        self.completions = AsyncChatCompletions(requester)
