"""The IO shell of every stream: how bytes are pulled and how the stream closes.

``AsyncStream`` is generic over its events and result (``StreamBase`` decodes, a codec says
what the events are); ``AsyncChatStream`` is the chat completions stream. The async code is
the source; ``Stream`` and ``ChatStream`` are generated from it (scripts/unasync.py).
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from openrouter_ext._config import DEFAULT_MAX_RESPONSE_BYTES
from openrouter_ext._io.bounded import aread_bounded
from openrouter_ext._io.drain import adrain
from openrouter_ext._streaming.codec import ChatCodec, EventT, ResultT, StreamCodec
from openrouter_ext._streaming.decode import (
    DroppedHook,
    FinishHook,
    StreamBase,
    report_abandoned,
)
from openrouter_ext._streaming.messages import TypedMessagesCodec
from openrouter_ext._streaming.responses import TypedResponsesCodec

if TYPE_CHECKING:
    # unasync: async-only
    import asyncio

    # unasync: end
    from openrouter_ext._lowlevel import (
        ChatResult,
        ChatStreamChunk,
        ChatUsage,
        MessagesResult,
        MessagesResultUsage,
        MessagesStreamEvent,
        OpenResponsesResult,
        ResponsesStreamEvent,
        Usage,
    )

__all__ = ["AsyncChatStream", "AsyncMessagesStream", "AsyncResponsesStream", "AsyncStream"]

_S = TypeVar("_S", bound="AsyncStream[Any, Any]")

# unasync: async-only
_CLOSING: set[asyncio.Task[None]] = set()  # keeps close tasks alive until they ran


def _close_abandoned(
    response: httpx.Response, codec: StreamCodec[Any, Any], on_finish: FinishHook | None
) -> None:
    """Close the response of a stream garbage-collected open, and report its outcome."""
    import asyncio  # already loaded: an async stream was opened

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop is not None and not loop.is_closed():
        task = loop.create_task(response.aclose())
        _CLOSING.add(task)
        task.add_done_callback(_CLOSING.discard)
    report_abandoned(response, codec, on_finish)


# unasync: end
# unasync: sync-only
# def _close_abandoned(
#     response: httpx.Response, codec: StreamCodec[Any, Any], on_finish: FinishHook | None
# ) -> None:
#     """Close the response of a stream garbage-collected open, and report its outcome."""
#     response.close()
#     report_abandoned(response, codec, on_finish)
#
#
# unasync: end
class AsyncStream(StreamBase[EventT, ResultT]):
    """A stream of typed events: iterate it (``async for``), use it as a context manager.

    The request is sent when the stream is entered or iteration starts. Breaking out of the
    loop, an exception in its body, ``aclose()`` and garbage collection all close the HTTP
    response.
    """

    #: The codec of the stream type (a subclass names it; ``codec=`` overrides it).
    codec: Callable[[], StreamCodec[EventT, ResultT]]

    def __init__(
        self,
        opener: Callable[[Callable[[], Awaitable[None]]], Awaitable[None]],
        send: Callable[[], Awaitable[httpx.Response]],
        *,
        idle_timeout: float,
        on_finish: FinishHook | None = None,
        on_dropped: DroppedHook | None = None,
        max_event_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        codec: Callable[[], StreamCodec[EventT, ResultT]] | None = None,
    ) -> None:
        super().__init__(
            codec=codec or self.codec,
            idle_timeout=idle_timeout,
            on_finish=on_finish,
            max_event_bytes=max_event_bytes,
        )
        self._opener = opener
        self._send = send
        self._on_dropped = on_dropped
        self._text: AsyncIterator[str] | None = None

    async def _open_once(self) -> None:
        self._detach()  # a failed earlier attempt is not this stream's outcome
        if self._response is not None:  # an earlier attempt got a response: start over
            await self._response.aclose()
            self._dropped(self._response)
            self.restart()
        response = await self._send()
        self._finalizer = weakref.finalize(
            self, _close_abandoned, response, self._codec, self._on_finish
        )
        try:
            if self._start(response):
                self._json_body(await self._abounded(aread_bounded, response))
            else:
                self._text = response.aiter_text()
            first = await self._pull()
            if first is not None:
                self._pending.appendleft(first)
        except BaseException:
            await response.aclose()
            raise
        self._opened = True

    async def _ensure_open(self) -> None:
        if not self._opened and not self._closed:
            try:
                await self._opener(self._open_once)
            except BaseException as exc:
                self._finish(exc)
                raise

    async def _pull(self) -> EventT | None:
        while True:
            if self._pending:
                return self._pending.popleft()
            self._raise_deferred()
            if self._done:
                return None
            assert self._text is not None
            try:
                text = await self._text.__anext__()
            except StopAsyncIteration:
                self._eof = True
                self._feed_eof()
                continue
            except httpx.TransportError as exc:
                raise self._broken(exc) from exc
            self._feed(text)
            if not self._pending:  # a data event just reset the idle timer
                self._check_idle()

    def __aiter__(self) -> AsyncIterator[EventT]:
        return self._aiterate()

    async def _aiterate(self) -> AsyncIterator[EventT]:
        # A generator: leaving the loop early drops it, and its ``finally`` closes the stream
        # (the body of __anext__ inlined: one call less per event).
        try:
            while True:
                if not self._opened:
                    await self._ensure_open()
                if self._closed:
                    return
                try:
                    event = await self._pull()
                except BaseException as exc:
                    await self._aclose(exc)
                    raise
                if event is None:
                    await self._aclose(None)
                    return
                yield event
        finally:
            await self._aclose(None)

    async def __anext__(self) -> EventT:
        if not self._opened:
            await self._ensure_open()
        if self._closed:
            raise StopAsyncIteration
        try:
            event = await self._pull()
        except BaseException as exc:
            await self._aclose(exc)
            raise
        if event is None:
            await self._aclose(None)
            raise StopAsyncIteration
        return event

    async def text_deltas(self) -> AsyncIterator[str]:
        """Iterate over the text deltas only (the text as it arrives)."""
        async for event in self:
            text = self.text_deltas_from(event)
            if text is not None:
                yield text

    async def final_response(self) -> ResultT:
        """Consume the rest of the stream; return it as the non-streaming call's result.

        Raises:
            StreamError: an in-band error arrived after content (``partial_response`` set).
            IncompleteStreamError: the connection ended before the terminal event (or a
                finish reason), or inside an event (cut off).

        """
        async for _ in self:
            pass
        return self._result()

    async def aclose(self) -> None:
        """Close the stream and its connection now; safe to call more than once."""
        await self._aclose(None)

    async def _aclose(self, error: BaseException | None) -> None:
        self._detach()
        if self._response is not None:
            try:
                if error is None and self._text is not None and self._drainable():
                    self._eof = await adrain(self._response, self._text)
                await self._response.aclose()
            finally:
                self._finish(error)
        else:
            self._finish(error)

    async def __aenter__(self: _S) -> _S:
        await self._ensure_open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._aclose(exc)


if TYPE_CHECKING:
    _AsyncChatBase = AsyncStream[ChatStreamChunk, ChatResult]
else:  # the generated models load on first use, not with this module
    _AsyncChatBase = AsyncStream


class AsyncChatStream(_AsyncChatBase):
    """A streamed chat completion: ``ChatStreamChunk`` events, a ``ChatResult`` at the end.

    Iterate it (``async for``) and use it as a context manager (``async with``); the request
    is sent when it is entered or iteration starts. Breaking out of the loop, an exception in
    its body, ``aclose()`` and garbage collection all close the HTTP response (the server sees
    the disconnect). ``final_response()`` accumulates the chunks into the ``ChatResult`` the
    non-streaming call returns.
    """

    codec = ChatCodec

    @property
    def usage(self) -> ChatUsage | None:
        """Return the usage (with ``cost``) from the usage chunk, once it arrived."""
        usage: ChatUsage | None = super().usage
        return usage


if TYPE_CHECKING:
    _AsyncResponsesBase = AsyncStream[ResponsesStreamEvent, OpenResponsesResult]
    _AsyncMessagesBase = AsyncStream[MessagesStreamEvent, MessagesResult]
else:  # the generated models load on first use, not with this module
    _AsyncResponsesBase = _AsyncMessagesBase = AsyncStream


class AsyncResponsesStream(_AsyncResponsesBase):
    """A streamed Responses API call: typed events, the response ``create`` returns at the end.

    The events are ``response.created``, ``response.output_item.added``,
    ``response.output_text.delta``... up to the terminal ``response.completed`` /
    ``response.incomplete``; an ``error`` or ``response.failed`` event raises a
    ``StreamError`` with ``partial_response`` (an ``APIStatusError`` before any output), and
    a stream cut before its terminal event raises ``IncompleteStreamError``. Iterate it
    (``async for``) and use it as a context manager (``async with``); breaking out, an
    exception, ``aclose()`` and garbage collection close the HTTP response.
    """

    codec = TypedResponsesCodec

    @property
    def usage(self) -> Usage | None:
        """Return the usage (tokens, ``cost``) of the terminal event, once it arrived."""
        usage: Usage | None = super().usage
        return usage


class AsyncMessagesStream(_AsyncMessagesBase):
    """A streamed Messages API call: Anthropic-style events, the message at the end.

    The events are ``message_start``, ``content_block_start``, ``content_block_delta``
    (text, tool input JSON, thinking, signature, citations), ``content_block_stop``,
    ``message_delta`` and the terminal ``message_stop``; ``ping`` keep-alives are skipped. An
    ``error`` event raises a ``StreamError`` with ``partial_response`` (an
    ``APIStatusError`` before any content), and a stream cut before ``message_stop`` raises
    ``IncompleteStreamError``. Closing works as for every stream.
    """

    codec = TypedMessagesCodec

    @property
    def usage(self) -> MessagesResultUsage | None:
        """Return the usage (``message_delta``'s over ``message_start``'s, with ``cost``)."""
        usage: MessagesResultUsage | None = super().usage
        return usage
