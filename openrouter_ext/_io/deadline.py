"""The call deadline at the socket: httpcore network streams capped by what is left of it.

Imported with the first client (``install_deadline``), when httpx loads httpcore anyway, so
``import openrouter_ext`` does not load httpcore. See ``bounded.py`` for the design.

The async backend also lets at most ``MAX_CONNECTING`` TCP connects run at once per event
loop; the others wait for a turn (within the call's deadline) before their connect timeout
starts. A burst of thousands of new connections otherwise starts them all at once: each
connect's timeout runs while thousands of others queue for the same loop (and the address
lookups for the same small thread pool), and most of them time out although the server
accepts at once (10,000 streams on one client: 9,989 ``ConnectTimeout``).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterable
from typing import Any, Final

import httpcore
import httpx

from openrouter_ext._io.bounded import DEADLINE

__all__ = ["MAX_CONNECTING", "capped", "install_deadline"]

MAX_CONNECTING: Final = 64
"""Most TCP connects an event loop runs at once through the client pools."""

_CONNECTING: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _cap(timeout: float | None, exc: type[Exception]) -> float | None:
    """Return ``timeout`` capped by what is left of the context's deadline (raise if none)."""
    at = DEADLINE.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise exc("the call's deadline passed")
    return left if timeout is None or left < timeout else timeout


class _Stream(httpcore.NetworkStream):
    """A network stream whose reads, writes and TLS handshakes end by the call's deadline."""

    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _cap(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cap(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _cap(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """Wrap a pool's network backend so that every stream it opens obeys the deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _cap(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - unix sockets are not used by the API
        timeout = _cap(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover - used by httpcore retries
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    """The async twin of :class:`_Stream`."""

    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _cap(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _cap(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _cap(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


async def _turn_to_connect() -> Any:
    """Wait until fewer than ``MAX_CONNECTING`` connects run on this loop; return the turn.

    None outside asyncio (trio): no limit there. Raises ``httpcore.ConnectTimeout`` when the
    call's deadline passes first.
    """
    import asyncio  # loaded: this runs on an event loop

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # pragma: no cover - another async library
        return None
    turn = _CONNECTING.get(loop)
    if turn is None:
        turn = _CONNECTING[loop] = asyncio.Semaphore(MAX_CONNECTING)
    if not turn.locked():
        await turn.acquire()  # returns at once
        return turn
    at = DEADLINE.get()
    try:
        await asyncio.wait_for(turn.acquire(), None if at is None else at - time.monotonic())
    except asyncio.TimeoutError:
        raise httpcore.ConnectTimeout("the call's deadline passed") from None
    return turn


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    """The async twin of :class:`_Backend`."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        turn = await _turn_to_connect()
        try:
            timeout = _cap(timeout, httpcore.ConnectTimeout)
            return _AsyncStream(
                await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
            )
        finally:
            if turn is not None:
                turn.release()

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:  # pragma: no cover - unix sockets are not used by the API
        timeout = _cap(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:  # pragma: no cover - used by httpcore retries
        await self._inner.sleep(seconds)


def capped(network: object) -> bool:
    """Whether a network stream is one whose reads and writes obey ``DEADLINE``."""
    return isinstance(network, (_Stream, _AsyncStream))


def install_deadline(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Make the httpcore pools of an httpx client obey the call deadline; idempotent.

    Covers the client's transport and its mounts (proxies from the environment). Returns
    whether at least one pool was found: httpx's default transports keep their httpcore
    pool as ``_pool`` and the pool its backend as ``_network_backend``; a custom transport
    (or a future httpx layout) is left alone.
    """
    transports: list[Any] = [getattr(http, "_transport", None)]
    transports += list(getattr(http, "_mounts", {}).values())
    found = False
    for transport in transports:
        pool: Any = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            continue
        found = True
        if isinstance(backend, (_Backend, _AsyncBackend)):
            continue
        if isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = _AsyncBackend(backend)
        elif isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _Backend(backend)
    return found
