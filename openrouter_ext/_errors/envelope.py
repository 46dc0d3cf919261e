"""Read error envelopes leniently and redact secrets from error text (pure; stdlib + httpx).

Helpers of ``_errors``: they never raise on odd input, because an error path that raises
its own error hides the one that matters.

Secrets are the matches of ``SECRET_RE`` (bearer tokens, ``sk-or-`` keys), the values of the
request's non-public headers (the ``Authorization`` value with and without ``Bearer ``), and
the API keys of the live clients (``remember_secret``, called by ``ClientOptions``), so that a
key is scrubbed even from an error built where no request is at hand (a stream's in-band
error, a malformed data line).
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections.abc import Mapping
from typing import Any, Final, cast

import httpx

__all__ = [
    "REDACTED", "SECRET_RE", "as_status", "envelope_status", "error_object", "excerpt",
    "inner_status", "mapping", "parse_error_body", "parse_raw", "remember_secret",
    "request_of", "scrub", "scrub_data", "scrub_headers", "secrets_of", "snippet", "where",
]  # fmt: skip

SNIPPET_CHARS: Final = 500
REDACTED: Final = "[REDACTED]"
#: The one secret pattern (bearer tokens, ``sk-or-`` keys); ``_observe`` masks logs with it.
SECRET_RE: Final = re.compile(r"(?i)\bbearer\s+\S+|\bsk-or-[\w-]+")
#: Shorter header values and keys are not treated as secrets (too likely to be plain words).
MIN_SECRET_CHARS: Final = 8
_SECRET_QUERY_KEYS: Final = frozenset({"key", "api_key", "token"})
_PUBLIC_HEADERS: Final = frozenset(
    {"host", "accept", "accept-encoding", "connection", "content-length", "content-type"}
)
# API keys of live clients -> number of live owners (ClientOptions) holding each.
_KNOWN: dict[str, int] = {}
_KNOWN_LOCK: Final = threading.RLock()  # reentrant: a finalizer may run inside the lock
_TAG_RE: Final = re.compile(r"<[^>]*>")
_SPACE_RE: Final = re.compile(r"\s+")
# Docs' error_type → HTTP status (reference 5.4), for envelopes whose code is not a status.
_TYPE_STATUS: Final = {
    "authentication": 401, "payment_required": 402, "permission_denied": 403,
    "not_found": 404, "image_not_found": 404, "precondition_failed": 412,
    "payload_too_large": 413, "unprocessable": 422, "rate_limit_exceeded": 429,
    "server": 500, "server_error": 500, "unmapped": 500, "provider_unavailable": 502,
    "provider_overloaded": 503, "timeout": 504,
}  # fmt: skip


def remember_secret(secret: str | None, owner: object) -> None:
    """Scrub ``secret`` from every error built while ``owner`` is alive.

    ``ClientOptions`` registers its API key here. The registry holds each key only as long as
    an owner holding it is alive (a ``weakref.finalize`` forgets it).

    Args:
        secret: the key; None, empty and short values are ignored.
        owner: the object whose lifetime bounds the registration (weak-referenceable).

    """
    if not secret or len(secret) < MIN_SECRET_CHARS:
        return
    with _KNOWN_LOCK:
        _KNOWN[secret] = _KNOWN.get(secret, 0) + 1
    weakref.finalize(owner, _forget, secret).atexit = False


def _forget(secret: str) -> None:
    with _KNOWN_LOCK:
        left = _KNOWN.pop(secret, 0) - 1
        if left > 0:
            _KNOWN[secret] = left


def secrets_of(request: httpx.Request | None) -> tuple[str, ...]:
    """Return the literal secrets to scrub for a request, longest first.

    They are the keys of live clients and the values (at least 8 characters) of every request
    header except a few public ones (host, accept, content-type...), with and without a
    ``Bearer `` prefix.
    """
    with _KNOWN_LOCK:
        found = set(_KNOWN)
    for name, value in request.headers.items() if request is not None else ():
        if name.lower() not in _PUBLIC_HEADERS:
            found.update(s for s in (value, value.split(" ", 1)[-1]) if len(s) >= MIN_SECRET_CHARS)
    return tuple(sorted(found, key=len, reverse=True))


def scrub(
    text: str, request: httpx.Request | None, *, secrets: tuple[str, ...] | None = None
) -> str:
    """Replace the secrets (``secrets_of(request)`` unless given) and ``SECRET_RE`` in text."""
    for secret in secrets_of(request) if secrets is None else secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return SECRET_RE.sub(REDACTED, text)


def excerpt(text: str, request: httpx.Request | None, limit: int) -> str:
    """Return the first ``limit`` characters of text, scrubbed before the cut.

    Scrubbing after a cut would miss a secret the cut splits and show its first characters.
    """
    return scrub(text[: limit + 4096], request)[:limit]


def scrub_data(value: Any, request: httpx.Request | None) -> Any:
    """Return a copy of parsed data with every string (dict keys too) scrubbed.

    JSON-like data (dicts, lists, tuples, strings) at any depth, without recursion; bytes
    are scrubbed as UTF-8 (other bytes kept). Other objects are returned as they are.
    """
    found = secrets_of(request)

    def leaf(item: Any) -> Any:
        if isinstance(item, str):
            return scrub(item, None, secrets=found)
        if isinstance(item, (bytes, bytearray)):
            text = bytes(item).decode("utf-8", "surrogateescape")
            return scrub(text, None, secrets=found).encode("utf-8", "surrogateescape")
        return item

    if not isinstance(value, (Mapping, list, tuple)):
        return leaf(value)
    copies: dict[int, Any] = {}

    def copy_of(item: Any) -> Any:
        ident = id(item)
        if not isinstance(item, (Mapping, list, tuple)):
            return leaf(item)
        if ident not in copies:
            copies[ident] = {} if isinstance(item, Mapping) else []
            todo.append(item)
        return copies[ident]

    todo: list[Any] = []
    root = copy_of(value)
    while todo:
        source = todo.pop()
        target = copies[id(source)]
        if isinstance(source, Mapping):
            for key, item in cast("Mapping[object, object]", source).items():
                target[leaf(key)] = copy_of(item)
        else:
            target.extend(copy_of(item) for item in source)
    return root


def scrub_headers(headers: httpx.Headers, request: httpx.Request | None) -> httpx.Headers:
    """Return headers with secrets scrubbed from their values (the same object when clean)."""
    found = secrets_of(request)
    items = headers.multi_items()
    clean = [(name, scrub(value, None, secrets=found)) for name, value in items]
    return headers if clean == items else httpx.Headers(clean, encoding=headers.encoding)


def _redact_url(url: httpx.URL) -> str:
    """Return url without userinfo and with secret-named query values redacted."""
    if any(key.lower() in _SECRET_QUERY_KEYS for key in url.params):
        url = url.copy_with(params=[
            (key, REDACTED if key.lower() in _SECRET_QUERY_KEYS else value)
            for key, value in url.params.multi_items()
        ])  # fmt: skip
    return str(url.copy_with(userinfo=b""))


def where(request: httpx.Request | None) -> str:
    """Return ' (METHOD URL)' for a request with its URL redacted, or ''."""
    return f" ({request.method} {_redact_url(request.url)})" if request is not None else ""


def request_of(response: httpx.Response | None) -> httpx.Request | None:
    """Return the request of a response, or None when there is none."""
    try:
        return response.request if response is not None else None
    except RuntimeError:
        return None


def snippet(body: Any) -> str:
    """Return a body as one short line: tags stripped, whitespace collapsed, truncated."""
    text = body if isinstance(body, str) else "" if body is None else json.dumps(body, default=str)
    text = _SPACE_RE.sub(" ", _TAG_RE.sub(" ", text)).strip()
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def as_status(value: object) -> int | None:
    """Return value as an HTTP status (an int or digit string in 100..599), or None."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    return value if type(value) is int and 100 <= value <= 599 else None


