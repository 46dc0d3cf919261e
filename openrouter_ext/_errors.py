"""Define the exception tree and build its errors from responses, envelopes and httpx errors.

No IO: every builder takes data (a read response, a parsed envelope, an httpx error) and
returns the exception for the caller to raise::

    OpenRouterError                       root: catch-all for users
    ├── APIConnectionError                .request .sent; wraps httpx.TransportError (from err)
    │   └── APITimeoutError               .kind: connect|read|write|pool|deadline|stream_idle
    ├── APIStatusError                    .status_code .code .message .metadata .error_type
    │   │                                 .provider_name .raw .availability .retryable
    │   │                                 .inner_status .request_id .generation_id .body
    │   │                                 .response .headers
    │   ├── BadRequestError 400           ├── AuthenticationError 401
    │   ├── InsufficientCreditsError 402  ├── PermissionDeniedError 403 (.reasons ...)
    │   ├── NotFoundError 404             ├── RequestTimeoutError 408
    │   ├── ConflictError 409             ├── PayloadTooLargeError 413
    │   ├── UnprocessableEntityError 422  ├── RateLimitError 429 (.retry_after .daily_quota)
    │   └── ServerError 5xx (500, 502, 503, 504, 524, 529, ...)
    ├── StreamError                       in-band error mid-stream; .partial_response
    │   └── IncompleteStreamError         stream ended or broke before [DONE]/finish
    ├── ResponseValidationError           a 2xx body didn't fit the generated model; .body
    └── BudgetExceededError               .requested .remaining (Decimal)

Secrets: str(), repr() and args name at most the request's method and URL (query values
named key/api_key/token and URL passwords redacted). Text from outside (API messages, body
snippets, httpx messages) is scrubbed of bearer tokens, ``sk-or-`` keys and the values of
the request's headers. repr() shows the class, status and message only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final, Literal

import httpx

from openrouter_ext._ratelimit import is_daily_quota, retry_after_seconds

__all__ = [
    "APIConnectionError", "APIStatusError", "APITimeoutError", "AuthenticationError",
    "BadRequestError", "BudgetExceededError", "ConflictError", "IncompleteStreamError",
    "InsufficientCreditsError", "NotFoundError", "OpenRouterError", "PayloadTooLargeError",
    "PermissionDeniedError", "RateLimitError", "RequestTimeoutError", "ResponseValidationError",
    "ServerError", "StreamError", "TimeoutKind", "UnprocessableEntityError",
    "connection_error_from_httpx", "error_from_envelope", "error_from_response",
    "parse_error_body", "stream_error_from_event",
]  # fmt: skip

TimeoutKind = Literal["connect", "read", "write", "pool", "deadline", "stream_idle"]

SNIPPET_CHARS: Final = 500
REDACTED: Final = "[REDACTED]"
_SECRET_QUERY_KEYS: Final = frozenset({"key", "api_key", "token"})
_PUBLIC_HEADERS: Final = frozenset(
    {"host", "accept", "accept-encoding", "connection", "content-length", "content-type"}
)
_SECRET_RE: Final = re.compile(r"(?i)\bbearer\s+\S+|\bsk-or-[\w-]+")
_TAG_RE: Final = re.compile(r"<[^>]*>")
_SPACE_RE: Final = re.compile(r"\s+")
_PHRASES: Final = {524: "Edge Network Timeout", 529: "Provider Overloaded"}
# Docs' error_type → HTTP status (section 5.4); used when an envelope's code is not a status.
_TYPE_STATUS: Final = {
    "authentication": 401, "payment_required": 402, "permission_denied": 403,
    "not_found": 404, "image_not_found": 404, "precondition_failed": 412,
    "payload_too_large": 413, "unprocessable": 422, "rate_limit_exceeded": 429,
    "server": 500, "server_error": 500, "unmapped": 500, "provider_unavailable": 502,
    "provider_overloaded": 503, "timeout": 504,
}  # fmt: skip


def _scrub(text: str, request: httpx.Request | None) -> str:
    """Remove bearer tokens, sk-or- keys and the request's header values from text."""
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


def _where(request: httpx.Request | None) -> str:
    """Return ' (METHOD URL)' for a request, or ''."""
    return f" ({request.method} {_redact_url(request.url)})" if request is not None else ""


