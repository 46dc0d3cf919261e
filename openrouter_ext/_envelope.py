"""Read error envelopes leniently and redact secrets from error text (pure; stdlib + httpx).

Helpers of ``_errors``: they never raise on odd input, because an error path that raises
its own error hides the one that matters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Final

import httpx

__all__ = [
    "REDACTED", "as_status", "envelope_status", "error_object", "inner_status", "mapping",
    "parse_error_body", "parse_raw", "request_of", "scrub", "snippet", "where",
]  # fmt: skip

SNIPPET_CHARS: Final = 500
REDACTED: Final = "[REDACTED]"
_SECRET_QUERY_KEYS: Final = frozenset({"key", "api_key", "token"})
_PUBLIC_HEADERS: Final = frozenset(
    {"host", "accept", "accept-encoding", "connection", "content-length", "content-type"}
)
_SECRET_RE: Final = re.compile(r"(?i)\bbearer\s+\S+|\bsk-or-[\w-]+")
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


def scrub(text: str, request: httpx.Request | None) -> str:
    """Replace bearer tokens, sk-or- keys and the request's header values in text.

    Values of at least 8 characters of every request header except a few public ones
    (host, accept, content-type...) are replaced, with and without a ``Bearer `` prefix.
    """
    text = _SECRET_RE.sub(REDACTED, text)
    for name, value in request.headers.items() if request is not None else ():
        for secret in {value, value.split(" ", 1)[-1]}:
            if name.lower() not in _PUBLIC_HEADERS and len(secret) >= 8:
                text = text.replace(secret, REDACTED)
    return text


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
    return dict(value) if isinstance(value, Mapping) else {}


def error_object(parsed: Any) -> dict[str, Any]:
    """Return a copy of the error object in a parsed body ({} when it holds none)."""
    body = mapping(parsed)
    error = body.get("error")
    if isinstance(error, str):
        return {"message": error}
    if isinstance(error, Mapping):
        return dict(error)
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
