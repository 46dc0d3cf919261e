"""Malformed requests get the API's error envelope (JSON, 4xx), never a crash or a plain 500."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from openrouter_ext.testing import MockApp, MockOpenRouter
from tests.mock.mockwire import chat_body

DEEP = b"[" * 100_000 + b"]" * 100_000  # json.loads raises RecursionError on this
LIMIT = 4096


def nested(depth: int) -> str:
    return "[" * depth + '"x"' + "]" * depth


def assert_envelope(r: httpx.Response, status: int, contains: str = "") -> None:
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"] == "application/json"
    error = r.json()["error"]
    assert error["code"] == status
    assert isinstance(error["message"], str)
    assert contains in error["message"]


def asgi_client(app: MockApp, key: str | None = None) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {key or app.state.api_key}",
               "Content-Type": "application/json"}  # fmt: skip
    transport = httpx.ASGITransport(app=app)
    return httpx.AsyncClient(transport=transport, base_url="http://mock/api/v1", headers=headers)


@pytest.fixture
async def asgi() -> AsyncIterator[httpx.AsyncClient]:
    async with asgi_client(MockApp()) as client:
        yield client


BAD_BODIES: dict[str, tuple[bytes, str]] = {
    # name: (body, words of the message)
    "100000 nested lists": (DEEP, "nested deeper"),
    "100000 nested lists inside a message": (
        json.dumps(chat_body()).replace('"Hello there"', DEEP.decode()).encode(),
        "nested deeper",
    ),
    "parseable but 300 levels deep": (
        json.dumps(chat_body(metadata={"a": "?"})).replace('"?"', nested(300)).encode(),
        "nested deeper",
    ),
    "NaN": (json.dumps(chat_body(temperature=float("nan"))).encode(), "NaN"),
    "Infinity": (json.dumps(chat_body(temperature=float("inf"))).encode(), "Infinity"),
    "lone surrogate": (
        json.dumps(chat_body()).replace("Hello there", "Hello \\ud800").encode(),
        "surrogate",
    ),
}


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["/chat/completions", "/embeddings", "/auth/keys"])
@pytest.mark.parametrize("name", list(BAD_BODIES))
async def test_bad_json_bodies_get_a_400_envelope(
    asgi: httpx.AsyncClient, path: str, name: str
) -> None:
    content, words = BAD_BODIES[name]
    assert_envelope(await asgi.post(path, content=content), 400, words)


@pytest.mark.anyio
async def test_lone_surrogate_gets_400_and_a_surrogate_pair_is_served(
    asgi: httpx.AsyncClient,
) -> None:
    text = json.dumps(chat_body())
    lone = await asgi.post("/chat/completions", content=text.replace("there", "\\udc00"))
    assert_envelope(lone, 400, "surrogate")
    pair = await asgi.post("/chat/completions", content=text.replace("there", "\\ud83d\\ude80"))
    assert pair.status_code == 200, pair.text


# Without validation the handlers see these bodies; a field of the wrong type made them crash.
WRONG_TYPES: list[tuple[str, dict[str, Any]]] = [
    ("/chat/completions", {"model": 5, "messages": {"a": 1}}),
    ("/chat/completions", {"model": "openai/gpt-4o-mini", "messages": [5]}),
    ("/chat/completions", {"model": ["a"], "messages": "x"}),
    ("/chat/completions", chat_body(models=5, provider="x", usage=3, temperature="h")),
    ("/embeddings", {"model": "openai/text-embedding-3-small", "input": 5}),
    ("/embeddings", {"model": "openai/text-embedding-3-small", "input": ["a"], "dimensions": "x"}),
    ("/keys", {"name": 5, "limit": "x"}),
    ("/keys", {"name": "n", "limit": "x", "disabled": "no"}),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("path", "body"), WRONG_TYPES)
async def test_wrong_types_get_a_400_envelope_without_validation(
    path: str, body: dict[str, Any]
) -> None:
    app = MockApp(validate_requests=False)
    key = app.state.management_key if path == "/keys" else None
    async with asgi_client(app, key) as client:
        assert_envelope(await client.post(path, json=body), 400, "wrong type")


@pytest.mark.anyio
async def test_body_over_the_limit_gets_a_413_envelope() -> None:
    app = MockApp(max_body_bytes=LIMIT)
    async with asgi_client(app) as client:
        r = await client.post("/chat/completions", json=chat_body(user="x" * LIMIT))
        assert_envelope(r, 413, str(LIMIT))
        assert app.state.records[-1].status == 413

        async def chunks() -> AsyncIterator[bytes]:  # chunked: no Content-Length to go by
            yield json.dumps(chat_body(user="")).encode()[:-1]
            for _ in range(8):
                yield b" " * 1024
            yield b"}"

        assert_envelope(await client.post("/chat/completions", content=chunks()), 413)
        # a body of exactly the limit is read and answered as usual
        body = json.dumps(chat_body(user="")).encode()
        at_limit = body[:-1] + b" " * (LIMIT - len(body)) + b"}"
        assert len(at_limit) == LIMIT
        assert (await client.post("/chat/completions", content=at_limit)).status_code == 200


# --- over loopback ------------------------------------------------------------------------


@pytest.fixture
def small_mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter(max_body_bytes=64 * 1024) as mock:
        yield mock


def test_loopback_oversized_body_is_read_and_answered_413(small_mock: MockOpenRouter) -> None:
    headers = {"Authorization": f"Bearer {small_mock.api_key}"}
    with httpx.Client(base_url=small_mock.base_url, headers=headers, timeout=10) as client:
        r = client.post("/chat/completions", json=chat_body(user="x" * 1024 * 1024))
        assert_envelope(r, 413)
        assert client.post("/chat/completions", json=chat_body()).status_code == 200
    assert [rec.status for rec in small_mock.requests] == [413, 200]


@pytest.mark.parametrize("name", ["100000 nested lists", "NaN", "lone surrogate"])
def test_loopback_malformed_bodies_get_a_400_envelope(client: httpx.Client, name: str) -> None:
    content, words = BAD_BODIES[name]
    r = client.post("/chat/completions", content=content,
                    headers={"content-type": "application/json"})  # fmt: skip
    assert_envelope(r, 400, words)
