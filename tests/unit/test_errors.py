"""Tests for openrouter_ext._errors: body parsing, status mapping, envelopes, transport."""

from __future__ import annotations

import copy
import json
import pickle
import time
from decimal import Decimal
from email.utils import formatdate
from typing import Any

import httpx
import pytest

from openrouter_ext._errors import tree as _errors
from openrouter_ext._errors.envelope import SNIPPET_CHARS
from openrouter_ext._errors.tree import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    IncompleteStreamError,
    InsufficientCreditsError,
    NotFoundError,
    OpenRouterError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseValidationError,
    ServerError,
    StreamError,
    UnprocessableEntityError,
    connection_error_from_httpx,
    error_from_envelope,
    error_from_response,
    parse_error_body,
    stream_error_from_event,
)

KEY = "sk-or-v1-SECRETSECRETSECRET0123456789abcdef"
APP_TITLE = "my-private-app-title"
URL = "https://openrouter.ai/api/v1/chat/completions"


def make_request(url: str = URL) -> httpx.Request:
    return httpx.Request(
        "POST",
        url,
        headers={"Authorization": f"Bearer {KEY}", "X-Title": APP_TITLE},
        json={"model": "openai/gpt-4o-mini"},
    )


def make_response(
    status: int,
    body: Any = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    if content is None:
        content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, headers=headers, content=content, request=make_request())


def envelope(code: Any = None, message: str = "boom", **metadata: Any) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message}
    if code is not None:
        error["code"] = code
    if metadata:
        error["metadata"] = metadata
    return {"error": error}


# --- parse_error_body ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected_error", "expected_body"),
    [
        pytest.param(
            b'{"error": {"code": 429, "message": "Rate limit exceeded"}}',
            {"code": 429, "message": "Rate limit exceeded"},
            {"error": {"code": 429, "message": "Rate limit exceeded"}},
            id="with-code",
        ),
        pytest.param(
            '{"error": {"message": "no code"}}',
            {"message": "no code"},
            {"error": {"message": "no code"}},
            id="without-code-str-input",
        ),
        pytest.param(
            b'{"error": {"code": "server_error", "message": "m"}}',
            {"code": "server_error", "message": "m"},
            {"error": {"code": "server_error", "message": "m"}},
            id="string-code",
        ),
        pytest.param(
            b'{"error": "Unauthorized"}',
            {"message": "Unauthorized"},
            {"error": "Unauthorized"},
            id="error-string",
        ),
        pytest.param(
            b'{"message": "No endpoints", "error_type": "not_found", "http_status": 404}',
            {"message": "No endpoints", "error_type": "not_found", "http_status": 404},
            {"message": "No endpoints", "error_type": "not_found", "http_status": 404},
            id="availability-shape-top-level",
        ),
        pytest.param(
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            {},
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
            id="html",
        ),
        pytest.param(b"", {}, None, id="empty-bytes"),
        pytest.param("  \n", {}, None, id="whitespace"),
        pytest.param(None, {}, None, id="none"),
        pytest.param(b"[1, 2]", {}, [1, 2], id="json-list"),
        pytest.param(b'{"ok": true}', {}, {"ok": True}, id="json-without-error"),
        pytest.param(b'{"error": 42}', {}, {"error": 42}, id="error-not-object"),
        pytest.param(b"\xff\xfe oops", {}, "\ufffd\ufffd oops", id="invalid-utf8"),
    ],
)
def test_parse_error_body(content: Any, expected_error: Any, expected_body: Any) -> None:
    assert parse_error_body(content) == (expected_error, expected_body)


def test_parse_error_body_never_raises_on_deep_nesting() -> None:
    deep = "[" * 100_000
    assert parse_error_body(deep) == ({}, deep)


def test_parse_error_body_returns_a_copy() -> None:
    error, body = parse_error_body(b'{"error": {"message": "m"}}')
    error["message"] = "changed"
    assert body["error"]["message"] == "m"


