"""The client-owned httpx pool: its limits, the shared TLS context, a passed-in client's timeout."""

from __future__ import annotations

import os
import ssl
import threading
from typing import TYPE_CHECKING

import httpx

from openrouter_ext._config import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE,
    DEFAULT_TIMEOUT,
)

if TYPE_CHECKING:
    pass


__all__ = ["make_limits", "shared_ssl_context", "timeout_of"]


def make_limits() -> httpx.Limits:
    """Return the pool limits of a client-owned httpx client."""
    return httpx.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE
    )


_SSL_LOCK = threading.Lock()
_SSL_CONTEXTS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def shared_ssl_context() -> ssl.SSLContext:
    """Return the process's verifying TLS context for client-owned httpx clients.

    ``httpx.Client()`` builds a new context for every client, loading the whole CA bundle
    (about 60 ms and 1-2 MB each); every client this package builds shares one instead,
    built the way httpx builds its default (certifi, or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` when set: a change to those variables gets a new context).
    """
    key = (os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)
    ctx = _SSL_CONTEXTS.get(key)
    if ctx is None:
        with _SSL_LOCK:
            ctx = _SSL_CONTEXTS.get(key)
            if ctx is None:
                ctx = _SSL_CONTEXTS[key] = httpx.create_ssl_context()
    return ctx


def timeout_of(http: httpx.Client | httpx.AsyncClient) -> httpx.Timeout:
    """Return the timeout of a client passed in, our defaults filling parts it leaves unset."""
    own, default = http.timeout, DEFAULT_TIMEOUT
    return httpx.Timeout(
        connect=default.connect if own.connect is None else own.connect,
        read=default.read if own.read is None else own.read,
        write=default.write if own.write is None else own.write,
        pool=default.pool if own.pool is None else own.pool,
    )
