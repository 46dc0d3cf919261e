"""One validator for every option: constructor, ``with_options`` and per call, before sending.

A bad value raises ``ValueError`` (or ``TypeError`` for a wrong type) that names the option
and never repeats a key, URL or header value, and no request is sent. Every resource method
takes the same per-call knobs, ``deadline`` and ``max_response_bytes`` included.
"""

from __future__ import annotations

import inspect
import math
import re
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from openrouter_ext import AsyncOpenRouter, BadRequestError, OpenRouter
from tests.conftest import TEST_KEY, Api, fixture_json

USER = [{"role": "user", "content": "hi"}]
NAN, INF = math.nan, math.inf

#: (option, bad value, exception) for the options a client, a copy and a call all take
SHARED_BAD: list[tuple[str, Any, type[Exception]]] = [
    ("timeout", 0, ValueError),
    ("timeout", -1.5, ValueError),
    ("timeout", NAN, ValueError),
    ("timeout", INF, ValueError),
    ("timeout", 10**400, ValueError),
    ("timeout", True, TypeError),
    ("timeout", "5", TypeError),
    ("timeout", httpx.Timeout(None), ValueError),
    ("timeout", httpx.Timeout(5.0, read=None), ValueError),
    ("timeout", httpx.Timeout(5.0, connect=NAN), ValueError),
    ("timeout", httpx.Timeout(5.0, pool=-1.0), ValueError),
    ("timeout", httpx.Timeout(5.0, write=INF), ValueError),
    ("max_retries", -1, ValueError),
    ("max_retries", 1.5, TypeError),
    ("max_retries", 2.0, TypeError),
    ("max_retries", True, TypeError),
    ("max_retries", "2", TypeError),
    ("deadline", 0, ValueError),
    ("deadline", -3, ValueError),
    ("deadline", NAN, ValueError),
    ("deadline", INF, ValueError),
    ("deadline", False, TypeError),
    ("deadline", "3", TypeError),
    ("max_response_bytes", 0, ValueError),
    ("max_response_bytes", -5, ValueError),
    ("max_response_bytes", 1.5, TypeError),
    ("max_response_bytes", True, TypeError),
    ("max_response_bytes", "1024", TypeError),
]
IDLE_BAD: list[tuple[str, Any, type[Exception]]] = [
    ("stream_idle_timeout", 0, ValueError),
    ("stream_idle_timeout", -1, ValueError),
    ("stream_idle_timeout", NAN, ValueError),
    ("stream_idle_timeout", INF, ValueError),
    ("stream_idle_timeout", True, TypeError),
]
HEADERS_BAD: list[tuple[Any, type[Exception]]] = [
    ({"X-A": "a\r\nX-Injected: 1"}, ValueError),
    ({"X-A": "a\nb"}, ValueError),
    ({"X-A": "a\x00b"}, ValueError),
    ({"X-A": "caf\u00e9"}, ValueError),
    ({"Bad Name": "v"}, ValueError),
    ({"X-A\r\n": "v"}, ValueError),
    ({"X-A": 1}, TypeError),
    ({"X-A": b"v"}, TypeError),
    ({1: "v"}, TypeError),
    ([("X-A", "v")], TypeError),
    ("X-A: v", TypeError),
]
CLIENT_BAD: list[tuple[str, Any, type[Exception]]] = [
    *SHARED_BAD,
    *IDLE_BAD,
    ("base_url", "ftp://x", ValueError),
    ("base_url", "openrouter.ai/api/v1", ValueError),
    ("base_url", "https://", ValueError),
    ("base_url", "https:///api/v1", ValueError),
    ("base_url", "https://host:port/api", ValueError),
    ("base_url", "https://host/api?x=1", ValueError),
    ("base_url", "https://host/api#frag", ValueError),
    ("base_url", "https://host/api\r\n", ValueError),
    ("base_url", " https://host/api", ValueError),
    ("base_url", b"https://host", TypeError),
    *[("default_headers", value, exc) for value, exc in HEADERS_BAD],
    ("api_key", "sk-or-v1-caf\u00e9", ValueError),
    ("api_key", "sk-or-v1-a\nb", ValueError),
    ("api_key", "sk-or-v1-a\x00b", ValueError),
    ("api_key", "sk-or v1", ValueError),
    ("api_key", 12345, TypeError),
]
CALL_BAD: list[tuple[str, Any, type[Exception]]] = [
    *SHARED_BAD,
    *[("extra_headers", value, exc) for value, exc in HEADERS_BAD],
]


