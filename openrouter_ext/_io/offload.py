"""Blocking file IO of the async client, moved off the event loop (worker threads, batched).

An upload's files are read, and a download written to a path, by calls that block. On the
async client they run in a worker thread (``anyio.to_thread.run_sync``), several pieces per
hop (``BATCH`` bytes) so the cost of the hop is shared, and never more than a batch plus one
piece in memory. The sync client reads and writes as before, on its own thread.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Iterator
from typing import IO, Final

import httpx

__all__ = ["BATCH", "OffLoopStream", "areplace", "awrite_pieces"]

#: Bytes read or written per trip to a worker thread.
BATCH: Final = 512 * 1024


def _take(chunks: Iterator[bytes], limit: int) -> bytes:
    """Return the next chunks joined, up to about ``limit`` bytes (b"" at the end)."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        parts.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(parts)


class OffLoopStream(httpx.AsyncByteStream):
    """A request body (httpx's multipart stream) whose reads run in a worker thread.

    httpx iterates a multipart body's files with blocking ``read()`` calls, on the event loop
    of an ``AsyncClient``; this iterates the same body (its framing, ``Content-Length`` and
    rewinding for a retry are httpx's) in a worker thread, ``BATCH`` bytes per trip.
    """

    def __init__(self, inner: httpx.SyncByteStream, batch: int = BATCH) -> None:
        self._inner = inner
        self._batch = batch

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import anyio.to_thread  # loaded by httpcore's async backend already

        chunks = iter(self._inner)  # a generator: nothing is read until it is advanced
        while True:
            data = await anyio.to_thread.run_sync(_take, chunks, self._batch)
            if not data:
                return
            yield data


def _open(path: str) -> IO[bytes]:
    return open(path, "wb")  # closed by awrite_pieces


async def awrite_pieces(pieces: AsyncIterable[bytes], path: str | os.PathLike[str]) -> int:
    """Write ``pieces`` to a new file at ``path`` from a worker thread; return the bytes written.

    Opening, each write (``BATCH`` bytes gathered per trip) and closing run in a worker
    thread; the file is closed however the writing ends (its closing shielded from
    cancellation, so no descriptor is left open).
    """
    import anyio
    import anyio.to_thread

    out = await anyio.to_thread.run_sync(_open, os.fspath(path))
    written = 0
    try:
        buffer = bytearray()
        async for piece in pieces:
            buffer += piece
            written += len(piece)
            if len(buffer) >= BATCH:
                full, buffer = buffer, bytearray()
                await anyio.to_thread.run_sync(out.write, full)
        if buffer:
            await anyio.to_thread.run_sync(out.write, buffer)
    finally:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(out.close)
    return written


async def areplace(source: str, target: str) -> None:
    """``os.replace(source, target)`` in a worker thread."""
    import anyio.to_thread

    await anyio.to_thread.run_sync(os.replace, source, target)
