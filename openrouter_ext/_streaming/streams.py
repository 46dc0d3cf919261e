"""ChatStream / AsyncChatStream: chat completions over SSE, closed on every path."""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from openrouter_ext._config import DEFAULT_MAX_RESPONSE_BYTES
from openrouter_ext._core.bounded import aread_bounded, read_bounded
from openrouter_ext._streaming.accumulate import ChatAccumulator
from openrouter_ext._streaming.decode import (
    DroppedHook,
    FinishHook,
    StreamOutcome,
    _ChatStreamBase,
    report_abandoned,
)
from openrouter_ext._streaming.drain import adrain, drain

if TYPE_CHECKING:
    import asyncio

    from openrouter_ext._lowlevel.seam import ChatResult, ChatStreamChunk

__all__ = ["AsyncChatStream", "ChatStream", "StreamOutcome"]


def _close_sync(
    response: httpx.Response, acc: ChatAccumulator, on_finish: FinishHook | None
) -> None:
    response.close()
    report_abandoned(response, acc, on_finish)


class ChatStream(_ChatStreamBase):
    """A streamed chat completion: an iterator of ``ChatStreamChunk`` and a context manager.

    Breaking out of the loop, an exception in the loop body, ``close()`` and garbage
    collection all close the HTTP response at once (the server sees the disconnect).
    """

    def __init__(
        self,
        opener: Callable[[Callable[[], None]], None],
        send: Callable[[], httpx.Response],
        *,
        idle_timeout: float,
        on_finish: FinishHook | None = None,
        on_dropped: DroppedHook | None = None,
        max_event_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            idle_timeout=idle_timeout, on_finish=on_finish, max_event_bytes=max_event_bytes
        )
        self._opener = opener
        self._send = send
        self._on_dropped = on_dropped
        self._text: Iterator[str] | None = None

    def _open_once(self) -> None:
        self._detach()  # a failed earlier attempt is not this stream's outcome
        if self._response is not None:  # an earlier attempt got a response: start over
            self._response.close()
            self._dropped(self._response)
            _ChatStreamBase.__init__(
                self,
                idle_timeout=self._idle_timeout,
                on_finish=self._on_finish,
                max_event_bytes=self._max_event,
            )
        response = self._send()
        self._finalizer = weakref.finalize(self, _close_sync, response, self._acc, self._on_finish)
        try:
            if self._start(response):
                self._json_body(self._bounded(read_bounded, response))
            else:
                self._text = response.iter_text()
            first = self._pull()
            if first is not None:
                self._pending.appendleft(first)
        except BaseException:
            response.close()
            raise
        self._opened = True

    def _ensure_open(self) -> None:
        if not self._opened and not self._closed:
            try:
                self._opener(self._open_once)
            except BaseException as exc:
                self._finish(exc)
                raise

    def _pull(self) -> ChatStreamChunk | None:
        while True:
            if self._pending:
                return self._pending.popleft()
            self._raise_deferred()
            if self._done:
                return None
            assert self._text is not None
            try:
                text = next(self._text)
            except StopIteration:
                self._eof = True
                self._feed_eof()
                continue
            except httpx.TransportError as exc:
                raise self._broken(exc) from exc
            self._feed(text)
            if not self._pending:  # a data event just reset the idle timer
                self._check_idle()

    def __iter__(self) -> Iterator[ChatStreamChunk]:
        return self._iterate()

    def _iterate(self) -> Iterator[ChatStreamChunk]:
        # A generator, so that leaving a ``for`` loop early (break, an exception in its body)
        # drops it and its ``finally`` closes the stream at once.
        try:
            while True:
                try:
                    chunk = self.__next__()
                except StopIteration:
                    return
                yield chunk
        finally:
            self.close()

    def __next__(self) -> ChatStreamChunk:
        if not self._opened:
            self._ensure_open()
        if self._closed:
            raise StopIteration
        try:
            chunk = self._pull()
        except BaseException as exc:
            self._close(exc)
            raise
        if chunk is None:
            self._close(None)
            raise StopIteration
        return chunk

    def text_deltas(self) -> Iterator[str]:
        """Iterate over the content deltas only (the text as it arrives)."""
        for chunk in self:
            text = self.text_deltas_from(chunk)
            if text is not None:
                yield text

    def final_response(self) -> ChatResult:
        """Consume the rest of the stream and return it accumulated as a ``ChatResult``.

        Raises:
            StreamError: an in-band error arrived after content (``partial_response`` set).
            IncompleteStreamError: the connection ended before ``[DONE]``/a finish reason,
                or inside an event (cut off).

        """
        for _ in self:
            pass
        return self._acc_result()

    def close(self) -> None:
        """Close the stream and its connection now; safe to call more than once."""
        self._close(None)

    def _close(self, error: BaseException | None) -> None:
        self._detach()
        if self._response is not None:
            if error is None and self._text is not None and self._drainable():
                self._eof = drain(self._response, self._text)
            self._response.close()
        self._finish(error)

    def __enter__(self) -> ChatStream:
        self._ensure_open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._close(exc)


