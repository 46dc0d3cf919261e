"""Deterministic chat completions: tokens, text, tool calls, reasoning, cost, SSE events.

Token counting: prompt tokens = ceil(characters of all text content / 4) + 4 per message
(+85 per image part); each streamed piece of the answer is one completion token. The answer
echoes the last user message and always contains multi-byte UTF-8 ("café — 你好 🚀").
Cost = prompt_tokens * pricing.prompt + completion_tokens * pricing.completion + pricing.request
(Decimal, rounded to 12 significant digits); with `usage;cost=byok` the charge is a 5 % fee on
that upstream cost.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

from ._data import MODELS, MODELS_BY_ID, MockModel
from ._json import as_dict, as_list, dict_of, dicts_in
from ._scenarios import Attempt, find
from ._schemagen import instance
from ._state import money

BYOK_FEE: Final = Decimal("0.05")
_WORDS: Final = re.compile(r"\s*\S+\s*|\s+")
_FILLER: Final = ("Mock ", "tokens ", "stream ", "café ", "— ", "naïve ", "你好 ", "🚀 ", "ok. ")
_DUMPS: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_JSON_PIECES: Final = re.compile(r".{1,8}", re.S)  # a structured answer streams in 8-char pieces
REFUSAL_TEXT: Final = "I'm sorry, but I can't help with that request (mock refusal)."


@dataclass
class ToolCall:
    """One planned function call."""

    id: str
    name: str
    arguments: str


@dataclass
class Completion:
    """Everything decided about one chat completion before it is rendered."""

    model: MockModel
    provider: str
    prompt_tokens: int
    pieces: list[str]
    reasoning: list[str]
    tool_calls: list[ToolCall]
    finish_reason: str | None
    cost: Decimal
    upstream_cost: Decimal
    is_byok: bool
    cost_mode: str = "normal"  # normal | absent | null
    drift: bool = False
    tool_split: int = 3
    extra: dict[str, Any] = field(default_factory=dict[str, Any])
    refusal: list[str] = field(default_factory=list[str])

    @property
    def completion_tokens(self) -> int:
        return (
            len(self.pieces)
            + len(self.refusal)
            + len(self.reasoning)
            + sum(max(1, len(c.arguments) // 4) for c in self.tool_calls)
        )

    @property
    def content(self) -> str:
        return "".join(self.pieces)

    def usage(self) -> dict[str, Any]:
        """Render `ChatUsage`."""
        p, c = self.prompt_tokens, self.completion_tokens
        prompt_cost = p * self.model.prompt_price
        usage: dict[str, Any] = {
            "prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": len(self.reasoning)},
            "cost": money(self.cost), "is_byok": self.is_byok,
            "cost_details": {
                "upstream_inference_cost": money(self.upstream_cost) if self.is_byok else None,
                "upstream_inference_prompt_cost": money(prompt_cost) if self.is_byok else 0,
                "upstream_inference_completions_cost":
                    money(self.upstream_cost - prompt_cost) if self.is_byok else 0,
            },
        }  # fmt: skip
        if self.cost_mode == "absent":
            del usage["cost"]
        elif self.cost_mode == "null":
            usage["cost"] = None
        if self.drift:
            usage["mock_future_tokens"] = 0
        return usage


def text_of(content: Any) -> tuple[str, int]:
    """Return (text, image parts) of a message `content` (string or parts)."""
    if isinstance(content, str):
        return content, 0
    items = as_list(content)
    if items is not None:
        parts = dicts_in(items)
        texts = [p.get("text", "") for p in parts]
        images = sum(1 for p in parts if p.get("type") == "image_url")
        return "".join(t for t in texts if isinstance(t, str)), images
    return "", 0


def count_prompt_tokens(messages: list[Any]) -> int:
    """Apply the documented deterministic prompt token count."""
    chars = images = 0
    for m in messages:
        text, imgs = text_of(dict_of(m).get("content"))
        chars += len(text)
        images += imgs
    return math.ceil(chars / 4) + 4 * len(messages) + 85 * images


def compute_cost(model: MockModel, prompt_tokens: int, completion_tokens: int) -> Decimal:
    """Return the exact cost (12 significant digits) from the catalogue's prices."""
    cost = (prompt_tokens * model.prompt_price + completion_tokens * model.completion_price
            + model.request_price)  # fmt: skip
    return Decimal(f"{cost:.12g}")


