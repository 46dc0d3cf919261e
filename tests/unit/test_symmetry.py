"""OpenRouter and AsyncOpenRouter (and their streams) expose the same public surface."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from openrouter_ext import AsyncChatStream, AsyncOpenRouter, ChatStream, OpenRouter

RENAMED = {"close": "aclose"}
RESOURCES = [
    "chat",
    "embeddings",
    "models",
    "providers",
    "generations",
    "credits",
    "key",
    "keys",
    "auth",
]


def public(obj: Any) -> set[str]:
    return {n for n in dir(obj) if not n.startswith("_")}


def params(fn: Any) -> list[tuple[str, Any, Any]]:
    sig = inspect.signature(fn)
    return [(p.name, p.kind, p.default) for p in sig.parameters.values()]


def test_client_constructors_match() -> None:
    sync = params(OpenRouter.__init__)
    asyn = params(AsyncOpenRouter.__init__)
    assert sync == asyn


def test_client_methods_match() -> None:
    sync = public(OpenRouter) - {"close"}
    asyn = public(AsyncOpenRouter) - {"close", "aclose"}
    assert sync == asyn
    for name in sync:
        member = getattr(OpenRouter, name)
        if callable(member):
            assert params(member) == params(getattr(AsyncOpenRouter, name)), name


@pytest.mark.parametrize("resource", RESOURCES)
def test_resources_match(resource: str) -> None:
    sync_client = OpenRouter(api_key="k")
    async_client = AsyncOpenRouter(api_key="k")
    try:
        sync_res = getattr(sync_client, resource)
        async_res = getattr(async_client, resource)
        if resource == "chat":
            sync_res, async_res = sync_res.completions, async_res.completions
        assert public(sync_res) == public(async_res)
        for name in public(sync_res):
            assert params(getattr(sync_res, name)) == params(getattr(async_res, name)), name
            assert inspect.iscoroutinefunction(getattr(async_res, name)) == (name != "stream")
    finally:
        sync_client.close()


def test_streams_match() -> None:
    sync = public(ChatStream) - {"close"}
    asyn = public(AsyncChatStream) - {"aclose"}
    assert sync == asyn
    assert "close" in public(ChatStream)
    assert "aclose" in public(AsyncChatStream)
