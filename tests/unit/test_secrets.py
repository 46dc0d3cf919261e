"""The API key never appears in reprs, error text or DEBUG logs (401, 500, timeout, validation)."""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import pickle
import traceback
from typing import Any

import httpx
import pytest

from openrouter_ext import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    OpenRouter,
    OpenRouterError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    StreamError,
)
from openrouter_ext._errors.tree import error_from_envelope, stream_error_from_event
from tests.conftest import TEST_KEY, Api, FakeClock

USER = [{"role": "user", "content": "hi"}]


def scenario_handlers() -> dict[str, Any]:
    def status(code: int) -> Any:
        return lambda r: httpx.Response(
            code,
            json={
                "error": {
                    "code": code,
                    "message": f"echo {r.headers['authorization']}",
                    "metadata": {"raw": r.headers["authorization"]},
                }
            },
        )

    def timeout(r: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("The read operation timed out", request=r)

    return {
        "401": status(401),
        "500": status(500),
        "timeout": timeout,
        "validation": lambda r: httpx.Response(
            200, json={"unexpected": r.headers["authorization"]}
        ),
    }


@pytest.mark.parametrize("scenario", ["401", "500", "timeout", "validation"])
def test_key_never_in_errors_or_debug_logs(
    api: Api,
    scenario: str,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    client = api.client(scenario_handlers()[scenario], max_retries=1, clock=FakeClock())
    with pytest.raises(OpenRouterError) as info:
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER), client)
    error = info.value
    texts = [
        str(error),
        repr(error),
        "".join(traceback.format_exception(error)),
        repr(client),
        repr(client.options),
        str(client.options),
        repr(client.lowlevel),
        caplog.text,
        *(r.getMessage() for r in caplog.records),
        *map(str, error.args),
    ]
    out = capsys.readouterr()
    texts += [out.out, out.err]
    for text in texts:
        assert TEST_KEY not in text
        assert TEST_KEY[10:30] not in text


# --- a key echoed raw (no sk-or- or Bearer prefix) ----------------------------------------------

RAW_KEY = "abc123longsecretvalue0987654321ZYXWVUTsrqponm"
PARTS = (RAW_KEY, RAW_KEY[:8], RAW_KEY[-8:])
CHUNK = {"id": "gen-e1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
CONTENT = {**CHUNK, "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}]}


def _echo(request: httpx.Request) -> str:
    """The bare key the client sent, as a hostile server would echo it."""
    return request.headers["authorization"].split(" ", 1)[1]


def _sse(*events: str) -> httpx.Response:
    body = "".join(f"data: {e}\n\n" for e in events)
    return httpx.Response(200, text=body, headers={"content-type": "text/event-stream"})


def _strings(value: Any, depth: int = 0) -> list[str]:
    """Every string reachable from value's public data (httpx headers included), not its output."""
    if depth > 50:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (bytes, bytearray)):
        return [bytes(value).decode("latin-1")]
    if isinstance(value, httpx.Headers):
        return [f"{k}: {v}" for k, v in value.multi_items()]
    if isinstance(value, httpx.Request):
        return [str(value.url), *_strings(value.headers)]
    if isinstance(value, httpx.Response):
        found = _strings(value.headers)
        with contextlib.suppress(RuntimeError):  # a response built without a request
            found += _strings(value.request, depth + 1)
        return found
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v, depth + 1))]
    if isinstance(value, (list, tuple, set)):
        return [s for v in value for s in _strings(v, depth + 1)]
    return []


def _data(error: BaseException) -> dict[str, Any]:
    """The error's public attributes, without partial_response (the model's own output)."""
    return {k: v for k, v in vars(error).items() if k != "partial_response"}


def _assert_no_key(error: BaseException) -> None:
    pickled = pickle.dumps(error)
    texts = [str(error), repr(error), *map(str, error.args), *map(repr, error.args)]
    copies = [copy.copy(error), copy.deepcopy(error), pickle.loads(pickled)]
    # the error itself keeps .request/.response (live httpx objects); its other data is scrubbed
    plain = {k: v for k, v in _data(error).items() if k not in ("request", "response")}
    texts += _strings(plain)
    for other in copies:
        texts += [str(other), repr(other), *_strings(_data(other))]
        texts.append(pickle.dumps(other).decode("latin-1"))
    texts.append(pickled.decode("latin-1"))
    for text in texts:
        for part in PARTS:
            assert part not in text
    again = pickle.loads(pickled)
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.args == error.args
    assert getattr(again, "message", None) == getattr(error, "message", None)
    assert getattr(again, "status_code", None) == getattr(error, "status_code", None)


