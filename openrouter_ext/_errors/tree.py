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
    ├── ResponseTooLargeError             a body or stream event passed max_response_bytes
    └── BudgetExceededError               .requested .remaining (Decimal)

Secrets: str(), repr() and args name at most the request's method and URL (userinfo and
query values named key/api_key/token redacted). Text from outside is scrubbed when the error
is built: API messages, body snippets, httpx messages, and every string inside the data an
error keeps (``body``, ``metadata``, ``raw``, ``availability``, response ``headers``; a bytes
body as UTF-8). Scrubbed means bearer tokens, ``sk-or-`` keys, the values of the request's
headers (the ``Authorization`` value with and without ``Bearer ``) and the API key of every
live client (``OpenRouter(api_key=...)``, also where no request is at hand) become
``[REDACTED]``. ``partial_response`` is the model's own output and is kept as it arrived.
repr() shows the class, status and message only.

Pickling and ``copy.copy``/``copy.deepcopy`` keep the class, args, message and the plain
data (status_code, code, body, headers, request_id, generation_id, kind, sent, retry_after,
...), but not ``request`` and ``response``: those httpx objects carry the request headers
(the API key), so the copy has None there.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Any, Final, Literal, cast

import httpx

from openrouter_ext._errors import envelope as env
from openrouter_ext._errors.envelope import parse_error_body
from openrouter_ext._errors.ratelimit import is_daily_quota, retry_after_seconds

__all__ = [
    "APIConnectionError", "APIStatusError", "APITimeoutError", "AuthenticationError",
    "BadRequestError", "BudgetExceededError", "ConflictError", "IncompleteStreamError",
    "InsufficientCreditsError", "ManagementKeyRequiredError", "NotFoundError", "OpenRouterError",
    "PayloadTooLargeError",
    "PermissionDeniedError", "RateLimitError", "RequestTimeoutError", "ResponseValidationError",
    "ResponseTooLargeError", "ServerError", "StreamError", "TimeoutKind",
    "UnprocessableEntityError",
    "connection_error_from_httpx", "error_from_envelope", "error_from_response",
    "parse_error_body", "stream_error_from_event",
]  # fmt: skip

TimeoutKind = Literal["connect", "read", "write", "pool", "deadline", "stream_idle"]