# --- error_from_response: status → class ---------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, InsufficientCreditsError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (408, RequestTimeoutError),
        (409, ConflictError),
        (413, PayloadTooLargeError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (524, ServerError),
        (529, ServerError),
        (599, ServerError),
        (410, APIStatusError),
        (412, APIStatusError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = error_from_response(make_response(status, envelope(status, "m")))
    assert type(error) is cls
    assert error.status_code == status
    assert isinstance(error, OpenRouterError)


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (429, envelope(429, "Rate limit exceeded"), "429 Too Many Requests: Rate limit exceeded"),
        (
            502,
            envelope(502, "Provider returned error", provider_name="OpenAI"),
            "502 Bad Gateway: Provider returned error (provider: OpenAI)",
        ),
        (524, envelope(524, "timeout"), "524 Edge Network Timeout: timeout"),
        (529, envelope(529, "overloaded"), "529 Provider Overloaded: overloaded"),
        (599, envelope(599, "odd"), "599: odd"),
        (502, None, "502 Bad Gateway"),
    ],
)
def test_str_format(status: int, body: Any, expected: str) -> None:
    error = error_from_response(make_response(status, body))
    assert str(error) == expected
    assert error.args == (expected,)


def test_html_body_gives_a_short_snippet() -> None:
    html = "<html><head><title>Bad gateway</title></head><body>" + "x" * 2000 + "</body></html>"
    error = error_from_response(make_response(502, content=html.encode()))
    assert error.body == html
    assert error.message.startswith("Bad gateway x")
    assert len(error.message) == SNIPPET_CHARS
    assert error.message.endswith("…")
    assert "<" not in str(error)
    assert error.code is None
    assert error.metadata == {}


def test_json_body_without_message_uses_the_json_as_snippet() -> None:
    error = error_from_response(make_response(500, {"detail": "upstream"}))
    assert error.message == '{"detail": "upstream"}'
    assert str(error) == '500 Internal Server Error: {"detail": "upstream"}'


def test_empty_body() -> None:
    error = error_from_response(make_response(503))
    assert error.message == ""
    assert error.body is None
    assert str(error) == "503 Service Unavailable"


def test_body_argument_for_an_unread_streamed_response() -> None:
    response = httpx.Response(
        429, stream=httpx.ByteStream(b"ignored"), request=make_request(), headers={}
    )
    error = error_from_response(response, body=json.dumps(envelope(429, "slow down")).encode())
    assert error.message == "slow down"


def test_unread_streamed_response_without_body_does_not_raise() -> None:
    response = httpx.Response(500, stream=httpx.ByteStream(b"{}"), request=make_request())
    error = error_from_response(response)
    assert error.message == ""
    assert error.body is None


def test_response_without_request() -> None:
    error = error_from_response(httpx.Response(500, content=b'{"error": {"message": "m"}}'))
    assert str(error) == "500 Internal Server Error: m"


# --- error_from_response: fields ----------------------------------------------------------


def test_fields_from_a_provider_error() -> None:
    raw = json.dumps({"error": {"code": 429, "message": "upstream slow", "status": "RESOURCE"}})
    body = {
        "error": {
            "code": 429,
            "message": "Provider returned error",
            "metadata": {
                "provider_name": "Google",
                "raw": raw,
                "error_type": "rate_limit_exceeded",
            },
        },
        "user_id": "user_1",
    }
    error = error_from_response(
        make_response(429, body, headers={"x-generation-id": "gen-123", "x-request-id": "req-9"})
    )
    assert isinstance(error, RateLimitError)
    assert error.code == 429
    assert error.message == "Provider returned error"
    assert error.provider_name == "Google"
    assert error.error_type == "rate_limit_exceeded"
    assert error.raw == {"error": {"code": 429, "message": "upstream slow", "status": "RESOURCE"}}
    assert error.metadata["raw"] == raw
    assert error.availability is None
    assert error.retryable is None
    assert error.inner_status is None
    assert error.generation_id == "gen-123"
    assert error.request_id == "req-9"
    assert error.body == body
    assert error.headers["x-request-id"] == "req-9"
    assert error.response is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("not json at all", "not json at all"),
        ({"already": "parsed"}, {"already": "parsed"}),
        ('"a json string"', "a json string"),
        (None, None),
    ],
)
def test_raw_parsed_only_when_json_string(raw: Any, expected: Any) -> None:
    error = error_from_response(make_response(502, envelope(502, raw=raw)))
    assert error.raw == expected


