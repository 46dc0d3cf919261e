"""Type-checked under mypy --strict and pyright strict, never executed: typed requests.

Every ``# type: ignore[...]`` marks a mistake a type checker must report; both checkers
fail on an ignore comment that is no longer needed, so a missing error fails the build.
"""

from __future__ import annotations

from typing_extensions import assert_type

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.types import (
    ChatCompletionsCreateParams,
    ChatMessageParam,
    ChatResult,
    EmbeddingsResponse,
    ModelsListResponse,
    UpdateKeysResponse,
)


def chat(client: OpenRouter) -> None:
    # the idiomatic calls: plain dict messages, tools, provider preferences, knobs
    messages: list[ChatMessageParam] = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
    ]
    result = client.chat.completions.create(
        model="openai/gpt-4o-mini",
        messages=messages,
        temperature=0.2,
        max_tokens=10,
        tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}],
        provider={"sort": "price", "allow_fallbacks": True},
        reasoning={"effort": "low"},
        timeout=5.0,
        tags=["typing"],
    )
    assert_type(result, ChatResult)
    params: ChatCompletionsCreateParams = {"model": "m", "messages": messages}
    client.chat.completions.create(**params)
    # mistakes
    client.chat.completions.create(model="m", messages=messages, temprature=0.2)  # type: ignore[call-overload]
    client.chat.completions.create(model="m", messages=messages, max_tokens="ten")  # type: ignore[call-overload]
    client.chat.completions.create(model="m", messages=[{"role": "usr", "content": "x"}])  # type: ignore[misc, list-item]
    client.chat.completions.create(model="m", messages=messages, timeout="5")  # type: ignore[call-overload]
    client.chat.completions.stream(model="m", messages=messages, stream_idle_timeout=3.0)


def embeddings(client: OpenRouter) -> None:
    result = client.embeddings.create(model="openai/text-embedding-3-small", input=["a", "b"])
    assert_type(result, EmbeddingsResponse)
    client.embeddings.create(model="m", input="x", dimension=3)  # type: ignore[call-arg]
    client.embeddings.create(model="m", input="x", dimensions="3")  # type: ignore[arg-type]
    client.embeddings.create(input="x")  # type: ignore[call-arg]


async def management(client: AsyncOpenRouter) -> None:
    key = await client.keys.update("hash", name="renamed", limit=None, disabled=True)
    assert_type(key, UpdateKeysResponse)
    await client.keys.update("hash", limt=10)  # type: ignore[call-arg]
    await client.keys.update("hash", disabled="yes")  # type: ignore[arg-type]


def raw_responses(client: OpenRouter) -> None:
    raw = client.chat.completions.with_raw_response.create(model="m", messages=[])
    assert_type(raw.parse(), ChatResult)
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    key = client.keys.with_raw_response.update("hash", name="x")
    assert_type(key.parse(), UpdateKeysResponse)
    models = client.models.with_raw_response.list()  # parse(): the first page's answer
    assert_type(models.parse(), ModelsListResponse)
    for model in models.parse():
        assert_type(model.id, str)


async def async_raw_responses(client: AsyncOpenRouter) -> None:
    raw = await client.chat.completions.with_raw_response.create(model="m", messages=[])
    assert_type(raw.parse(), ChatResult)
    assert_type(raw.parse()._request_id, str | None)  # pyright: ignore[reportPrivateUsage]
