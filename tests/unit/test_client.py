"""Every wrapped operation round-trips through httpx.MockTransport, sync and async."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_ext import (
    APIConnectionError,
    APITimeoutError,
    AsyncPage,
    AuthenticationError,
    BadRequestError,
    InsufficientCreditsError,
    OpenRouter,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    SyncPage,
)
from openrouter_ext.types import (
    ChatAssistantMessage,
    ChatCompletionsCreateParams,
    ChatResult,
    CreateKeyResponse,
    EmbeddingsResponse,
    GenerationResponse,
    ModelsListResponse,
    ProviderPreferences,
)
from tests.conftest import TEST_KEY, Api, FakeClock, fixture_json

USER = [{"role": "user", "content": "Hello"}]


def json_handler(
    body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers=headers)

    return handler


# (call, fixture, method, path, expected query) for every wrapped operation
OPERATIONS: list[tuple[str, Callable[[Any], Any], str, str, str, dict[str, str]]] = [
    (
        "chat",
        lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER),
        "chat_result.json",
        "POST",
        "/api/v1/chat/completions",
        {},
    ),
    (
        "embeddings",
        lambda c: c.embeddings.create(model="openai/text-embedding-3-small", input=["a", "b"]),
        "embeddings.json",
        "POST",
        "/api/v1/embeddings",
        {},
    ),
    (
        "models.list",
        lambda c: c.models.list(q="gpt", output_modalities="text"),
        "models.json",
        "GET",
        "/api/v1/models",
        {"q": "gpt", "output_modalities": "text"},
    ),
    (
        "models.count",
        lambda c: c.models.count(output_modalities="all"),
        "models_count.json",
        "GET",
        "/api/v1/models/count",
        {"output_modalities": "all"},
    ),
    (
        "models.list_user",
        lambda c: c.models.list_user(limit=10),
        "models.json",
        "GET",
        "/api/v1/models/user",
        {"limit": "10"},
    ),
    (
        "models.endpoints",
        lambda c: c.models.endpoints("openai/gpt-4o"),
        "endpoints.json",
        "GET",
        "/api/v1/models/openai/gpt-4o/endpoints",
        {},
    ),
    (
        "providers.list",
        lambda c: c.providers.list(),
        "providers.json",
        "GET",
        "/api/v1/providers",
        {},
    ),
    (
        "generations.get",
        lambda c: c.generations.get("gen-1700000000-abcdefghijklmnop"),
        "generation.json",
        "GET",
        "/api/v1/generation",
        {"id": "gen-1700000000-abcdefghijklmnop"},
    ),
    ("credits.get", lambda c: c.credits.get(), "credits.json", "GET", "/api/v1/credits", {}),
    ("key.get", lambda c: c.key.get(), "key.json", "GET", "/api/v1/key", {}),
    (
        "keys.list",
        lambda c: c.keys.list(include_disabled=True, offset=100),
        "keys_list.json",
        "GET",
        "/api/v1/keys",
        {"include_disabled": "true", "offset": "100"},
    ),
    (
        "keys.create",
        lambda c: c.keys.create(name="ci", limit=5.0, limit_reset="daily"),
        "key_created.json",
        "POST",
        "/api/v1/keys",
        {},
    ),
    (
        "keys.get",
        lambda c: c.keys.get("f01d5260"),
        "key_item.json",
        "GET",
        "/api/v1/keys/f01d5260",
        {},
    ),
    (
        "keys.update",
        lambda c: c.keys.update("f01d5260", disabled=True),
        "key_item.json",
        "PATCH",
        "/api/v1/keys/f01d5260",
        {},
    ),
    (
        "keys.delete",
        lambda c: c.keys.delete("f01d5260"),
        "key_deleted.json",
        "DELETE",
        "/api/v1/keys/f01d5260",
        {},
    ),
    (
        "auth.exchange_code",
        lambda c: c.auth.exchange_code(code="abc", code_verifier="v", code_challenge_method="S256"),
        "auth_keys.json",
        "POST",
        "/api/v1/auth/keys",
        {},
    ),
]


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("name", "call", "fixture", "method", "path", "query"),
    OPERATIONS,
    ids=[op[0] for op in OPERATIONS],
)
def test_operation_round_trips(
    api: Api,
    name: str,
    call: Callable[[Any], Any],
    fixture: str,
    method: str,
    path: str,
    query: dict[str, str],
) -> None:
    body = fixture_json(fixture)
    client = api.client(json_handler(body))
    result = api.call(call, client)
    if isinstance(result, (SyncPage, AsyncPage)):  # a paged listing: its first answer
        result = result.response
    request = api.requests[-1]
    assert request.method == method
    assert request.url.path == path
    assert dict(request.url.params) == query
    # the generated model keeps every field, known or not: to_dict gives the body back
    # (an optional field that is null reads as None and, like an absent one, is left out)
    assert _without_nulls(result.to_dict()) == _without_nulls(body)
    if name == "auth.exchange_code":
        assert "authorization" not in request.headers
        assert json.loads(request.content) == {
            "code": "abc",
            "code_verifier": "v",
            "code_challenge_method": "S256",
        }
    else:
        assert request.headers["authorization"] == f"Bearer {TEST_KEY}"


def test_chat_result_fields_are_typed(api: Api) -> None:
    client = api.client(json_handler(fixture_json("chat_result.json")))
    result = api.call(
        lambda c: c.chat.completions.create(model="openai/gpt-4o", messages=USER), client
    )
    assert isinstance(result, ChatResult)
    choice = result.choices[0]
    assert choice.message.content == "Hello there! Café — 你好 🚀"
    assert choice.native_finish_reason == "stop"
    assert result.provider == "OpenAI"
    assert result.usage.cost == pytest.approx(0.00014)
    assert result.usage.is_byok is False
    # an unknown reasoning detail type survives verbatim (open enum)
    assert choice.message.reasoning_details[1].to_dict() == {
        "type": "reasoning.future_kind",
        "blob": "opaque",
    }
    assert result.additional_properties["some_future_field"] == {"x": 1}


def test_request_body_is_sent_as_given(api: Api) -> None:
    client = api.client(json_handler(fixture_json("chat_tool_calls.json")))
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    result = api.call(
        lambda c: c.chat.completions.create(
            model="anthropic/claude-sonnet-4",
            messages=USER,
            tools=tools,
            tool_choice="auto",
            provider={"sort": "price", "order": ["anthropic"], "max_price": {"prompt": 1}},
            reasoning={"effort": "high"},
            plugins=[{"id": "web", "max_results": 3}],
            extra_body={"brand_new_field": True},
            extra_headers={"X-Trace": "t1"},
        ),
        client,
    )
    sent = json.loads(api.requests[-1].content)
    assert sent == {
        "model": "anthropic/claude-sonnet-4",
        "messages": USER,
        "tools": tools,
        "tool_choice": "auto",
        "reasoning": {"effort": "high"},
        "provider": {"sort": "price", "order": ["anthropic"], "max_price": {"prompt": 1}},
        "plugins": [{"id": "web", "max_results": 3}],
        "brand_new_field": True,
    }
    assert api.requests[-1].headers["x-trace"] == "t1"
    call = result.choices[0].message.tool_calls[0]
    assert (call.function.name, call.function.arguments) == ("get_weather", '{"city":"Boston"}')


def test_a_ready_request_dict_is_splatted_and_null_is_sent_as_null(api: Api) -> None:
    client = api.client(json_handler(fixture_json("chat_result.json")))
    request: ChatCompletionsCreateParams = {
        "model": "openai/gpt-4o",
        "messages": USER,
        "temperature": 0.2,
    }
    api.call(lambda c: c.chat.completions.create(**request, max_tokens=5, seed=None), client)
    assert json.loads(api.requests[-1].content) == {
        "seed": None,
        "model": "openai/gpt-4o",
        "messages": USER,
        "temperature": 0.2,
        "max_tokens": 5,
    }


def test_generated_models_anywhere_in_the_body_are_sent_as_their_json(api: Api) -> None:
    client = api.client(json_handler(fixture_json("chat_result.json")))
    assistant = ChatAssistantMessage.from_dict({"role": "assistant", "content": "Hi!"})
    provider = ProviderPreferences.from_dict({"sort": "price", "order": ["openai"]})
    history = (*USER, assistant, {"role": "user", "content": "again, café 🚀"})  # a tuple
    api.call(
        lambda c: c.chat.completions.create(
            model="openai/gpt-4o", messages=history, provider=provider,
            extra_body={"nested": [{"deep": provider}]},
        ),
        client,
    )  # fmt: skip
    sent = api.requests[-1]
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.content) == {
        "model": "openai/gpt-4o",
        "messages": [*USER, assistant.to_dict(), history[-1]],
        "provider": provider.to_dict(),
        "nested": [{"deep": provider.to_dict()}],
    }
    # the bytes are what httpx's json= would have sent for the same plain body
    plain = json.loads(sent.content)
    assert sent.content == httpx.Request("POST", "http://x", json=plain).content


@pytest.mark.parametrize(
    ("value", "error", "needle"),
    [
        (object(), TypeError, "object is not JSON serializable"),
        ({1, 2}, TypeError, "set is not JSON serializable"),
        (float("nan"), ValueError, "not JSON compliant"),
    ],
)
def test_a_value_that_is_not_json_raises_before_sending(
    api: Api, value: Any, error: type[Exception], needle: str
) -> None:
    client = api.client(json_handler({}))
    with pytest.raises(error, match=needle):
        api.call(
            lambda c: c.chat.completions.create(model="m", messages=USER, temperature=value),
            client,
        )
    assert api.requests == []


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"temprature": 0.5}, "did you mean 'temperature'"),
        ({"max_token": 5}, "did you mean 'max_tokens'"),
        ({"provder": {}}, "did you mean 'provider'"),
    ],
)
def test_unknown_keyword_names_the_closest_field(
    api: Api, kwargs: dict[str, Any], needle: str
) -> None:
    client = api.client(json_handler({}))
    with pytest.raises(TypeError, match=needle):
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER, **kwargs), client)
    assert api.requests == []  # nothing was sent


def test_bad_messages_raise_before_sending(api: Api) -> None:
    client = api.client(json_handler({}))
    with pytest.raises(TypeError, match="messages"):
        api.call(lambda c: c.chat.completions.create(model="m"), client)
    with pytest.raises(TypeError, match="list"):
        api.call(lambda c: c.chat.completions.create(model="m", messages="hi"), client)
    with pytest.raises(TypeError, match="did you mean 'q'"):
        api.call(lambda c: c.models.list(qq="x"), client)
    with pytest.raises(ValueError, match="author/slug"):
        api.call(lambda c: c.models.endpoints("gpt-4o"), client)
    with pytest.raises(ValueError, match="generation id"):
        api.call(lambda c: c.generations.get(""), client)
    assert api.requests == []


@pytest.mark.parametrize(
    ("status", "body", "cls", "message"),
    [
        (
            400,
            {"error": {"code": 400, "message": "model is required"}},
            BadRequestError,
            "model is required",
        ),
        (
            401,
            {"error": {"code": 401, "message": "No auth credentials found"}},
            AuthenticationError,
            "No auth credentials found",
        ),
        (
            402,
            {"error": {"code": 402, "message": "Insufficient credits"}},
            InsufficientCreditsError,
            "Insufficient credits",
        ),
        (429, {"error": {"message": "Rate limit exceeded"}}, RateLimitError, "Rate limit exceeded"),
        (
            502,
            {
                "error": {
                    "code": 502,
                    "message": "Provider returned error",
                    "metadata": {"provider_name": "OpenAI", "raw": '{"error": "boom"}'},
                }
            },
            ServerError,
            "Provider returned error",
        ),
    ],
)
def test_error_statuses_map_to_classes(
    api: Api, status: int, body: Any, cls: type[Exception], message: str
) -> None:
    client = api.client(json_handler(body, status), max_retries=0)
    with pytest.raises(cls, match=message) as info:
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER), client)
    error: Any = info.value
    assert error.status_code == status
    if status == 502:
        assert error.provider_name == "OpenAI"
        assert error.raw == {"error": "boom"}


def test_error_envelope_in_200_raises_mapped_class(api: Api) -> None:
    body = {"error": {"code": 502, "message": "upstream died"}}
    client = api.client(json_handler(body, 200), max_retries=0)
    with pytest.raises(ServerError, match="upstream died") as info:
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER), client)
    assert info.value.status_code == 502


def test_body_that_does_not_fit_raises_validation_error(api: Api) -> None:
    client = api.client(json_handler({"object": "chat.completion"}))
    with pytest.raises(ResponseValidationError) as info:
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER), client)
    assert info.value.body == {"object": "chat.completion"}
    client = api.client(lambda r: httpx.Response(200, text="<html>gateway</html>"))
    with pytest.raises(ResponseValidationError, match="not JSON"):
        api.call(lambda c: c.key.get(), client)


def test_transport_errors_are_wrapped(api: Api) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = api.client(refuse, max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        api.call(lambda c: c.models.list(), client)
    assert info.value.sent is False

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = api.client(slow, max_retries=0)
    with pytest.raises(APITimeoutError):
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER), client)


def test_retries_a_transient_status_then_succeeds(api: Api) -> None:
    answers = [
        httpx.Response(503, json={"error": {"code": 503, "message": "overloaded"}}),
        httpx.Response(200, json=fixture_json("models.json")),
    ]
    clock = FakeClock()
    client = api.client(lambda r: answers.pop(0), clock=clock)
    result = api.call(lambda c: c.models.list(), client)
    assert isinstance(result.response, ModelsListResponse)
    assert len(api.requests) == 2
    assert len(clock.sleeps) == 1 and 0 < clock.sleeps[0] <= 0.5  # waited by the given clock


def test_options_and_attribution_headers(api: Api) -> None:
    client = api.client(
        json_handler(fixture_json("key.json")),
        app_url="https://myapp.example",
        app_title="My App",
        app_categories=["cli-agent"],
        default_headers={"X-Custom": "1"},
    )
    api.call(lambda c: c.key.get(), client)
    headers = api.requests[-1].headers
    assert headers["http-referer"] == "https://myapp.example"
    assert headers["x-openrouter-title"] == "My App"
    assert headers["x-title"] == "My App"
    assert headers["x-openrouter-categories"] == "cli-agent"
    assert headers["x-custom"] == "1"
    assert headers["user-agent"].startswith("openrouter-ext/")


def test_with_options_shares_the_pool_and_overrides(api: Api) -> None:
    client = api.client(json_handler(fixture_json("key.json")))
    copy = client.with_options(
        timeout=3,
        max_retries=0,
        default_headers={"X-A": "b"},
        api_key="sk-or-v1-other-key-000000000",
    )
    assert copy.options.max_retries == 0
    assert copy.options.timeout.read == 3
    assert client.options.max_retries == 2
    api.call(lambda c: c.key.get(), copy)
    [request] = api.requests  # sent through the original's httpx client (its transport)
    assert request.headers["x-a"] == "b"
    assert request.headers["authorization"] == "Bearer sk-or-v1-other-key-000000000"
    assert request.extensions["timeout"]["read"] == 3
    api.run(copy.close() if not api.is_async else copy.aclose())
    api.call(lambda c: c.key.get(), client)  # the original still works


def _refused_url() -> str:
    """A loopback base URL nothing listens on (a connection to it is refused at once)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v1"