def recording_client(api: Api, **kwargs: Any) -> Any:
    """A client whose transport answers ``GET /key``'s body and records what it is sent."""
    body = fixture_json("key.json")
    return api.client(lambda r: httpx.Response(200, json=body), **kwargs)


def ids(table: list[tuple[str, Any, type[Exception]]]) -> list[str]:
    return [f"{name}={value!r}"[:60] for name, value, _ in table]


def fragments(secret: str, size: int = 4) -> set[str]:
    return {secret[i : i + size] for i in range(len(secret) - size + 1)}


def full_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc)


# -- the constructor and with_options ------------------------------------------------------


@pytest.mark.parametrize(("name", "value", "exc"), CLIENT_BAD, ids=ids(CLIENT_BAD))
@pytest.mark.parametrize("cls", [OpenRouter, AsyncOpenRouter])
def test_constructor_rejects_a_bad_option_naming_it(
    cls: type[Any], name: str, value: Any, exc: type[Exception]
) -> None:
    kwargs: dict[str, Any] = {"api_key": TEST_KEY, name: value}
    with pytest.raises(exc, match=name):
        cls(**kwargs)


@pytest.mark.parametrize(("name", "value", "exc"), CLIENT_BAD, ids=ids(CLIENT_BAD))
def test_with_options_rejects_what_the_constructor_rejects_and_sends_nothing(
    api: Api, name: str, value: Any, exc: type[Exception]
) -> None:
    client = recording_client(api)
    with pytest.raises(exc, match=name):
        client.with_options(**{name: value})
    assert api.requests == []
    api.call(lambda c: c.key.get(), client)  # the client is unchanged and still works
    assert api.requests[-1].headers["authorization"] == f"Bearer {TEST_KEY}"


def test_with_options_no_longer_accepts_ftp_base_url_or_nan_deadline() -> None:
    with OpenRouter(api_key=TEST_KEY) as client:
        with pytest.raises(ValueError, match="base_url"):
            client.with_options(base_url="ftp://x")
        with pytest.raises(ValueError, match="deadline"):
            client.with_options(deadline=NAN)


@pytest.mark.parametrize(
    ("variable", "value"),
    [("OPENROUTER_BASE_URL", "ftp://x"), ("OPENROUTER_API_KEY", "sk-or-v1-\u00e9t\u00e9")],
)
def test_environment_values_are_checked_and_named(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValueError, match=variable):
        OpenRouter()


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"timeout": 3}, {"timeout": httpx.Timeout(3.0, connect=3.0)}),
        ({"timeout": 30}, {"timeout": httpx.Timeout(30.0, connect=5.0)}),
        ({"deadline": 7}, {"deadline": 7.0}),
        ({"stream_idle_timeout": 2}, {"stream_idle_timeout": 2.0}),
        ({"max_retries": 0}, {"max_retries": 0}),
        ({"max_response_bytes": 1024}, {"max_response_bytes": 1024}),
        (
            {"base_url": "http://127.0.0.1:8080/api/v1/"},
            {"base_url": "http://127.0.0.1:8080/api/v1"},
        ),
        ({"base_url": "HTTPS://Example.test"}, {"base_url": "HTTPS://Example.test"}),
        ({"api_key": "  sk-or-v1-abc\n"}, {"api_key": "sk-or-v1-abc"}),
    ],
)
def test_constructor_and_with_options_normalise_alike(
    kwargs: dict[str, Any], expected: dict[str, Any]
) -> None:
    given = {"api_key": TEST_KEY, **kwargs}
    with OpenRouter(**given) as built, OpenRouter(api_key=TEST_KEY) as base:
        copied = base.with_options(**kwargs)
        for name, value in expected.items():
            assert getattr(built.options, name) == value
            assert getattr(copied.options, name) == value


def test_max_response_bytes_defaults_to_64_mib_and_is_set_per_client_and_copy() -> None:
    with OpenRouter(api_key=TEST_KEY) as client:
        assert client.options.max_response_bytes == 64 * 1024 * 1024
        assert client.with_options(max_response_bytes=4096).options.max_response_bytes == 4096
        assert client.options.max_response_bytes == 64 * 1024 * 1024
    with OpenRouter(api_key=TEST_KEY, max_response_bytes=1000) as client:
        assert client.options.max_response_bytes == 1000


def test_app_categories_given_as_one_string_is_refused_not_split_into_letters() -> None:
    with pytest.raises(TypeError, match="app_categories"):
        OpenRouter(api_key=TEST_KEY, app_categories="cli-agent")


