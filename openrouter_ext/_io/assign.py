"""The connection pool's assignment pass, without its churn and in time linear in a burst.

httpcore 1.0's pool runs ``_assign_requests_to_connections`` whenever a request arrives or
a response closes. That pass hands a newly idle HTTP/1.1 connection to *every* queued
request (assignment does not change the connection's state); all but one then fail with
``ConnectionNotAvailable``, queue again and run the pass again. Each pass also walks every
request and every connection, and, for each idle connection, every connection again. A
burst of many streams on a client with an idle keep-alive connection therefore costs
O(n²) passes of O(n) work, and runs on a handful of connections instead of one per stream:
with 1,000 short streams this was most of the client's CPU (``make bench``, the ``many``
rows; the same churn is fixed upstream in forks of httpcore).

``install_assignment`` replaces the pass on the pool of a client's own HTTP/1.1 transport
(not an HTTP/2 or proxy pool, not proxy mounts, not custom transports) with one that keeps the
same rules but hands each idle connection to one request only and keeps that connection
for it (not evicted, not given away) until the request starts on it, and that does work in
proportion to what changed since the last pass: the pool's request list records what was
added and removed (a ``list`` subclass), the pass keeps the queued requests in arrival order
and the idle connections most recently used last. Idle connections are still probed
(``has_expired``: keep-alive expiry, or a server that closed) before they are handed out,
and all of them at least once a second (``SWEEP_EVERY``); surplus idle connections beyond
``max_keepalive_connections`` are closed, oldest first.
"""

from __future__ import annotations

import contextlib
import time
import types
from collections import deque
from typing import Any, Final

__all__ = ["SWEEP_EVERY", "install_assignment"]

SWEEP_EVERY: Final = 1.0
"""Seconds between full walks of a pool's connections (closed and expired ones dropped)."""


class _Requests(list[Any]):
    """The pool's request list, noting what was appended and removed since the last pass."""

    __slots__ = ("added", "removed")

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self.added: list[Any] = []
        self.removed: list[Any] = []

    def append(self, item: Any) -> None:
        super().append(item)
        self.added.append(item)

    def remove(self, item: Any) -> None:
        super().remove(item)
        self.removed.append(item)


class _State:
    """What the pass knows between runs: queued requests, idle and reserved connections."""

    __slots__ = ("idle", "last_sweep", "queued", "reserved")

    def __init__(self) -> None:
        self.queued: deque[Any] = deque()  # requests without a connection, oldest first
        self.idle: dict[Any, None] = {}  # idle connections nobody holds, oldest first
        self.reserved: dict[Any, Any] = {}  # request -> idle connection handed to it
        self.last_sweep = float("-inf")


def _sweep(pool: Any, state: _State, closing: list[Any]) -> None:
    """Walk every connection: drop closed ones, close expired idle ones, rebuild ``idle``."""
    held = {id(c) for c in state.reserved.values()}
    kept: list[Any] = []
    idle: dict[Any, None] = {}
    for connection in pool._connections:
        if connection.is_closed():
            continue
        if id(connection) not in held and connection.has_expired():
            closing.append(connection)
            continue
        kept.append(connection)
        if id(connection) not in held and connection.is_idle():
            idle[connection] = None
    old = state.idle
    # keep the known order (oldest first); connections found idle now go after them
    state.idle = {c: None for c in old if c in idle}
    state.idle.update(idle)
    pool._connections[:] = kept
    state.last_sweep = time.monotonic()


def _drop(pool: Any, connection: Any) -> None:
    if connection in pool._connections:
        pool._connections.remove(connection)


def _take_idle(pool: Any, state: _State, origin: Any, closing: list[Any]) -> Any:
    """Return an idle connection for ``origin`` (most recently used first), or None."""
    while True:
        found = None
        for connection in reversed(state.idle):
            if connection.can_handle_request(origin):
                found = connection
                break
        if found is None:
            return None
        del state.idle[found]
        if found.is_closed():
            _drop(pool, found)
        elif found.has_expired() or not found.is_available():
            _drop(pool, found)
            closing.append(found)
        else:
            return found


