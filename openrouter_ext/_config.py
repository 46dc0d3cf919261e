"""Defaults and the frozen ClientOptions every client call reads."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

import attrs
import httpx

from ._version import __version__

if TYPE_CHECKING:
    from ._retry import RetryPolicy

DEFAULT_BASE_URL: Final = "https://openrouter.ai/api/v1"
ENV_API_KEY: Final = "OPENROUTER_API_KEY"
ENV_BASE_URL: Final = "OPENROUTER_BASE_URL"

DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_CONNECT_TIMEOUT: Final = 5.0
#: Read/write/pool timeout: sized for slow reasoning models (the openai SDK uses 600 s).
DEFAULT_READ_TIMEOUT: Final = 600.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(DEFAULT_READ_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)
#: Seconds without a data event (keep-alive comments do not count) before a stream fails.
DEFAULT_STREAM_IDLE_TIMEOUT: Final = 300.0
#: Overall seconds for one call including its retries and waits (for a stream: until it is
#: open, i.e. its first data event arrived); it also caps each attempt's timeouts.
DEFAULT_DEADLINE: Final = 900.0
#: Largest decoded response body (bytes) a call reads, and largest single SSE event of a
#: stream; a bigger one raises ``ResponseTooLargeError``. Error bodies keep far less.
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
DEFAULT_MAX_CONNECTIONS: Final = 1000
DEFAULT_MAX_KEEPALIVE: Final = 100

USER_AGENT: Final = f"openrouter-ext/{__version__}"

TimeoutLike = float | httpx.Timeout


def to_timeout(value: TimeoutLike) -> httpx.Timeout:
    """Return an explicit httpx.Timeout; a number sets read, write and pool (connect keeps 5 s).

    Raises:
        ValueError: for ``None`` or a non-positive number: "no timeout" is never allowed.

    """
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if any(part is None for part in parts):
            raise ValueError("every part of the timeout must be set; None means no timeout")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {value!r}")
    return httpx.Timeout(float(value), connect=min(DEFAULT_CONNECT_TIMEOUT, float(value)))


def _mask(key: str | None) -> str:
    if not key:
        return "<none>"
    return f"<set: ...{key[-4:]}>" if len(key) >= 16 else "<set>"


@attrs.frozen(kw_only=True)
class ClientOptions:
    """Immutable client configuration; copied cheaply with :func:`attrs.evolve`.

    The API key is never shown by ``repr`` (only its last four characters).
    """

    api_key: str | None = attrs.field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    app_url: str | None = None
    app_title: str | None = None
    app_categories: tuple[str, ...] = ()
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    stream_idle_timeout: float = DEFAULT_STREAM_IDLE_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float | None = DEFAULT_DEADLINE
    retry_policy: RetryPolicy | None = None
    default_headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @property
    def api_key_hint(self) -> str:
        """Describe whether a key is set without revealing it."""
        return _mask(self.api_key)

    def __repr__(self) -> str:
        return (
            f"ClientOptions(base_url={self.base_url!r}, api_key={self.api_key_hint}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries}, "
            f"deadline={self.deadline}, stream_idle_timeout={self.stream_idle_timeout})"
        )

    def headers(self, *, with_auth: bool = True) -> dict[str, str]:
        """Build the headers every request carries (auth, attribution, user defaults)."""
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if self.app_url:
            headers["HTTP-Referer"] = self.app_url
        if self.app_title:
            headers["X-OpenRouter-Title"] = self.app_title
            headers["X-Title"] = self.app_title
        if self.app_categories:
            headers["X-OpenRouter-Categories"] = ",".join(self.app_categories)
        headers.update(self.default_headers)
        if with_auth and self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers


def resolve_options(
    *,
    api_key: str | None,
    base_url: str | None,
    app_url: str | None,
    app_title: str | None,
    app_categories: tuple[str, ...] | list[str] | None,
    timeout: TimeoutLike | None,
    stream_idle_timeout: float | None,
    max_retries: int | None,
    default_headers: Mapping[str, str] | None,
    deadline: float | None = None,
    retry_policy: RetryPolicy | None = None,
    environ: Mapping[str, str] | None = None,
) -> ClientOptions:
    """Merge explicit arguments with the environment and the defaults.

    Raises:
        ValueError: for a negative ``max_retries``, a bad timeout or a base URL that is
            not http(s).

    """
    env = os.environ if environ is None else environ
    key = api_key if api_key is not None else env.get(ENV_API_KEY) or None
    url = (base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, got {url!r}")
    if max_retries is not None:
        retries = max_retries
    elif retry_policy is not None:
        retries = retry_policy.max_retries
    else:
        retries = DEFAULT_MAX_RETRIES
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ValueError(f"max_retries must be a non-negative integer, got {retries!r}")
    idle = DEFAULT_STREAM_IDLE_TIMEOUT if stream_idle_timeout is None else stream_idle_timeout
    if idle <= 0:
        raise ValueError(f"stream_idle_timeout must be positive, got {idle!r}")
    total = DEFAULT_DEADLINE if deadline is None else deadline
    if total <= 0:
        raise ValueError(f"deadline must be positive, got {total!r}")
    return ClientOptions(
        api_key=key,
        base_url=url,
        app_url=app_url,
        app_title=app_title,
        app_categories=tuple(app_categories or ()),
        timeout=DEFAULT_TIMEOUT if timeout is None else to_timeout(timeout),
        stream_idle_timeout=float(idle),
        max_retries=retries,
        deadline=float(total),
        retry_policy=retry_policy,
        default_headers=dict(default_headers or {}),
    )
