"""Defaults and the frozen ClientOptions every client call reads."""

from __future__ import annotations

import math
import numbers
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, cast
from urllib.parse import urlsplit

import attrs
import httpx

from openrouter_ext._errors.envelope import remember_secret
from openrouter_ext._version import __version__

if TYPE_CHECKING:
    from openrouter_ext._retry.policy import RetryPolicy

DEFAULT_BASE_URL: Final = "https://openrouter.ai/api/v1"
ENV_API_KEY: Final = "OPENROUTER_API_KEY"
#: The environment variable of the management (provisioning) key.
ENV_MANAGEMENT_KEY: Final = "OPENROUTER_MANAGEMENT_KEY"
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

_TIMEOUT_PARTS: Final = ("connect", "read", "write", "pool")
#: RFC 9110 token: the characters a header name may have.
_HEADER_NAME: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: Control characters a header value may not have (HTAB is allowed).
_HEADER_VALUE_CTL: Final = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
#: What an API key may be made of once surrounding whitespace is stripped.
_KEY_CHARS: Final = re.compile(r"[\x21-\x7e]*")


def _seconds(name: str, value: object) -> float:
    """Return a positive, finite number of seconds as a float."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return seconds


def _timeout(name: str, value: object) -> httpx.Timeout:
    if value is None:
        raise ValueError(f"{name} must be set: None would mean no timeout at all")
    if isinstance(value, httpx.Timeout):
        for part in _TIMEOUT_PARTS:
            seconds = getattr(value, part)
            if seconds is None:
                raise ValueError(
                    f"{name}.{part} is None: every part of the timeout must be set "
                    "(None means no timeout)"
                )
            _seconds(f"{name}.{part}", seconds)
        return value
    seconds = _seconds(name, value)
    return httpx.Timeout(seconds, connect=min(DEFAULT_CONNECT_TIMEOUT, seconds))


def _count(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be an int >= {minimum}, got {value!r}")
    return int(value)


def _retries(name: str, value: object) -> int:
    return _count(name, value, 0)


def _byte_limit(name: str, value: object) -> int:
    return _count(name, value, 1)


def _base_url(name: str, value: object) -> str:
    # the URL is never repeated in a message: it may carry credentials (user:password@host)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if any(ch.isspace() or not ch.isprintable() for ch in value):
        raise ValueError(f"{name} must not contain whitespace or control characters")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
        httpx.URL(value)
    except (ValueError, httpx.InvalidURL):
        raise ValueError(f"{name} is not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{name} must start with http:// or https://, got {parts.scheme!r}")
    if not parts.hostname:
        raise ValueError(f"{name} must name a host, e.g. https://openrouter.ai/api/v1")
    if parts.query or parts.fragment:
        raise ValueError(f"{name} must not have a query or a fragment (paths are appended)")
    return value.rstrip("/")


def _header_value(name: str, value: object) -> str:
    # the value is never repeated in a message: headers may carry credentials
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    if not value.isascii() or _HEADER_VALUE_CTL.search(value):
        raise ValueError(
            f"{name} must be ASCII without CR, LF or other control characters "
            "(the value is not shown)"
        )
    return value


def _headers(name: str, value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{name} must be a mapping of header names to str values, got {type(value).__name__}"
        )
    headers: dict[str, str] = {}
    for key, item in cast("Mapping[object, object]", value).items():
        if not isinstance(key, str):
            raise TypeError(f"{name} keys must be str, got {type(key).__name__}")
        if not _HEADER_NAME.fullmatch(key):
            raise ValueError(f"{name} has an invalid header name {key!r}")
        headers[key] = _header_value(f"{name}[{key!r}]", item)
    return headers


def _strings(name: str, value: object) -> tuple[str, ...]:
    example = f"{name}=['batch-7']" if name == "tags" else f"{name}=['cli-agent']"
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of strings, e.g. {example}")
    items = tuple(cast("Sequence[object]", value))
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{name} must be a list of strings, got a {type(item).__name__}")
    return cast("tuple[str, ...]", items)


def _categories(name: str, value: object) -> tuple[str, ...]:
    categories = _strings(name, value)
    _header_value(name, ",".join(categories))
    return categories


def _api_key(name: str, value: object) -> str:
    # neither the key nor any part of it is ever repeated in a message
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    key = value.strip()
    if not _KEY_CHARS.fullmatch(key):
        raise ValueError(
            f"{name} must be printable ASCII without spaces or control characters "
            "(surrounding whitespace is stripped); the key is not shown"
        )
    return key


_VALIDATORS: Final[dict[str, Callable[[str, Any], Any]]] = {
    "api_key": _api_key,
    "management_key": _api_key,
    "base_url": _base_url,
    "app_url": _header_value,
    "app_title": _header_value,
    "app_categories": _categories,
    "timeout": _timeout,
    "max_retries": _retries,
    "deadline": _seconds,
    "stream_idle_timeout": _seconds,
    "max_response_bytes": _byte_limit,
    "default_headers": _headers,
    "extra_headers": _headers,
    "tags": _strings,
}


def validate_option(name: str, value: object, *, label: str | None = None) -> Any:
    """Check one option's value and return it normalised; the one check of every option.

    The constructor, ``with_options`` and the per-call keywords all come here, so a value
    is accepted or refused the same way everywhere, before anything is sent. Messages name
    the option (``label``, e.g. an environment variable, when given) and never repeat an
    API key, a URL or a header value.

    Normalised values: a timeout becomes an ``httpx.Timeout`` (a number sets read, write
    and pool; connect is at most 5 s), seconds become floats, ``base_url`` loses its
    trailing slashes, headers become a dict, ``tags`` and ``app_categories`` a tuple, and
    the API key loses surrounding whitespace.

    Args:
        name: the option's keyword, e.g. ``"timeout"``.
        value: the value given (never ``None``: callers skip unset options).
        label: the name to use in error messages instead of ``name``.

    Returns:
        The normalised value.

    Raises:
        TypeError: the value has the wrong type.
        ValueError: the value has the right type but is out of range or malformed.

    """
    return _VALIDATORS[name](label or name, value)


def to_timeout(value: TimeoutLike) -> httpx.Timeout:
    """Return an explicit httpx.Timeout; a number sets read, write and pool (connect keeps 5 s).

    Raises:
        ValueError: for ``None``, a part set to ``None``, or a number that is not positive
            and finite: "no timeout" is never allowed.
        TypeError: for a value that is neither a number nor an ``httpx.Timeout``.

    """
    return _timeout("timeout", value)


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
    #: Sent instead of ``api_key`` on operations that need a management key (never shown).
    management_key: str | None = attrs.field(default=None, repr=False)
    base_url: str = DEFAULT_BASE_URL
    app_url: str | None = None
    app_title: str | None = None
    app_categories: tuple[str, ...] = ()
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    stream_idle_timeout: float = DEFAULT_STREAM_IDLE_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float | None = DEFAULT_DEADLINE
    retry_policy: RetryPolicy | None = None
    default_headers: Mapping[str, str] = attrs.field(factory=dict[str, str], repr=False)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def __attrs_post_init__(self) -> None:
        # errors scrub this key even where no request is at hand (while these options live)
        remember_secret(self.api_key, self)
        remember_secret(self.management_key, self)

    @property
    def api_key_hint(self) -> str:
        """Describe whether a key is set without revealing it."""
        return _mask(self.api_key)

    def __repr__(self) -> str:
        return (
            f"ClientOptions(base_url={self.base_url!r}, api_key={self.api_key_hint}, "
            f"management_key={_mask(self.management_key)}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries}, "
            f"deadline={self.deadline}, stream_idle_timeout={self.stream_idle_timeout})"
        )

    def management_auth(self) -> str | None:
        """Return the Authorization value of management operations, if a key is set."""
        return f"Bearer {self.management_key}" if self.management_key else None

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
    app_categories: Sequence[str] | None,
    timeout: TimeoutLike | None,
    stream_idle_timeout: float | None,
    max_retries: int | None,
    default_headers: Mapping[str, str] | None,
    deadline: float | None = None,
    retry_policy: RetryPolicy | None = None,
    max_response_bytes: int | None = None,
    environ: Mapping[str, str] | None = None,
    management_key: str | None = None,
) -> ClientOptions:
    """Merge explicit arguments with the environment and the defaults.

    Every value, including ``$OPENROUTER_API_KEY``, ``$OPENROUTER_MANAGEMENT_KEY`` and
    ``$OPENROUTER_BASE_URL``, is checked
    by :func:`validate_option`.

    Raises:
        TypeError: an option of the wrong type.
        ValueError: an option out of range or malformed (see :func:`validate_option`).

    """
    env = os.environ if environ is None else environ

    def check(name: str, value: Any, default: Any, label: str | None = None) -> Any:
        return default if value is None else validate_option(name, value, label=label)

    if api_key is not None:
        key = validate_option("api_key", api_key)
    else:
        key = check("api_key", env.get(ENV_API_KEY) or None, None, ENV_API_KEY) or None
    if management_key is not None:
        management = validate_option("management_key", management_key)
    else:
        management = (
            check("management_key", env.get(ENV_MANAGEMENT_KEY) or None, None, ENV_MANAGEMENT_KEY)
            or None
        )
    if base_url:
        url = validate_option("base_url", base_url)
    else:
        url = check("base_url", env.get(ENV_BASE_URL) or None, DEFAULT_BASE_URL, ENV_BASE_URL)
    if max_retries is None and retry_policy is not None:
        max_retries = retry_policy.max_retries
    return ClientOptions(
        api_key=key,
        management_key=management,
        base_url=url,
        app_url=check("app_url", app_url, None),
        app_title=check("app_title", app_title, None),
        app_categories=check("app_categories", app_categories, ()),
        timeout=check("timeout", timeout, DEFAULT_TIMEOUT),
        stream_idle_timeout=check(
            "stream_idle_timeout", stream_idle_timeout, DEFAULT_STREAM_IDLE_TIMEOUT
        ),
        max_retries=check("max_retries", max_retries, DEFAULT_MAX_RETRIES),
        deadline=check("deadline", deadline, DEFAULT_DEADLINE),
        retry_policy=retry_policy,
        default_headers=check("default_headers", default_headers, {}),
        max_response_bytes=check(
            "max_response_bytes", max_response_bytes, DEFAULT_MAX_RESPONSE_BYTES
        ),
    )


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call knobs (keyword-only on every method), checked by :func:`call_options`.

    ``None`` means the client's own option.
    """

    timeout: TimeoutLike | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    stream_idle_timeout: float | None = None
    deadline: float | None = None
    tags: tuple[str, ...] = ()
    max_response_bytes: int | None = None


