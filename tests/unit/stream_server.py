"""A keep-alive chat-stream server on 127.0.0.1 for pool and per-stream tests (thread per socket).

Every POST gets the same short SSE chat stream (role delta, content, finish chunk, usage
chunk, ``[DONE]``), chunked, in three writes as a buffering server sends it: the head with
the first event, the other events, then the terminator. The server counts connections
(accepted, open now, most open at once, closed by the client) and can hold the answers
to requests 2 to ``barrier + 1`` (a burst after one warm-up request) until they are all in,
or close each connection after its answer.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

MODEL = "openai/gpt-4o-mini"
_HEAD = {"id": "gen-pool", "object": "chat.completion.chunk", "created": 1, "model": MODEL,
         "provider": "OpenAI"}  # fmt: skip
_USAGE = {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7, "cost": 0.00001}
_PAYLOADS = [
    {**_HEAD, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"},
                           "finish_reason": None}]},
    {**_HEAD, "choices": [{"index": 0, "delta": {"content": " there"}, "finish_reason": None}]},
    {**_HEAD, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    {**_HEAD, "choices": [], "usage": _USAGE},
]  # fmt: skip
CHUNKS = len(_PAYLOADS)


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


_EVENTS = [_chunk(b"data: " + json.dumps(p).encode() + b"\n\n") for p in _PAYLOADS]
_EVENTS.append(_chunk(b"data: [DONE]\n\n"))
_RESPONSE_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nx-generation-id: gen-pool\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
)


class StreamServer:
    """The listening socket, its threads and its connection counts."""

    def __init__(self, *, barrier: int = 0, close_after: bool = False) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1024)
        self.close_after = close_after
        self.lock = threading.Lock()
        self.accepted = 0
        self.open = 0
        self.most_open = 0
        self.requests = 0
        self.hung_up = 0  # connections the client closed
        self._gate = threading.Barrier(barrier) if barrier > 1 else None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        """Return the base URL of the API."""
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/api/v1"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                self.accepted += 1
                self.open += 1
                self.most_open = max(self.most_open, self.open)
                self._conns.append(conn)
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(15)
        data = b""
        try:
            while True:
                while b"\r\n\r\n" not in data:
                    piece = conn.recv(65536)
                    if not piece:
                        with self.lock:
                            self.hung_up += 1
                        return
                    data += piece
                head, _, rest = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(rest) < length:
                    rest += conn.recv(65536)
                data = rest[length:]
                with self.lock:
                    self.requests += 1
                    gated = self._gate is not None and 1 < self.requests <= 1 + self._gate.parties
                if gated:
                    assert self._gate is not None
                    self._gate.wait(timeout=15)
                conn.sendall(_RESPONSE_HEAD + _EVENTS[0])
                conn.sendall(b"".join(_EVENTS[1:]))
                conn.sendall(b"0\r\n\r\n")
                if self.close_after:
                    return
        except (OSError, threading.BrokenBarrierError):
            return
        finally:
            with self.lock:
                self.open -= 1
            conn.close()

    def close(self) -> None:
        """Stop accepting and close every connection."""
        self._stop.set()
        self.sock.close()
        with self.lock:
            for conn in self._conns:
                with suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)


@contextmanager
def stream_server(*, barrier: int = 0, close_after: bool = False) -> Iterator[StreamServer]:
    """Run a :class:`StreamServer` for the ``with`` block."""
    server = StreamServer(barrier=barrier, close_after=close_after)
    try:
        yield server
    finally:
        server.close()
