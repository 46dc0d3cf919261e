"""StreamBase: SSE decoding, the terminal event, error detection, usage capture (no IO).

Decoding is httpx-sse's (its line and event decoders, driven here so the idle timer can
see keep-alive comments). What the events are is the codec's (``codec.py``); the IO shells
(``_async/stream.py`` and its generated sync twin) differ only in how they pull bytes and
close.
"""

from __future__ import annotations

import json
import json.scanner
import logging
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Generic, cast

import httpx

from openrouter_ext._config import DEFAULT_MAX_RESPONSE_BYTES
from openrouter_ext._errors.envelope import excerpt
from openrouter_ext._errors.tree import (
    APIConnectionError,
    APITimeoutError,
    OpenRouterError,
    ResponseTooLargeError,
    ResponseValidationError,
    connection_error_from_httpx,
    error_from_envelope,
    stream_error_from_event,
)
from openrouter_ext._io.bounded import BodyTooLarge
from openrouter_ext._streaming.codec import EventT, ResultT, StreamCodec

__all__ = ["DroppedHook", "FinishHook", "StreamBase", "StreamOutcome", "report_abandoned"]

#: The C scanner ``json.loads`` runs (typeshed types make_scanner's argument oddly).
_scan_once: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder()  # type: ignore[arg-type]
)


def _loads(data: str) -> Any:
    """``json.loads`` for one event's data without its two Python wrapper calls per chunk."""
    try:
        value, end = _scan_once(data, 0)
    except StopIteration:  # leading whitespace or not JSON: json.loads decides
        return json.loads(data)
    if end != len(data) and data[end:].strip():
        return json.loads(data)  # raises "Extra data"
    return value


class StreamOutcome:
    """What a finished or abandoned stream knew; handed to the client's finish hook."""

    __slots__ = ("complete", "error", "generation_id", "result")

    def __init__(
        self,
        result: dict[str, Any],
        *,
        complete: bool,
        generation_id: str | None,
        error: BaseException | None,
    ) -> None:
        self.result = result
        self.complete = complete
        self.generation_id = generation_id
        self.error = error


FinishHook = Callable[[StreamOutcome], None]
#: Called with the generation id of an attempt dropped after its headers, before a retry.
DroppedHook = Callable[[str], None]


def report_abandoned(
    response: httpx.Response, codec: StreamCodec[Any, Any], on_finish: FinishHook | None
) -> None:
    """Hand the outcome of a stream garbage-collected while open to its finish hook.

    Runs from a ``weakref.finalize`` callback, so it must not raise: the usage is recorded
    (incomplete unless the finish reason and the usage had arrived) and the budget
    reservation settled, as if the stream had been closed.
    """
    if on_finish is None:
        return
    try:
        header = response.headers.get("x-generation-id")
        on_finish(
            StreamOutcome(
                codec.wire(),
                complete=codec.finished and codec.usage is not None,
                generation_id=header or codec.generation_id,
                error=None,
            )
        )
    except Exception:  # pragma: no cover - a failing hook must not escape a finalizer
        logging.getLogger("openrouter_ext").exception("recording an abandoned stream failed")