def test_availability_shape_without_code() -> None:
    body = {
        "error": {
            "message": "Model capacity exhausted",
            "error_type": "rate_limit_exceeded",
            "http_status": 429,
            "availability": {"code": "capacity_exhausted", "retryable": True, "retry_after": 7},
            "metadata": {},
        }
    }
    error = error_from_response(make_response(429, body))
    assert isinstance(error, RateLimitError)
    assert error.code is None
    assert error.error_type == "rate_limit_exceeded"
    assert error.availability == {
        "code": "capacity_exhausted",
        "retryable": True,
        "retry_after": 7,
    }
    assert error.retryable is True
    assert error.retry_after == 7.0
    assert error.inner_status is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": {"message": "m", "availability": {"retryable": False}}}, False),
        ({"error": {"message": "m", "availability": {"retryable": "yes"}}}, None),
        ({"error": {"message": "m", "availability": "weird"}}, None),
    ],
)
def test_retryable(body: Any, expected: bool | None) -> None:
    assert error_from_response(make_response(503, body)).retryable is expected


def test_error_type_from_body_top_level() -> None:
    body = {"error": {"code": "server_error", "message": "m"}, "error_type": "server"}
    error = error_from_response(make_response(500, body))
    assert error.error_type == "server"
    assert error.code == "server_error"


@pytest.mark.parametrize("code", [True, 1.5, ["x"]])
def test_odd_code_types_are_dropped(code: Any) -> None:
    error = error_from_response(make_response(500, {"error": {"code": code, "message": 3}}))
    assert error.code is None
    assert error.message == json.dumps({"error": {"code": code, "message": 3}})


@pytest.mark.parametrize(
    ("status", "body", "inner"),
    [
        (400, envelope(502), 502),
        (400, envelope("503"), 503),
        (400, envelope(400, raw=json.dumps({"error": {"code": 503, "message": "x"}})), 503),
        (400, envelope(400, raw={"status": 429}), 429),
        (400, envelope(400, raw={"code": "overloaded"}), None),
        (400, envelope(400, provider_code="502"), 502),
        (400, envelope(400, provider_code="rate_limit"), None),
        (400, {"error": {"message": "m", "http_status": 503}}, 503),
        (400, envelope(400), None),
        (400, envelope(9999), None),
        (500, envelope(500), None),
    ],
)
def test_inner_status(status: int, body: Any, inner: int | None) -> None:
    error = error_from_response(make_response(status, body))
    assert error.inner_status == inner
    assert type(error) is (BadRequestError if status == 400 else ServerError)


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"X-Generation-Id": "gen-h"}, {"id": "gen-b", "error": {"message": "m"}}, "gen-h"),
        ({}, {"id": "gen-b", "error": {"message": "m"}}, "gen-b"),
        ({}, {"request_id": "gen-r", "error": {"message": "m"}}, "gen-r"),
        ({}, {"request_id": "req-1", "error": {"message": "m"}}, None),
        ({}, {"request_id": None, "error": {"message": "m"}}, None),
        ({}, {"id": 7, "error": {"message": "m"}}, None),
    ],
)
def test_generation_id(headers: dict[str, str], body: Any, expected: str | None) -> None:
    assert error_from_response(make_response(500, body, headers=headers)).generation_id == expected


def test_request_id_from_body() -> None:
    body = {"type": "error", "error": {"type": "x", "message": "m"}, "request_id": "gen-a1"}
    error = error_from_response(make_response(400, body))
    assert error.request_id == "gen-a1"
    assert error.generation_id == "gen-a1"


def test_permission_denied_details() -> None:
    body = envelope(
        403,
        "Input flagged",
        reasons=["violence", 3],
        flagged_input="some…text",
        patterns=["ignore previous"],
        provider_name="Moderation",
    )
    error = error_from_response(make_response(403, body))
    assert isinstance(error, PermissionDeniedError)
    assert error.reasons == ["violence", "3"]
    assert error.flagged_input == "some…text"
    assert error.patterns == ["ignore previous"]


def test_permission_denied_defaults() -> None:
    error = error_from_response(make_response(403, envelope(403)))
    assert isinstance(error, PermissionDeniedError)
    assert (error.reasons, error.patterns, error.flagged_input) == ([], [], None)


