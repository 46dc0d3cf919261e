"""Small hostile HTTP servers on 127.0.0.1: raw sockets, one thread per connection.

Each server runs a ``behaviour(conn)`` for every connection after reading the request head
(and body, by its Content-Length). It records when each connection was closed by the client,
so a test can tell that the client hung up, not just that it returned. Usable from a test
process and from the subprocesses of the memory tests (no pytest imports here).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Behaviour = Callable[[socket.socket], None]

#: No hostile behaviour lasts longer than this: a test that fails does not hang the run.
MAX_SECONDS = 12.0


def read_request(conn: socket.socket) -> bytes:
    """Read one request (head and Content-Length body); return the head and body bytes."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return head + b"\r\n\r\n" + body


def trickle(conn: socket.socket, data: bytes, every: float, *, forever: bytes = b"") -> None:
    """Send ``data`` a byte every ``every`` seconds, then ``forever`` repeatedly, up to the cap."""
    end = time.monotonic() + MAX_SECONDS
    for i in range(len(data)):
        if time.monotonic() > end:
            return
        conn.sendall(data[i : i + 1])
        time.sleep(every)
    while forever and time.monotonic() < end:
        conn.sendall(forever)
        time.sleep(every)


class HostileServer:
    """A listening socket on 127.0.0.1 and the connections it served."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.requests: list[bytes] = []
        self.hangups: list[float] = []  # monotonic times at which the client closed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            self.requests.append(read_request(conn))
            self.behaviour(conn)
            self._wait_hangup(conn)
        except OSError:  # the client hung up while we were sending: what we wait for
            self.hangups.append(time.monotonic())
        finally:
            conn.close()

    def _wait_hangup(self, conn: socket.socket) -> None:
        conn.settimeout(MAX_SECONDS)
        try:
            while conn.recv(65536):
                pass
        except OSError:
            pass
        self.hangups.append(time.monotonic())

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1)
        self.sock.close()


@contextmanager
def hostile(behaviour: Behaviour) -> Iterator[HostileServer]:
    """Run a hostile server for the duration of a ``with`` block."""
    server = HostileServer(behaviour)
    try:
        yield server
    finally:
        server.close()


def head(status: str = "200 OK", headers: dict[str, str] | None = None) -> bytes:
    """Return a response head (status line and headers, blank line included)."""
    lines = [f"HTTP/1.1 {status}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()