class StreamBase(Generic[EventT, ResultT]):
    """Decoding, the terminal event, error detection, usage capture, bookkeeping (no IO).

    Generic over the stream's events and result: what they are is the codec's business
    (``codec.py``); the IO shells (``_async/stream.py`` and its sync twin) pull bytes and close.
    """

    # Closes the response (and reports the outcome) if the stream is garbage-collected open;
    # set per attempt by the IO subclasses, detached once the stream is finished.
    _finalizer: weakref.finalize[Any, Any] | None = None

    def __init__(
        self,
        *,
        codec: Callable[[], StreamCodec[EventT, ResultT]],
        idle_timeout: float,
        on_finish: FinishHook | None,
        max_event_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._new_codec = codec
        self._codec = codec()
        self._done_data = self._codec.done_data
        #: The codec's reader of error events without an ``error`` key, if it has one.
        self._error_of: Callable[[dict[str, Any]], dict[str, Any] | None] | None = getattr(
            self._codec, "error_of", None
        )
        self._idle_timeout = idle_timeout
        self._on_finish = on_finish
        self._max_event = max_event_bytes
        self._held = 0  # characters of the line and event being assembled (slow path)
        self._bom_checked = False
        self._response: httpx.Response | None = None
        from httpx_sse._decoders import SSEDecoder, SSELineDecoder  # loaded by the first stream

        self._lines = SSELineDecoder()
        self._events = SSEDecoder()
        self._pending: deque[EventT] = deque()
        self._deferred: BaseException | None = None
        self._done = False
        self._eof = False  # the body was read to its end
        self._closed = False
        self._opened = False
        self._cut = False  # data lines of an event are waiting for its closing blank line
        self._last_data = time.monotonic()

    # -- public, IO-free -------------------------------------------------------------
    @property
    def response(self) -> httpx.Response:
        """Return the httpx response (status, headers such as ``X-Generation-Id``)."""
        if self._response is None:
            raise RuntimeError("the stream is not open yet: enter it or start iterating")
        return self._response

    @property
    def generation_id(self) -> str | None:
        """Return the generation id (``X-Generation-Id`` header, else the chunk id)."""
        if self._response is not None:
            header: str | None = self._response.headers.get("x-generation-id")
            if header:
                return header
        return self._codec.generation_id

    @property
    def usage(self) -> Any:
        """Return the usage (with ``cost``) once it arrived, as the result type has it."""
        if self._codec.usage is None:
            return None
        return getattr(self._result(), "usage", None) or None

    @property
    def closed(self) -> bool:
        """Whether the stream was closed (finished, failed or closed early)."""
        return self._closed

    def _result(self) -> ResultT:
        try:
            return self._codec.result()
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # pragma: no cover
            raise ResponseValidationError(
                f"the accumulated stream result does not fit its model: {exc}", body=None
            ) from exc

    def restart(self) -> None:
        """Forget a failed attempt's events before the next attempt (same options)."""
        # the base's own __init__ on this instance; pyright sees StreamBase unparameterized
        StreamBase.__init__(  # pyright: ignore[reportUnknownMemberType]
            self,
            codec=self._new_codec,
            idle_timeout=self._idle_timeout,
            on_finish=self._on_finish,
            max_event_bytes=self._max_event,
        )

    # -- decoding ----------------------------------------------------------------------
    def _feed(self, text: str) -> None:
        if not self._bom_checked and text:
            # a byte order mark before the first event is skipped (SSE: decode as UTF-8, BOM
            # stripped); left in, it would hide the first field name and drop the event
            self._bom_checked = True
            if text[0] == "\ufeff":
                text = text[1:]
                if not text:
                    return
        # Fast path: a read that is exactly one or more whole single-line ``data:`` events
        # (how OpenRouter's chunks usually arrive), with nothing pending from earlier reads,
        # is those events' data (one leading space dropped, as the SSE rules say). Anything
        # else (comments, other fields, CR, a partial event) goes through httpx-sse's
        # decoders; both give the same events (tests/unit/test_streaming.py).
        if (
            text.startswith("data:")
            and text.endswith("\n\n")
            and "\r" not in text
            and not self._cut
            and not self._lines.buffer
            and not self._lines.trailing_cr
        ):
            if text.count("\n") == 2:
                value = text[5:-2]
                self._on_data(value[1:] if value.startswith(" ") else value)
                return
            # several whole events in one read (a busy consumer): the same, event by event
            events = text[:-2].split("\n\n")
            if all(e.startswith("data:") and "\n" not in e for e in events):
                for event in events:
                    value = event[5:]
                    self._on_data(value[1:] if value.startswith(" ") else value)
                    if self._done:
                        return
                return
        elif (
            text.startswith("event:")
            and text.endswith("\n\n")
            and text.count("\n") == 3
            and "\r" not in text
            and not self._cut
            and not self._lines.buffer
            and not self._lines.trailing_cr
        ):
            # One whole named event (``event: <type>`` then one ``data:`` line, as the
            # Messages API sends them): its data, the name being in the data's ``type`` too.
            line = text[text.index("\n") + 1 : -2]
            if line.startswith("data:"):
                value = line[5:]
                self._on_data(value[1:] if value.startswith(" ") else value)
                return
        lines = self._lines.decode(text)
        if not lines:  # a line still without its end: bounded by the event size limit
            self._held += len(text)
            self._check_held()
            return
        self._held = sum(map(len, self._lines.buffer))
        self._feed_lines(lines)

    def _check_held(self) -> None:
        if self._held > self._max_event:
            status = self._response.status_code if self._response is not None else None
            self._lines.buffer = []  # the exception must not hold the text
            self._events = type(self._events)()
            raise ResponseTooLargeError(
                limit=self._max_event, status_code=status, what="stream event"
            )

    def _feed_lines(self, lines: list[str]) -> None:
        for line in lines:
            event = self._events.decode(line)
            if event is not None:
                self._cut = False
                self._on_data(event.data)
            elif line.startswith("data"):
                self._cut = True
                self._held += len(line)  # a data line of an event still open
                self._check_held()
            if self._done:
                return

    def _feed_eof(self) -> None:
        # An event without its closing blank line is incomplete and dropped (SSE spec); a body
        # that ends inside an event was cut (the lost event may be the usage): incomplete.
        # The line decoder holds back a final CR (it could start a CRLF): that line is whole.
        held_cr = self._lines.trailing_cr
        tail = self._lines.flush()
        if held_cr:
            self._feed_lines(tail)
            tail = []
        if self._done:
            return
        self._done = True
        cut = self._cut or any(line and not line.startswith(":") for line in tail)
        if (self._codec.finished or self._codec.ended) and not cut:
            return
        if not self._opened:
            raise APIConnectionError(
                "the stream ended before any data event", request=self._request(), sent=True
            )
        reason = "inside an event" if cut else self._missing_end()
        self._deferred = stream_error_from_event(
            {"message": f"the stream ended {reason}"},
            partial_response=self._result(),
            generation_id=self.generation_id,
            incomplete=True,
        )

    def _missing_end(self) -> str:
        if self._done_data is not None:
            return f"before {self._done_data} or a finish reason"
        return "before its terminal event"

    def _on_data(self, data: str) -> None:
        if not data:
            return
        done = self._done_data
        if done is not None and (data == done or data.strip() == done):
            self._done = True
            return
        try:
            obj = _loads(data)
        except (ValueError, RecursionError) as exc:
            raise ResponseValidationError(
                "stream data event is not JSON (or nested too deeply): "
                f"{excerpt(data, self._request(), 200)!r}",
                body=excerpt(data, self._request(), 500),
            ) from exc
        if not isinstance(obj, dict):
            raise ResponseValidationError("stream data event is not a JSON object", body=obj)
        event = cast("dict[str, Any]", obj)
        # a typed stream's codec reads its error events (``error``, ``response.failed``)
        error = event.get("error") if self._error_of is None else self._error_of(event)
        if error is not None:
            self._last_data = time.monotonic()
            self._on_error_event(event, error)
            return
        self._add(event)

    def _add(self, obj: dict[str, Any]) -> None:
        try:
            event = self._codec.add(obj)  # checked before it is folded in
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise ResponseValidationError(
                f"stream event does not fit its model: {exc!r}", body=obj
            ) from exc
        if event is not None:  # None: a keep-alive event (``ping``), skipped like a comment
            self._last_data = time.monotonic()
            self._pending.append(event)
        if self._codec.ended:  # a typed terminal event (streams without a done sentinel)
            self._done = True

    def _on_error_event(self, obj: dict[str, Any], error: Any) -> None:
        self._done = True
        if not self._codec.has_content and not self._pending:
            # Nothing generated yet: this is the HTTP error of its code (retryable if transient).
            envelope = obj if "error" in obj else {**obj, "error": error}
            raise error_from_envelope(envelope, status_code=None, response=self._response)
        self._codec.add_error(obj)
        self._deferred = stream_error_from_event(
            cast("dict[str, Any]", error) if isinstance(error, dict) else {"message": str(error)},
            partial_response=self._result(),
            generation_id=self.generation_id,
        )

    def _check_idle(self) -> None:
        if time.monotonic() - self._last_data > self._idle_timeout:
            raise APITimeoutError(
                f"no data event for {self._idle_timeout:g} s (keep-alive comments do not count)",
                request=self._request(),
                sent=True,
                kind="stream_idle",
            )

    def _request(self) -> httpx.Request | None:
        try:
            return self._response.request if self._response is not None else None
        except RuntimeError:  # pragma: no cover - response built without a request
            return None

    def _broken(self, exc: httpx.TransportError) -> OpenRouterError:
        """Map a transport failure: retryable before data, IncompleteStreamError after."""
        if not self._opened:
            return connection_error_from_httpx(exc, self._request())
        if isinstance(exc, httpx.ReadTimeout):  # no bytes at all, not even a keep-alive
            error = APITimeoutError(
                "the stream went idle: no data for the read timeout (ReadTimeout)",
                request=self._request(),
                sent=True,
                kind="stream_idle",
            )
            error.__cause__ = exc
            return error
        if isinstance(exc, httpx.TimeoutException):
            return connection_error_from_httpx(exc, self._request())
        return stream_error_from_event(
            {"message": f"the connection broke mid-stream ({type(exc).__name__})"},
            partial_response=self._result(),
            generation_id=self.generation_id,
            incomplete=True,
        )

    def _raise_deferred(self) -> None:
        """Raise the error held back until the chunks before it were consumed, if any."""
        if self._deferred is not None:
            error, self._deferred = self._deferred, None
            raise error

    def _start(self, response: httpx.Response) -> bool:
        """Check the content type; return True when the body is JSON instead of SSE."""
        self._response = response
        self._last_data = time.monotonic()
        content_type: str = response.headers.get("content-type", "")
        return content_type.partition(";")[0].strip() == "application/json"

    def _bounded(
        self, read: Callable[[httpx.Response, int], tuple[bytes, bool]], response: httpx.Response
    ) -> bytes:
        """Read a JSON answer to a stream request within the size limit."""
        try:
            return read(response, self._max_event)[0]
        except BodyTooLarge:
            raise ResponseTooLargeError(
                limit=self._max_event, status_code=response.status_code
            ) from None
        except httpx.TransportError as exc:
            raise self._broken(exc) from exc

    async def _abounded(
        self,
        read: Callable[[httpx.Response, int], Awaitable[tuple[bytes, bool]]],
        response: httpx.Response,
    ) -> bytes:
        """Do :meth:`_bounded` for an async response."""
        try:
            return (await read(response, self._max_event))[0]
        except BodyTooLarge:
            raise ResponseTooLargeError(
                limit=self._max_event, status_code=response.status_code
            ) from None
        except httpx.TransportError as exc:
            raise self._broken(exc) from exc

    def _json_body(self, content: bytes) -> None:
        try:
            data = json.loads(content)
        except (ValueError, RecursionError) as exc:
            raise ResponseValidationError(
                "stream answered with invalid JSON", body=content[:500], response=self._response
            ) from exc
        if not isinstance(data, dict):
            raise ResponseValidationError("stream answered with non-object JSON", body=data)
        body = cast("dict[str, Any]", data)
        if self._codec.is_error(body):
            raise error_from_envelope(body, status_code=None, response=self._response)
        for obj in self._codec.from_json(body):
            self._add(obj)
        self._done = True

    _on_dropped: DroppedHook | None = None

    def _dropped(self, response: httpx.Response) -> None:
        """Report an attempt that got its headers (a generation id) but is being retried.

        The server may have billed it: the client records it as incomplete, so
        ``reconcile()`` fetches its cost, before the retry replaces it.
        """
        generation_id = response.headers.get("x-generation-id") or self._codec.generation_id
        if generation_id and self._on_dropped is not None:
            self._on_dropped(generation_id)

    def _drainable(self) -> bool:
        """Whether the server finished (``[DONE]``) but the body's end is still unread."""
        return self._done and not self._eof and not self._closed

    def _detach(self) -> None:
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None

    def _finish(self, error: BaseException | None) -> None:
        if self._closed:
            return
        self._closed = True
        self._detach()
        if self._on_finish is not None:
            complete = (
                self._done
                and self._deferred is None
                and error is None
                and (self._codec.finished or self._codec.usage is not None)
            )
            try:
                result = self._codec.wire()
            except Exception:  # pragma: no cover - chunks are checked before they are added
                logging.getLogger("openrouter_ext").exception("a stream's result is unreadable")
                result, complete = {}, False
            self._on_finish(
                StreamOutcome(
                    result,
                    complete=complete,
                    generation_id=self.generation_id,
                    error=error,
                )
            )

    def text_deltas_from(self, event: EventT) -> str | None:
        """Return the text delta an event carries (None when it has none)."""
        return self._codec.text(event)