def test_with_options_copies_share_the_pool_the_client_owns() -> None:
    import asyncio

    from openrouter_ext import AsyncOpenRouter

    base = _refused_url()
    client = OpenRouter(api_key=TEST_KEY, base_url=base, max_retries=0)
    copy = client.with_options(timeout=3)
    copy.close()  # a copy does not close the pool it shares
    with pytest.raises(APIConnectionError):  # still open: it tries to connect
        client.key.get()
    client.close()  # closing the original closes the copy's pool: it is the same one
    with pytest.raises(RuntimeError, match="closed"):
        copy.key.get()

    async def run() -> None:
        client = AsyncOpenRouter(api_key=TEST_KEY, base_url=base, max_retries=0)
        copy = client.with_options(timeout=3)
        await copy.aclose()
        with pytest.raises(APIConnectionError):
            await client.key.get()
        await client.aclose()
        with pytest.raises(RuntimeError, match="closed"):
            await copy.key.get()

    asyncio.run(run())


def test_each_request_goes_to_its_own_url_whatever_the_parsed_url_cache_holds(api: Api) -> None:
    client = api.client(json_handler(fixture_json("key_item.json")))
    other = client.with_options(base_url="https://other.example/api/v1")
    for i in range(300):  # more distinct paths than the cache keeps
        api.call(lambda c, i=i: c.keys.get(f"hash{i}"), client)
    api.call(lambda c: c.keys.get("hash7"), other)
    api.call(lambda c: c.keys.get("hash7"), client)
    urls = [str(r.url) for r in api.requests]
    assert urls[:300] == [f"https://openrouter.test/api/v1/keys/hash{i}" for i in range(300)]
    assert urls[300:] == [
        "https://other.example/api/v1/keys/hash7",
        "https://openrouter.test/api/v1/keys/hash7",
    ]


