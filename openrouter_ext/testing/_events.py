"""What the stream handlers share: planning a generation, stream faults, framing.

A Responses or Messages request is turned into the chat planner's terms
(`_chat.plan_completion`: tokens, answer pieces, tool calls, reasoning, cost), so the three
APIs answer the same question with the same text and price. The stream faults chat has apply
to every stream type (chat, responses, messages, and the rerank and images streams through
`sentinel_stream_reply`):

- `mid_stream_error;after=N;code=...;error_type=...`: after N events, the API's error event;
- `no_done` (`mid_json=1`: the last event cut in half): the stream ends before its terminal
  event (`response.completed` / `message_stop`; `[DONE]` for rerank and images, whose last
  event then arrives whole: cut it with `mid_json=1`);
- `framing;style=...` (rerank and images, as chat): the SSE framing variants;
- `stall`, `keepalive_only`, `reset`, `close`, `dribble`, `hold_after_done`, `status`,
  `sequence`: on the wire, as for every operation (`_wire`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ._chat import Completion, plan_completion
from ._handlers import (
    Ctx,
    _apply_catalog,  # pyright: ignore[reportPrivateUsage]
    credit_error,
    pick_model,
)
from ._scenarios import Scenario, find
from ._state import Generation
from ._wire import Reply, error_reply, frame, json_reply, keepalive


@dataclass
class Planned:
    """One generation decided: the completion, its ids, and the stream fault if any."""

    comp: Completion
    gen_id: str
    created: int
    stream: bool
    failure: Scenario | None
    headers: list[tuple[bytes, bytes]]


def plan(ctx: Ctx, chat_body: dict[str, Any], api_type: str) -> Planned | Reply:
    """Resolve the model, check credits, plan the answer and record the generation."""
    body = ctx.body
    resolved, bad = pick_model(body, ctx.state)
    if resolved is None or resolved.model.is_embedding:
        return error_reply(400, f"{bad or body.get('model')} is not a valid model ID")
    if err := credit_error(ctx):
        return err
    gen_id, created = ctx.state.new_generation_id(), int(time.time())
    asked = {**chat_body, "model": resolved.model.id}
    if resolved.thinking and "reasoning" not in asked:
        asked["reasoning"] = {"enabled": True}
    comp = plan_completion(asked, ctx.scenarios, gen_id)
    _apply_catalog(comp, resolved, 0, ctx.scenarios)
    stream = bool(body.get("stream"))
    failure = find(ctx.scenarios, "mid_stream_error") if stream else None
    gen = Generation(gen_id, comp.model.id, comp.provider,
                     Decimal(0) if failure else comp.cost,
                     comp.upstream_cost if comp.is_byok else None, comp.is_byok,
                     comp.prompt_tokens, comp.completion_tokens, len(comp.reasoning),
                     "error" if failure else comp.finish_reason, stream, api_type)  # fmt: skip
    hide = find(ctx.scenarios, "generation_404")
    gen.hidden_lookups = hide.integer("k") if hide else 0
    assert ctx.key is not None
    ctx.state.add_generation(gen, ctx.key)
    ctx.record.generation_id = gen_id
    return Planned(comp, gen_id, created, stream, failure,
                   [(b"x-generation-id", gen_id.encode())])  # fmt: skip


def usage_numbers(comp: Completion, input_name: str, output_name: str) -> dict[str, Any]:
    """Return the cost fields both APIs add to their usage (absent/null per `usage`).

    `input_name`/`output_name` name the upstream cost split (`upstream_inference_input_cost`
    in Responses usage, `upstream_inference_prompt_cost` in Messages usage).
    """
    prompt = float(comp.prompt_tokens * comp.model.prompt_price) if comp.is_byok else 0.0
    upstream = float(comp.upstream_cost) if comp.is_byok else 0.0
    out: dict[str, Any] = {
        "cost": float(comp.cost), "is_byok": comp.is_byok,
        "cost_details": {"upstream_inference_cost": upstream if comp.is_byok else None,
                         input_name: prompt, output_name: max(0.0, upstream - prompt)},
    }  # fmt: skip
    if comp.cost_mode == "absent":
        del out["cost"]
    elif comp.cost_mode == "null":
        out["cost"] = None
    return out


def stream_reply(
    ctx: Ctx,
    planned: Planned,
    events: list[dict[str, Any]],
    error_event: Callable[[Scenario], dict[str, Any]],
    frame: Callable[[list[dict[str, Any]]], list[bytes]],
) -> Reply:
    """Apply the stream faults to `events` (the last is the terminal one) and frame them."""
    if planned.failure is not None:
        after = min(planned.failure.integer("after"), len(events) - 1)
        events = [*events[:after], error_event(planned.failure)]
    no_done = find(ctx.scenarios, "no_done")
    if no_done is not None and planned.failure is None:
        events = events[:-1]
    parts = [keepalive(frozenset()), *frame(events)]
    if no_done is not None and no_done.flag("mid_json"):
        parts[-1] = parts[-1][: len(parts[-1]) // 2]
    headers = [*planned.headers, (b"content-type", b"text/event-stream; charset=utf-8"),
               (b"cache-control", b"no-cache")]  # fmt: skip
    state, gen_id = ctx.state, planned.gen_id
    return Reply(200, headers, parts, stream=True,
                 on_disconnect=lambda: state.mark_cancelled(gen_id))  # fmt: skip


def sentinel_stream_reply(
    ctx: Ctx,
    gen_id: str,
    events: list[dict[str, Any]],
    error_event: Callable[[Scenario], dict[str, Any]],
) -> Reply:
    """Frame the events of a stream that `[DONE]` ends (rerank, images) with its faults.

    `mid_stream_error` replaces the events from `after` on by `error_event(...)` (then
    `[DONE]` only with `done=1`; the handler bills such a stream nothing); `no_done` drops
    `[DONE]` (and with `mid_json=1` cuts the last event in half); `framing` styles apply as
    for chat.
    """
    payloads = [_dumps(e) for e in events] + ["[DONE]"]
    failure = find(ctx.scenarios, "mid_stream_error")
    state = ctx.state
    if failure is not None:
        after = min(failure.integer("after"), len(events))
        payloads = [*payloads[:after], _dumps(error_event(failure))]
        payloads += ["[DONE]"] if failure.flag("done") else []
    no_done = find(ctx.scenarios, "no_done")
    if no_done is not None and payloads[-1] == "[DONE]":
        payloads.pop()
    styles = frozenset(s for f in ctx.scenarios if f.name == "framing"
                       for s in f.text("style").split(",")) - {"json"}  # fmt: skip
    parts = [keepalive(styles), *frame(payloads, styles)]
    if no_done is not None and no_done.flag("mid_json"):
        parts[-1] = parts[-1][: len(parts[-1]) // 2]
    ctype = b"text/event-stream" if "no_charset" in styles else b"text/event-stream; charset=utf-8"
    headers = [(b"x-generation-id", gen_id.encode()), (b"content-type", ctype),
               (b"cache-control", b"no-cache")]  # fmt: skip
    return Reply(200, headers, parts, stream=True,
                 on_disconnect=lambda: state.mark_cancelled(gen_id))  # fmt: skip


def _dumps(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def json_answer(planned: Planned, result: dict[str, Any]) -> Reply:
    """Answer a request without `stream: true`."""
    return json_reply(200, result, planned.headers)


def split(text: str, parts: int) -> list[str]:
    """Split `text` into `parts` pieces (at least one, never empty)."""
    size = max(1, -(-len(text) // max(1, parts)))
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]