# --- RateLimitError -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "body", "retry_after", "daily"),
    [
        ({"Retry-After": "1"}, envelope(429, "Rate limit exceeded"), 1.0, False),
        ({"retry-after-ms": "1500"}, envelope(429), 1.5, False),
        ({}, envelope(429, retry_after_seconds=12), 12.0, False),
        ({}, envelope(429), None, False),
        (
            {},
            envelope(429, "Rate limit exceeded: free-models-per-day. Add 10 credits"),
            None,
            True,
        ),
        ({}, envelope(429, "limit of 50 requests per day"), None, True),
        ({}, envelope(429, "Provider returned error", raw="Daily quota exhausted"), None, True),
        ({}, envelope(429, raw={"error": {"message": "quota per-day"}}), None, True),
        (
            {"X-RateLimit-Limit": "50", "X-RateLimit-Reset": "NOW_MS+7200"},
            envelope(429),
            pytest.approx(7200, abs=5),
            True,
        ),
        (
            {"X-RateLimit-Limit": "20", "X-RateLimit-Reset": "NOW_MS+30"},
            envelope(429),
            pytest.approx(30, abs=5),
            False,
        ),
        ({"X-RateLimit-Reset": "7200"}, envelope(429), 7200.0, False),
    ],
)
def test_rate_limit_error(
    headers: dict[str, str], body: Any, retry_after: Any, daily: bool
) -> None:
    # epoch-millisecond resets are computed when the test runs, not when it is collected
    headers = {
        k: str(int((time.time() + float(v[7:])) * 1000)) if v.startswith("NOW_MS+") else v
        for k, v in headers.items()
    }
    error = error_from_response(make_response(429, body, headers=headers))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == retry_after
    assert error.daily_quota is daily


def test_rate_limit_retry_after_http_date() -> None:
    date = formatdate(time.time() + 30, usegmt=True)
    error = error_from_response(make_response(429, envelope(429), headers={"Retry-After": date}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == pytest.approx(30, abs=2)


# --- error_from_envelope ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("envelope_body", "status_code", "cls", "status"),
    [
        (envelope(502, "Provider down"), 200, ServerError, 502),
        (envelope("429"), 200, RateLimitError, 429),
        (envelope("server_error"), 200, ServerError, 500),
        (envelope(None, error_type="provider_overloaded"), 200, ServerError, 503),
        (
            {"error": {"message": "m", "error_type": "authentication"}},
            None,
            AuthenticationError,
            401,
        ),
        (envelope("weird_code"), 200, ServerError, 500),
        (envelope(None), 429, RateLimitError, 429),
        (envelope(None), None, ServerError, 500),
        ({"code": 400, "message": "bare error object"}, 200, BadRequestError, 400),
    ],
)
def test_error_from_envelope(
    envelope_body: dict[str, Any], status_code: int | None, cls: type[APIStatusError], status: int
) -> None:
    response = make_response(200, envelope_body, headers={"X-Generation-Id": "gen-200"})
    error = error_from_envelope(envelope_body, status_code=status_code, response=response)
    assert type(error) is cls
    assert error.status_code == status
    assert error.generation_id == "gen-200"
    assert error.body == envelope_body


def test_error_from_envelope_without_response() -> None:
    error = error_from_envelope(
        {"id": "gen-x", **envelope(503, "overloaded")}, status_code=None, response=None
    )
    assert isinstance(error, ServerError)
    assert error.response is None
    assert error.headers == httpx.Headers()
    assert error.generation_id == "gen-x"
    assert str(error) == "503 Service Unavailable: overloaded"


# --- stream errors ------------------------------------------------------------------------


def test_stream_error_from_chunk() -> None:
    chunk = {
        "id": "gen-s",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "error"}],
        "error": {
            "code": 502,
            "message": "Provider disconnected",
            "metadata": {"error_type": "provider_unavailable", "provider_name": "Groq"},
        },
    }
    partial = {"content": "Hello"}
    error = stream_error_from_event(chunk, partial_response=partial, generation_id="gen-s")
    assert type(error) is StreamError
    assert error.code == 502
    assert error.message == "Provider disconnected"
    assert error.error_type == "provider_unavailable"
    assert error.provider_name == "Groq"
    assert error.partial_response is partial
    assert error.generation_id == "gen-s"
    assert str(error) == "Stream error 502: Provider disconnected (provider: Groq)"
    assert repr(error) == "StreamError(message='Provider disconnected')"


