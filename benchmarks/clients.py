"""The clients under test, each behind the same two calls: ``call()`` and ``stream(headers)``.

- ``httpx``: the non-streaming floor, ``Client.post(url, json=body, headers=auth)`` and
  ``json.loads(resp.content)``.
- ``httpx-sse``: the streaming floor, ``httpx_sse.connect_sse`` and ``json.loads(sse.data)``
  per event until ``[DONE]``; the (empty) rest of the body is then drained so the connection
  goes back to the pool, as a careful hand-written client would do.
- ``openrouter_ext``: ``client.chat.completions.create`` / ``.stream`` (defaults).
- ``openai``: ``openai.OpenAI(base_url=mock, api_key=key)`` with its defaults (2 retries,
  600 s read / 5 s connect timeout, 1,000 connections), ``create(stream=True)``.

Every client uses a 600 s read / 5 s connect timeout, the default of both SDKs.
``stream()`` returns ``(chunks, seconds to the first content delta, total seconds)``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any

import httpx
import httpx_sse

MODEL = "openai/gpt-4o-mini"
MESSAGES = [{"role": "user", "content": "Hi!"}]
OPENAI_MESSAGES: Any = MESSAGES  # the openai SDK types messages as TypedDicts
BODY: dict[str, Any] = {"model": MODEL, "messages": MESSAGES}
STREAM_BODY: dict[str, Any] = {**BODY, "stream": True}
TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DONE = "[DONE]"

FLOOR_CALL = "httpx"
FLOOR_STREAM = "httpx-sse"
CALL_CLIENTS = (FLOOR_CALL, "openrouter_ext", "openai")
STREAM_CLIENTS = (FLOOR_STREAM, "openrouter_ext", "openai")

StreamResult = tuple[int, float | None, float]

#: Async streams open now (headers in, body not yet closed) and the most open at once.
OPEN = {"now": 0, "peak": 0}


def _opened() -> None:
    OPEN["now"] += 1
    OPEN["peak"] = max(OPEN["peak"], OPEN["now"])


def _closed() -> None:
    OPEN["now"] -= 1


def long_stream(chunks: int) -> dict[str, str]:
    """Headers asking the mock for a stream of exactly ``chunks`` data events (+ [DONE]).

    ``long;tokens=n`` gives n content deltas, then the finish chunk and the usage chunk.
    """
    return {"X-Mock-Scenario": f"long;tokens={max(1, chunks - 2)}"}


def _has_content(obj: Mapping[str, Any]) -> bool:
    choices = obj.get("choices") or []
    return bool(choices) and bool((choices[0].get("delta") or {}).get("content"))


def _model_has_content(chunk: Any) -> bool:
    choices = chunk.choices
    return bool(choices) and isinstance(choices[0].delta.content, str) and bool(
        choices[0].delta.content)  # fmt: skip


# -- sync ------------------------------------------------------------------------------------
class RawSync:
    """httpx (call floor) and httpx + httpx-sse + json (stream floor)."""

    def __init__(self, base: str, key: str, limits: httpx.Limits | None = None) -> None:
        self.http = httpx.Client(timeout=TIMEOUT, limits=limits or httpx.Limits())
        self.url, self.auth = f"{base}/chat/completions", {"Authorization": f"Bearer {key}"}

    def call(self) -> Any:
        """Make one non-streaming chat call."""
        return json.loads(self.http.post(self.url, json=BODY, headers=self.auth).content)

    def stream(self, headers: Mapping[str, str]) -> StreamResult:
        """Read one stream to its end."""
        t0 = time.perf_counter()
        first, n = None, 0
        with httpx_sse.connect_sse(self.http, "POST", self.url, json=STREAM_BODY,
                                   headers={**self.auth, **headers}) as source:  # fmt: skip
            events = source.iter_sse()
            for sse in events:
                if sse.data == DONE:
                    break
                obj = json.loads(sse.data)
                n += 1
                if first is None and _has_content(obj):
                    first = time.perf_counter() - t0
            for _ in events:  # drain the end of the body: keeps the connection reusable
                pass
        return n, first, time.perf_counter() - t0

    def close(self) -> None:
        """Close the client."""
        self.http.close()


class ExtSync:
    """openrouter_ext.OpenRouter with its defaults."""

    def __init__(self, base: str, key: str) -> None:
        from openrouter_ext import OpenRouter

        self.client = OpenRouter(api_key=key, base_url=base)

    def call(self) -> Any:
        """Make one non-streaming chat call."""
        return self.client.chat.completions.create(model=MODEL, messages=MESSAGES)

    def stream(self, headers: Mapping[str, str]) -> StreamResult:
        """Read one stream to its end."""
        t0 = time.perf_counter()
        first, n = None, 0
        with self.client.chat.completions.stream(model=MODEL, messages=MESSAGES,
                                                 extra_headers=headers) as chunks:  # fmt: skip
            for chunk in chunks:
                n += 1
                if first is None and _model_has_content(chunk):
                    first = time.perf_counter() - t0
        return n, first, time.perf_counter() - t0

    def close(self) -> None:
        """Close the client."""
        self.client.close()


class OpenAISync:
    """openai.OpenAI pointed at the mock (defaults: 2 retries, 600 s timeout)."""

    def __init__(self, base: str, key: str) -> None:
        import openai

        self.client = openai.OpenAI(base_url=base, api_key=key)

    def call(self) -> Any:
        """Make one non-streaming chat call."""
        return self.client.chat.completions.create(model=MODEL, messages=OPENAI_MESSAGES)

    def stream(self, headers: Mapping[str, str]) -> StreamResult:
        """Read one stream to its end."""
        t0 = time.perf_counter()
        first, n = None, 0
        with self.client.chat.completions.create(model=MODEL, messages=OPENAI_MESSAGES, stream=True,
                                                 extra_headers=headers) as chunks:  # fmt: skip
            for chunk in chunks:
                n += 1
                if first is None and _model_has_content(chunk):
                    first = time.perf_counter() - t0
        return n, first, time.perf_counter() - t0

    def close(self) -> None:
        """Close the client."""
        self.client.close()


# -- async -----------------------------------------------------------------------------------
class RawAsync:
    """httpx.AsyncClient (call floor) and httpx-sse's aconnect_sse + json (stream floor)."""

    def __init__(self, base: str, key: str, limits: httpx.Limits | None = None) -> None:
        self.http = httpx.AsyncClient(timeout=TIMEOUT, limits=limits or httpx.Limits())
        self.url, self.auth = f"{base}/chat/completions", {"Authorization": f"Bearer {key}"}

    async def call(self) -> Any:
        """Make one non-streaming chat call."""
        return json.loads((await self.http.post(self.url, json=BODY, headers=self.auth)).content)

    async def stream(self, headers: Mapping[str, str]) -> StreamResult:
        """Read one stream to its end."""
        t0 = time.perf_counter()
        first, n = None, 0
        async with httpx_sse.aconnect_sse(self.http, "POST", self.url, json=STREAM_BODY,
                                          headers={**self.auth, **headers}) as source:  # fmt: skip
            _opened()
            try:
                events = source.aiter_sse()
                async for sse in events:
                    if sse.data == DONE:
                        break
                    obj = json.loads(sse.data)
                    n += 1
                    if first is None and _has_content(obj):
                        first = time.perf_counter() - t0
                async for _ in events:
                    pass
            finally:
                _closed()
        return n, first, time.perf_counter() - t0

    async def close(self) -> None:
        """Close the client."""
        await self.http.aclose()


