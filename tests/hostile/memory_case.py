"""One memory case of issue 16 point 3, run in a fresh process (``-m tests.hostile.memory_case``).

Starts a hostile server in a thread (it sends from one small reused buffer), makes one call
with the sync or async client, and prints a JSON line: the error's class, the body length kept
on it, the peak RSS growth over the call (``ru_maxrss``) and the Python memory still held once
the error is caught and garbage is collected (``tracemalloc``: exact, whatever the allocator
gives back to the OS).
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import socket
import struct
import sys
import tracemalloc
import zlib
from typing import Any

from openrouter_ext import AsyncOpenRouter, OpenRouter, RetryPolicy
from tests.hostile.server import head, hostile

MB = 1024 * 1024
CHUNK = b"x" * MB


def _send_forever(conn: socket.socket, total: int) -> None:
    sent = 0
    while sent < total:
        conn.sendall(CHUNK)
        sent += len(CHUNK)


def json_body(conn: socket.socket) -> None:
    conn.sendall(head(headers={"Content-Type": "application/json", "Connection": "close"}))
    conn.sendall(b'{"id": "')
    _send_forever(conn, 500 * MB)


def gzip_bomb() -> bytes:
    """Return a valid gzip body of 1 GiB of zeros, about 1 MB packed, built in well under 1 s.

    After a full flush the deflate state starts afresh, so every further MiB of zeros packs
    to the same block: it is made twice and repeated; the trailer is the true CRC and size.
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = bytes(MB)
    first = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(1024):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", crc, (1024 * MB) & 0xFFFFFFFF)
    return header + first + block * 1023 + packer.flush() + trailer


BOMB = b""


def gzip_body(conn: socket.socket) -> None:
    conn.sendall(
        head(
            headers={
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
                "Content-Length": str(len(BOMB)),
            }
        )
    )
    conn.sendall(BOMB)


def error_body(conn: socket.socket) -> None:
    size = 300 * MB
    conn.sendall(
        head(
            "502 Bad Gateway",
            {"Content-Type": "application/json", "Content-Length": str(size + 2)},
        )
    )
    conn.sendall(b'{"')
    _send_forever(conn, size)


def sse_line(conn: socket.socket) -> None:
    conn.sendall(head(headers={"Content-Type": "text/event-stream", "Connection": "close"}))
    conn.sendall(b"data: ")
    _send_forever(conn, 400 * MB)


CASES: dict[str, Any] = {
    "json": json_body,
    "gzip": gzip_body,
    "error": error_body,
    "sse": sse_line,
}


def _call(client: Any, case: str) -> Any:
    messages = [{"role": "user", "content": "Hi"}]
    if case == "sse":
        return client.chat.completions.create(model="m", messages=messages, stream=True)
    return client.chat.completions.create(model="m", messages=messages)


def main(case: str, kind: str) -> None:
    global BOMB
    if case == "gzip":
        BOMB = gzip_bomb()
    options: dict[str, Any] = {
        "api_key": "sk-or-v1-memory-0123456789abcdef",
        "max_retries": 2,
        "retry_policy": RetryPolicy(initial_delay=0.01, max_delay=0.02),
    }
    with hostile(CASES[case]) as server:
        options["base_url"] = server.url
        gc.collect()
        tracemalloc.start()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        error: BaseException | None = None
        try:
            if kind == "sync":
                with OpenRouter(**options) as client:
                    _call(client, case)
            else:

                async def run() -> None:
                    async with AsyncOpenRouter(**options) as client:
                        await _call(client, case)

                asyncio.run(run())
        except Exception as exc:  # what the test checks
            error = exc
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
        body = getattr(error, "body", None)
        print(
            json.dumps(
                {
                    "error": type(error).__name__,
                    "message": str(error)[:300],
                    "body_len": len(body) if isinstance(body, (str, bytes)) else None,
                    "peak_growth_mb": (peak - before) / 1024,
                    "held_mb": held / MB,
                    "connections": server.connections,
                }
            )
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "sync")