def _answer_text(body: dict[str, Any]) -> str:
    messages = body.get("messages", [])
    last_user = next((m for m in reversed(messages) if m.get("role") == "user"), None)
    said = " ".join(text_of(last_user.get("content"))[0].split()) if last_user else ""
    if len(said) > 120:
        said = said[:117] + "..."
    if messages and messages[-1].get("role") == "tool":
        tool_text = " ".join(text_of(messages[-1].get("content"))[0].split())[:80]
        return f"Based on the tool result ({tool_text}): done — café, 你好 🚀."
    structured = _structured_answer(body, said)
    if structured is not None:
        return structured
    return f"Mock reply to: {said} — café, 你好 🚀."


def _structured_answer(body: dict[str, Any], said: str) -> str | None:
    """Return the JSON text answering a `response_format` of json_schema/json_object, or None.

    json_schema: a deterministic instance of the schema (`_schemagen.instance`, valid against
    it); json_object: a small JSON object.
    """
    fmt = as_dict(body.get("response_format"))
    if fmt is None:
        return None
    if fmt.get("type") == "json_schema":
        schema = as_dict(dict_of(fmt.get("json_schema")).get("schema"))
        return _DUMPS(instance(schema if schema is not None else {"type": "object"}, "answer"))
    if fmt.get("type") == "json_object":
        return _DUMPS({"answer": said, "note": "café — 你好 🚀"})
    return None


def _answer_pieces(body: dict[str, Any], scenarios: Attempt) -> list[str]:
    """Split the answer into content pieces (one token each); JSON answers in 8-char pieces.

    Scenario `invalid_json` breaks the JSON: `kind=syntax` cuts it in half (with a "…"),
    `kind=schema` answers a JSON array, which fits no object schema.
    """
    text = _answer_text(body)
    fmt = as_dict(body.get("response_format"))
    is_json = fmt is not None and fmt.get("type") in ("json_schema", "json_object")
    broken = find(scenarios, "invalid_json")
    if broken is not None:
        is_json = True
        if broken.text("kind") == "syntax":
            text = text[: len(text) // 2] + "…"
        else:
            text = _DUMPS(["mock", "not", "the", "schema"])
    return _JSON_PIECES.findall(text) if is_json else _WORDS.findall(text)


def sample_value(schema: Any, name: str) -> Any:
    """Produce a deterministic value valid against a JSON schema (`_schemagen.instance`)."""
    return instance(schema, name)


def _tool_calls(body: dict[str, Any], gen_id: str, forced: int) -> list[ToolCall]:
    tools: list[dict[str, Any]] = [t for t in dicts_in(body.get("tools")) if "function" in t]
    choice = body.get("tool_choice")
    messages: list[Any] = body.get("messages") or [{}]
    if not forced and (not tools or choice == "none" or messages[-1].get("role") == "tool"):
        return []
    if not tools:
        tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {
            "type": "object", "properties": {"city": {"type": "string"}}}}}]  # fmt: skip
    chosen = as_dict(choice)
    if chosen is not None and "function" in chosen:
        wanted = chosen["function"].get("name")
        tools = [t for t in tools if t["function"].get("name") == wanted] or tools
    count = forced or 1
    calls: list[ToolCall] = []
    for i, tool in zip(range(count), itertools.cycle(tools)):
        fn = tool["function"]
        args = sample_value(fn.get("parameters") or {"type": "object"}, fn.get("name", "tool"))
        call_id = "call_" + hashlib.sha256(f"{gen_id}/{i}".encode()).hexdigest()[:24]
        calls.append(ToolCall(call_id, fn.get("name", "tool"), _DUMPS(args)))
    return calls


