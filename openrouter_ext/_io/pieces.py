"""Decode a streamed body piece by piece, counting it against a size limit (no IO).

The streamed twin of ``BoundedBody``: nothing is accumulated. gzip and deflate are inflated
in steps of at most ``_INFLATE_STEP`` bytes, so a small compressed piece cannot inflate past
the limit in memory; other codings are left to httpx (``raw`` is False then).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, Final

import httpx

from openrouter_ext._io.bounded import BodyTooLarge

__all__ = ["Pieces"]

_INFLATE_STEP: Final = 256 * 1024


class Pieces:
    """Turn wire pieces into decoded pieces, raising :class:`BodyTooLarge` past ``limit``."""

    __slots__ = ("_inflate", "limit", "raw", "received")

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.limit = limit
        self.received = 0
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self._inflate: Any = None
        if encoding in ("gzip", "x-gzip"):
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._inflate = zlib.decompressobj()
        #: Whether the pieces are read undecoded (``iter_raw``) and decoded here.
        self.raw = encoding in ("", "identity") or self._inflate is not None
        length = response.headers.get("content-length", "")
        if self._inflate is None and length.isdigit() and int(length) > limit:
            raise BodyTooLarge(limit, 0)

    def _count(self, data: bytes) -> bytes:
        self.received += len(data)
        if self.received > self.limit:
            raise BodyTooLarge(self.limit, self.received)
        return data

    def feed(self, piece: bytes) -> Iterator[bytes]:
        """Yield the decoded bytes of one wire piece (several for a compressed one).

        Raises:
            BodyTooLarge: the decoded body passed the limit.
            httpx.DecodingError: the compressed body is invalid.

        """
        inflate = self._inflate
        if inflate is None:
            if piece:
                yield self._count(piece)
            return
        try:
            data = inflate.decompress(piece, _INFLATE_STEP)
            while True:
                if data:
                    yield self._count(data)
                tail = inflate.unconsumed_tail
                if not tail:
                    return
                data = inflate.decompress(tail, _INFLATE_STEP)
        except zlib.error as exc:
            raise httpx.DecodingError(f"the compressed body is invalid: {exc}") from exc

    def finish(self) -> bytes:
        """Return what the inflater still holds (empty for an uncompressed body)."""
        if self._inflate is None:
            return b""
        try:
            return self._count(self._inflate.flush())
        except zlib.error as exc:
            raise httpx.DecodingError(f"the compressed body is invalid: {exc}") from exc