def test_stream_error_string_code_and_error_object() -> None:
    error = stream_error_from_event(
        {"code": "server_error", "message": "Internal"}, partial_response=None, generation_id=None
    )
    assert error.code == "server_error"
    assert str(error) == "Stream error server_error: Internal"
    assert error.metadata == {}


def test_incomplete_stream_error() -> None:
    error = stream_error_from_event(
        {}, partial_response="partial", generation_id="gen-i", incomplete=True
    )
    assert type(error) is IncompleteStreamError
    assert isinstance(error, StreamError)
    assert error.code is None
    assert str(error) == "Stream error"
    assert error.message == "Stream error"
    assert error.partial_response == "partial"


# --- connection errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc_type", "cls", "kind", "sent"),
    [
        (httpx.ConnectTimeout, APITimeoutError, "connect", False),
        (httpx.PoolTimeout, APITimeoutError, "pool", False),
        (httpx.WriteTimeout, APITimeoutError, "write", False),
        (httpx.ReadTimeout, APITimeoutError, "read", True),
        (httpx.TimeoutException, APITimeoutError, "read", True),
        (httpx.ConnectError, APIConnectionError, None, False),
        (httpx.WriteError, APIConnectionError, None, False),
        (httpx.UnsupportedProtocol, APIConnectionError, None, False),
        (httpx.ProxyError, APIConnectionError, None, False),
        (httpx.ReadError, APIConnectionError, None, True),
        (httpx.RemoteProtocolError, APIConnectionError, None, True),
        (httpx.LocalProtocolError, APIConnectionError, None, True),
        (httpx.CloseError, APIConnectionError, None, True),
    ],
)
def test_connection_error_mapping(
    exc_type: type[httpx.TransportError],
    cls: type[APIConnectionError],
    kind: str | None,
    sent: bool,
) -> None:
    request = make_request()
    exc = exc_type("boom", request=request)
    error = connection_error_from_httpx(exc, request)
    assert type(error) is cls
    assert error.sent is sent
    assert error.request is request
    assert error.__cause__ is exc
    assert error.__suppress_context__ is True
    assert getattr(error, "kind", None) == kind
    assert f"POST {URL}" in str(error)
    assert type(exc).__name__ in str(error)


def test_connection_error_takes_request_from_exception() -> None:
    request = make_request()
    error = connection_error_from_httpx(httpx.ConnectError("refused", request=request), None)
    assert error.request is request
    assert str(error) == f"Connection error: ConnectError: refused (POST {URL})"


def test_connection_error_without_any_request() -> None:
    error = connection_error_from_httpx(httpx.ReadTimeout(""), None)
    assert isinstance(error, APITimeoutError)
    assert error.request is None
    assert str(error) == "Request timed out (read): ReadTimeout"
    assert repr(error) == "APITimeoutError(message='Request timed out (read): ReadTimeout')"


def test_raise_from_keeps_the_cause() -> None:
    exc = httpx.ConnectError("refused")
    with pytest.raises(APIConnectionError) as info:
        raise connection_error_from_httpx(exc, None) from exc
    assert info.value.__cause__ is exc


def test_constructors_defaults() -> None:
    assert str(APIConnectionError()) == "Connection error"
    assert APIConnectionError().sent is True
    timeout = APITimeoutError(kind="deadline", sent=False)
    assert (str(timeout), timeout.kind, timeout.sent) == ("Request timed out", "deadline", False)


# --- other errors -------------------------------------------------------------------------


def test_response_validation_error() -> None:
    response = make_response(200, {"id": 1})
    error = ResponseValidationError(
        "ChatResult: 'choices' missing", body={"id": 1}, response=response
    )
    assert str(error) == "ChatResult: 'choices' missing"
    assert error.body == {"id": 1}
    assert error.response is response
    assert repr(error) == "ResponseValidationError(message=\"ChatResult: 'choices' missing\")"


def test_budget_exceeded_error() -> None:
    error = BudgetExceededError(requested=Decimal("0.50"), remaining=Decimal("0.10"))
    assert error.requested == Decimal("0.50")
    assert error.remaining == Decimal("0.10")
    assert str(error) == "Budget exceeded: requested $0.50, remaining $0.10"


