"""One media memory case of issue 20, run in a fresh process (``-m tests.hostile.media_case``).

``download``: a raw server sends a 128 MiB ``video/mp4`` from one reused 1 MiB buffer and the
client writes it to a file with ``videos.content(...).write_to()``. ``upload``: the client
sends a 128 MiB file with ``files.create(file=path)`` to a raw server that reads the body into
one reused buffer. Prints a JSON line: the bytes moved and the peak RSS growth over the call
(``ru_maxrss``, which includes whatever the client buffered) and the peak of Python
allocations (``tracemalloc``).
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import socket
import sys
import tempfile
import threading
import tracemalloc
from typing import Any

from openrouter_ext import AsyncOpenRouter, OpenRouter

MB = 1024 * 1024
SIZE = 128 * MB
CHUNK = b"\0" * MB
FILE_JSON = (
    b'{"_shape":"openrouter","id":"file-1","type":"file","filename":"big.bin",'
    b'"mime_type":"application/pdf","size_bytes":%d,"created_at":"2026-01-01T00:00:00Z",'
    b'"downloadable":true}'
)


def _head(conn: socket.socket) -> int:
    """Read a request head; return its Content-Length."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return 0
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    return length - len(rest)


def _serve(sock: socket.socket, case: str) -> None:
    conn, _ = sock.accept()
    with conn:
        left = _head(conn)
        if case == "download":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n"
                         b"Content-Length: %d\r\n\r\n" % SIZE)  # fmt: skip
            for _ in range(SIZE // MB):
                conn.sendall(CHUNK)
        else:
            buf = bytearray(MB)
            view = memoryview(buf)
            while left > 0:
                got = conn.recv_into(view, min(left, MB))
                if not got:
                    break
                left -= got
            body = FILE_JSON % SIZE
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Length: %d\r\n\r\n" % len(body) + body)  # fmt: skip
        conn.recv(1)


def main(case: str, kind: str) -> dict[str, Any]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    threading.Thread(target=_serve, args=(sock, case), daemon=True).start()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/api/v1"
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "big.bin")
    if case == "upload":
        with open(path, "wb") as f:
            f.truncate(SIZE)  # sparse: reading it costs no disk
    kwargs: dict[str, Any] = {"api_key": "sk-or-x", "base_url": url, "max_retries": 0,
                              "max_response_bytes": 2 * SIZE}  # fmt: skip
    # load the call path first (generated modules, httpx's multipart) so that the figures are
    # the call's own memory, not first-use imports
    from openrouter_ext._lowlevel import OPERATIONS

    for name in ("videos.content", "files.create"):
        _ = OPERATIONS[name].build
    _ = OPERATIONS["files.create"].parse
    import httpx._multipart  # noqa: F401

    import openrouter_ext.resources._async.files
    import openrouter_ext.resources._async.videos  # noqa: F401

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    moved = 0
    try:
        if kind == "sync":
            with OpenRouter(**kwargs) as client:
                if case == "download":
                    with client.videos.content("vid-1") as video:
                        moved = video.write_to(path)
                else:
                    moved = client.files.create(file=path).size_bytes
        else:

            async def go() -> int:
                async with AsyncOpenRouter(**kwargs) as client:
                    if case == "download":
                        async with await client.videos.content("vid-1") as video:
                            return await video.write_to(path)
                    return (await client.files.create(file=path)).size_bytes

            moved = asyncio.run(go())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        if os.path.exists(path):
            os.unlink(path)
        os.rmdir(folder)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"moved": moved, "peak_growth_mb": (after - before) / 1024, "traced_peak_mb": peak / MB}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
