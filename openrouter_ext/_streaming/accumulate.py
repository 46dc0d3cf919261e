"""Accumulate chat stream chunks (wire dicts) into the non-streaming result shape. Pure."""

from __future__ import annotations

from typing import Any

_MERGED_DETAIL_FIELDS = ("text", "summary", "data")
_TOP_KEYS = frozenset(
    {"id", "created", "model", "provider", "system_fingerprint", "service_tier",
     "openrouter_metadata"}
)  # fmt: skip


#: chunk fields that do not carry over to the result: its own ``object``, and an in-band
#: ``error`` (raised as a ``StreamError``, not part of the answer)
_NOT_CARRIED = frozenset({"object", "error"})


def _not_text(name: str, value: object) -> TypeError:
    return TypeError(f"delta.{name} is {type(value).__name__}, not a string")


class _Choice:
    __slots__ = (
        "annotations",
        "audio",
        "content",
        "error",
        "finish_reason",
        "images",
        "index",
        "logprobs",
        "native_finish_reason",
        "reasoning",
        "reasoning_details",
        "refusal",
        "role",
        "tool_calls",
        "tool_slots",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.role: str | None = None
        self.content: list[str] | None = None
        self.reasoning: list[str] | None = None
        self.refusal: list[str] | None = None
        self.reasoning_details: list[dict[str, Any]] = []
        self.tool_calls: list[dict[str, Any]] = []
        self.tool_slots: dict[int, dict[str, Any]] = {}
        self.images: list[Any] = []
        self.annotations: list[Any] = []
        self.audio: dict[str, Any] | None = None
        self.logprobs: dict[str, list[Any]] | None = None
        self.finish_reason: str | None = None
        self.native_finish_reason: str | None = None
        self.error: Any = None

    def add(self, choice: dict[str, Any]) -> None:
        # walks the keys present (usually one or two) rather than testing every field name:
        # this runs once per streamed chunk
        delta = choice.get("delta")
        if delta:
            for name, value in delta.items():
                if value is None:
                    continue
                if name == "content":
                    if value.__class__ is not str:
                        raise _not_text(name, value)
                    if self.content is None:
                        self.content = []
                    self.content.append(value)
                elif name == "reasoning":
                    if value.__class__ is not str:
                        raise _not_text(name, value)
                    if self.reasoning is None:
                        self.reasoning = []
                    self.reasoning.append(value)
                elif name == "refusal":
                    if value.__class__ is not str:
                        raise _not_text(name, value)
                    if self.refusal is None:
                        self.refusal = []
                    self.refusal.append(value)
                elif name == "role":
                    if value and self.role is None:
                        self.role = value
                elif name == "reasoning_details":
                    for detail in value:
                        self._add_detail(detail)
                elif name == "tool_calls":
                    for call in value:
                        self._add_tool_call(call)
                elif name == "images":
                    self.images.extend(value)
                elif name == "annotations":
                    self.annotations.extend(value)
                elif name == "audio" and value:
                    self._add_audio(value)
        finish = choice.get("finish_reason")
        if finish is not None:
            self.finish_reason = finish
        if len(choice) > 3:  # index, delta and finish_reason are the usual ones
            self._add_rare(choice)

    def _add_rare(self, choice: dict[str, Any]) -> None:
        logprobs = choice.get("logprobs")
        if logprobs:
            if self.logprobs is None:
                self.logprobs = {}
            for key in ("content", "refusal"):
                if logprobs.get(key):
                    self.logprobs.setdefault(key, []).extend(logprobs[key])
        if choice.get("native_finish_reason") is not None:
            self.native_finish_reason = choice["native_finish_reason"]
        if choice.get("error") is not None:
            self.error = choice["error"]

    def _add_detail(self, detail: dict[str, Any]) -> None:
        last = self.reasoning_details[-1] if self.reasoning_details else None
        same_block = (
            last is not None
            and "index" in detail
            and last.get("index") == detail.get("index")
            and last.get("type") == detail.get("type")
        )
        if not same_block or last is None:
            self.reasoning_details.append(dict(detail))
            return
        for key, value in detail.items():
            if key in _MERGED_DETAIL_FIELDS and isinstance(value, str):
                previous = last.get(key)
                last[key] = (previous if isinstance(previous, str) else "") + value
            elif value is not None:
                last[key] = value

    def _add_tool_call(self, fragment: dict[str, Any]) -> None:
        index = fragment.get("index", len(self.tool_slots))
        slot: dict[str, Any] | None = self.tool_slots.get(index)
        new_id = fragment.get("id")
        if slot is None or (new_id and slot["id"] and new_id != slot["id"]):
            slot = {
                "id": new_id or "",
                "type": fragment.get("type") or "function",
                "function": {"name": "", "arguments": ""},
            }
            self.tool_slots[index] = slot
            self.tool_calls.append(slot)
        elif new_id and not slot["id"]:
            slot["id"] = new_id
        if fragment.get("type"):
            slot["type"] = fragment["type"]
        function: dict[str, Any] = fragment.get("function") or {}
        if function.get("name"):
            slot["function"]["name"] += function["name"]
        if function.get("arguments"):
            slot["function"]["arguments"] += function["arguments"]

    def _add_audio(self, audio: dict[str, Any]) -> None:
        if self.audio is None:
            self.audio = {}
        for key, value in audio.items():
            if key in ("data", "transcript") and isinstance(value, str):
                self.audio[key] = self.audio.get(key, "") + value
            elif value is not None:
                self.audio[key] = value

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": self.role or "assistant"}
        message["content"] = "".join(self.content) if self.content is not None else None
        if self.reasoning is not None:
            message["reasoning"] = "".join(self.reasoning)
        if self.reasoning_details:
            message["reasoning_details"] = self.reasoning_details
        if self.refusal is not None:
            message["refusal"] = "".join(self.refusal)
        if self.tool_calls:
            message["tool_calls"] = self.tool_calls
        if self.images:
            message["images"] = self.images
        if self.annotations:
            message["annotations"] = self.annotations
        if self.audio is not None:
            message["audio"] = self.audio
        return message

    def result(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "index": self.index,
            "finish_reason": self.finish_reason,
            "message": self.message(),
        }
        if self.native_finish_reason is not None:
            out["native_finish_reason"] = self.native_finish_reason
        if self.logprobs is not None:
            out["logprobs"] = {
                "content": self.logprobs.get("content"),
                **({"refusal": self.logprobs["refusal"]} if "refusal" in self.logprobs else {}),
            }
        if self.error is not None:
            out["error"] = self.error
        return out


class ChatAccumulator:
    """Fold chunk dicts into a ``ChatResult``-shaped dict (content, reasoning, tool calls...)."""

    __slots__ = ("_choices", "_extra", "_top", "chunks", "finished", "has_content", "usage")

    def __init__(self) -> None:
        self._top: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}  # top-level fields the spec does not know (yet)
        self._choices: dict[int, _Choice] = {}
        self.usage: dict[str, Any] | None = None
        self.chunks = 0
        self.finished = False
        self.has_content = False

    def add(self, chunk: dict[str, Any]) -> None:
        """Merge one chunk (the parsed JSON of a ``data:`` event)."""
        self.chunks += 1
        top = self._top
        for key, value in chunk.items():
            if value is None:
                continue
            if key == "choices":
                if value.__class__ is not list:
                    raise TypeError(f"choices is {type(value).__name__}, not a list")
                for choice in value:
                    index = choice.get("index", 0)
                    state = self._choices.get(index)
                    if state is None:
                        state = self._choices[index] = _Choice(index)
                    state.add(choice)
                    if choice.get("delta"):
                        self.has_content = True
                    if choice.get("finish_reason") is not None:
                        self.finished = True
            elif key in _TOP_KEYS:
                top[key] = value
            elif key == "usage":
                self.usage = value
            elif key not in _NOT_CARRIED:
                self._extra[key] = value  # the last value wins, like the known fields

    @property
    def generation_id(self) -> str | None:
        """Return the id shared by every chunk, once one arrived."""
        value = self._top.get("id")
        return value if isinstance(value, str) else None

    def result(self) -> dict[str, Any]:
        """Return the accumulated result as a ``ChatResult`` wire dict."""
        out: dict[str, Any] = {
            "id": self._top.get("id", ""),
            "object": "chat.completion",
            "created": self._top.get("created", 0),
            "model": self._top.get("model", ""),
            "choices": [self._choices[i].result() for i in sorted(self._choices)],
        }
        for key in ("provider", "system_fingerprint", "service_tier", "openrouter_metadata"):
            if key in self._top:
                out[key] = self._top[key]
        if self.usage is not None:
            out["usage"] = self.usage
        for key, value in self._extra.items():
            out.setdefault(key, value)
        return out


def chunks_from_result(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Express a non-streaming result as the chunks a stream would have sent.

    Used when a server answers ``stream: true`` with plain JSON.
    """
    base: dict[str, Any] = {k: result[k] for k in ("id", "created", "model") if k in result}
    base["object"] = "chat.completion.chunk"
    if "provider" in result:
        base["provider"] = result["provider"]
    chunks: list[dict[str, Any]] = []
    choices: list[dict[str, Any]] = []
    for choice in result.get("choices") or ():
        message: dict[str, Any] = choice.get("message") or {}
        delta = {k: v for k, v in message.items() if v is not None}
        calls = delta.get("tool_calls")
        if calls:
            delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(calls)]
        item: dict[str, Any] = {
            "index": choice.get("index", 0),
            "delta": delta,
            "finish_reason": choice.get("finish_reason"),
        }
        for key in ("native_finish_reason", "logprobs", "error"):
            if choice.get(key) is not None:
                item[key] = choice[key]
        choices.append(item)
    chunks.append({**base, "choices": choices})
    if result.get("usage") is not None:
        chunks.append({**base, "choices": [], "usage": result["usage"]})
    return chunks