def _status(code: int, **headers: str) -> Any:
    def handler(r: httpx.Request) -> httpx.Response:
        key = _echo(r)
        metadata = {"raw": key, "nested": [{key: key}], "provider_name": key}
        error = {"code": code, "message": f"invalid key {key}", "metadata": metadata}
        return httpx.Response(code, json={"error": error, "user_id": key}, headers=headers)

    return handler


def _timeout(r: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout(f"timed out talking to {_echo(r)}", request=r)


ECHOES: dict[str, tuple[Any, bool, type[OpenRouterError]]] = {
    # name: (handler, stream?, expected error class)
    "401 envelope": (_status(401), False, AuthenticationError),
    "429 envelope and header": (_status(429, **{"x-echo": RAW_KEY}), False, RateLimitError),
    "500 text body": (
        lambda r: httpx.Response(500, text=f"upstream said: {_echo(r)} <b>oops</b>"),
        False,
        ServerError,
    ),
    "502 text body cut at the snippet limit": (
        lambda r: httpx.Response(502, text="x" * 490 + _echo(r) + "y" * 100),
        False,
        ServerError,
    ),
    "error envelope in a 200": (
        lambda r: httpx.Response(200, json={"error": {"code": 502, "message": _echo(r)}}),
        False,
        ServerError,
    ),
    "200 body that fails validation": (
        lambda r: httpx.Response(200, json={"unexpected": _echo(r), _echo(r): [_echo(r)]}),
        False,
        ResponseValidationError,
    ),
    "200 non-JSON body cut at 500 characters": (
        lambda r: httpx.Response(200, text="<html>" + "z" * 485 + _echo(r) + "</html>"),
        False,
        ResponseValidationError,
    ),
    "timeout message": (_timeout, False, APITimeoutError),
    "stream in-band error": (
        lambda r: _sse(
            json.dumps(CONTENT),
            json.dumps(
                {
                    **CHUNK,
                    "choices": [],
                    "error": {
                        "code": 502,
                        "message": f"provider saw {_echo(r)}",
                        "metadata": {"raw": _echo(r)},
                    },
                }
            ),
        ),
        True,
        StreamError,
    ),
    "stream error event before content": (
        lambda r: _sse(json.dumps({"error": {"code": 503, "message": f"no {_echo(r)}"}})),
        True,
        ServerError,
    ),
    "stream data line that is not JSON": (
        lambda r: _sse(json.dumps(CONTENT), f"oops {_echo(r)}"),
        True,
        ResponseValidationError,
    ),
    "stream data line cut at 200 characters": (
        lambda r: _sse(json.dumps(CONTENT), "q" * 190 + _echo(r)),
        True,
        ResponseValidationError,
    ),
    "stream chunk of the wrong shape": (
        lambda r: _sse(json.dumps({**CHUNK, "choices": [], "usage": _echo(r)})),
        True,
        ResponseValidationError,
    ),
    "stream answered with invalid JSON": (
        lambda r: httpx.Response(
            200, content=b"{" + _echo(r).encode(), headers={"content-type": "application/json"}
        ),
        True,
        ResponseValidationError,
    ),
}


@pytest.mark.parametrize("scenario", list(ECHOES))
def test_key_echoed_raw_never_in_error_text_pickle_or_copy(api: Api, scenario: str) -> None:
    handler, stream, cls = ECHOES[scenario]
    client = api.client(handler, api_key=RAW_KEY, max_retries=0)

    def call(c: Any) -> Any:
        if not stream:
            return c.chat.completions.create(model="m", messages=USER)
        s = c.chat.completions.stream(model="m", messages=USER)
        if api.is_async:

            async def run() -> None:
                async with s as opened:
                    async for _ in opened:
                        pass

            return run()
        with s as opened:
            for _ in opened:
                pass
        return None

    with pytest.raises(OpenRouterError) as info:
        api.call(call, client)
    assert type(info.value) is cls
    _assert_no_key(info.value)


def test_key_scrubbed_from_errors_built_without_a_request() -> None:
    with OpenRouter(api_key=RAW_KEY, base_url="https://openrouter.test/api/v1") as client:
        errors: list[OpenRouterError] = [
            stream_error_from_event(
                {"error": {"message": f"echo {RAW_KEY}", "metadata": {"raw": RAW_KEY}}},
                partial_response=None,
                generation_id=None,
            ),
            ResponseValidationError(f"bad {RAW_KEY}", body={"k": [RAW_KEY], RAW_KEY: b"x"}),
            ResponseValidationError("bad bytes", body=b"{" + RAW_KEY.encode()),
            APIConnectionError(f"refused {RAW_KEY}"),
            APITimeoutError(f"slow {RAW_KEY}", kind="stream_idle"),
            error_from_envelope({"error": {"message": RAW_KEY}}, status_code=None, response=None),
        ]
        assert client.options.api_key == RAW_KEY
    for error in errors:
        _assert_no_key(error)