_PHRASES: Final = {524: "Edge Network Timeout", 529: "Provider Overloaded"}
# Attributes holding live httpx objects (with the request's headers): never pickled or copied.
_LIVE: Final[AbstractSet[str]] = frozenset({"request", "response"})


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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle (and copy) the class, args and plain data; ``request``/``response`` as None."""
        state = {k: None if k in _LIVE else v for k, v in vars(self).items()}
        return _rebuild, (type(self), self.args), state


def _rebuild(cls: type[OpenRouterError], args: tuple[Any, ...]) -> OpenRouterError:
    """Recreate a pickled error without calling its __init__ (the state follows)."""
    error = cls.__new__(cls)
    error.args = args
    return error


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
        super().__init__(env.scrub(message, request) + env.where(request))
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
    """Fields shared by HTTP errors and in-band stream errors."""

    code: int | str | None
    message: str
    metadata: dict[str, Any]
    error_type: str | None
    provider_name: str | None

    def _read_envelope(self, error: Mapping[str, Any], body: Any) -> None:
        """Set code, message, metadata, error_type and provider_name from a scrubbed error."""
        code, message = error.get("code"), error.get("message")
        self.code = code if isinstance(code, (int, str)) and not isinstance(code, bool) else None
        self.message = message if isinstance(message, str) else ""
        self.metadata = env.mapping(error.get("metadata"))
        body_type = env.mapping(body).get("error_type")
        types = (self.metadata.get("error_type"), error.get("error_type"), body_type)
        self.error_type = next((t for t in types if isinstance(t, str)), None)
        provider = self.metadata.get("provider_name")
        self.provider_name = provider if isinstance(provider, str) else None

    def _describe(self, head: str, request: httpx.Request | None) -> str:
        """Return 'head: message (provider: X)', scrubbed."""
        text = f"{head}: {self.message}" if self.message else head
        text += f" (provider: {self.provider_name})" if self.provider_name else ""
        return env.scrub(text, request)


class APIStatusError(_EnvelopeFields, OpenRouterError):
    """The API answered with an error status (or an error envelope in place of a result).

    ``message`` is the API's own message, or a body snippet (500 characters at most) when
    the body has none. ``inner_status`` is a different status the envelope carries (its
    ``code`` or ``http_status``, ``metadata.raw``'s code or status, ``metadata.provider_code``),
    e.g. a 400 wrapping a provider's 502. The class still follows the outer status
    (``BadRequestError`` for that 400); the retry policy reads ``inner_status``.
    """

    def __init__(
        self, *, status_code: int, error: Mapping[str, Any], body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:  # fmt: skip
        request = env.request_of(response)
        error, body = env.scrub_data(error, request), env.scrub_data(body, request)
        self._read_envelope(error, body)
        self.status_code = status_code
        self.body = body
        self.response = response
        self.headers = (
            env.scrub_headers(response.headers, request) if response is not None
            else httpx.Headers()
        )  # fmt: skip
        # raw is parsed after the scrub: scrub again what its JSON escapes may have hidden
        self.raw: Any = env.scrub_data(env.parse_raw(self.metadata.get("raw")), request)
        availability = error.get("availability")
        self.availability: dict[str, Any] | None = (
            dict(cast("Mapping[str, Any]", availability))
            if isinstance(availability, Mapping)
            else None
        )
        retryable = (self.availability or {}).get("retryable")
        self.retryable = retryable if isinstance(retryable, bool) else None
        self.inner_status = env.inner_status(error, self.raw, status_code)
        fields = env.mapping(body)
        request_id = self.headers.get("x-request-id") or fields.get("request_id")
        self.request_id = request_id if isinstance(request_id, str) else None
        gen_request_id = self.request_id if (self.request_id or "").startswith("gen-") else None
        ids = (self.headers.get("x-generation-id"), fields.get("id"), gen_request_id)
        self.generation_id = next((i for i in ids if isinstance(i, str) and i), None)
        self.message = env.scrub(self.message or env.snippet(body), request)
        phrase = httpx.codes.get_reason_phrase(status_code) or _PHRASES.get(status_code, "")
        Exception.__init__(self, self._describe(f"{status_code} {phrase}".strip(), request))
        self._read_details()

    def _read_details(self) -> None:
        """Set the attributes a subclass adds (none here)."""


class BadRequestError(APIStatusError):
    """400: the request is invalid (parameters, model id, context length, content policy)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or disabled."""


class InsufficientCreditsError(APIStatusError):
    """402: the account or the key has no credits left."""


class PermissionDeniedError(APIStatusError):
    """403: not allowed (key permissions, region, moderation flag, guardrail block)."""

    def _read_details(self) -> None:
        reasons, patterns = self.metadata.get("reasons"), self.metadata.get("patterns")
        self.reasons = (
            [str(r) for r in cast("list[object]", reasons)] if isinstance(reasons, list) else []
        )
        self.patterns = (
            [str(p) for p in cast("list[object]", patterns)] if isinstance(patterns, list) else []
        )
        flagged = self.metadata.get("flagged_input")
        self.flagged_input = flagged if isinstance(flagged, str) else None


class ManagementKeyRequiredError(PermissionDeniedError, AuthenticationError):
    """401/403 on an operation that needs a management (provisioning) key.

    Both ``except PermissionDeniedError`` and ``except AuthenticationError`` catch it. The
    message says which key the operation needs; ``management_key_sent`` says whether the
    client had one to send (``OpenRouter(management_key=...)`` or
    ``$OPENROUTER_MANAGEMENT_KEY``): when it did, the key itself was refused.
    """

    management_key_sent: bool = False


_MANAGEMENT_HINT: Final = (
    "this operation needs a management key: pass OpenRouter(management_key=...) or set "
    "OPENROUTER_MANAGEMENT_KEY"
)
_MANAGEMENT_REFUSED: Final = "this operation needs a management key, and the one sent was refused"


class NotFoundError(APIStatusError):
    """404: the resource or model does not exist, or no endpoint can serve it."""


class RequestTimeoutError(APIStatusError):
    """408: the server timed out waiting for the request."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of a resource."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: rate limited; ``retry_after`` (seconds or None) and ``daily_quota`` describe it.

    ``retry_after`` is ``retry_after_seconds()`` of the headers and body as of when the error
    was built. ``daily_quota`` is a heuristic (``_ratelimit.is_daily_quota``): the text names
    a per-day limit (free models), or a platform 429 resets more than an hour away.
    """

    def _read_details(self) -> None:
        self.retry_after = retry_after_seconds(
            self.headers, metadata=self.metadata, availability=self.availability
        )
        raw_text = self.raw if isinstance(self.raw, str) else json.dumps(self.raw, default=str)
        self.daily_quota = is_daily_quota((self.message, raw_text), self.headers)


class ServerError(APIStatusError):
    """5xx: OpenRouter or the provider failed (500, 502, 503, 504, 524, 529, ...)."""


class StreamError(_EnvelopeFields, OpenRouterError):
    """An error event arrived in the stream after content; ``partial_response`` holds that."""

    def __init__(
        self, *, error: Mapping[str, Any], partial_response: Any = None,
        generation_id: str | None = None,
    ) -> None:  # fmt: skip
        self._read_envelope(env.scrub_data(error, None), None)
        self.partial_response = partial_response
        self.generation_id = generation_id
        head = "Stream error" if self.code is None else f"Stream error {self.code}"
        Exception.__init__(self, self._describe(head, None))
        self.message = env.scrub(self.message, None) or self.args[0]


class IncompleteStreamError(StreamError):
    """The stream ended or broke before ``[DONE]`` or a finish reason."""


class ResponseValidationError(OpenRouterError):
    """A 2xx body did not fit the generated model; ``body`` holds it (parsed, text or bytes)."""

    def __init__(self, message: str, *, body: Any, response: httpx.Response | None = None) -> None:
        request = env.request_of(response)
        super().__init__(env.scrub(message, request))
        self.body = env.scrub_data(body, request)
        self.response = response


class ResponseTooLargeError(OpenRouterError):
    """A response body (or one stream event) passed ``max_response_bytes`` (decoded bytes).

    The connection is closed and nothing of the body is kept; never retried (the same body
    would come again). ``limit`` is the limit in bytes, ``status_code`` the response's.
    """

    def __init__(self, *, limit: int, status_code: int | None, what: str = "response body") -> None:
        super().__init__(
            f"the {what} passed max_response_bytes={limit} (decoded); the connection was closed"
        )
        self.limit = limit
        self.status_code = status_code


class BudgetExceededError(OpenRouterError):
    """A request would spend more than the remaining budget (USD, as Decimal)."""

    def __init__(self, *, requested: Decimal, remaining: Decimal) -> None:
        super().__init__(f"Budget exceeded: requested ${requested}, remaining ${remaining}")
        self.requested = requested
        self.remaining = remaining


_STATUS_CLASSES: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError, 401: AuthenticationError, 402: InsufficientCreditsError,
    403: PermissionDeniedError, 404: NotFoundError, 408: RequestTimeoutError,
    409: ConflictError, 413: PayloadTooLargeError, 422: UnprocessableEntityError,
    429: RateLimitError,
}  # fmt: skip
# Most specific first; the first isinstance match gives (timeout kind or None, sent).
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


def error_from_response(
    response: httpx.Response, *, body: bytes | None = None, management: bool | None = None
) -> APIStatusError:
    """Build the error for a non-2xx response.

    The class comes from the HTTP status: the table for 400-429, ``ServerError`` for any
    5xx, plain ``APIStatusError`` otherwise. A 400 wrapping a transient status stays a
    ``BadRequestError`` and exposes it as ``inner_status``. ``str()`` reads
    ``"429 Too Many Requests: <API message> (provider: X)"``.

    Args:
        response: the response; its body is ``body`` or, once read, ``response.content``.
        body: the body bytes, for a streamed response the caller has read.
        management: for an operation that needs a management key, whether one was sent
            (None for other operations): its 401 or 403 is a ``ManagementKeyRequiredError``
            whose message says which key is needed.

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
    if management is not None and status in (401, 403):
        err = ManagementKeyRequiredError(
            status_code=status, error=error, body=parsed, response=response
        )
        err.management_key_sent = management
        hint = _MANAGEMENT_REFUSED if management else _MANAGEMENT_HINT
        err.args = (f"{err.args[0]} ({hint})",)
        return err
    return _class_for(status)(status_code=status, error=error, body=parsed, response=response)


def error_from_envelope(
    envelope: Mapping[str, Any], *, status_code: int | None, response: httpx.Response | None
) -> APIStatusError:
    """Build the error for an error envelope in a 2xx body or before a stream's content.

    The status (and class) comes from the envelope's own ``code`` (a 502 code gives a
    ``ServerError`` whose ``status_code`` is 502 though the response said 200), else from its
    ``error_type`` (docs mapping, e.g. ``provider_overloaded`` → 503), else ``status_code``
    when that is an error status, else 500.

    Args:
        envelope: the body (``{"error": {...}, ...}``) or the error object itself.
        status_code: the fallback status, usually the response's.
        response: the response the envelope came in, if any.

    Returns:
        The error, for the caller to raise.

    """
    error = env.error_object(envelope) or dict(envelope)
    status = env.envelope_status(error, status_code)
    body = dict(envelope)
    return _class_for(status)(status_code=status, error=error, body=body, response=response)


def stream_error_from_event(
    error: Mapping[str, Any], *, partial_response: Any, generation_id: str | None,
    incomplete: bool = False,
) -> StreamError:  # fmt: skip
    """Build the error for an in-band stream error event (after content) or a broken stream.

    Args:
        error: the event's error object, or the whole chunk holding it under ``error``.
        partial_response: what was accumulated so far (usually the partial result).
        generation_id: the stream's generation id, if known.
        incomplete: build an ``IncompleteStreamError`` (the stream ended before ``[DONE]``).

    Returns:
        The error, for the caller to raise.

    """
    cls = IncompleteStreamError if incomplete else StreamError
    error = env.error_object(error) or dict(error)
    return cls(error=error, partial_response=partial_response, generation_id=generation_id)


def connection_error_from_httpx(
    exc: httpx.TransportError, request: httpx.Request | None
) -> APIConnectionError:
    """Build the error for an httpx transport failure; raise it with ``from exc``.

    Timeouts give ``APITimeoutError`` with ``kind``. ``sent`` is False for connect errors
    and timeouts, pool timeouts, unsupported protocols, proxy errors and failed writes (a
    request that failed while being written cannot have started a generation: the server
    starts only after the full body), True for reads, remote protocol errors and the rest.

    Args:
        exc: the httpx error.
        request: the request that failed; ``exc.request`` (when set) if None.

    Returns:
        The error, with ``__cause__`` already set to ``exc``.

    """
    if request is None:
        try:
            request = exc.request
        except RuntimeError:
            request = None
    kind: TimeoutKind | None = None
    sent = True
    for cls, cls_kind, cls_sent in _TRANSPORT:  # the last entry, TransportError, always matches
        # each cls is a subclass; pyright sees only their common base, so calls this unneeded
        if isinstance(exc, cls):  # pyright: ignore[reportUnnecessaryIsInstance]
            kind, sent = cls_kind, cls_sent
            break
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