@pytest.mark.parametrize(
    ("name", "value"), [("app_title", "My\r\nApp"), ("app_url", "https://x.test/\n")]
)
def test_attribution_headers_are_checked(name: str, value: str) -> None:
    with pytest.raises(ValueError, match=name):
        OpenRouter(api_key=TEST_KEY, **{name: value})


# -- the API key -------------------------------------------------------------------------

SECRET = "sk-or-v1-Zq9Xw7Vu5Ts3Rp1Mn8Lk6Jh4Gf2"
#: no four characters in a row of the key's secret part may appear in an error
SECRET_PARTS = fragments(SECRET.removeprefix("sk-or-v1-"))
BAD_KEYS = [
    SECRET + "\u00e9",  # non-ASCII: httpx would raise UnicodeEncodeError holding the whole key
    SECRET[:20] + "\u2028" + SECRET[20:],
    SECRET + "\r\nX-Injected: 1",
    SECRET[:12] + "\n" + SECRET[12:],
    SECRET[:12] + "\x7f" + SECRET[12:],
    SECRET[:12] + "\t" + SECRET[12:],
    SECRET[:12] + " " + SECRET[12:],
]


@pytest.mark.parametrize("key", BAD_KEYS, ids=range(len(BAD_KEYS)))
def test_unsendable_api_key_is_refused_without_showing_any_part_of_it(key: str) -> None:
    for make in (
        lambda: OpenRouter(api_key=key),
        lambda: AsyncOpenRouter(api_key=key),
    ):
        with pytest.raises(ValueError, match="api_key") as info:
            make()
        text = full_text(info.value)
        assert not any(part in text for part in SECRET_PARTS), text


@pytest.mark.parametrize("key", BAD_KEYS, ids=range(len(BAD_KEYS)))
def test_with_options_refuses_an_unsendable_api_key_without_showing_it(api: Api, key: str) -> None:
    client = recording_client(api)
    with pytest.raises(ValueError, match="api_key") as info:
        client.with_options(api_key=key)
    text = full_text(info.value)
    assert not any(part in text for part in SECRET_PARTS), text
    assert api.requests == []


def test_api_key_surrounding_whitespace_is_stripped(api: Api) -> None:
    client = recording_client(api, api_key=f"  {SECRET}\r\n")
    api.call(lambda c: c.key.get(), client)
    api.call(lambda c: c.key.get(), client.with_options(api_key=f"\t{SECRET}2 \n"))
    assert [r.headers["authorization"] for r in api.requests] == [
        f"Bearer {SECRET}",
        f"Bearer {SECRET}2",
    ]


# -- secrets in other values -------------------------------------------------------------


def test_bad_header_value_message_names_the_header_not_its_value(api: Api) -> None:
    client = recording_client(api)
    headers = {"Authorization": f"Bearer {SECRET}\r\nX-Injected: 1"}
    with pytest.raises(ValueError, match=r"extra_headers.*Authorization") as info:
        api.call(lambda c: c.key.get(extra_headers=headers), client)
    assert not any(part in full_text(info.value) for part in SECRET_PARTS)
    with pytest.raises(ValueError, match=r"default_headers.*Authorization") as info:
        client.with_options(default_headers=headers)
    assert not any(part in full_text(info.value) for part in SECRET_PARTS)
    assert api.requests == []


@pytest.mark.parametrize(
    "url", [f"ftp://user:{SECRET}@host/api", f"https://user:{SECRET}@host:nope/api"]
)
def test_bad_base_url_message_does_not_repeat_credentials_in_it(url: str) -> None:
    with pytest.raises(ValueError, match="base_url") as info:
        OpenRouter(api_key=TEST_KEY, base_url=url)
    assert not any(part in full_text(info.value) for part in SECRET_PARTS)


# -- per call ------------------------------------------------------------------------------