def test_distinct_request_paths_do_not_grow_the_client() -> None:
    """Paths with ids (``keys/{hash}``) are endless: what a client keeps per path is bounded."""
    import gc
    import sys

    http = httpx.Client(transport=httpx.MockTransport(json_handler(fixture_json("key_item.json"))))
    with OpenRouter(api_key=TEST_KEY, base_url="https://x.test/api/v1", http_client=http) as c:
        blocks = []
        for batch in range(3):  # the first fills every bounded cache (ours, urllib's, httpx's)
            for i in range(300):
                c.keys.get(f"hash{batch}-{i}")
            gc.collect()
            blocks.append(sys.getallocatedblocks())
    http.close()
    # a parsed URL kept per path is about 7 memory blocks: 300 paths, about 2,100 blocks
    assert blocks[2] - blocks[1] < 300, blocks


def test_per_call_timeout(api: Api) -> None:
    client = api.client(json_handler(fixture_json("key.json")))
    api.call(lambda c: c.key.get(timeout=httpx.Timeout(7.0, connect=1.0)), client)
    assert api.requests[-1].extensions["timeout"] == {
        "connect": 1.0,
        "read": 7.0,
        "write": 7.0,
        "pool": 7.0,
    }


def test_typed_results(api: Api) -> None:
    client = api.client(json_handler(fixture_json("generation.json")))
    result = api.call(lambda c: c.generations.get("gen-1"), client)
    assert isinstance(result, GenerationResponse)
    assert result.data.total_cost == pytest.approx(0.00014)
    client = api.client(json_handler(fixture_json("key_created.json")))
    created = api.call(lambda c: c.keys.create(name="x"), client)
    assert isinstance(created, CreateKeyResponse)
    assert created.key.startswith("sk-or-v1-")
    client = api.client(json_handler(fixture_json("embeddings.json")))
    emb = api.call(lambda c: c.embeddings.create(model="m", input="x"), client)
    assert isinstance(emb, EmbeddingsResponse)
    assert emb.data[0].embedding == [0.0023064255, -0.009327292, 0.015797347]


