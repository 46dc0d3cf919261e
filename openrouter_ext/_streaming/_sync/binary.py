"""An answer of bytes (audio, video, a file's content), streamed to the caller.

``BinaryResponse`` is the source; ``BinaryResponse`` is generated from it
(scripts/unasync.py). Nothing holds the whole body unless ``read()`` is asked for:
``iter_bytes()`` hands each piece on, ``write_to(path)`` writes each piece to disk.
"""
# Generated from openrouter_ext/_streaming/_async/binary.py by scripts/unasync.py: do not edit.

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TypeVar

import httpx

from openrouter_ext._io.bounded import DEADLINE, BodyTooLarge
from openrouter_ext._io.pieces import Pieces

__all__ = ["BinaryResponse"]

_B = TypeVar("_B", bound="BinaryResponse")

#: Called once: ``(None, True)`` when the body was read to its end, ``(error, False)`` when
#: reading failed, ``(None, False)`` when the response was closed before its end.
FinishHook = Callable[[BaseException | None, bool], None]
#: Maps a failure while reading the body to the error the caller sees.
ErrorMapper = Callable[[BaseException], BaseException]


class BinaryResponse:
    """A 2xx answer whose body is bytes, read once: ``iter_bytes()``, ``write_to()`` or ``read()``.

    Use it as a context manager (``with``): leaving the block closes the connection,
    however the block ends (``break``, an exception, task cancellation). Each read is bounded:
    the client's ``stream_idle_timeout`` between pieces, the call's ``deadline`` for the
    whole body and ``max_response_bytes`` for its size.

    Attributes:
        response: the ``httpx.Response`` (headers and status; its body is read here).

    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        limit: int,
        deadline_at: float | None,
        map_error: ErrorMapper,
        on_finish: FinishHook | None = None,
    ) -> None:
        self.response = response
        self._limit = limit
        self._deadline_at = deadline_at  # on time.monotonic's scale (the socket's)
        self._map_error = map_error
        self._on_finish = on_finish
        self._consumed = False
        self._closed = False
        self._finished = False
        self._received = 0

    @property
    def headers(self) -> httpx.Headers:
        """Return the response headers."""
        return self.response.headers

    @property
    def status_code(self) -> int:
        """Return the HTTP status."""
        return self.response.status_code

    @property
    def content_type(self) -> str | None:
        """Return the media type of the body (``audio/wav``, ``video/mp4``...), if given."""
        value: str | None = self.response.headers.get("content-type")
        return value.split(";", 1)[0].strip() if value else None

    @property
    def generation_id(self) -> str | None:
        """Return the generation id (``X-Generation-Id``), if the API gave one."""
        value: str | None = self.response.headers.get("x-generation-id")
        return value

    @property
    def request_id(self) -> str | None:
        """Return the request id the API gave (``X-Request-Id``), if any."""
        value: str | None = self.response.headers.get("x-request-id")
        return value

    @property
    def bytes_read(self) -> int:
        """Return the decoded bytes handed on so far."""
        return self._received

    @property
    def closed(self) -> bool:
        """Whether the connection was closed (the body read, or reading stopped)."""
        return self._closed

    def _finish(self, error: BaseException | None, complete: bool) -> None:
        if self._finished:
            return
        self._finished = True
        if self._on_finish is not None:
            self._on_finish(error, complete)

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """Iterate over the body's decoded bytes as they arrive; the body is read once.

        Args:
            chunk_size: bytes per piece read from the connection (default: as they come).

        Raises:
            RuntimeError: the body was already read (or is being read).
            ResponseTooLargeError: the body passed ``max_response_bytes``.
            APITimeoutError: no bytes for ``stream_idle_timeout`` seconds, or the call's
                deadline passed (``kind="deadline"``).
            APIConnectionError: the connection broke before the end of the body.

        """
        if self._consumed or self._closed:
            raise RuntimeError("the body of this response was already read")
        self._consumed = True
        error: BaseException | None = None
        complete = False
        try:
            try:
                pieces = Pieces(self.response, self._limit)
                wire = (
                    self.response.iter_raw(chunk_size)
                    if pieces.raw
                    else self.response.iter_bytes(chunk_size)
                )
                while True:
                    token = DEADLINE.set(self._deadline_at)  # the socket's reads end by it
                    try:
                        if self._deadline_at is not None and time.monotonic() >= self._deadline_at:
                            raise httpx.ReadTimeout("the call's deadline passed")
                        piece = wire.__next__()
                    except StopIteration:
                        break
                    finally:
                        DEADLINE.reset(token)
                    for data in pieces.feed(piece):
                        self._received += len(data)
                        yield data
                tail = pieces.finish()
                complete = True
                if tail:
                    self._received += len(tail)
                    yield tail
            except (httpx.TransportError, BodyTooLarge) as exc:
                error = self._map_error(exc)
                raise error from exc
        except BaseException as exc:
            error = error or exc
            raise
        finally:
            self._release()
            self._finish(error, complete)

    def write_to(self, path: str | os.PathLike[str]) -> int:
        """Write the body to a file, piece by piece; return the number of bytes written.

        The bytes go to ``<path>.part`` first, renamed to ``path`` once the body is complete;
        when reading fails, the partial file is removed and ``path`` is left as it was. On the
        async client the file is written from a worker thread, 512 KiB at a time, so the
        event loop never waits for the disk.

        Raises:
            The errors of :meth:`iter_bytes`, and ``OSError`` from the file system.

        """
        target = os.fspath(path)
        partial = target + ".part"
        written = 0
        try:
            with open(partial, "wb") as out:
                for piece in self.iter_bytes():
                    out.write(piece)
                    written += len(piece)
            os.replace(partial, target)
        except BaseException:
            self.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(partial)
            raise
        return written

    def read(self) -> bytes:
        """Read the whole body into memory (at most ``max_response_bytes``) and return it.

        Raises:
            The errors of :meth:`iter_bytes`.

        """
        parts = bytearray()
        for piece in self.iter_bytes():
            parts += piece
        return bytes(parts)

    def _release(self) -> None:
        if not self._closed:
            self._closed = True
            self.response.close()

    def close(self) -> None:
        """Close the connection now (an unread body is dropped); safe to call more than once."""
        self._release()
        self._finish(None, False)

    def __enter__(self: _B) -> _B:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._release()
        self._finish(exc, False)