def _assign(pool: Any) -> list[Any]:
    """Assign queued requests (the pool's lock is held); return the connections to close."""
    state: _State = pool._ore_assign
    requests: _Requests = pool._requests
    closing: list[Any] = []
    if not requests.added and not requests.removed:
        # A pass nothing was added to or removed from: a request handed back its connection
        # (ConnectionNotAvailable) and asks again. Find every queued request.
        known = {id(r) for r in state.queued}
        state.queued.extend(r for r in requests if r.connection is None and id(r) not in known)
    for request in requests.added:
        if request.connection is None:
            state.queued.append(request)
    requests.added.clear()
    touched: list[Any] = []
    for request in requests.removed:
        state.reserved.pop(request, None)
        if request.connection is None:
            with contextlib.suppress(ValueError):
                state.queued.remove(request)
        else:
            touched.append(request.connection)
    requests.removed.clear()
    if state.reserved:  # each entry lives from a pass to the start of its request
        for request, connection in list(state.reserved.items()):
            if request.connection is not connection:  # handed back (ConnectionNotAvailable)
                del state.reserved[request]
                if request.connection is None:
                    state.queued.appendleft(request)
                touched.append(connection)
            elif not connection.is_idle() and not connection.is_closed():
                del state.reserved[request]  # the request started on it
    held = {id(c) for c in state.reserved.values()}
    for connection in touched:
        if connection.is_closed():
            state.idle.pop(connection, None)
            _drop(pool, connection)
        elif connection.is_idle() and id(connection) not in held:
            state.idle.pop(connection, None)
            state.idle[connection] = None  # most recently used last
    if time.monotonic() - state.last_sweep >= SWEEP_EVERY:
        _sweep(pool, state, closing)
    keepalive = pool._max_keepalive_connections
    while len(state.idle) > keepalive:
        oldest = next(iter(state.idle))
        del state.idle[oldest]
        _drop(pool, oldest)
        closing.append(oldest)
    queued = state.queued
    while queued:
        request = queued[0]
        if request.connection is not None:  # assigned elsewhere: nothing to do
            queued.popleft()
            continue
        origin = request.request.url.origin
        connection = _take_idle(pool, state, origin, closing)
        if connection is not None:
            state.reserved[request] = connection
        elif len(pool._connections) < pool._max_connections:
            connection = pool.create_connection(origin)
            pool._connections.append(connection)
        elif state.idle:  # idle connections to other origins: close one to make room
            oldest = next(iter(state.idle))
            del state.idle[oldest]
            _drop(pool, oldest)
            closing.append(oldest)
            connection = pool.create_connection(origin)
            pool._connections.append(connection)
        else:
            break  # the pool is full: the rest wait for a response to close
        queued.popleft()
        request.assign_to_connection(connection)
    return closing


def _supported(pool: Any) -> bool:
    import httpcore

    return type(pool) in (httpcore.AsyncConnectionPool, httpcore.ConnectionPool) and all(
        hasattr(pool, name)
        for name in (
            "_requests",
            "_connections",
            "_max_connections",
            "_max_keepalive_connections",
            "_http2",
            "_proxy",
            "_assign_requests_to_connections",
            "create_connection",
        )
    )


def install_assignment(http: Any) -> bool:
    """Give the HTTP/1.1 pool of an httpx client the linear, churn-free pass; idempotent.

    Only the client's own transport is changed (proxy mounts keep httpcore's pass), and only
    an ``httpcore.(Async)ConnectionPool`` without HTTP/2, whose layout is the one this
    module knows. Call it before the client sends anything (the client constructors do).
    Returns whether the pool has the pass.
    """
    pool: Any = getattr(getattr(http, "_transport", None), "_pool", None)
    if pool is None or not _supported(pool) or pool._http2 or pool._proxy is not None:
        return False
    if isinstance(pool._requests, _Requests):
        return True
    state = _State()
    requests = _Requests(pool._requests)
    state.queued.extend(r for r in requests if r.connection is None)
    pool._ore_assign = state
    pool._requests = requests
    state.idle = {c: None for c in pool._connections if c.is_idle()}
    pool._assign_requests_to_connections = types.MethodType(_assign, pool)
    return True
