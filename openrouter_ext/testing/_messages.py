"""POST /messages: the Anthropic-compatible Messages API, JSON or a stream.

The request's `messages`, `system`, `tools` (`input_schema`), `tool_choice`, `thinking` and
`max_tokens` are read in the chat planner's terms, so the answer and its price are those of
the same chat request. A stream sends the spec's event sequence, each with its `event:` line:
`message_start` (usage of the input), a `ping`, per content block (thinking, text, tool_use)
`content_block_start` → `content_block_delta`s (`thinking_delta` + `signature_delta`,
`text_delta`, `input_json_delta`) → `content_block_stop`, then `message_delta` (stop reason,
output usage and cost) and `message_stop`. Faults: see `_events`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ._chat import Completion
from ._events import Planned, json_answer, plan, split, stream_reply, usage_numbers
from ._handlers import Ctx
from ._json import dicts_in, is_array, is_object
from ._scenarios import Scenario
from ._wire import Reply

_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_STOP = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"}


def _content(content: Any) -> Any:
    """Return message content in chat terms (tool results become their text)."""
    if not is_array(content):
        return content
    texts: list[dict[str, Any]] = []
    for block in content:
        if not is_object(block):
            continue
        if block.get("type") == "tool_result":
            texts.append({"type": "text", "text": str(_content(block.get("content")))})
        elif isinstance(block.get("text"), str):
            texts.append({"type": "text", "text": block["text"]})
    return texts


def chat_body(body: dict[str, Any]) -> dict[str, Any]:
    """Translate a Messages request into the chat request the planner understands."""
    messages: list[dict[str, Any]] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": _content(system)})
    for m in dicts_in(body.get("messages")):
        if not is_object(m):
            continue
        content = m.get("content")
        results = is_array(content) and any(
            is_object(b) and b.get("type") == "tool_result" for b in content
        )
        messages.append({"role": "tool" if results else m.get("role"),
                         "content": _content(content)})  # fmt: skip
    tools = [{"type": "function", "function": {"name": t.get("name", "tool"),
                                               "parameters": t.get("input_schema")}}
             for t in dicts_in(body.get("tools")) if is_object(t) and "name" in t]  # fmt: skip
    out: dict[str, Any] = {"messages": messages, "tools": tools}
    for key in ("model", "models", "plugins"):
        if key in body:
            out[key] = body[key]
    if isinstance(body.get("max_tokens"), int):
        out["max_tokens"] = body["max_tokens"]
    thinking = body.get("thinking")
    if is_object(thinking):
        out["reasoning"] = {"enabled": thinking.get("type") == "enabled"}
    choice = body.get("tool_choice")
    if is_object(choice):
        kind = choice.get("type")
        if kind == "tool":
            out["tool_choice"] = {"type": "function", "function": {"name": choice.get("name")}}
        elif kind in ("none", "auto"):
            out["tool_choice"] = kind
        elif kind == "any":
            out["tool_choice"] = "required"
    return out


def _usage(comp: Completion, *, final: bool) -> dict[str, Any]:
    usage: dict[str, Any] = {
        "input_tokens": comp.prompt_tokens,
        "output_tokens": comp.completion_tokens if final else 1,
        "output_tokens_details": {"thinking_tokens": len(comp.reasoning) if final else 0},
        "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
        "cache_creation": None, "inference_geo": None, "server_tool_use": None,
        "service_tier": "standard",
    }  # fmt: skip
    if final:
        usage.update(
            usage_numbers(
                comp, "upstream_inference_prompt_cost", "upstream_inference_completions_cost"
            )
        )
    return usage


def _signature(gen_id: str) -> str:
    return hashlib.sha256(f"{gen_id}/signature".encode()).hexdigest()


def render(planned: Planned) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Return the stream's events and the message a JSON answer carries."""
    comp, gen_id = planned.comp, planned.gen_id
    stop = _STOP.get(comp.finish_reason or "stop", "end_turn")
    head = {"id": gen_id, "type": "message", "role": "assistant", "model": comp.model.id,
            "provider": comp.provider, "container": None, "stop_details": None}  # fmt: skip
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {**head, "content": [], "stop_reason": None,
                                              "stop_sequence": None,
                                              "usage": _usage(comp, final=False)}},
        {"type": "ping"},
    ]  # fmt: skip
    blocks: list[dict[str, Any]] = []

    def block(start: dict[str, Any], deltas: list[dict[str, Any]], final: dict[str, Any]) -> None:
        index = len(blocks)
        events.append({"type": "content_block_start", "index": index, "content_block": start})
        events.extend({"type": "content_block_delta", "index": index, "delta": d} for d in deltas)
        events.append({"type": "content_block_stop", "index": index})
        blocks.append(final)

    if comp.reasoning:
        thinking, signature = "".join(comp.reasoning), _signature(gen_id)
        block({"type": "thinking", "thinking": "", "signature": ""},
              [*({"type": "thinking_delta", "thinking": p} for p in comp.reasoning),
               {"type": "signature_delta", "signature": signature}],
              {"type": "thinking", "thinking": thinking, "signature": signature})  # fmt: skip
    if comp.pieces or comp.refusal or not comp.tool_calls:
        pieces = comp.pieces or comp.refusal
        block({"type": "text", "text": "", "citations": None},
              [{"type": "text_delta", "text": p} for p in pieces],
              {"type": "text", "text": "".join(pieces), "citations": None})  # fmt: skip
    for call in comp.tool_calls:
        tool_id = "toolu_" + call.id.removeprefix("call_")
        block({"type": "tool_use", "id": tool_id, "caller": {"type": "direct"},
               "name": call.name, "input": {}},
              [{"type": "input_json_delta", "partial_json": p}
               for p in split(call.arguments, comp.tool_split)],
              {"type": "tool_use", "id": tool_id, "caller": {"type": "direct"},
               "name": call.name, "input": json.loads(call.arguments)})  # fmt: skip
    usage = _usage(comp, final=True)
    events.append({"type": "message_delta",
                   "delta": {"stop_reason": stop, "stop_sequence": None, "container": None,
                             "stop_details": None},
                   "usage": usage})  # fmt: skip
    events.append({"type": "message_stop"})
    message = {**head, "content": blocks, "stop_reason": stop, "stop_sequence": None,
               "usage": usage}  # fmt: skip
    return events, message


def error_event(failure: Scenario) -> dict[str, Any]:
    """Return the in-band `error` event of a failed stream."""
    return {"type": "error", "error": {"type": "api_error",
                                       "message": "Provider disconnected mid-stream (mock)",
                                       "error_type": failure.text("error_type")}}  # fmt: skip


def frame(events: list[dict[str, Any]]) -> list[bytes]:
    """Frame events as SSE with their `event:` line, as the Messages API sends them."""
    return [f"event: {e['type']}\ndata: {_DUMPS(e)}\n\n".encode() for e in events]


async def messages(ctx: Ctx) -> Reply:
    """POST /messages: the message as JSON, or its events when `stream: true`."""
    planned = plan(ctx, chat_body(ctx.body), "messages")
    if isinstance(planned, Reply):
        return planned
    events, message = render(planned)
    if not planned.stream:
        return json_answer(planned, message)
    return stream_reply(ctx, planned, events, error_event, frame)