#: every resource method that sends a request, called with the smallest valid arguments
CALLS: dict[str, Callable[..., Any]] = {
    "chat.completions.create": lambda c, **kw: c.chat.completions.create(
        model="m", messages=USER, **kw
    ),
    "chat.completions.parse": lambda c, **kw: c.chat.completions.parse(
        model="m", messages=USER, **kw
    ),
    "embeddings.create": lambda c, **kw: c.embeddings.create(model="m", input="x", **kw),
    "models.list": lambda c, **kw: c.models.list(**kw),
    "models.count": lambda c, **kw: c.models.count(**kw),
    "models.list_user": lambda c, **kw: c.models.list_user(**kw),
    "models.endpoints": lambda c, **kw: c.models.endpoints("a/b", **kw),
    "models.retrieve": lambda c, **kw: c.models.retrieve("a/b", **kw),
    "providers.list": lambda c, **kw: c.providers.list(**kw),
    "generations.get": lambda c, **kw: c.generations.get("gen-1", **kw),
    "credits.get": lambda c, **kw: c.credits.get(**kw),
    "key.get": lambda c, **kw: c.key.get(**kw),
    "keys.list": lambda c, **kw: c.keys.list(**kw),
    "keys.create": lambda c, **kw: c.keys.create(name="x", **kw),
    "keys.get": lambda c, **kw: c.keys.get("h", **kw),
    "keys.update": lambda c, **kw: c.keys.update("h", name="y", **kw),
    "keys.delete": lambda c, **kw: c.keys.delete("h", **kw),
    "auth.exchange_code": lambda c, **kw: c.auth.exchange_code(code="c", **kw),
}
#: methods that open a stream: built (and checked) without sending
STREAMS: dict[str, Callable[..., Any]] = {
    "chat.completions.stream": lambda c, **kw: c.chat.completions.stream(
        model="m", messages=USER, **kw
    ),
    "chat.completions.create(stream=True)": lambda c, **kw: c.chat.completions.create(
        model="m", messages=USER, stream=True, **kw
    ),
}
PER_CALL_KNOBS = ("extra_headers", "timeout", "max_retries", "deadline", "max_response_bytes")
#: methods that read a cache rather than send a request of their own
NOT_A_CALL = {"models.pricing", "videos.wait"}  # a cache; a poll loop of retrieve()


def resource_methods(client: Any, prefix: str = "") -> dict[str, Any]:
    """Every public method of every resource namespace of a client (nested ones included),
    by dotted name."""
    methods: dict[str, Any] = {}
    for ns_name, ns in vars(client).items():
        if ns_name.startswith("_") or not type(ns).__module__.startswith(
            "openrouter_ext.resources."
        ):
            continue
        for name in dir(ns):
            member = getattr(ns, name)
            if not name.startswith("_") and callable(member) and name != "with_raw_response":
                methods[f"{prefix}{ns_name}.{name}"] = member
        methods.update(resource_methods(ns, f"{prefix}{ns_name}."))
    return methods


@pytest.mark.parametrize("cls", [OpenRouter, AsyncOpenRouter])
def test_every_resource_method_takes_the_per_call_knobs_keyword_only(cls: type[Any]) -> None:
    """Each method takes ``**params: Unpack[<its Params>]``, a TypedDict with every knob."""
    from openrouter_ext import _params
    from openrouter_ext._request_options import RequestOptions

    client = cls(api_key=TEST_KEY)
    try:
        methods = resource_methods(client)
        assert set(CALLS) | {"chat.completions.stream"} <= set(methods) - NOT_A_CALL
        assert len(methods) > 97  # every operation's method, and the hand-written extras
        for name, method in methods.items():
            if name in NOT_A_CALL:
                continue
            params = inspect.signature(method).parameters
            var_kw = [p for p in params.values() if p.kind is inspect.Parameter.VAR_KEYWORD]
            assert len(var_kw) == 1, name
            annotation = str(var_kw[0].annotation)
            match = re.fullmatch(r"Unpack\[(\w+)\]", annotation)
            assert match, (name, annotation)
            typed = getattr(_params, match.group(1))
            for knob in PER_CALL_KNOBS:
                assert knob in typed.__annotations__, (name, knob)
                assert knob in RequestOptions.__annotations__, knob
        stream = inspect.signature(methods["chat.completions.stream"]).parameters["params"]
        assert (
            "stream_idle_timeout"
            in getattr(_params, str(stream.annotation)[len("Unpack[") : -1]).__annotations__
        )
    finally:
        if cls is OpenRouter:
            client.close()


#: one bad value per knob, tried on every method (the whole table is tried on two of them)
ONE_EACH: list[tuple[str, Any, type[Exception]]] = [
    ("timeout", NAN, ValueError),
    ("max_retries", 1.5, TypeError),
    ("deadline", INF, ValueError),
    ("max_response_bytes", 0, ValueError),
    ("extra_headers", {"X-A": "a\r\nb"}, ValueError),
]