_CLOSING: set[asyncio.Task[None]] = set()  # keeps close tasks alive until they ran


def _close_async(
    response: httpx.Response, acc: ChatAccumulator, on_finish: FinishHook | None
) -> None:
    import asyncio  # already loaded: an async stream was opened

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop is not None and not loop.is_closed():
        task = loop.create_task(response.aclose())
        _CLOSING.add(task)
        task.add_done_callback(_CLOSING.discard)
    report_abandoned(response, acc, on_finish)


class AsyncChatStream(_ChatStreamBase):
    """The async twin of :class:`ChatStream` (``async for``, ``async with``, ``aclose()``).

    Leaving an ``async for`` early, or dropping the stream, closes the response on the next
    turn of the event loop (asyncio finalizes the loop's iterator then); ``async with`` and
    ``aclose()`` close it at once.
    """

    def __init__(
        self,
        opener: Callable[[Callable[[], Awaitable[None]]], Awaitable[None]],
        send: Callable[[], Awaitable[httpx.Response]],
        *,
        idle_timeout: float,
        on_finish: FinishHook | None = None,
        on_dropped: DroppedHook | None = None,
        max_event_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            idle_timeout=idle_timeout, on_finish=on_finish, max_event_bytes=max_event_bytes
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
            _ChatStreamBase.__init__(
                self,
                idle_timeout=self._idle_timeout,
                on_finish=self._on_finish,
                max_event_bytes=self._max_event,
            )
        response = await self._send()
        self._finalizer = weakref.finalize(self, _close_async, response, self._acc, self._on_finish)
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

    async def _pull(self) -> ChatStreamChunk | None:
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

    def __aiter__(self) -> AsyncIterator[ChatStreamChunk]:
        return self._aiterate()

    async def _aiterate(self) -> AsyncIterator[ChatStreamChunk]:
        # An async generator: leaving an ``async for`` early drops it, and asyncio closes it
        # (running this ``finally``) on the next turn of the loop.
        # The body of __anext__, inlined: one coroutine less per chunk.
        try:
            while True:
                if not self._opened:
                    await self._ensure_open()
                if self._closed:
                    return
                try:
                    chunk = await self._pull()
                except BaseException as exc:
                    await self._aclose(exc)
                    raise
                if chunk is None:
                    await self._aclose(None)
                    return
                yield chunk
        finally:
            await self._aclose(None)

    async def __anext__(self) -> ChatStreamChunk:
        if not self._opened:  # saves a coroutine per chunk: this runs once per chunk
            await self._ensure_open()
        if self._closed:
            raise StopAsyncIteration
        try:
            chunk = await self._pull()
        except BaseException as exc:
            await self._aclose(exc)
            raise
        if chunk is None:
            await self._aclose(None)
            raise StopAsyncIteration
        return chunk

    async def text_deltas(self) -> AsyncIterator[str]:
        """Iterate over the content deltas only (the text as it arrives)."""
        async for chunk in self:
            text = self.text_deltas_from(chunk)
            if text is not None:
                yield text

    async def final_response(self) -> ChatResult:
        """Consume the rest of the stream and return it accumulated as a ``ChatResult``.

        Raises:
            StreamError: an in-band error arrived after content (``partial_response`` set).
            IncompleteStreamError: the connection ended before ``[DONE]``/a finish reason,
                or inside an event (cut off).

        """
        async for _ in self:
            pass
        return self._acc_result()

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

    async def __aenter__(self) -> AsyncChatStream:
        await self._ensure_open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._aclose(exc)
