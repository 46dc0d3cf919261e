"""The bounded read of a finished stream's body tail (``openrouter_ext._io.drain``).

The loopback behaviour (connections reused, a body held open after ``[DONE]`` closed instead
of waited for) is in ``tests/e2e/test_resources.py``; these pin each decision with fakes of the
httpx/httpcore objects the drain looks at.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from openrouter_ext._io import drain as _drain
from openrouter_ext._io.drain import DRAIN_BYTES, adrain, drain


class FakeH11:
    def __init__(self, buffered: bytes = b"", closed: bool = False) -> None:
        self.trailing_data = (buffered, closed)


class FakeNetwork:
    def __init__(self, sock: Any) -> None:
        self.sock = sock

    def get_extra_info(self, name: str) -> Any:
        return self.sock if name == "socket" else None


def fake_response(state: Any, sock: Any = None) -> Any:
    """An object shaped like an httpx streamed response over httpcore's HTTP/1.1 connection."""
    connection = SimpleNamespace(_h11_state=state)
    pool_stream = SimpleNamespace(_stream=SimpleNamespace(_connection=connection))
    bound = SimpleNamespace(_stream=SimpleNamespace(_httpcore_stream=pool_stream))
    extensions = {} if sock is None else {"network_stream": FakeNetwork(sock)}
    return SimpleNamespace(stream=bound, extensions=extensions)


class Pieces:
    """A text iterator that counts how often it was pulled."""

    def __init__(self, pieces: list[str], error: Exception | None = None) -> None:
        self.pieces, self.error, self.pulled = list(pieces), error, 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        self.pulled += 1
        if self.pieces:
            return self.pieces.pop(0)
        if self.error is not None:
            raise self.error
        raise StopIteration


@pytest.fixture
def pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    a, b = socket.socketpair()
    yield a, b
    a.close()
    b.close()


def test_the_terminator_among_the_buffered_bytes_is_read_without_waiting() -> None:
    text = Pieces([""])
    assert drain(fake_response(FakeH11(b"\r\n0\r\n\r\n")), text) is True
    assert text.pulled == 2


def test_a_closed_receive_side_is_read_to_its_end() -> None:
    assert drain(fake_response(FakeH11(closed=True)), Pieces([])) is True


def test_a_readable_socket_is_read(pair: tuple[socket.socket, socket.socket]) -> None:
    client, server = pair
    server.sendall(b"0\r\n\r\n")
    text = Pieces([])
    assert drain(fake_response(FakeH11(b"\r\n"), client), text) is True
    assert text.pulled == 1


def test_a_silent_socket_is_not_read(pair: tuple[socket.socket, socket.socket]) -> None:
    # the CRLF closing the [DONE] chunk is buffered, nothing else is coming: reading would
    # block for the whole read timeout, so the drain gives up (the response is then closed)
    text = Pieces([])
    assert drain(fake_response(FakeH11(b"\r\n"), pair[0]), text) is False
    assert text.pulled == 0


def test_tls_bytes_already_decrypted_count_as_ready() -> None:
    tls = SimpleNamespace(pending=lambda: 5)
    assert drain(fake_response(FakeH11(), tls), Pieces([])) is True


def test_no_socket_or_an_unselectable_one_is_not_read() -> None:
    assert drain(fake_response(FakeH11()), Pieces([])) is False
    closed = socket.socket()
    closed.close()  # fileno() is -1: select raises
    text = Pieces([])
    assert drain(fake_response(FakeH11(), closed), text) is False
    assert text.pulled == 0


def test_a_transport_error_while_draining_gives_up() -> None:
    text = Pieces(["x"], error=httpx.ReadError("reset"))
    assert drain(fake_response(FakeH11(closed=True)), text) is False


def test_more_than_the_byte_budget_gives_up() -> None:
    text = Pieces(["x" * 1024] * (DRAIN_BYTES // 1024 + 2))
    assert drain(fake_response(FakeH11(closed=True)), text) is False
    assert text.pulled == DRAIN_BYTES // 1024 + 1


def test_responses_of_other_transports_are_not_drained() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="data: [DONE]\n\n")

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with http, http.stream("GET", "http://test/") as response:
        assert _drain._h11_state(response) is None
        assert drain(response, response.iter_text()) is False


async def _agen(pieces: list[str], tail: str = "end") -> AsyncIterator[str]:
    for piece in pieces:
        yield piece
    if tail == "error":
        raise httpx.ReadError("reset")
    if tail == "hang":
        await asyncio.sleep(3600)


@pytest.mark.parametrize(
    ("pieces", "tail", "expected"),
    [
        ([""], "end", True),
        (["x"], "error", False),
        (["x" * (DRAIN_BYTES + 1)], "end", False),
        ([": keep-alive\n\n"], "hang", False),
    ],
)
def test_the_async_drain_reads_under_a_time_and_byte_bound(
    pieces: list[str], tail: str, expected: bool
) -> None:
    async def go() -> bool:
        return await adrain(fake_response(FakeH11()), _agen(pieces, tail))

    assert asyncio.run(go()) is expected


def test_the_async_drain_skips_other_transports() -> None:
    async def go() -> bool:
        return await adrain(SimpleNamespace(stream=None), _agen([]))  # type: ignore[arg-type]

    assert asyncio.run(go()) is False
