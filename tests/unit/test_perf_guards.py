"""Performance guards that do not time anything (so they are stable on a busy CI machine).

1. ``import openrouter_ext`` must not drag in the mock server, OpenTelemetry, the CLI or test
   tooling, nor every generated model (the models package is lazy): each costs import time
   and RSS for every user (``make bench`` measures both). None of the 176 generated model
   modules load today, nor the generated package at all (5 models before the seam bound its
   hot-path models on first use, 40 before 4496c44, all of them before 9682504).
   Nor may it load what only some calls need (asyncio, backoff, sqlite3, csv, difflib,
   httpx-sse, the generated package, the async client): each loads on the first call that
   needs it (checked too).
2. The number of Python function calls per streamed chunk (and per non-streaming call) is
   counted with ``sys.setprofile`` on an in-memory ``httpx.MockTransport``; a regression in
   the hot path shows up as more calls, whatever the machine's speed.

   What is counted is what this package adds: per streamed chunk, every call (the marginal
   cost of one more chunk; the httpx-sse + json floor is printed beside it); per
   ``create()``, the calls above the floor of the same request made with httpx alone (POST
   and ``json.loads``, counted in the same run), so httpx's own calls neither hide a
   regression of ours nor fail the guard when httpx changes.

   A budget is the count measured when it was set (``MEASURED_*``) times ``MARGIN`` (1.3):
   a refactor that adds a call or two fits, a real regression (a second parse per chunk, a
   closure per call, twice the calls) does not. When a change lowers a count for good, lower
   its ``MEASURED_*`` too; when one raises it past the budget, look at ``make bench`` first.

   History (CPython 3.11, httpx 0.28, httpx-sse 0.4): 40 calls per streamed chunk at 34c2661
   (60 before the generator stopped importing inside ``from_dict``), 29 after one-line events
   skipped the SSE line decoders (6072980), 28 once the stream skipped its open check (budget
   36 by then); 494 calls per ``create()`` at 34c2661, 479 at 5b2e35c, 414 at c92eaa4 (total
   budget 620, 50 % over), 415 with the injectable clock: 56 above the httpx floor of 359.
3. The calls per ``create()`` do not grow with the length of the chat history.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import openrouter_ext
from openrouter_ext import OpenRouter

#: Generated ``openrouter_api.models.*`` modules ``import openrouter_ext`` + a client may load.
MODEL_MODULES_BUDGET = 0
#: Headroom of every call budget over the count measured when it was set.
MARGIN = 1.3
#: Python function calls (``sys.setprofile`` "call" events) per streamed chunk, measured.
MEASURED_CALLS_PER_CHUNK = 28
#: ... per non-streaming ``chat.completions.create()`` above httpx's own POST, measured.
MEASURED_CALLS_PER_CREATE_ABOVE_HTTPX = 56
CALLS_PER_CHUNK_BUDGET = int(MEASURED_CALLS_PER_CHUNK * MARGIN)  # 36
CALLS_PER_CREATE_ABOVE_HTTPX_BUDGET = int(MEASURED_CALLS_PER_CREATE_ABOVE_HTTPX * MARGIN)  # 72

FORBIDDEN_ON_IMPORT = (
    "starlette", "uvicorn", "jsonschema", "opentelemetry", "yaml", "openai", "hypothesis",
    "schemathesis", "pytest", "openrouter_ext.testing", "openrouter_ext.otel",
    "openrouter_ext._cli.main", "openrouter_ext._cli.costs",
)  # fmt: skip

#: Loaded by the first call that needs them, never by ``import openrouter_ext`` + a client.
DEFERRED_ON_IMPORT = (
    "asyncio", "backoff", "sqlite3", "csv", "difflib", "httpx_sse", "openrouter_api",
    "openrouter_ext._core._async.client", "openrouter_ext.resources._async._pages",
)  # fmt: skip

BASE = "http://perf-guard.invalid/api/v1"
MODEL = "openai/gpt-4o-mini"
MESSAGES = [{"role": "user", "content": "Hi!"}]
_HEAD = (
    '{"id":"gen-1","object":"chat.completion.chunk","created":1700000000,'
    '"model":"openai/gpt-4o-mini","provider":"OpenAI","choices":[{"index":0,"delta":'
)
_TAIL = ',"finish_reason":null,"native_finish_reason":null}]}'
_RESULT = {
    "id": "gen-1", "object": "chat.completion", "created": 1700000000, "model": MODEL,
    "provider": "OpenAI",
    "choices": [{"index": 0, "finish_reason": "stop", "native_finish_reason": "stop",
                 "message": {"role": "assistant", "content": "Mock reply — café 🚀."}}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 12, "total_tokens": 17, "cost": 0.0000079},
}  # fmt: skip


def test_import_does_not_load_optional_dependencies() -> None:
    code = (
        "import sys, json; import openrouter_ext; "
        "openrouter_ext.OpenRouter(api_key='x'); print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    loaded = set(json.loads(out))
    leaked = sorted(m for m in loaded if any(m == f or m.startswith(f + ".")
                                             for f in FORBIDDEN_ON_IMPORT))  # fmt: skip
    assert not leaked, f"`import openrouter_ext` loads {leaked}: import them lazily"
    models = [m for m in loaded if m.startswith("openrouter_api.models.")]
    assert len(models) <= MODEL_MODULES_BUDGET, (
        f"`import openrouter_ext` loads {len(models)} generated model modules "
        f"(budget {MODEL_MODULES_BUDGET}): import models where they are used"
    )


def test_import_alone_loads_no_more_of_httpx_than_httpx_does() -> None:
    """httpx loads httpcore with its first client; ``import openrouter_ext`` must not either."""
    code = (
        "import sys, json; import httpx; before = 'httpcore' in sys.modules; "
        "import openrouter_ext; print(json.dumps([before, 'httpcore' in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    httpx_loads_it, we_load_it = json.loads(out)
    assert we_load_it == httpx_loads_it


def test_import_defers_what_only_some_calls_need() -> None:
    code = (
        "import sys, json; import openrouter_ext; openrouter_ext.OpenRouter(api_key='x'); "
        "loaded = sorted(sys.modules); from openrouter_ext import AsyncOpenRouter; "
        "print(json.dumps([loaded, sorted(sys.modules), AsyncOpenRouter.__module__, "
        "'AsyncOpenRouter' in dir(openrouter_ext)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    loaded, after, module, listed = json.loads(out)
    early = [d for d in DEFERRED_ON_IMPORT
             if any(m == d or m.startswith(d + ".") for m in loaded)]  # fmt: skip
    assert not early, f"`import openrouter_ext` loads {early}: import them where they are used"
    assert module == "openrouter_ext._core._async.client" and listed
    assert "openrouter_ext._core._async.client" in after
    with pytest.raises(AttributeError, match="has no attribute 'AsyncOpenRouterr'"):
        openrouter_ext.AsyncOpenRouterr  # noqa: B018  # the lazy __getattr__ still refuses typos


_FIRST_USE = r"""
import json, sys
import httpx
from openrouter_ext import CostTracker, OpenRouter