def mapping(value: object) -> dict[str, Any]:
    """Return a copy of value if it is a JSON object, else an empty dict."""
    return dict(cast("Mapping[str, Any]", value)) if isinstance(value, Mapping) else {}


def error_object(parsed: Any) -> dict[str, Any]:
    """Return a copy of the error object in a parsed body ({} when it holds none)."""
    body = mapping(parsed)
    error = body.get("error")
    if isinstance(error, str):
        return {"message": error}
    if isinstance(error, Mapping):
        return dict(cast("Mapping[str, Any]", error))
    return body if "message" in body or "error_type" in body else {}


def parse_raw(raw: Any) -> Any:
    """Return metadata.raw parsed when it is a JSON string, else as given."""
    try:
        return json.loads(raw) if isinstance(raw, str) else raw
    except (ValueError, RecursionError):
        return raw


def inner_status(error: Mapping[str, Any], raw: Any, status: int) -> int | None:
    """Return a status an envelope carries besides the HTTP one (code, raw, provider_code)."""
    raw_body = mapping(raw)
    raw_error = mapping(raw_body.get("error"))
    candidates = (
        error.get("code"), error.get("http_status"), raw_body.get("code"),
        raw_body.get("status"), raw_error.get("code"), raw_error.get("status"),
        mapping(error.get("metadata")).get("provider_code"),
    )  # fmt: skip
    return next((s for s in map(as_status, candidates) if s is not None and s != status), None)


def envelope_status(error: Mapping[str, Any], fallback: int | None) -> int:
    """Return an envelope's status: its code, its error_type's, an error fallback, else 500."""
    error_type = mapping(error.get("metadata")).get("error_type", error.get("error_type"))
    candidates = (
        as_status(error.get("code")), _TYPE_STATUS.get(str(error.get("code"))),
        _TYPE_STATUS.get(str(error_type)), fallback if fallback and fallback >= 400 else None,
    )  # fmt: skip
    return next((s for s in candidates if s is not None), 500)


def parse_error_body(content: bytes | str | None) -> tuple[dict[str, Any], Any]:
    """Parse an error body leniently; never raise.

    Accepts ``{"error": {...}}`` with or without ``code`` (int or string), ``{"error": "text"}``,
    the docs' availability shape (``message``, ``error_type``, ``http_status``, ``availability``
    and no ``code``, nested or top-level), non-JSON bodies (HTML from a proxy) and empty bodies.

    Args:
        content: the raw body.

    Returns:
        ``(error, body)``: a copy of the error object (``{}`` when there is none) and the
        parsed JSON body, or the text when it is not JSON, or None when it is empty.

    """
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    if not text or not text.strip():
        return {}, None
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError):
        return {}, text
    return error_object(parsed), parsed
