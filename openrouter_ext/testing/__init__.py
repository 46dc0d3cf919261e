"""A mock OpenRouter API server for offline tests (`pip install openrouter-ext[mock]`).

It serves every operation of the `openapi.yaml` it loads under `/api/v1` (the spec drives the
routes: hand-written handlers where behaviour differs, generic ones for the rest, see
`_generic.py`) with deterministic, schema-valid bodies and consistent state: a chat call gets a
generation id (`X-Generation-Id` and body `id`), its cost comes from the prices `/models`
publishes, `/generation?id=` reports the same cost, `/key` usage grows with spend, and `/keys`
CRUD really creates, updates and deletes keys (a created key works for inference), and every
other collection of the spec (workspaces and their members and budgets, guardrails and their
assignments, presets and versions, BYOK keys, observability destinations, files) is created,
listed, retrieved, updated and deleted for real, with 404 for unknown ids. Model ids resolve
through a catalog that tests can extend (`mock.add_model(MockModel(...))`) and that understands
the variant suffixes `:free`, `:online`, `:nitro`, `:floor`, `:thinking` and `:exacto`; the web
plugin answers with `url_citation` annotations. Requests need `Authorization: Bearer <key>` like
the real API and bodies are validated against the spec (400 envelope naming the field). Every
malformed body gets the error envelope, never a crash: 400 for invalid JSON (NaN and Infinity
included), JSON that is not an object, nesting deeper than 256 levels, a lone surrogate or
fields of the wrong type; 413 for a body over `max_body_bytes` (64 MiB by default).

Three ways to run it:

- in-process: `httpx.AsyncClient(transport=httpx.ASGITransport(app=MockApp()))`;
- in a thread: `with MockOpenRouter() as mock: ...` (`mock.base_url`, `mock.api_key`,
  `mock.management_key`, `mock.requests`, `mock.script(...)`, `mock.reset()`);
- as a process: `python -m openrouter_ext.testing --port 8080`.

The pytest plugin (entry point `openrouter_mock`) provides the `openrouter_mock` fixture.

Fault scenarios
---------------
A request selects scenarios with the header `X-Mock-Scenario`, or the test queues them with
`mock.script(...)` (the header wins). Syntax: `name;key=value;...`, combined on one request
with `+`, and per attempt with `|` (attempt n uses entry n; the last entry repeats)::

    X-Mock-Scenario: status;code=429;retry_after=1 | status;code=503 | ok
    X-Mock-Scenario: sequence;statuses=429,503,200          (the same, shorter)
    X-Mock-Scenario: dribble;size=1 + framing;style=crlf

Attempts are counted per request identity: the `X-Mock-Attempt-Key` header if sent, else a hash
of method, path, query, body and `X-Mock-Scenario`; so a client retrying the same request walks
the sequence. Scripts count from the moment they are added; `mock.reset()` clears all counters.
See `SCENARIOS` for every name and its parameters:

=================  ====================================  =======================================
name               parameters (defaults)                 effect
=================  ====================================  =======================================
ok                                                       normal answer
status             code=429 retry_after retry_after_date error envelope; `Retry-After` seconds
                   retry_after_ms rate_limit=0           or HTTP date (now + n s),
                   message error_type                    `retry-after-ms`, `X-RateLimit-*`
sequence           statuses=429,503,200 (+ status opts)  one status per attempt (2xx = normal)
error_200          code=502                              200 whose body is an error envelope
wrapped_error      code=400 inner=502                    400 whose `metadata.raw` is a 502 error
stall              phase=before_headers seconds=1        pause before headers, after headers or
                   after=2                               before body part `after` (mid_body)
reset              phase=mid_body after=2                TCP RST (SO_LINGER 0) at that point
close              phase=mid_body after=2                FIN: no response / incomplete body
dribble            size=1 delay=0                        body in `size`-byte writes (splits
                                                         UTF-8 characters and CRLF pairs)
keepalive_only     seconds=1 interval=0.2 then=stream    only `: OPENROUTER PROCESSING` for n s,
                                                         then the stream (or `then=close`)
mid_stream_error   after=3 done=0 code=502               error chunk after n chunks, `[DONE]`
                   error_type=provider_unavailable       only with done=1
no_done            mid_json=0                            clean end without `[DONE]` (cut
                                                         inside the last JSON with mid_json=1)
hold_after_done    seconds=30                            `[DONE]`, then the body stays open
framing            style=crlf                            comma list of nospace, cr, crlf,
                                                         multiline, fields, no_charset, json
usage              cost=absent                           usage tail: cost absent, null or byok
drift              -                                     unknown fields/enum values, empty role
tool_calls         parallel=2 split=3                    n parallel calls, arguments split in k
reasoning          -                                     reasoning deltas / message.reasoning
empty              finish=stop                           empty completion (finish=null: free)
long               tokens=1000                           answer of n tokens (n content deltas)
served             model provider                        served model/provider != requested
generation_404     k=1                                   `/generation` 404s k times, then 200
refusal            -                                     `message.refusal` (refusal deltas),
                                                         content null
invalid_json       kind=syntax                           content not the JSON asked for: cut
                                                         in half, or (schema) a JSON array
=================  ====================================  =======================================

The stream faults (`keepalive_only` to `framing`) apply to every stream type: chat, responses,
messages, and the rerank and images streams (`stream: true`), each with its own error event.
Socket faults need a real socket (`MockOpenRouter` or the CLI); in-process they raise the httpx
error a client would see (`httpx.ReadError` for a reset, `httpx.RemoteProtocolError` for a
close). Every request is recorded (`RecordedRequest`: method, path, headers with Authorization
redacted to its last 4 characters, parsed body, attempt, scenario, status, start/end time and
`disconnected_at` when the client hung up first).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import MockApp
    from ._auth import MANAGEMENT_OPERATIONS
    from ._data import MockModel
    from ._generic import Operation
    from ._media import MEDIA_MODELS, MediaSettings, media_settings
    from ._scenarios import SCENARIOS, Scenario, ScenarioError, ScenarioPlan, parse_plan
    from ._schema_example import ExampleBuilder
    from ._server import MockOpenRouter
    from ._state import AUTH_CODE, MockState, RecordedRequest

__all__ = [
    "AUTH_CODE",
    "MANAGEMENT_OPERATIONS",
    "ExampleBuilder",
    "MockModel",
    "Operation",
    "SCENARIOS",
    "MockApp",
    "MockOpenRouter",
    "MockState",
    "MEDIA_MODELS",
    "MediaSettings",
    "media_settings",
    "RecordedRequest",
    "Scenario",
    "ScenarioError",
    "ScenarioPlan",
    "parse_plan",
]

# Exports load lazily: the pytest plugin imports this package in every pytest run, and the
# server's dependencies (the `mock` extra) may not be installed.
_HOMES = {
    "AUTH_CODE": "._state", "MockState": "._state", "RecordedRequest": "._state",
    "SCENARIOS": "._scenarios", "Scenario": "._scenarios", "ScenarioError": "._scenarios",
    "ScenarioPlan": "._scenarios", "parse_plan": "._scenarios",
    "MockApp": "._app", "MockOpenRouter": "._server", "MANAGEMENT_OPERATIONS": "._auth",
    "MockModel": "._data", "Operation": "._generic", "ExampleBuilder": "._schema_example",
    "MEDIA_MODELS": "._media", "MediaSettings": "._media", "media_settings": "._media",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