seen = {}
def step(name, *modules):
    seen[name] = [m for m in modules if m in sys.modules]

step("import", "csv", "sqlite3", "difflib", "httpx_sse", "backoff", "asyncio", "openrouter_api")
CostTracker().to_csv()
step("to_csv", "csv")
CostTracker(ledger=sys.argv[1])
step("ledger", "sqlite3")
failures = [503]
def handler(request):
    if failures:
        return httpx.Response(failures.pop(), headers={"retry-after": "0"}, json={})
    if json.loads(request.content).get("stream"):
        return httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=b"data: [DONE]\n\n")
    return httpx.Response(200, json=RESULT)
client = OpenRouter(api_key="sk-test", base_url=BASE,
                    http_client=httpx.Client(transport=httpx.MockTransport(handler)))
try:
    client.chat.completions.create(model=MODEL, messages=MESSAGES, temprature=0.5)
except TypeError as exc:
    assert "did you mean 'temperature'" in str(exc)
else:
    raise AssertionError("a typo must raise TypeError")
step("typo", "difflib", "openrouter_api", "openrouter_api.models.chat_result")
client.chat.completions.create(model=MODEL, messages=MESSAGES)
step("retry", "backoff", "asyncio", "openrouter_api.models.chat_result")
with client.chat.completions.stream(model=MODEL, messages=MESSAGES) as stream:
    list(stream)