def _snippet(body: Any) -> str:
    """Return a body as short one-line text: tags stripped, whitespace collapsed, truncated."""
    text = body if isinstance(body, str) else "" if body is None else json.dumps(body)
    text = _SPACE_RE.sub(" ", _TAG_RE.sub(" ", text)).strip()
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def _as_status(value: object) -> int | None:
    """Return value as an HTTP status (an int or digit string in 100..599), or None."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    return value if type(value) is int and 100 <= value <= 599 else None


def _mapping(value: object) -> dict[str, Any]:
    """Return value if it is a JSON object, else an empty dict."""
    return dict(value) if isinstance(value, Mapping) else {}


def _error_object(parsed: Any) -> dict[str, Any]:
    """Return the error object of a parsed body ({} when the body holds none)."""
    body = _mapping(parsed)
    error = body.get("error")
    if isinstance(error, str):
        return {"message": error}
    if isinstance(error, Mapping):
        return dict(error)
    return body if "message" in body or "error_type" in body else {}


def _parse_raw(raw: Any) -> Any:
    """Return metadata.raw parsed when it is a JSON string, else as given."""
    try:
        return json.loads(raw) if isinstance(raw, str) else raw
    except (ValueError, RecursionError):
        return raw


class OpenRouterError(Exception):
    """Root of every error this client raises."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        status = getattr(self, "status_code", None)
        head = "" if status is None else f"status_code={status!r}, "
        return f"{type(self).__name__}({head}message={self.message!r})"


class APIConnectionError(OpenRouterError):
    """The request failed before a response arrived (network, DNS, TLS, proxy, timeout).

    ``sent`` is False only when the request provably never reached the server (connect
    failures, pool timeouts, a failed write: the server starts a generation only after the
    whole body arrived), so resending cannot create a second generation.
    """

    def __init__(
        self, message: str = "Connection error", *, request: httpx.Request | None = None,
        sent: bool = True,
    ) -> None:  # fmt: skip
        super().__init__(_scrub(message, request) + _where(request))
        self.request = request
        self.sent = sent


class APITimeoutError(APIConnectionError):
    """The request or stream timed out; ``kind`` says which limit was hit."""

    def __init__(
        self, message: str = "Request timed out", *, request: httpx.Request | None = None,
        sent: bool = True, kind: TimeoutKind = "read",
    ) -> None:  # fmt: skip
        super().__init__(message, request=request, sent=sent)
        self.kind: TimeoutKind = kind


class _EnvelopeFields:
    """Read the fields shared by HTTP and in-band errors from an error object."""

    code: int | str | None
    message: str
    metadata: dict[str, Any]
    error_type: str | None
    provider_name: str | None

    def _read_envelope(self, error: Mapping[str, Any], body: Any) -> None:
        """Set code, message, metadata, error_type and provider_name from an error object."""
        code = error.get("code")
        self.code = code if isinstance(code, (int, str)) and not isinstance(code, bool) else None
        message = error.get("message")
        self.message = message if isinstance(message, str) else ""
        self.metadata = _mapping(error.get("metadata"))
        types = (self.metadata.get("error_type"), error.get("error_type"))
        self.error_type = next((t for t in (*types, _mapping(body).get("error_type")) if
                                isinstance(t, str)), None)  # fmt: skip
        provider = self.metadata.get("provider_name")
        self.provider_name = provider if isinstance(provider, str) else None

    def _describe(self, head: str, request: httpx.Request | None) -> str:
        """Return 'head: message (provider: X)', scrubbed."""
        text = f"{head}: {self.message}" if self.message else head
        text += f" (provider: {self.provider_name})" if self.provider_name else ""
        return _scrub(text, request)


