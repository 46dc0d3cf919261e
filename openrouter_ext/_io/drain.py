"""Reading the end of a finished stream's body so its connection goes back to the pool.

A stream ends at ``[DONE]``, but the HTTP body goes on for a few bytes (the chunked
terminator). Closing the response before those bytes are parsed makes httpcore close the
connection, so the next call pays a new TCP (and, against the real API, TLS) handshake.
Reading them is only safe when it cannot hang: a server may keep the socket open after
``[DONE]``, and httpcore fixes the read timeout when the body read starts (httpx offers no
way to shorten it). The sync drain therefore reads only what is already there (the terminator
among the bytes h11 holds, or a socket that ``select`` says is readable within a short wait); the
async drain reads under the socket's deadline cap (``deadline.py``), else a cancel scope. Either
way at most ``DRAIN_WAIT`` seconds and ``DRAIN_BYTES`` characters; whatever is left then is
closed as before.
"""

from __future__ import annotations

import select
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final

import httpx

from openrouter_ext._io.bounded import DEADLINE

__all__ = ["DRAIN_BYTES", "DRAIN_WAIT", "adrain", "drain"]

DRAIN_WAIT: Final = 0.05
"""Longest time (seconds) spent reading the end of a body after ``[DONE]``."""

DRAIN_BYTES: Final = 65536
"""Most text read after ``[DONE]`` before giving up on reusing the connection."""


_TERMINATOR: Final = b"0\r\n\r\n"  # the last chunk of a chunked body (no trailers)


def _h11_state(response: httpx.Response) -> Any:
    """Return the h11 connection behind an HTTP/1.1 response of httpx's default transport.

    None for anything else (HTTP/2, a mock or custom transport, another httpcore layout):
    those responses are simply closed.
    """
    stream = getattr(response.stream, "_stream", None)  # httpx Bound(Async)Stream
    stream = getattr(stream, "_httpcore_stream", None)  # httpx (Async)ResponseStream
    stream = getattr(stream, "_stream", None)  # httpcore PoolByteStream
    connection = getattr(stream, "_connection", None)  # HTTP11ConnectionByteStream
    state = getattr(connection, "_h11_state", None)  # HTTP11Connection
    return state if hasattr(state, "trailing_data") else None


def _ready(response: httpx.Response, state: Any, wait: float) -> bool:
    """Whether the next read of the body returns without waiting longer than ``wait``."""
    buffered, closed = state.trailing_data
    if closed or _TERMINATOR in buffered:
        return True  # h11 finishes the body from what it holds, without touching the socket
    # Anything else buffered (typically the CRLF closing the [DONE] chunk) is consumed and
    # then h11 reads the socket: only go on if that read will not wait.
    network = response.extensions.get("network_stream")
    sock = network.get_extra_info("socket") if network is not None else None
    if sock is None:
        return False
    pending = getattr(sock, "pending", None)  # TLS: decrypted bytes already buffered
    if pending is not None and pending():
        return True
    try:
        readable, _, _ = select.select([sock], [], [], max(wait, 0.0))
    except (OSError, ValueError):  # closed or unselectable socket
        return False
    return bool(readable)


def drain(response: httpx.Response, text: Iterator[str]) -> bool:
    """Read the rest of a finished stream's body if it is (about to be) there.

    Returns True when the body was read to its end (the connection can be reused).
    """
    state = _h11_state(response)
    if state is None:
        return False
    deadline = time.monotonic() + DRAIN_WAIT
    received = 0
    while received <= DRAIN_BYTES:
        if not _ready(response, state, deadline - time.monotonic()):
            return False
        try:
            received += len(next(text))
        except StopIteration:
            return True
        except httpx.HTTPError:
            return False
    return False


async def adrain(response: httpx.Response, text: AsyncIterator[str]) -> bool:
    """Do :func:`drain` for an async response: read for at most ``DRAIN_WAIT`` seconds.

    On a connection of a pool that obeys the call deadline (``deadline.py``, installed by the
    clients) the bound is that deadline, set to ``DRAIN_WAIT`` from now: a socket read past it
    times out inside httpcore, with no timer or cancel scope of its own per stream. Anywhere
    else the reads run under a ``DRAIN_WAIT`` cancel scope. A read that times out or is
    cancelled makes httpcore close the connection, which is what closing the response
    without draining does anyway.
    """
    if _h11_state(response) is None:
        return False
    if _capped(response):
        token = DEADLINE.set(time.monotonic() + DRAIN_WAIT)
        try:
            return await _aread_rest(text)
        finally:
            DEADLINE.reset(token)
    import anyio  # already imported by httpcore's async backend at this point

    with anyio.move_on_after(DRAIN_WAIT):
        return await _aread_rest(text)
    return False


def _capped(response: httpx.Response) -> bool:
    """Whether the response's socket reads are capped by ``DEADLINE`` (our pool wrapper)."""
    network = response.extensions.get("network_stream")
    if network is None:
        return False
    from openrouter_ext._io.deadline import capped  # loaded with the first client

    return capped(network)


async def _aread_rest(text: AsyncIterator[str]) -> bool:
    received = 0
    try:
        async for piece in text:
            received += len(piece)
            if received > DRAIN_BYTES:
                return False
    except httpx.HTTPError:
        return False
    return True
