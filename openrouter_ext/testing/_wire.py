"""Put a reply on the wire, with the socket-level faults of a scenario.

Served by `MockOpenRouter` (uvicorn, h11) each connection's asyncio transport is reachable from
the ASGI scope (`scope["state"][TRANSPORT_KEY]`), which gives raw control:

- reset: `SO_LINGER=0` then `transport.abort()` -> the peer gets a TCP RST;
- close: `transport.close()` -> FIN; before headers the client sees "server disconnected
  without a response", after headers an incomplete chunked body;
- hold: the body is never finished (no terminating chunk) until the client disconnects.

In-process (httpx.ASGITransport) there is no socket: reset/close raise the httpx exception a
real connection would produce, so client code sees the same error types.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

import httpx
from starlette.types import Receive, Scope, Send

from ._scenarios import Attempt

TRANSPORT_KEY: Final = "openrouter_mock.transport"
KEEPALIVE: Final = b": OPENROUTER PROCESSING\n\n"


def frame(payloads: list[str], styles: frozenset[str]) -> list[bytes]:
    """Frame data payloads as SSE events (one bytes object per event) in the given styles."""
    if not styles - {"no_charset", "json"}:
        return [b"data: " + p.encode() + b"\n\n" for p in payloads]
    prefix = "data:" if "nospace" in styles else "data: "
    nl = "\r\n" if "crlf" in styles else "\r" if "cr" in styles else "\n"
    events: list[bytes] = []
    for n, p in enumerate(payloads):
        lines: list[str] = []
        if "fields" in styles:
            lines += ["event: chat.completion.chunk", f"id: {n}"] + (["retry: 3000"] if n == 0
                                                                     else [])  # fmt: skip
        if "multiline" in styles and p != "[DONE]":
            lines += [prefix + part for part in p.replace(',"', ',\n"').split("\n")]
        else:
            lines.append(prefix + p)
        events.append((nl.join(lines) + nl + nl).encode())
    return events


def keepalive(styles: frozenset[str]) -> bytes:
    """Return the keep-alive comment in the line endings of `styles`."""
    nl = b"\r\n" if "crlf" in styles else b"\r" if "cr" in styles else b"\n"
    return KEEPALIVE.replace(b"\n", nl)


@dataclass
class Reply:
    """A response before faults: status, headers and body parts (one per SSE event)."""

    status: int
    headers: list[tuple[bytes, bytes]]
    parts: list[bytes]
    stream: bool = False
    on_disconnect: Callable[[], None] | None = None


@dataclass
class WirePlan:
    """Timing and socket faults to apply while sending a `Reply`."""

    stall: dict[str, float] = field(default_factory=dict[str, float])  # phase -> seconds
    abort: tuple[str, str] | None = None  # (phase, "rst" | "fin")
    at: int = 2  # part index for mid_body faults
    keepalive: tuple[float, float, str] | None = None  # seconds, interval, then
    dribble: tuple[int, float] | None = None
    hold: float = 0.0

    @property
    def quiet(self) -> bool:
        return not (self.stall or self.abort or self.keepalive or self.dribble or self.hold)


def wire_plan(scenarios: Attempt) -> WirePlan:
    """Collect the wire-level parts of `scenarios`."""
    plan = WirePlan()
    for s in scenarios:
        if s.name == "stall":
            plan.stall[s.text("phase")] = s.number("seconds")
            plan.at = s.integer("after")
        elif s.name in ("reset", "close"):
            plan.abort = (s.text("phase"), "rst" if s.name == "reset" else "fin")
            plan.at = s.integer("after")
        elif s.name == "keepalive_only":
            plan.keepalive = (s.number("seconds"), max(0.01, s.number("interval")), s.text("then"))
        elif s.name == "dribble":
            plan.dribble = (max(1, s.integer("size")), s.number("delay"))
        elif s.name == "hold_after_done":
            plan.hold = s.number("seconds")
    return plan


class _Disconnect:
    """Watch `receive` for `http.disconnect` while the response is being sent."""

    def __init__(self, receive: Receive, on_disconnect: Callable[[float], None]) -> None:
        self.event = asyncio.Event()
        self.complete = False
        self.delivered = False  # every byte of the answer was sent (the socket may stay open)
        self._receive = receive
        self._on = on_disconnect
        self._task = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        while True:
            message = await self._receive()
            if message["type"] == "http.disconnect":
                if not self.complete:
                    self._on(time.time())
                self.event.set()
                return

    async def sleep(self, seconds: float) -> bool:
        """Sleep; return True if the client went away meanwhile."""
        if seconds > 0 and not self.event.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.event.wait(), seconds)
        return self.event.is_set()

    async def stop(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


async def send_reply(
    reply: Reply,
    plan: WirePlan,
    scope: Scope,
    receive: Receive,
    send: Send,
    on_disconnect: Callable[[float], None],
) -> None:
    """Send `reply` following `plan` (the fast path is two `send` calls)."""
    if not reply.stream:
        body = b"".join(reply.parts)
        reply.headers = [*reply.headers, (b"content-length", str(len(body)).encode())]
        if plan.quiet:
            await send({"type": "http.response.start", "status": reply.status,
                        "headers": reply.headers})  # fmt: skip
            await send({"type": "http.response.body", "body": body})
            return
    watch = _Disconnect(receive, on_disconnect)
    try:
        await _send_planned(reply, plan, scope, send, watch)
    finally:
        await watch.stop()
        if watch.event.is_set() and not (watch.complete or watch.delivered) and reply.on_disconnect:
            reply.on_disconnect()


async def _send_planned(
    reply: Reply, plan: WirePlan, scope: Scope, send: Send, watch: _Disconnect
) -> None:
    transport = scope.get("state", {}).get(TRANSPORT_KEY)
    parts = list(reply.parts)
    if not reply.stream:  # a JSON body: split it in the middle; keep-alives become a stall
        body = b"".join(parts)
        parts, plan.at = [body[: len(body) // 2], body[len(body) // 2 :]], 1
        if plan.keepalive:
            plan.stall.setdefault("before_headers", plan.keepalive[0])
            plan.keepalive = None
    plan.at = max(0, min(plan.at, len(parts) - 1))  # a mid-body fault always happens

    async def fault(phase: str) -> bool:
        if await watch.sleep(plan.stall.get(phase, 0.0)):
            return True
        if plan.abort and plan.abort[0] == phase:
            await _abort(transport, plan.abort[1], phase, watch)
            return True
        return False

    if await fault("before_headers"):
        return
    await send({"type": "http.response.start", "status": reply.status, "headers": reply.headers})
    if await fault("after_headers"):
        return
    if plan.keepalive:
        seconds, interval, then = plan.keepalive
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            await send({"type": "http.response.body", "body": KEEPALIVE, "more_body": True})
            if await watch.sleep(min(interval, max(0.0, deadline - time.monotonic()))):
                return
        if then == "close":
            parts = []
    for index, part in enumerate(parts):
        if index == plan.at and await fault("mid_body"):
            return
        for piece in _pieces(part, plan.dribble):
            if watch.event.is_set():
                return
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            if plan.dribble and plan.dribble[1] > 0 and await watch.sleep(plan.dribble[1]):
                return
    watch.delivered = True
    if plan.hold and await watch.sleep(plan.hold):
        return
    watch.complete = True
    await send({"type": "http.response.body", "body": b"", "more_body": False})


def _pieces(part: bytes, dribble: tuple[int, float] | None) -> list[bytes]:
    if dribble is None:
        return [part]
    size = dribble[0]
    return [part[i : i + size] for i in range(0, len(part), size)]


async def _abort(transport: Any, kind: str, phase: str, watch: _Disconnect) -> None:
    """Drop the connection: RST (`kind="rst"`) or FIN, then wait until uvicorn notices."""
    if transport is None:  # in-process ASGI: raise what a client would see on a socket
        watch.complete = True
        if kind == "rst":
            raise httpx.ReadError("[Errno 104] Connection reset by peer (mock)")
        if phase == "before_headers":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message"
                                        " body: incomplete chunked read (mock)")  # fmt: skip
    watch.complete = True  # our own hang-up is not a client disconnect
    if kind == "rst":
        sock = transport.get_extra_info("socket")
        await asyncio.sleep(0.05)  # let already-written bytes reach the peer before the RST
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    await watch.sleep(1.0)


_ERROR_TYPES: Final = {
    400: "invalid_request", 401: "authentication", 402: "payment_required",
    403: "permission_denied", 404: "not_found", 408: "timeout", 413: "payload_too_large",
    422: "unprocessable", 429: "rate_limit_exceeded", 500: "server", 502: "provider_unavailable",
    503: "provider_overloaded", 504: "timeout", 524: "timeout", 529: "provider_overloaded",
}  # fmt: skip
_JSON: Final = [(b"content-type", b"application/json")]
_dumps: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def json_reply(status: int, obj: Any, headers: list[tuple[bytes, bytes]] | None = None) -> Reply:
    """Build a JSON reply (compact, UTF-8)."""
    body = _dumps(obj).encode()
    return Reply(status, [*_JSON, *(headers or [])], [body])


def error_body(status: int, message: str, metadata: dict[str, Any] | None = None) -> Any:
    """Build the error envelope `{"error": {"code", "message", "metadata"}}`."""
    meta = {"error_type": _ERROR_TYPES.get(status, "unmapped"), **(metadata or {})}
    return {"error": {"code": status, "message": message, "metadata": meta}}


def error_reply(
    status: int,
    message: str,
    metadata: dict[str, Any] | None = None,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> Reply:
    """Build an error reply with the standard envelope."""
    return json_reply(status, error_body(status, message, metadata), headers)
