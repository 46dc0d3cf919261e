"""Issue 16, points 1-2: the deadline bounds the whole call whatever the server does.

Each server trickles (a byte at a time, or keep-alive comments only) for up to
``MAX_SECONDS``; a client without a working deadline would wait that long and then fail some
other way. The bound asserted is the deadline plus a generous slack, far below the cap.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any

import httpx
import pytest

from openrouter_ext import APITimeoutError, AsyncOpenRouter, OpenRouter
from tests.hostile.server import MAX_SECONDS, HostileServer, head, hostile, trickle

KEY = "sk-or-v1-hostile-0123456789abcdef"
MESSAGES = [{"role": "user", "content": "Hi"}]
DEADLINE = 1.0
SLACK = 2.0  # the deadline plus this is still far below MAX_SECONDS
RESULT = json.dumps(
    {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "x"}}
        ],
    }
).encode()


def _status_trickle(conn: socket.socket) -> None:
    trickle(conn, head(headers={"Content-Length": str(len(RESULT))}) + RESULT, 0.1)


def _headers_trickle(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    trickle(conn, b"X-Padding: " + b"a" * 400 + b"\r\n\r\n", 0.1)


def _body_trickle(conn: socket.socket) -> None:
    conn.sendall(
        head(headers={"Content-Type": "application/json", "Content-Length": str(len(RESULT))})
    )
    trickle(conn, RESULT, 0.1)


def _comments_only(conn: socket.socket) -> None:
    conn.sendall(head(headers={"Content-Type": "text/event-stream"}))
    trickle(conn, b"", 0.1, forever=b": OPENROUTER PROCESSING\n\n")


def _silent(conn: socket.socket) -> None:
    time.sleep(MAX_SECONDS)


def _run(kind: str, server: HostileServer, call: Any, **options: Any) -> tuple[Exception, float]:
    """Run ``call(client)`` with the sync or async client; return its error and duration."""
    options = {"api_key": KEY, "base_url": server.url, "max_retries": 0, **options}
    start = time.monotonic()
    if kind == "sync":
        with OpenRouter(**options) as client, pytest.raises(Exception) as info:
            call(client)
    else:

        async def main() -> None:
            async with AsyncOpenRouter(**options) as client:
                await call(client)

        with pytest.raises(Exception) as info:
            asyncio.run(main())
    return info.value, time.monotonic() - start


def _create(client: Any) -> Any:
    return client.chat.completions.create(model="m", messages=MESSAGES)


def _stream(client: Any) -> Any:
    if isinstance(client, OpenRouter):
        with client.chat.completions.stream(model="m", messages=MESSAGES) as stream:
            return list(stream)

    async def consume() -> list[Any]:
        async with client.chat.completions.stream(model="m", messages=MESSAGES) as stream:
            return [chunk async for chunk in stream]

    return consume()


def _hung_up(server: HostileServer, by: float) -> bool:
    """Wait (up to ``by`` seconds) for the server to see the client close the connection."""
    end = time.monotonic() + by
    while time.monotonic() < end:
        if server.hangups:
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "behaviour",
    [_status_trickle, _headers_trickle, _body_trickle],
    ids=["status-line", "headers", "json-body"],
)
def test_a_trickling_server_cannot_hold_a_call_past_its_deadline(kind: str, behaviour: Any) -> None:
    with hostile(behaviour) as server:
        error, took = _run(kind, server, _create, deadline=DEADLINE, timeout=2.0)
        assert isinstance(error, APITimeoutError), repr(error)
        assert error.kind == "deadline"
        assert f"deadline of {DEADLINE:g} s" in str(error)
        assert took < DEADLINE + SLACK
        assert _hung_up(server, SLACK), "the connection was left open"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_stream_of_keep_alive_comments_cannot_open_past_the_deadline(kind: str) -> None:
    with hostile(_comments_only) as server:
        error, took = _run(kind, server, _stream, deadline=DEADLINE, stream_idle_timeout=60)
        assert isinstance(error, APITimeoutError), repr(error)
        assert error.kind == "deadline"
        assert took < DEADLINE + SLACK
        assert _hung_up(server, SLACK)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_deadline_holds_on_an_http_client_passed_in(kind: str) -> None:
    with hostile(_headers_trickle) as server:
        http: Any = httpx.Client() if kind == "sync" else httpx.AsyncClient()
        try:
            error, took = _run(kind, server, _create, deadline=DEADLINE, http_client=http)
        finally:
            if kind == "sync":
                http.close()
            else:
                asyncio.run(http.aclose())
        assert isinstance(error, APITimeoutError) and error.kind == "deadline", repr(error)
        assert took < DEADLINE + SLACK


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_deadline_is_not_retried_and_sends_once(kind: str) -> None:
    with hostile(_status_trickle) as server:
        error, took = _run(kind, server, _create, deadline=DEADLINE, max_retries=3)
        assert isinstance(error, APITimeoutError) and error.kind == "deadline"
        assert took < DEADLINE + SLACK
        assert server.connections == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_http_client_passed_in_keeps_its_own_timeout(kind: str) -> None:
    with hostile(_silent) as server:
        http: Any = httpx.Client(timeout=0.5) if kind == "sync" else httpx.AsyncClient(timeout=0.5)
        try:
            error, took = _run(kind, server, _create, http_client=http)
        finally:
            if kind == "sync":
                http.close()
            else:
                asyncio.run(http.aclose())
        assert isinstance(error, APITimeoutError), repr(error)
        assert error.kind == "read"
        assert took < 0.5 + SLACK


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_explicit_timeout_overrides_the_http_client_passed_in(kind: str) -> None:
    with hostile(_silent) as server:
        http: Any = httpx.Client(timeout=30) if kind == "sync" else httpx.AsyncClient(timeout=30)
        try:
            error, took = _run(kind, server, _create, http_client=http, timeout=0.5)
        finally:
            if kind == "sync":
                http.close()
            else:
                asyncio.run(http.aclose())
        assert isinstance(error, APITimeoutError) and error.kind == "read", repr(error)
        assert took < 0.5 + SLACK