def wants_reasoning(body: dict[str, Any], model: MockModel) -> bool:
    """Decide whether the request asks for reasoning output."""
    if model.reasoning_mandatory:
        return True
    reasoning = as_dict(body.get("reasoning"))
    if reasoning is not None:
        return (
            not reasoning.get("exclude")
            and reasoning.get("effort") != "none"
            and (reasoning.get("enabled") is not False)
        )
    effort = body.get("reasoning_effort")
    return bool(body.get("include_reasoning")) or (effort is not None and effort != "none")


def plan_completion(body: dict[str, Any], scenarios: Attempt, gen_id: str) -> Completion:
    """Decide tokens, pieces, tool calls, finish reason and cost of one chat request."""
    requested = MODELS_BY_ID.get(body.get("model") or "")
    served = find(scenarios, "served")
    model = requested or MODELS_BY_ID["openai/gpt-4o-mini"]
    provider = model.providers[0]
    if served is not None:
        model = MODELS_BY_ID.get(served.opt("model") or "") or _other_model(model)
        provider = served.opt("provider") or (model.providers[1:] or model.providers)[0]
    prompt_tokens = count_prompt_tokens(body.get("messages") or [])

    forced = find(scenarios, "tool_calls")
    calls = _tool_calls(body, gen_id, forced.integer("parallel") if forced else 0)
    long = find(scenarios, "long")
    empty = find(scenarios, "empty")
    refused = find(scenarios, "refusal") is not None and not calls and not empty
    if calls or empty or refused:
        pieces: list[str] = []
    elif long:
        pieces = list(itertools.islice(itertools.cycle(_FILLER), long.integer("tokens")))
    else:
        pieces = _answer_pieces(body, scenarios)
    think = find(scenarios, "reasoning") is not None or wants_reasoning(body, model)
    reasoning = _WORDS.findall("Thinking: the user wants a short answer; café 你好. ") if (
        think and not empty) else []  # fmt: skip

    finish: str | None = "tool_calls" if calls else "stop"
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    if isinstance(limit, int) and not calls and len(reasoning) + len(pieces) > limit:
        reasoning = reasoning[:limit]
        pieces = pieces[: max(0, limit - len(reasoning))]
        finish = "length"
    if empty and empty.text("finish") == "null":
        finish = None

    comp = Completion(model, provider, prompt_tokens, pieces, reasoning, calls, finish,
                      Decimal(0), Decimal(0), False)  # fmt: skip
    comp.tool_split = forced.integer("split") if forced else 2
    comp.refusal = _WORDS.findall(REFUSAL_TEXT) if refused else []
    comp.drift = find(scenarios, "drift") is not None
    usage = find(scenarios, "usage")
    mode = usage.text("cost") if usage else "normal"
    upstream = compute_cost(model, prompt_tokens, comp.completion_tokens)
    if empty and finish is None:
        upstream = Decimal(0)  # zero-completion insurance: nothing billed
    comp.upstream_cost = upstream
    comp.is_byok = mode == "byok"
    comp.cost = Decimal(f"{upstream * BYOK_FEE:.12g}") if comp.is_byok else upstream
    comp.cost_mode = mode if mode in ("absent", "null") else "normal"
    return comp


def _other_model(model: MockModel) -> MockModel:
    chat = [m for m in MODELS if not m.is_embedding and m.id != model.id]
    return chat[0]


def _message(comp: Completion) -> dict[str, Any]:
    msg: dict[str, Any] = {"role": "" if comp.drift else "assistant",
                           "content": None if comp.tool_calls or comp.refusal else comp.content,
                           "refusal": "".join(comp.refusal) or None}  # fmt: skip
    if comp.reasoning:
        text = "".join(comp.reasoning)
        msg["reasoning"] = text
        msg["reasoning_details"] = [{"type": "reasoning.text", "text": text,
                                     "format": "unknown", "index": 0}]  # fmt: skip
    if comp.tool_calls:
        msg["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in comp.tool_calls
        ]
    return msg