@pytest.mark.parametrize(("name", "value", "exc"), ONE_EACH, ids=ids(ONE_EACH))
@pytest.mark.parametrize("method", sorted(CALLS))
def test_every_method_refuses_a_bad_per_call_option_before_sending(
    api: Api, method: str, name: str, value: Any, exc: type[Exception]
) -> None:
    client = recording_client(api)
    with pytest.raises(exc, match=name):
        api.call(lambda c: CALLS[method](c, **{name: value}), client)
    assert api.requests == []


@pytest.mark.parametrize(("name", "value", "exc"), CALL_BAD, ids=ids(CALL_BAD))
@pytest.mark.parametrize("method", ["chat.completions.create", "key.get"])
def test_bad_per_call_option_is_refused_before_anything_is_sent(
    api: Api, method: str, name: str, value: Any, exc: type[Exception]
) -> None:
    client = recording_client(api)
    with pytest.raises(exc, match=name):
        api.call(lambda c: CALLS[method](c, **{name: value}), client)
    assert api.requests == []


STREAM_BAD = [*CALL_BAD, ("tags", "one-tag", TypeError), ("tags", [1], TypeError)]


@pytest.mark.parametrize(
    ("name", "value", "exc"), [*STREAM_BAD, *IDLE_BAD], ids=ids([*STREAM_BAD, *IDLE_BAD])
)
def test_bad_stream_option_is_refused_when_the_stream_is_made(
    api: Api, name: str, value: Any, exc: type[Exception]
) -> None:
    client = recording_client(api)
    with pytest.raises(exc, match=name):
        STREAMS["chat.completions.stream"](client, **{name: value})  # not sent before `with`
    assert api.requests == []


@pytest.mark.parametrize(("name", "value", "exc"), ONE_EACH, ids=ids(ONE_EACH))
def test_bad_option_of_create_stream_true_is_refused_before_sending(
    api: Api, name: str, value: Any, exc: type[Exception]
) -> None:
    client = recording_client(api)
    with pytest.raises(exc, match=name):
        api.call(
            lambda c: STREAMS["chat.completions.create(stream=True)"](c, **{name: value}), client
        )
    assert api.requests == []


@pytest.mark.parametrize("method", ["chat.completions.create", "embeddings.create"])
@pytest.mark.parametrize("tags", ["one-tag", ["ok", 3], 7])
def test_tags_must_be_a_list_of_strings(api: Api, method: str, tags: Any) -> None:
    client = recording_client(api)
    with pytest.raises(TypeError, match="tags"):
        api.call(lambda c: CALLS[method](c, tags=tags), client)
    assert api.requests == []


def test_max_retries_fraction_or_negative_no_longer_reaches_the_retry_loop(api: Api) -> None:
    attempts: list[httpx.Request] = []

    def failing(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(503, json={"error": {"code": 503, "message": "busy"}})

    client = api.client(failing)
    for value, exc in ((1.5, TypeError), (-1, ValueError)):
        with pytest.raises(exc, match="max_retries"):
            api.call(
                lambda c, v=value: c.chat.completions.create(
                    model="m", messages=USER, max_retries=v
                ),
                client,
            )
    assert attempts == []


@pytest.mark.parametrize("method", sorted(CALLS))
def test_per_call_deadline_is_a_real_parameter_that_caps_the_attempt(api: Api, method: str) -> None:
    client = api.client(
        lambda r: httpx.Response(400, json={"error": {"code": 400, "message": "no"}})
    )
    with pytest.raises(BadRequestError):  # the request is what counts
        api.call(lambda c: CALLS[method](c, deadline=2, max_response_bytes=1 << 20), client)
    assert len(api.requests) == 1
    request = api.requests[0]
    assert b"deadline" not in request.content
    assert b"max_response_bytes" not in request.content
    timeouts = request.extensions["timeout"]
    assert 0 < timeouts["read"] <= 2.0
    assert 0 < timeouts["connect"] <= 2.0


def test_per_call_knobs_override_the_client_and_leave_it_unchanged(api: Api) -> None:
    client = recording_client(api, timeout=40)
    api.call(
        lambda c: c.key.get(timeout=httpx.Timeout(7.0, connect=1.0), extra_headers={"X-A": "b"}),
        client,
    )
    api.call(lambda c: c.key.get(), client)
    first, second = api.requests
    assert first.extensions["timeout"] == {"connect": 1.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert first.headers["x-a"] == "b"
    assert second.extensions["timeout"]["read"] == 40.0
    assert "x-a" not in second.headers
