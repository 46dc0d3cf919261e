"""A raw-asyncio streaming mock for the many-streams rows: fast enough not to set the pace.

``python -m benchmarks._rawmock --port N``

The full mock (``MockApp`` on uvicorn) spends more CPU per stream than a fast client does;
with thousands of short streams at once it, not the client, would set the pace. This one
answers ``POST .../chat/completions`` (``"stream": true``) with the same chunk payloads the
mock renders (``stream_payloads``: role delta, content deltas, finish chunk, usage chunk,
``[DONE]``), prebuilt once per length, and ``GET .../models`` with an empty list. The length
comes from the ``X-Mock-Scenario: long;tokens=n`` header, as with the mock (n content
deltas, so n + 2 data events). Each stream is written in three writes, the way a server that
buffers does: the headers with the first event, the rest of the events, then the chunked
terminator after a loop turn (so a client's drain after ``[DONE]`` has to read it). HTTP/1.1
keep-alive, chunked bodies, 127.0.0.1 only, uvloop when installed.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import re
import resource
import sys
from decimal import Decimal

from openrouter_ext.testing._chat import Completion, stream_payloads
from openrouter_ext.testing._data import MODELS_BY_ID

API_KEY = "sk-or-v1-rawmock"
_TOKENS = re.compile(rb"long;tokens=(\d+)", re.I)
_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.I)
_FILLER = ("Mock ", "tokens ", "stream ", "café ", "— ", "naïve ", "你好 ", "🚀 ", "ok. ")
_TERMINATOR = b"0\r\n\r\n"
_MODELS = b'{"data":[]}'


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def _render(tokens: int) -> tuple[bytes, bytes]:
    """Return (headers + first event, the other events) of a stream of ``tokens`` deltas."""
    model = MODELS_BY_ID["openai/gpt-4o-mini"]
    pieces = [_FILLER[i % len(_FILLER)] for i in range(tokens)]
    comp = Completion(model, model.providers[0], 5, pieces, [], [], "stop",
                      Decimal("0.0000079"), Decimal("0.0000079"), False)  # fmt: skip
    events = [_chunk(f"data: {p}\n\n".encode()) for p in stream_payloads(comp, "gen-raw", 1)]
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
        b"cache-control: no-cache\r\nx-generation-id: gen-raw\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    )
    return head + events[0], b"".join(events[1:])


class _Protocol(asyncio.Protocol):
    """One connection: parse requests (Content-Length bodies), answer, keep alive."""

    cache: dict[int, tuple[bytes, bytes]] = {}  # noqa: RUF012  # shared by every connection

    def __init__(self) -> None:
        self.buf = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a TCP transport

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buf[:end]
            m = _LENGTH.search(self.buf, 0, end)
            length = int(m.group(1)) if m else 0
            if len(self.buf) < end + 4 + length:
                return
            self.buf = self.buf[end + 4 + length :]
            self.answer(head)

    def answer(self, head: bytes) -> None:
        transport = self.transport
        assert transport is not None
        if head.startswith(b"GET"):
            transport.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                            b"content-length: %d\r\n\r\n%s" % (len(_MODELS), _MODELS))  # fmt: skip
            return
        m = _TOKENS.search(head)
        tokens = int(m.group(1)) if m else 8
        parts = self.cache.get(tokens)
        if parts is None:
            parts = self.cache[tokens] = _render(tokens)
        transport.write(parts[0])
        transport.write(parts[1])
        asyncio.get_running_loop().call_soon(self.finish, transport)

    @staticmethod
    def finish(transport: asyncio.Transport) -> None:
        if not transport.is_closing():
            transport.write(_TERMINATOR)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def _serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, "127.0.0.1", port, backlog=16384)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    """Serve until terminated; print the base URL and the API key first."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks._rawmock")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))
    fast = importlib.util.find_spec("uvloop") is not None
    print(f"OPENROUTER_BASE_URL=http://127.0.0.1:{args.port}/api/v1", flush=True)
    print(f"OPENROUTER_API_KEY={API_KEY}", flush=True)
    print(f"MOCK_SERVER=raw asyncio protocol loop={'uvloop' if fast else 'asyncio'}", flush=True)
    if fast:
        import uvloop

        uvloop.run(_serve(args.port))
    else:
        asyncio.run(_serve(args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