def test_configuration_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-v1-from-env-000000000000")
    monkeypatch.setenv("OPENROUTER_BASE_URL", "http://127.0.0.1:9/api/v1/")
    with OpenRouter() as client:
        assert client.options.api_key == "sk-or-v1-from-env-000000000000"
        assert client.base_url == "http://127.0.0.1:9/api/v1"
        assert client.options.timeout.connect == 5.0
        assert client.options.timeout.read == 600.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"max_retries": -1},
        {"base_url": "ftp://x"},
        {"timeout": httpx.Timeout(None)},
        {"stream_idle_timeout": 0},
    ],
)
def test_invalid_configuration_is_rejected(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        OpenRouter(api_key="k", **kwargs)


def test_wrong_http_client_type_is_rejected() -> None:
    from openrouter_ext import AsyncOpenRouter

    with pytest.raises(TypeError, match="AsyncOpenRouter"):
        OpenRouter(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with httpx.Client() as sync_client, pytest.raises(TypeError, match="OpenRouter"):
        AsyncOpenRouter(api_key="k", http_client=sync_client)  # type: ignore[arg-type]


def test_a_clock_of_the_wrong_kind_is_rejected() -> None:
    import time

    from openrouter_ext import AsyncOpenRouter
    from tests.conftest import AsyncFakeClock

    with OpenRouter(api_key="k", clock=time):  # the time module is a clock
        pass
    with pytest.raises(TypeError, match="monotonic"):
        OpenRouter(api_key="k", clock=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="plain def"):  # it would never wait
        OpenRouter(api_key="k", clock=AsyncFakeClock(FakeClock()))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="async def"):  # it would block the event loop
        AsyncOpenRouter(api_key="k", clock=time)  # type: ignore[arg-type]


def test_lowlevel_client_shares_pool_and_auth() -> None:
    client = OpenRouter(api_key=TEST_KEY, base_url="https://x.test/api/v1")
    low = client.lowlevel
    assert TEST_KEY not in repr(low)
    http = low.get_httpx_client()
    # what a generated operation sends (``list_providers`` asks for "/providers")
    request = http.build_request("GET", "/providers")
    assert request.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert str(request.url) == "https://x.test/api/v1/providers"
    assert not http.is_closed
    client.close()
    assert http.is_closed  # closing the client closed it: it is the client's own pool
    # (a generated call over it against a server: tests/e2e/test_resources.py)


def test_clients_share_one_verifying_tls_context(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """Building the CA store costs ~60 ms per httpx client; ours is built once per process.

    Seen through the standard library: httpx builds each verifying context it makes with
    ``ssl.create_default_context`` (from certifi, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``);
    the test counts the contexts built while clients are created.
    """
    import ssl

    import certifi

    from openrouter_ext import AsyncOpenRouter

    built: list[ssl.SSLContext] = []
    create = ssl.create_default_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(create(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(ssl, "create_default_context", counting)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    clients: list[Any] = [OpenRouter(api_key="k"), OpenRouter(api_key="k")]
    clients.append(AsyncOpenRouter(api_key="k"))
    assert len(built) <= 1  # none if an earlier client of the process built it
    with httpx.Client():  # httpx alone builds one per client (the count can fail)
        pass
    assert len(built) in (1, 2)

    # a CA bundle of this test's own: its context is built here, once for every client
    bundle = tmp_path / "bundle.pem"
    bundle.write_text(Path(certifi.where()).read_text(encoding="ascii"), encoding="ascii")
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    start = len(built)
    clients += [OpenRouter(api_key="k"), OpenRouter(api_key="k"), AsyncOpenRouter(api_key="k")]
    assert len(built) == start + 1
    ctx = built[-1]
    assert ctx.verify_mode is ssl.CERT_REQUIRED and ctx.check_hostname
    # the same CA store as httpx's own default context under the same environment
    with httpx.Client():
        pass
    assert len(built) == start + 2
    assert ctx.cert_store_stats() == built[-1].cert_store_stats()
    assert ctx.cert_store_stats()["x509_ca"] > 100

    # another SSL_CERT_FILE (which httpx honours) gets its own context, holding only that file
    pem = bundle.read_text(encoding="ascii")
    end = "-----END CERTIFICATE-----\n"
    one = pem[pem.index("-----BEGIN CERTIFICATE-----") : pem.index(end) + len(end)]
    (tmp_path / "one.pem").write_text(one, encoding="ascii")
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "one.pem"))
    clients += [OpenRouter(api_key="k"), OpenRouter(api_key="k")]
    assert len(built) == start + 3
    assert built[-1].cert_store_stats()["x509_ca"] == 1

    # a caller's own httpx client keeps its own context: the client builds none for it
    with httpx.Client() as mine:
        before = len(built)
        clients.append(OpenRouter(api_key="k", http_client=mine))
        assert len(built) == before
    for client in clients:
        if isinstance(client, OpenRouter):
            client.close()