class APIStatusError(_EnvelopeFields, OpenRouterError):
    """The API answered with an error status (or an error envelope in place of a result).

    ``inner_status`` is the transient status an envelope may carry inside another one (a 400
    whose ``code``, ``http_status``, ``metadata.raw`` or ``metadata.provider_code`` says 429,
    502, 503...). The class still follows the outer status (BadRequestError for a 400); the
    retry policy reads ``inner_status`` to retry such a 400.
    """

    def __init__(
        self, *, status_code: int, error: Mapping[str, Any], body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:  # fmt: skip
        self._read_envelope(error, body)
        self.status_code = status_code
        self.body = body
        self.response = response
        self.headers = response.headers if response is not None else httpx.Headers()
        self.raw: Any = _parse_raw(self.metadata.get("raw"))
        availability = error.get("availability")
        self.availability = dict(availability) if isinstance(availability, Mapping) else None
        retryable = (self.availability or {}).get("retryable")
        self.retryable = retryable if isinstance(retryable, bool) else None
        raw, raw_error = _mapping(self.raw), _mapping(_mapping(self.raw).get("error"))
        inner = (error.get("code"), error.get("http_status"), raw.get("code"), raw.get("status"),
                 raw_error.get("code"), raw_error.get("status"), self.metadata.get("provider_code"))  # fmt: skip
        self.inner_status = next(
            (s for s in map(_as_status, inner) if s is not None and s != status_code), None
        )
        fields = _mapping(body)
        request_id = self.headers.get("x-request-id") or fields.get("request_id")
        self.request_id = request_id if isinstance(request_id, str) else None
        gen_request_id = self.request_id if (self.request_id or "").startswith("gen-") else None
        ids = (self.headers.get("x-generation-id"), fields.get("id"), gen_request_id)
        self.generation_id = next((i for i in ids if isinstance(i, str) and i), None)
        request = _request_of(response)
        self.message = _scrub(self.message or _snippet(body), request)
        phrase = httpx.codes.get_reason_phrase(status_code) or _PHRASES.get(status_code, "")
        Exception.__init__(self, self._describe(f"{status_code} {phrase}".strip(), request))


class BadRequestError(APIStatusError):
    """400: the request is invalid (parameters, model id, context length, content policy)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or disabled."""


class InsufficientCreditsError(APIStatusError):
    """402: the account or the key has no credits left."""


class PermissionDeniedError(APIStatusError):
    """403: not allowed (key permissions, region, moderation flag, guardrail block)."""

    def __init__(
        self, *, status_code: int, error: Mapping[str, Any], body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:  # fmt: skip
        super().__init__(status_code=status_code, error=error, body=body, response=response)
        reasons, patterns = self.metadata.get("reasons"), self.metadata.get("patterns")
        self.reasons = [str(r) for r in reasons] if isinstance(reasons, list) else []
        self.patterns = [str(p) for p in patterns] if isinstance(patterns, list) else []
        flagged = self.metadata.get("flagged_input")
        self.flagged_input = flagged if isinstance(flagged, str) else None


class NotFoundError(APIStatusError):
    """404: the resource or model does not exist or no endpoint can serve it."""


class RequestTimeoutError(APIStatusError):
    """408: the server timed out waiting for the request."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of a resource."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: rate limited; ``retry_after`` (seconds) and ``daily_quota`` describe the limit.

    ``daily_quota`` is a heuristic (see ``_ratelimit.is_daily_quota``): the text names a
    per-day limit, or a platform 429 resets more than an hour away.
    """

    def __init__(
        self, *, status_code: int, error: Mapping[str, Any], body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:  # fmt: skip
        super().__init__(status_code=status_code, error=error, body=body, response=response)
        self.retry_after = retry_after_seconds(
            self.headers, metadata=self.metadata, availability=self.availability
        )
        texts = (self.message, self.raw if isinstance(self.raw, str) else json.dumps(self.raw))
        self.daily_quota = is_daily_quota(texts, self.headers)


class ServerError(APIStatusError):
    """5xx: OpenRouter or the provider failed (500, 502, 503, 504, 524, 529, ...)."""


class StreamError(_EnvelopeFields, OpenRouterError):
    """An error event arrived in the stream after content; ``partial_response`` holds it."""

    def __init__(
        self, *, error: Mapping[str, Any], partial_response: Any = None,
        generation_id: str | None = None,
    ) -> None:  # fmt: skip
        self._read_envelope(error, None)
        self.partial_response = partial_response
        self.generation_id = generation_id
        head = "Stream error" if self.code is None else f"Stream error {self.code}"
        Exception.__init__(self, self._describe(head, None))
        self.message = _scrub(self.message, None) or self.args[0]


class IncompleteStreamError(StreamError):
    """The stream ended or broke before ``[DONE]`` or a finish reason."""


class ResponseValidationError(OpenRouterError):
    """A 2xx body did not fit the generated model."""

    def __init__(self, message: str, *, body: Any, response: httpx.Response | None = None) -> None:
        super().__init__(_scrub(message, _request_of(response)))
        self.body = body
        self.response = response


class BudgetExceededError(OpenRouterError):
    """A request would spend more than the remaining budget."""

    def __init__(self, *, requested: Decimal, remaining: Decimal) -> None:
        super().__init__(f"Budget exceeded: requested ${requested}, remaining ${remaining}")
        self.requested = requested
        self.remaining = remaining


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    """Return the request of a response, or None when it has none."""
    try:
        return response.request if response is not None else None
    except RuntimeError:
        return None


_STATUS_CLASSES: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError, 401: AuthenticationError, 402: InsufficientCreditsError,
    403: PermissionDeniedError, 404: NotFoundError, 408: RequestTimeoutError,
    409: ConflictError, 413: PayloadTooLargeError, 422: UnprocessableEntityError,
    429: RateLimitError,
}  # fmt: skip
# Most specific first: the first isinstance match decides (kind, sent).
_TRANSPORT: Final[tuple[tuple[type[httpx.TransportError], TimeoutKind | None, bool], ...]] = (
    (httpx.ConnectTimeout, "connect", False), (httpx.PoolTimeout, "pool", False),
    (httpx.WriteTimeout, "write", False), (httpx.TimeoutException, "read", True),
    (httpx.ConnectError, None, False), (httpx.WriteError, None, False),
    (httpx.UnsupportedProtocol, None, False), (httpx.ProxyError, None, False),
    (httpx.TransportError, None, True),
)  # fmt: skip


def _class_for(status: int) -> type[APIStatusError]:
    """Return the class for a status: the table, then ServerError for 5xx, else the base."""
    return _STATUS_CLASSES.get(status) or (ServerError if 500 <= status <= 599 else APIStatusError)


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
    return _error_object(parsed), parsed


def error_from_response(response: httpx.Response, *, body: bytes | None = None) -> APIStatusError:
    """Build the error for a non-2xx response.

    The class comes from the HTTP status: a table for 400-429, ``ServerError`` for any 5xx,
    plain ``APIStatusError`` otherwise. A 400 wrapping a transient status stays a
    ``BadRequestError`` and exposes it as ``inner_status``. ``str()`` reads
    ``"429 Too Many Requests: <API message> (provider: X)"``, with a body snippet of at most
    500 characters when the body has no message.

    Args:
        response: the response; its body is read from ``body`` or, if read, ``response.content``.
        body: the body bytes, for a streamed response read by the caller.

    Returns:
        The error, for the caller to raise.
    """
    if body is None:
        try:
            body = response.content
        except httpx.ResponseNotRead:
            body = b""
    error, parsed = parse_error_body(body)
    status = response.status_code
    return _class_for(status)(status_code=status, error=error, body=parsed, response=response)


def error_from_envelope(
    envelope: Mapping[str, Any], *, status_code: int | None, response: httpx.Response | None
) -> APIStatusError:
    """Build the error for an error envelope found in a 2xx body or before a stream's content.

    The status (and class) comes from the envelope's own ``code`` (a 502 code gives a
    ``ServerError`` with ``status_code`` 502 even though the response said 200), then from its
    ``error_type`` (docs mapping, e.g. ``provider_overloaded`` → 503), then ``status_code``.

    Args:
        envelope: the body (``{"error": {...}, ...}``) or the error object itself.
        status_code: the fallback status, usually the response's.
        response: the response the envelope came in, if any.

    Returns:
        The error, for the caller to raise.
    """
    error = _error_object(envelope) or dict(envelope)
    meta_type = _mapping(error.get("metadata")).get("error_type")
    status = next(
        (s for s in (_as_status(error.get("code")), _TYPE_STATUS.get(str(error.get("code"))),
                     _TYPE_STATUS.get(str(meta_type)), status_code) if s is not None),
        500,
    )  # fmt: skip
    return _class_for(status)(status_code=status, error=error, body=dict(envelope),
                              response=response)  # fmt: skip


def stream_error_from_event(
    error: Mapping[str, Any], *, partial_response: Any, generation_id: str | None,
    incomplete: bool = False,
) -> StreamError:  # fmt: skip
    """Build the error for an in-band stream error event (after content) or a broken stream.

    Args:
        error: the event's error object, or the whole chunk holding it under ``error``.
        partial_response: what was accumulated so far (usually the partial result).
        generation_id: the stream's generation id, if known.
        incomplete: build an ``IncompleteStreamError`` (stream ended before ``[DONE]``).

    Returns:
        The error, for the caller to raise.
    """
    cls = IncompleteStreamError if incomplete else StreamError
    return cls(error=_error_object(error) or dict(error), partial_response=partial_response,
               generation_id=generation_id)  # fmt: skip


def connection_error_from_httpx(
    exc: httpx.TransportError, request: httpx.Request | None
) -> APIConnectionError:
    """Build the error for an httpx transport failure; raise it with ``from exc``.

    Timeouts give ``APITimeoutError`` with ``kind``. ``sent`` is False for connect errors and
    timeouts, pool timeouts, unsupported protocols, proxy errors and failed writes (a request
    that failed while being written cannot have started a generation: the server starts only
    after the full body). Reads, remote protocol errors and anything else give ``sent=True``.

    Args:
        exc: the httpx error.
        request: the request that failed (``exc.request`` when None and available).

    Returns:
        The error, with ``__cause__`` set to ``exc``.
    """
    if request is None:
        try:
            request = exc.request
        except RuntimeError:
            request = None
    kind, sent = next((k, s) for cls, k, s in _TRANSPORT if isinstance(exc, cls))
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    error = (
        APITimeoutError(f"Request timed out ({kind}): {detail}", request=request, sent=sent,
                        kind=kind)
        if kind is not None
        else APIConnectionError(f"Connection error: {detail}", request=request, sent=sent)
    )  # fmt: skip
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error