def test_repr_shows_class_status_and_message_only() -> None:
    error = error_from_response(
        make_response(429, envelope(429, "Rate limit exceeded"), headers={"x-a": "b"})
    )
    assert repr(error) == "RateLimitError(status_code=429, message='Rate limit exceeded')"


@pytest.mark.parametrize(
    ("cls", "base"),
    [
        (APITimeoutError, APIConnectionError),
        (APIConnectionError, OpenRouterError),
        (RateLimitError, APIStatusError),
        (ServerError, APIStatusError),
        (APIStatusError, OpenRouterError),
        (IncompleteStreamError, StreamError),
        (StreamError, OpenRouterError),
        (ResponseValidationError, OpenRouterError),
        (BudgetExceededError, OpenRouterError),
        (OpenRouterError, Exception),
    ],
)
def test_tree(cls: type[BaseException], base: type[BaseException]) -> None:
    assert issubclass(cls, base)


# --- secrets ------------------------------------------------------------------------------


def _texts(error: BaseException) -> str:
    return " ".join([str(error), repr(error), *map(str, error.args)])


def _assert_clean(error: BaseException) -> None:
    text = _texts(error)
    assert KEY not in text
    assert "sk-or-" not in text
    assert APP_TITLE not in text
    assert "SECRETSECRET" not in text


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 408, 409, 413, 422, 429, 500, 502])
def test_status_errors_never_show_request_headers(status: int) -> None:
    echo = (
        f"<html><pre>Authorization: Bearer {KEY}\nX-Title: {APP_TITLE}\n"
        f"Authorization: {KEY}</pre></html>"
    )
    _assert_clean(error_from_response(make_response(status, content=echo.encode())))
    leaky = envelope(status, f"Invalid key {KEY} for app {APP_TITLE}", provider_name="P")
    _assert_clean(error_from_response(make_response(status, leaky)))


def test_envelope_and_stream_errors_scrub_keys() -> None:
    body = envelope(502, f"bad bearer Bearer abc.def-ghi and {KEY}")
    _assert_clean(error_from_envelope(body, status_code=200, response=make_response(200, body)))
    event = envelope(502, f"key {KEY}")
    _assert_clean(stream_error_from_event(event, partial_response=None, generation_id=None))


@pytest.mark.parametrize(
    "url",
    [
        f"{URL}?key={KEY}",
        f"{URL}?api_key={KEY}&model=x",
        f"{URL}?TOKEN={KEY}",
        f"https://user:{KEY}@openrouter.ai/api/v1/models",
    ],
)
def test_connection_errors_redact_url_and_headers(url: str) -> None:
    request = make_request(url)
    exc = httpx.ConnectError(f"failed with Authorization: Bearer {KEY} / {APP_TITLE}")
    error = connection_error_from_httpx(exc, request)
    _assert_clean(error)
    assert "POST https://" in str(error)
    assert "[REDACTED]" in str(error)


def test_url_redaction_keeps_other_params() -> None:
    error = connection_error_from_httpx(httpx.ReadError(""), make_request(f"{URL}?model=m&key=k1"))
    assert str(error) == f"Connection error: ReadError (POST {URL}?model=m&key=%5BREDACTED%5D)"


def test_response_validation_error_scrubs() -> None:
    error = ResponseValidationError(f"body had {KEY}", body={}, response=make_response(200, {}))
    _assert_clean(error)


def test_2xx_body_is_scrubbed_at_any_depth_keys_included() -> None:
    deep: Any = KEY
    for _ in range(5000):  # deeper than the recursion limit: the scrub does not recurse
        deep = [deep]
    body = {"id": KEY, KEY: {"nested": [f"Bearer {KEY}", deep]}, "n": 1}
    error = ResponseValidationError("bad", body=body, response=make_response(200, {}))
    assert error.body["id"] == "[REDACTED]"
    assert error.body["[REDACTED]"]["nested"][0] == "[REDACTED]"
    assert error.body["n"] == 1
    leaf = error.body["[REDACTED]"]["nested"][1]
    while isinstance(leaf, list):
        leaf = leaf[0]
    assert leaf == "[REDACTED]"
    assert body["id"] == KEY  # the caller's data is not modified