_NO_CALL_OPTIONS = CallOptions()


def call_options(
    timeout: TimeoutLike | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    stream_idle_timeout: float | None = None,
    tags: Sequence[str] | None = None,
    *,
    deadline: float | None = None,
    max_response_bytes: int | None = None,
) -> CallOptions:
    """Check and bundle per-call knobs (shared instance when none is set).

    Each value is checked by :func:`validate_option`, as the client's own options are,
    so a bad one fails here, before the call sends anything.

    Raises:
        TypeError: a knob of the wrong type (e.g. ``tags`` given as one string).
        ValueError: a knob out of range (e.g. ``max_retries=-1``, ``deadline=nan``).

    """
    if (
        timeout is None
        and max_retries is None
        and extra_headers is None
        and stream_idle_timeout is None
        and tags is None
        and deadline is None
        and max_response_bytes is None
    ):
        return _NO_CALL_OPTIONS
    return CallOptions(
        timeout=None if timeout is None else validate_option("timeout", timeout),
        max_retries=None if max_retries is None else validate_option("max_retries", max_retries),
        extra_headers=(
            None if extra_headers is None else validate_option("extra_headers", extra_headers)
        ),
        stream_idle_timeout=(
            None
            if stream_idle_timeout is None
            else validate_option("stream_idle_timeout", stream_idle_timeout)
        ),
        deadline=None if deadline is None else validate_option("deadline", deadline),
        tags=() if tags is None else validate_option("tags", tags),
        max_response_bytes=(
            None
            if max_response_bytes is None
            else validate_option("max_response_bytes", max_response_bytes)
        ),
    )
