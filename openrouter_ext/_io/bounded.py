"""Bounded time and memory for every call: the deadline at the socket, size-limited bodies.

Per-read timeouts do not bound a server that trickles a byte a second: each read succeeds.
The call's deadline therefore reaches the socket. While a call runs (its attempts, retry
waits and, for a stream, everything until its first data event), a context variable holds
its absolute deadline, and the network streams of the client's connection pool cap every
connect, read and write by what is left of it. A read that would end past the deadline
times out (httpcore closes the connection); the client maps that to
``APITimeoutError(kind="deadline")``.

The cap is installed on the httpcore pool of the httpx client (``deadline.py``, loaded with
the first client, as httpcore is); outside a call's deadline the wrapped streams behave
exactly as before. Transports without an httpcore pool (``httpx.MockTransport``, custom
transports) are left alone; the body reads below still check the deadline between pieces.

Bodies are read piece by piece against ``max_response_bytes`` (decoded size); gzip and
deflate are inflated here with a bound on every step, so a small compressed body cannot
inflate past the limit in memory. Error bodies are read up to ``ERROR_BODY_BYTES`` only.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar
from typing import Any, Final

import httpx

__all__ = [
    "DEADLINE",
    "ERROR_BODY_BYTES",
    "BodyTooLarge",
    "BoundedBody",
    "aread_bounded",
    "read_bounded",
]

#: The absolute ``time.monotonic()`` deadline of the call running in this context, if any.
DEADLINE: ContextVar[float | None] = ContextVar("openrouter_ext_deadline", default=None)

#: Most bytes of an error response read (and kept on the exception); the rest is dropped.
ERROR_BODY_BYTES: Final = 64 * 1024

_INFLATE_STEP: Final = 256 * 1024  # bytes inflated per zlib call


# -- size-limited bodies -------------------------------------------------------------------
class BodyTooLarge(Exception):
    """Raised inside the body reader: the decoded body passed its limit (the caller maps it)."""

    def __init__(self, limit: int, received: int) -> None:
        super().__init__(f"the body passed {limit} bytes")
        self.limit = limit
        self.received = received


class BoundedBody:
    """Accumulate a body's decoded bytes up to a limit, inflating gzip/deflate in steps.

    ``truncate=True`` keeps the first ``limit`` bytes and reports ``truncated`` instead of
    raising (error bodies); otherwise passing the limit raises :class:`BodyTooLarge`.
    """

    __slots__ = ("_buf", "_inflate", "done", "limit", "received", "truncate", "truncated")

    def __init__(self, response: httpx.Response, limit: int, *, truncate: bool = False) -> None:
        self.limit = limit
        self.truncate = truncate
        self.truncated = False
        self.done = False
        self.received = 0
        self._buf = bytearray()
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self._inflate: Any = None
        if encoding in ("gzip", "x-gzip"):
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._inflate = _DeflateAuto()
        elif encoding not in ("", "identity"):
            self._inflate = False  # another coding: httpx decodes it (``iter_bytes``)
        length = response.headers.get("content-length", "")
        if self._inflate is None and length.isdigit() and int(length) > limit and not truncate:
            raise BodyTooLarge(limit, 0)

    @property
    def raw(self) -> bool:
        """Whether pieces are read undecoded (``iter_raw``) and decoded here."""
        return self._inflate is not False

    def feed(self, piece: bytes) -> None:
        """Add one piece as it came off the wire (or decoded by httpx when not ``raw``)."""
        if self._inflate:
            inflate = self._inflate
            data = inflate.decompress(piece, _INFLATE_STEP)
            while True:
                self._add(data)
                if self.done:
                    return
                tail = inflate.unconsumed_tail
                if not tail:
                    return
                data = inflate.decompress(tail, _INFLATE_STEP)
        else:
            self._add(piece)

    def _add(self, data: bytes) -> None:
        if not data:
            return
        self.received += len(data)
        room = self.limit - len(self._buf)
        if len(data) > room:
            if not self.truncate:
                self._buf = bytearray()  # the traceback must not hold the body
                raise BodyTooLarge(self.limit, self.received)
            self._buf += data[:room]
            self.truncated = self.done = True
            return
        self._buf += data

    def finish(self) -> bytes:
        """Return the body (what is left in the inflater included)."""
        if self._inflate and not self.done:
            self._add(self._inflate.flush())
        return bytes(self._buf)


class _DeflateAuto:
    """``deflate`` as servers send it: zlib-wrapped, or raw when the first bytes say so."""

    __slots__ = ("_d", "_first")

    def __init__(self) -> None:
        self._d: Any = None
        self._first = True

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._d is None:
            self._d = zlib.decompressobj()
            try:
                return bytes(self._d.decompress(data, max_length))
            except zlib.error:
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
        return bytes(self._d.decompress(data, max_length))

    @property
    def unconsumed_tail(self) -> bytes:
        return bytes(self._d.unconsumed_tail) if self._d is not None else b""

    def flush(self) -> bytes:
        return bytes(self._d.flush()) if self._d is not None else b""


def _check_deadline(at: float | None) -> None:
    if at is not None and time.monotonic() >= at:
        raise httpx.ReadTimeout("the call's deadline passed")


def _pieces(response: httpx.Response, body: BoundedBody) -> Iterator[bytes]:
    return response.iter_raw() if body.raw else response.iter_bytes()


def read_bounded(
    response: httpx.Response, limit: int, *, truncate: bool = False
) -> tuple[bytes, bool]:
    """Read a streamed response's body, decoded, up to ``limit`` bytes; close it after.

    Returns ``(body, truncated)``. The call's deadline (if any) is checked between pieces,
    which bounds a trickling body on any transport. The response's ``content`` is set to
    the body, so it reads as an ordinary read response afterwards.

    Raises:
        BodyTooLarge: the body passed ``limit`` (unless ``truncate``).
        httpx.ReadTimeout: the call's deadline passed while reading.
        httpx.TransportError: the connection failed.

    """
    read = _already_read(response, limit, truncate)
    if read is not None:
        return read
    at = DEADLINE.get()
    try:
        body = BoundedBody(response, limit, truncate=truncate)
        for piece in _pieces(response, body):
            body.feed(piece)
            if body.done:
                break
            _check_deadline(at)
        data = body.finish()
    except zlib.error as exc:
        raise httpx.DecodingError(f"the compressed body is invalid: {exc}") from exc
    finally:
        response.close()
    _set_content(response, data)
    return data, body.truncated


async def aread_bounded(
    response: httpx.Response, limit: int, *, truncate: bool = False
) -> tuple[bytes, bool]:
    """Do :func:`read_bounded` for an async response."""
    read = _already_read(response, limit, truncate)
    if read is not None:
        return read
    at = DEADLINE.get()
    try:
        body = BoundedBody(response, limit, truncate=truncate)
        pieces: AsyncIterator[bytes] = response.aiter_raw() if body.raw else response.aiter_bytes()
        async for piece in pieces:
            body.feed(piece)
            if body.done:
                break
            _check_deadline(at)
        data = body.finish()
    except zlib.error as exc:
        raise httpx.DecodingError(f"the compressed body is invalid: {exc}") from exc
    finally:
        await response.aclose()
    _set_content(response, data)
    return data, body.truncated


def _already_read(
    response: httpx.Response, limit: int, truncate: bool
) -> tuple[bytes, bool] | None:
    """Apply the limit to a response whose body is already in memory (built by a transport)."""
    try:
        data = response.content
    except httpx.ResponseNotRead:
        return None
    if len(data) <= limit:
        return data, False
    if not truncate:
        raise BodyTooLarge(limit, len(data))
    return data[:limit], True


def _set_content(response: httpx.Response, data: bytes) -> None:
    # what ``Response.read()`` does once the bytes are in: ``content``/``text``/``json()``
    # then work as on any read response (httpx has no public setter for read bytes)
    response._content = data  # pyright: ignore[reportPrivateUsage]
