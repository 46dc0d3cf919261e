"""POST /responses: the Responses API, JSON or a stream.

The request's `input` (a string or message items), `instructions`, function `tools`,
`reasoning` and `max_output_tokens` are read in the chat planner's terms, so the answer
and its price are those of the same chat request. A stream sends the event sequence of the
spec: `response.created`, `response.in_progress`, then per output item (reasoning, message,
function calls) `response.output_item.added`, its parts and deltas, `response.output_item.done`,
and the terminal `response.completed` (`response.incomplete` when `max_output_tokens` cut the
answer) with the whole response and its usage. Faults: see `_events`.
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


def _text(content: Any) -> Any:
    """Return message content in chat terms (input_text/output_text parts become text)."""
    if is_array(content):
        return [{"type": "text", "text": p.get("text", "")} for p in content
                if is_object(p)]  # fmt: skip
    return content


def chat_body(body: dict[str, Any]) -> dict[str, Any]:
    """Translate a Responses request into the chat request the planner understands."""
    raw = body.get("input")
    messages: list[dict[str, Any]] = []
    if isinstance(body.get("instructions"), str):
        messages.append({"role": "system", "content": body["instructions"]})
    if isinstance(raw, str):
        messages.append({"role": "user", "content": raw})
    for item in raw if is_array(raw) else []:
        if not is_object(item):
            continue
        if item.get("type") == "function_call_output":
            messages.append({"role": "tool", "content": str(item.get("output", ""))})
        elif "role" in item:
            messages.append({"role": item["role"], "content": _text(item.get("content"))})
    tools = [{"type": "function", "function": {"name": t.get("name", "tool"),
                                               "parameters": t.get("parameters")}}
             for t in dicts_in(body.get("tools")) if is_object(t)
             and t.get("type") == "function"]  # fmt: skip
    out: dict[str, Any] = {"messages": messages, "tools": tools}
    for key in ("reasoning", "model", "models", "plugins"):
        if key in body:
            out[key] = body[key]
    if isinstance(body.get("max_output_tokens"), int):
        out["max_tokens"] = body["max_output_tokens"]
    choice = body.get("tool_choice")
    if is_object(choice) and choice.get("type") == "function":
        out["tool_choice"] = {"type": "function", "function": {"name": choice.get("name")}}
    elif isinstance(choice, str):
        out["tool_choice"] = choice
    return out


def _or(value: Any, default: Any) -> Any:
    """Return `value`, or `default` when the request sent null (or nothing)."""
    return default if value is None else value


def _id(prefix: str, gen_id: str, n: int) -> str:
    return prefix + hashlib.sha256(f"{gen_id}/{prefix}/{n}".encode()).hexdigest()[:24]


def _usage(comp: Completion) -> dict[str, Any]:
    p, c = comp.prompt_tokens, comp.completion_tokens
    return {"input_tokens": p, "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": c, "output_tokens_details": {"reasoning_tokens": len(comp.reasoning)},
            "total_tokens": p + c,
            **usage_numbers(comp, "upstream_inference_input_cost",
                            "upstream_inference_output_cost")}  # fmt: skip


class _Render:
    """The events and the final response of one planned generation."""

    def __init__(self, planned: Planned, body: dict[str, Any]) -> None:
        self.p = planned
        self.body = body
        self.events: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []

    def emit(self, kind: str, **fields: Any) -> None:
        self.events.append({"type": kind, "sequence_number": len(self.events), **fields})

    def response(self, status: str, *, output: list[dict[str, Any]], final: bool) -> dict[str, Any]:
        comp, body = self.p.comp, self.body
        incomplete = status == "incomplete"
        # OpenRouter's server tools (`openrouter:*`) may be sent, but the result's `tools`
        # has no schema for them: echo the others
        tools = [
            t
            for t in dicts_in(body.get("tools"))
            if is_object(t) and not str(t.get("type", "")).startswith("openrouter:")
        ]
        out: dict[str, Any] = {
            "id": self.p.gen_id, "object": "response", "created_at": self.p.created,
            "model": comp.model.id, "status": status,
            "completed_at": self.p.created if final else None, "output": output,
            "error": None,
            "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
            "temperature": body.get("temperature"), "top_p": body.get("top_p"),
            "presence_penalty": None, "frequency_penalty": None,
            "instructions": body.get("instructions"), "metadata": body.get("metadata") or {},
            "tools": tools,  # a null in the request is the default in the result:
            "tool_choice": _or(body.get("tool_choice"), "auto"),
            "parallel_tool_calls": _or(body.get("parallel_tool_calls"), True),
            "max_output_tokens": body.get("max_output_tokens"),
        }  # fmt: skip
        if final:
            out["usage"] = _usage(comp)
            out["output_text"] = "".join(comp.pieces)
        return out

    def render(self) -> None:
        comp, gen_id = self.p.comp, self.p.gen_id
        self.emit("response.created", response=self.response("in_progress", output=[],
                                                              final=False))  # fmt: skip
        self.emit("response.in_progress", response=self.response("in_progress", output=[],
                                                                 final=False))  # fmt: skip
        if comp.reasoning:
            self._reasoning(_id("rs_", gen_id, 0))
        if comp.pieces or comp.refusal or not comp.tool_calls:
            self._message(_id("msg_", gen_id, 0))
        for call in comp.tool_calls:
            self._call(_id("fc_", gen_id, len(self.items)), call.id, call.name, call.arguments)
        status = "incomplete" if comp.finish_reason == "length" else "completed"
        self.emit(f"response.{status}", response=self.response(status, output=self.items,
                                                               final=True))  # fmt: skip

    def _open(self, item: dict[str, Any]) -> int:
        index = len(self.items)
        self.emit("response.output_item.added", output_index=index,
                  item={**item, "status": "in_progress"} if "status" in item else item)  # fmt: skip
        return index

    def _close(self, index: int, item: dict[str, Any]) -> None:
        self.items.append(item)
        self.emit("response.output_item.done", output_index=index, item=item)

    def _reasoning(self, item_id: str) -> None:
        text = "".join(self.p.comp.reasoning)
        index = self._open({"type": "reasoning", "id": item_id, "summary": []})
        at = {"item_id": item_id, "output_index": index, "summary_index": 0}
        self.emit("response.reasoning_summary_part.added", **at,
                  part={"type": "summary_text", "text": ""})  # fmt: skip
        for piece in self.p.comp.reasoning:
            self.emit("response.reasoning_summary_text.delta", **at, delta=piece)
        self.emit("response.reasoning_summary_text.done", **at, text=text)
        part = {"type": "summary_text", "text": text}
        self.emit("response.reasoning_summary_part.done", **at, part=part)
        self._close(index, {"type": "reasoning", "id": item_id, "summary": [part]})

    def _message(self, item_id: str) -> None:
        comp = self.p.comp
        index = self._open({"type": "message", "id": item_id, "role": "assistant",
                            "status": "in_progress", "content": []})  # fmt: skip
        at = {"item_id": item_id, "output_index": index, "content_index": 0}
        if comp.refusal:
            text = "".join(comp.refusal)
            self.emit("response.content_part.added", **at, part={"type": "refusal", "refusal": ""})
            for piece in comp.refusal:
                self.emit("response.refusal.delta", **at, delta=piece)
            self.emit("response.refusal.done", **at, refusal=text)
            part: dict[str, Any] = {"type": "refusal", "refusal": text}
        else:
            text = "".join(comp.pieces)
            self.emit("response.content_part.added", **at,
                      part={"type": "output_text", "text": "", "annotations": []})  # fmt: skip
            for piece in comp.pieces:
                self.emit("response.output_text.delta", **at, delta=piece, logprobs=[])
            self.emit("response.output_text.done", **at, text=text, logprobs=[])
            part = {"type": "output_text", "text": text, "annotations": []}
        self.emit("response.content_part.done", **at, part=part)
        status = "incomplete" if comp.finish_reason == "length" else "completed"
        self._close(index, {"type": "message", "id": item_id, "role": "assistant",
                            "status": status, "content": [part]})  # fmt: skip

    def _call(self, item_id: str, call_id: str, name: str, arguments: str) -> None:
        base = {"type": "function_call", "id": item_id, "call_id": call_id, "name": name}
        index = self._open({**base, "arguments": "", "status": "in_progress"})
        at = {"item_id": item_id, "output_index": index}
        for piece in split(arguments, self.p.comp.tool_split):
            self.emit("response.function_call_arguments.delta", **at, delta=piece)
        self.emit("response.function_call_arguments.done", **at, name=name, arguments=arguments)
        self._close(index, {**base, "arguments": arguments, "status": "completed"})


def error_event(failure: Scenario) -> dict[str, Any]:
    """Return the in-band `error` event of a failed stream."""
    return {"type": "error", "code": failure.text("error_type"),
            "message": "Provider disconnected mid-stream (mock)", "param": None,
            "sequence_number": 0}  # fmt: skip


def frame(events: list[dict[str, Any]]) -> list[bytes]:
    """Frame events as SSE (data lines only, as the spec describes the stream)."""
    return [b"data: " + _DUMPS(e).encode() + b"\n\n" for e in events]


async def responses(ctx: Ctx) -> Reply:
    """POST /responses: the response as JSON, or its events when `stream: true`."""
    planned = plan(ctx, chat_body(ctx.body), "responses")
    if isinstance(planned, Reply):
        return planned
    render = _Render(planned, ctx.body)
    render.render()
    if not planned.stream:
        return json_answer(planned, render.events[-1]["response"])
    return stream_reply(ctx, planned, render.events, error_event, frame)