class ExtAsync:
    """openrouter_ext.AsyncOpenRouter with its defaults (or on a given httpx client)."""

    def __init__(self, base: str, key: str, http: httpx.AsyncClient | None = None) -> None:
        from openrouter_ext import AsyncOpenRouter

        self.http = http
        self.client = AsyncOpenRouter(api_key=key, base_url=base, http_client=http)

    async def call(self) -> Any:
        """Make one non-streaming chat call."""
        return await self.client.chat.completions.create(model=MODEL, messages=MESSAGES)

    async def stream(self, headers: Mapping[str, str]) -> StreamResult:
        """Read one stream to its end."""
        t0 = time.perf_counter()
        first, n = None, 0
        opened = self.client.chat.completions.stream(
            model=MODEL, messages=MESSAGES, extra_headers=headers
        )
        async with opened as chunks:
            _opened()
            try:
                async for chunk in chunks:
                    n += 1
                    if first is None and _model_has_content(chunk):
                        first = time.perf_counter() - t0
            finally:
                _closed()
        return n, first, time.perf_counter() - t0

    async def close(self) -> None:
        """Close the client."""
        await self.client.aclose()
        if self.http is not None:
            await self.http.aclose()


class OpenAIAsync:
    """openai.AsyncOpenAI pointed at the mock (defaults, or on a given httpx client)."""

    def __init__(self, base: str, key: str, http: httpx.AsyncClient | None = None) -> None:
        import openai

        self.client = openai.AsyncOpenAI(base_url=base, api_key=key, http_client=http)

    async def call(self) -> Any:
        """Make one non-streaming chat call."""
        return await self.client.chat.completions.create(model=MODEL, messages=OPENAI_MESSAGES)

    async def stream(self, headers: Mapping[str, str]) -> StreamResult:
        """Read one stream to its end."""
        t0 = time.perf_counter()
        first, n = None, 0
        chunks = await self.client.chat.completions.create(
            model=MODEL, messages=OPENAI_MESSAGES, stream=True, extra_headers=headers
        )
        async with chunks:
            _opened()
            try:
                async for chunk in chunks:
                    n += 1
                    if first is None and _model_has_content(chunk):
                        first = time.perf_counter() - t0
            finally:
                _closed()
        return n, first, time.perf_counter() - t0

    async def close(self) -> None:
        """Close the client."""
        await self.client.close()


def make_sync(name: str, base: str, key: str) -> Any:
    """Build the sync client called ``name`` (the floors share one raw httpx client class)."""
    if name in (FLOOR_CALL, FLOOR_STREAM):
        return RawSync(base, key)
    return ExtSync(base, key) if name == "openrouter_ext" else OpenAISync(base, key)


def make_async(name: str, base: str, key: str, limits: httpx.Limits | None = None,
               *, pooled: bool = False) -> Any:  # fmt: skip
    """Build the async client called ``name`` (must run inside the event loop that uses it).

    ``limits`` sets the floor's pool; with ``pooled=True`` every client gets an
    ``httpx.AsyncClient`` with those limits and the common timeout (the SDKs as
    ``http_client=``), so all three run on the same pool size.
    """
    if name in (FLOOR_CALL, FLOOR_STREAM):
        return RawAsync(base, key, limits)
    http = httpx.AsyncClient(timeout=TIMEOUT, limits=limits) if pooled and limits else None
    return ExtAsync(base, key, http) if name == "openrouter_ext" else OpenAIAsync(base, key, http)