def test_bytes_body_is_scrubbed_and_other_bytes_kept() -> None:
    error = ResponseValidationError(
        "bad", body=b"\xff{" + KEY.encode() + b"}", response=make_response(200, {})
    )
    assert error.body == b"\xff{[REDACTED]}"


def test_status_error_data_and_headers_are_scrubbed() -> None:
    bare = KEY.removeprefix("sk-or-v1-")  # no sk-or- prefix: only the header value matches
    key = f"raw{bare}"
    request = httpx.Request("POST", URL, headers={"Authorization": f"Bearer {key}"})
    body = envelope(429, f"key {key}", raw=json.dumps({"echo": key}), provider_name=key)
    response = httpx.Response(
        429, json={**body, "user": key}, headers={"x-echo": key, "retry-after": "3"},
        request=request,
    )  # fmt: skip
    error = error_from_response(response)
    assert isinstance(error, RateLimitError)
    assert error.body["user"] == "[REDACTED]"
    assert error.raw == {"echo": "[REDACTED]"}
    assert error.metadata["provider_name"] == "[REDACTED]"
    assert error.headers["x-echo"] == "[REDACTED]"
    assert error.retry_after == 3.0
    assert error.response is response  # the live error keeps the response


# --- pickle and copy ----------------------------------------------------------------------


def _every_error() -> list[_errors.OpenRouterError]:
    request = make_request()
    rate = make_response(
        429, envelope(429, "Rate limit exceeded", provider_name="P"),
        headers={"retry-after": "7", "x-request-id": "req-1", "x-generation-id": "gen-9"},
    )  # fmt: skip
    denied = envelope(403, "Blocked", reasons=["r1"], patterns=["p"], flagged_input="x")
    statuses = [
        error_from_response(make_response(status, envelope(status, f"m{status}")))
        for status in (400, 401, 402, 404, 408, 409, 413, 418, 422, 502)
    ]
    return [
        connection_error_from_httpx(httpx.ConnectError("refused", request=request), None),
        connection_error_from_httpx(httpx.ReadTimeout("slow", request=request), None),
        APITimeoutError("idle", kind="stream_idle", request=request),
        *statuses,
        error_from_response(rate),
        error_from_response(make_response(403, denied)),
        error_from_response(make_response(403, denied), management=False),
        error_from_envelope(envelope(503, "down"), status_code=200, response=None),
        stream_error_from_event(
            envelope(502, "lost", provider_name="P"),
            partial_response={"content": "Hel"},
            generation_id="gen-1",
        ),
        stream_error_from_event(
            {"message": "ended"}, partial_response=None, generation_id=None, incomplete=True
        ),
        ResponseValidationError("bad", body={"id": 1}, response=make_response(200, {"id": 1})),
        BudgetExceededError(requested=Decimal("0.50"), remaining=Decimal("0.10")),
        _errors.ResponseTooLargeError(limit=10, status_code=200),
    ]


def test_every_error_class_round_trips_through_pickle() -> None:
    classes = {
        obj for name in _errors.__all__
        if isinstance(obj := getattr(_errors, name), type) and issubclass(obj, OpenRouterError)
    }  # fmt: skip
    errors = _every_error()
    assert classes - {OpenRouterError} <= {type(e) for e in errors}  # a new class joins the list
    assert [type(pickle.loads(pickle.dumps(e))) for e in errors] == [type(e) for e in errors]


@pytest.mark.parametrize("how", ["pickle", "copy", "deepcopy"])
@pytest.mark.parametrize("error", _every_error(), ids=lambda e: type(e).__name__)
def test_errors_pickle_and_copy_without_request_and_response(
    error: _errors.OpenRouterError, how: str
) -> None:
    if how == "pickle":
        data = pickle.dumps(error)
        assert KEY.encode() not in data
        assert APP_TITLE.encode() not in data
        again = pickle.loads(data)
    else:
        again = copy.copy(error) if how == "copy" else copy.deepcopy(error)
    assert type(again) is type(error)
    assert (str(again), repr(again), again.args) == (str(error), repr(error), error.args)
    for name, value in vars(error).items():
        if name in ("request", "response"):
            assert getattr(again, name) is None
        else:
            assert getattr(again, name) == value, name
    assert pickle.loads(pickle.dumps(again)).args == error.args  # and again