def chat_result(comp: Completion, gen_id: str, created: int) -> dict[str, Any]:
    """Render the non-streaming `ChatResult`."""
    finish = "mock_unknown_reason" if comp.drift else comp.finish_reason
    result: dict[str, Any] = {
        "id": gen_id, "object": "chat.completion", "created": created, "model": comp.model.id,
        "provider": comp.provider, "system_fingerprint": None,
        "choices": [{"index": 0, "finish_reason": finish, "native_finish_reason": finish,
                     "message": _message(comp)}],
        "usage": comp.usage(),
    }  # fmt: skip
    if comp.drift:
        result["mock_future_field"] = {"nested": [1, "two"]}
    return result


def stream_payloads(comp: Completion, gen_id: str, created: int) -> list[str]:
    """Render the data payloads of a normal stream, `[DONE]` included (no SSE framing)."""
    head = _DUMPS({"id": gen_id, "object": "chat.completion.chunk", "created": created,
                   "model": comp.model.id, "provider": comp.provider})[:-1]  # fmt: skip
    if comp.drift:
        head += ',"mock_future_field":{"nested":true}'
    open_ = head + ',"choices":[{"index":0,"delta":'
    tail = ',"finish_reason":null,"native_finish_reason":null}]}'
    role = '"role":"","' if comp.drift else '"role":"assistant","'
    out: list[str] = []

    def delta(fields: str) -> None:
        first = not out
        out.append(open_ + ("{" + role + fields[2:] if first else fields) + tail)

    for piece in comp.reasoning:
        d = _DUMPS(piece)
        delta('{"reasoning":' + d + ',"reasoning_details":[{"type":"reasoning.text","text":'
              + d + ',"format":"unknown","index":0}]}')  # fmt: skip
    for piece in comp.pieces:
        delta('{"content":' + _DUMPS(piece) + "}")
    for piece in comp.refusal:
        delta('{"refusal":' + _DUMPS(piece) + "}")
    for frag in _tool_fragments(comp):
        delta('{"tool_calls":[' + _DUMPS(frag) + "]}")
    if not out:
        delta('{"content":""}')
    finish = "mock_unknown_reason" if comp.drift else comp.finish_reason
    out.append(open_ + "{}" + f',"finish_reason":{_DUMPS(finish)},"native_finish_reason":'
               + f"{_DUMPS(finish)}}}]}}")  # fmt: skip
    out.append(head + ',"choices":[],"usage":' + _DUMPS(comp.usage()) + "}")
    out.append("[DONE]")
    return out


def _tool_fragments(comp: Completion) -> list[dict[str, Any]]:
    """Split each call's arguments into `tool_split` parts, interleaved across calls."""
    frags: list[dict[str, Any]] = []
    parts: list[list[str]] = []
    for i, call in enumerate(comp.tool_calls):
        frags.append({"index": i, "id": call.id, "type": "function",
                      "function": {"name": call.name, "arguments": ""}})  # fmt: skip
        n = max(1, comp.tool_split)
        size = math.ceil(len(call.arguments) / n) or 1
        parts.append([call.arguments[j : j + size] for j in range(0, len(call.arguments), size)])
    for j in range(max((len(p) for p in parts), default=0)):
        for i, p in enumerate(parts):
            if j < len(p):
                frags.append({"index": i, "function": {"arguments": p[j]}})
    return frags


def error_payload(comp: Completion, gen_id: str, created: int, code: int, error_type: str) -> str:
    """Render the in-band error chunk that ends a stream after content (section 4.5)."""
    return _DUMPS({
        "id": gen_id, "object": "chat.completion.chunk", "created": created,
        "model": comp.model.id, "provider": comp.provider,
        "error": {"code": code, "message": "Provider disconnected mid-stream (mock)",
                  "metadata": {"error_type": error_type}},
        "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "error",
                     "native_finish_reason": "error"}],
    })  # fmt: skip