step("stream", "httpx_sse")
print(json.dumps(seen))
"""


def test_deferred_modules_load_on_first_use(tmp_path: Path) -> None:
    """What ``import openrouter_ext`` defers still loads (and works) when a call needs it."""
    constants = f"BASE, MODEL, MESSAGES, RESULT = {BASE!r}, {MODEL!r}, {MESSAGES!r}, {_RESULT!r}"
    code = constants + textwrap.dedent(_FIRST_USE)
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ledger.sqlite3")],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert json.loads(out) == {
        "import": [], "to_csv": ["csv"], "ledger": ["sqlite3"],
        "typo": ["difflib", "openrouter_api"],  # ChatRequest's fields; no chat model yet
        "retry": ["backoff", "asyncio", "openrouter_api.models.chat_result"],
        "stream": ["httpx_sse"],
    }  # fmt: skip


def _sse_events(chunks: int) -> list[bytes]:
    """One bytes object per SSE event (as the mock writes them): role, content..., finish."""
    data = [_HEAD + '{"role":"assistant","content":"Mock "}' + _TAIL]
    data += [_HEAD + '{"content":"café "}' + _TAIL] * (chunks - 3)
    data.append(_HEAD + '{},"finish_reason":"stop","native_finish_reason":"stop"}]}')
    data.append(json.dumps({**_RESULT, "object": "chat.completion.chunk", "choices": []}))
    events = [b": OPENROUTER PROCESSING\n\n"]
    events += [f"data: {d}\n\n".encode() for d in [*data, "[DONE]"]]
    return events


def _client(chunks: int) -> OpenRouter:
    events = _sse_events(chunks)
    result = json.dumps(_RESULT).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content).get("stream"):
            return httpx.Response(200, headers={"content-type": "text/event-stream"},
                                  content=iter(events))  # fmt: skip
        return httpx.Response(200, headers={"content-type": "application/json"}, content=result)

    return OpenRouter(api_key="sk-test", base_url=BASE,
                      http_client=httpx.Client(transport=httpx.MockTransport(handler)))  # fmt: skip


def _count_calls(fn: Callable[[], Any]) -> int:
    """Count Python function calls (and generator resumptions) made while fn runs."""
    calls = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    # A garbage collection inside fn would run earlier tests' finalizers (weakref.finalize,
    # __del__) and count their calls: collect first and keep the collector off meanwhile.
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
        if enabled:
            gc.enable()
    return calls


def _stream_calls(chunks: int) -> int:
    client = _client(chunks)

    def consume() -> None:
        with client.chat.completions.stream(model=MODEL, messages=MESSAGES) as stream:
            got = sum(1 for _ in stream)
        assert got == chunks

    consume()  # warm: lazy imports and caches are not per-chunk costs
    return _count_calls(consume)


def _floor_stream_calls(chunks: int) -> int:
    import httpx_sse

    events = _sse_events(chunks)
    http = httpx.Client(transport=httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"content-type": "text/event-stream"},
                                 content=iter(events))))  # fmt: skip

    def consume() -> None:
        with httpx_sse.connect_sse(http, "POST", f"{BASE}/chat/completions",
                                   json={"model": MODEL, "stream": True}) as source:  # fmt: skip
            for sse in source.iter_sse():
                if sse.data == "[DONE]":
                    break
                json.loads(sse.data)

    consume()
    return _count_calls(consume)


def _per_chunk(count: Callable[[int], int], small: int = 200, big: int = 2000) -> float:
    """Marginal calls per chunk: the fixed per-stream cost cancels out."""
    return (count(big) - count(small)) / (big - small)


def test_python_calls_per_streamed_chunk_within_budget() -> None:
    per_chunk = _per_chunk(_stream_calls)
    floor = _per_chunk(_floor_stream_calls)
    print(f"calls per streamed chunk: openrouter_ext {per_chunk:.1f}, floor {floor:.1f}")
    assert per_chunk <= CALLS_PER_CHUNK_BUDGET, (
        f"{per_chunk:.1f} Python calls per streamed chunk > budget {CALLS_PER_CHUNK_BUDGET} "
        f"(httpx-sse + json floor: {floor:.1f}); see make bench"
    )


def _floor_create_calls() -> int:
    """Calls of the same request with httpx alone: POST the body, ``json.loads`` the answer."""
    result = json.dumps(_RESULT).encode()
    http = httpx.Client(transport=httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"content-type": "application/json"},
                                 content=result)))  # fmt: skip

    def post() -> None:
        response = http.post(
            f"{BASE}/chat/completions", json={"model": MODEL, "messages": MESSAGES}
        )
        json.loads(response.content)

    for _ in range(3):
        post()
    return _count_calls(post)


def test_python_calls_per_create_within_budget() -> None:
    client = _client(10)

    def create() -> None:
        client.chat.completions.create(model=MODEL, messages=MESSAGES)

    for _ in range(3):
        create()
    calls, floor = _count_calls(create), _floor_create_calls()
    print(f"calls per create(): {calls}, httpx floor {floor}, ours {calls - floor}")
    assert calls - floor <= CALLS_PER_CREATE_ABOVE_HTTPX_BUDGET, (
        f"create() makes {calls - floor} Python calls above httpx's own {floor} > budget "
        f"{CALLS_PER_CREATE_ABOVE_HTTPX_BUDGET}; see make bench"
    )


def test_python_calls_per_create_do_not_grow_with_the_history() -> None:
    # A long chat history (an agent's 100th turn) is encoded by json's C encoder, not walked
    # in Python first: the calls per create() are the same for 1 and 200 messages.
    client = _client(10)
    long = [{"role": "user" if i % 2 else "assistant", "content": f"turn {i}"} for i in range(200)]

    def counted(messages: list[dict[str, str]]) -> int:
        def create() -> None:
            client.chat.completions.create(model=MODEL, messages=messages)

        create()
        return _count_calls(create)

    short_calls, long_calls = counted(MESSAGES), counted(long)
    assert long_calls - short_calls <= 2, (short_calls, long_calls)
