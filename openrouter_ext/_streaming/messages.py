"""Messages API streams (Anthropic-compatible): events folded into the message. Pure.

``POST /messages`` with ``stream: true`` sends ``message_start`` (the message, no content
yet), per content block ``content_block_start`` → ``content_block_delta`` (``text_delta``,
``input_json_delta``, ``thinking_delta``, ``signature_delta``, ``citations_delta``) →
``content_block_stop``, then ``message_delta`` (stop reason, output usage) and the terminal
``message_stop``. ``ping`` events are keep-alives: skipped, and they do not reset the idle
timer. An ``error`` event is raised by the stream as a typed error with the partial message.

``MessagesAccumulator`` folds the events (wire dicts) into the message as the non-streaming
call returns it; ``MessagesCodec`` is what the generic stream is built with (``codec.py``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Generic, cast

from openrouter_ext._lowlevel import parse_messages_event, parse_messages_result
from openrouter_ext._streaming.codec import EventT, ResultT, typed_error

if TYPE_CHECKING:
    pass

__all__ = ["TypedMessagesCodec", "MessagesAccumulator", "MessagesCodec"]

_DELTA: Final = "content_block_delta"
# delta type -> the block field it extends
_DELTA_FIELDS: Final = {
    "text_delta": "text",
    "thinking_delta": "thinking",
    "signature_delta": "signature",
    "input_json_delta": "partial_json",
}


def _int(obj: dict[str, Any], key: str) -> int:
    value = obj[key]
    if value.__class__ is not int or value < 0:
        raise TypeError(f"{obj.get('type')}: {key} is {value!r}, not an index")
    number: int = value
    return number


def _as_dict(value: object) -> dict[str, Any] | None:
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def _as_list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value  # pyright: ignore[reportUnknownVariableType]
    return []


def _dict(obj: dict[str, Any], key: str) -> dict[str, Any]:
    value = obj[key]
    if not isinstance(value, dict):
        raise TypeError(f"{obj.get('type')}: {key} is {type(value).__name__}, not an object")
    return cast("dict[str, Any]", value)


class MessagesAccumulator:
    """Fold Messages stream events (wire dicts) into the message (a wire dict).

    Text, thinking, signatures and tool inputs are kept as lists of pieces; a ``tool_use``
    block's ``input`` is the JSON its ``input_json_delta`` pieces spell, parsed once at its
    ``content_block_stop`` (a block cut before that keeps the input it started with).
    """

    __slots__ = ("_blocks", "_pieces", "has_content", "message", "stopped", "usage")

    def __init__(self) -> None:
        self.message: dict[str, Any] = {}
        self._blocks: dict[int, dict[str, Any]] = {}
        self._pieces: dict[tuple[int, str], list[str]] = {}
        self.usage: dict[str, Any] | None = None
        self.stopped = False
        self.has_content = False

    def add(self, obj: dict[str, Any]) -> bool:
        """Check and fold one event; return False for a keep-alive (``ping``)."""
        kind = obj["type"]
        if kind == _DELTA:
            index = _int(obj, "index")
            delta = _dict(obj, "delta")
            field = _DELTA_FIELDS.get(delta.get("type", ""))
            if field is not None:
                value = delta[field]
                if value.__class__ is not str:
                    raise TypeError(f"{delta['type']}: {field} is not a string")
                key = (index, field)
                pieces = self._pieces.get(key)
                if pieces is None:
                    self._pieces[key] = [value]
                else:
                    pieces.append(value)
            elif delta.get("type") == "citations_delta":
                block = self._blocks.setdefault(index, {"type": "text", "text": ""})
                block.setdefault("citations", []).append(copy.deepcopy(delta.get("citation")))
            self.has_content = True
            return True
        if kind == "ping":
            return False
        if kind == "message_start":
            message = copy.deepcopy(_dict(obj, "message"))
            usage = message.get("usage")
            if isinstance(usage, dict):
                self.usage = usage
            content = message.get("content")
            for i, value in enumerate(_as_list(content)):
                started = _as_dict(value)
                if started is not None:
                    self._blocks[i] = started
                    self.has_content = True
            self.message = message
        elif kind == "content_block_start":
            index = _int(obj, "index")
            self._blocks[index] = copy.deepcopy(_dict(obj, "content_block"))
            self.has_content = True
        elif kind == "content_block_stop":
            index = _int(obj, "index")
            pieces = self._pieces.get((index, "partial_json"))
            if pieces is not None:
                text = "".join(pieces)
                tool_input: object = json.loads(text) if text.strip() else {}  # may raise
                del self._pieces[(index, "partial_json")]
                self._blocks.setdefault(index, {"type": "tool_use"})["input"] = tool_input
        elif kind == "message_delta":
            delta = _dict(obj, "delta")
            self.message.update({k: v for k, v in delta.items()})
            usage = obj.get("usage")
            if isinstance(usage, dict):
                merged = dict(self.usage or {})
                merged.update({k: v for k, v in cast("dict[str, Any]", usage).items()
                               if v is not None})  # fmt: skip
                self.usage = merged
        elif kind == "message_stop":
            self.stopped = True
            metadata = obj.get("openrouter_metadata")
            if metadata is not None:
                self.message["openrouter_metadata"] = metadata
        # other (future) event types reach the caller, not the result
        return True

    def content(self) -> list[dict[str, Any]]:
        """Return the content blocks the events built, texts joined."""
        blocks = {i: dict(b) for i, b in self._blocks.items()}
        for (index, field), pieces in self._pieces.items():
            block = blocks.setdefault(index, {})
            text = "".join(pieces)
            if field == "partial_json":  # a tool input cut before its block stopped
                block.setdefault("input", {})
                continue
            block[field] = text
        return [blocks[i] for i in sorted(blocks)]

    def result(self) -> dict[str, Any]:
        """Return the message as the non-streaming call returns it (a wire dict)."""
        result = dict(self.message)
        result["content"] = self.content()
        result.setdefault("type", "message")
        result.setdefault("role", "assistant")
        if self.usage is not None:
            result["usage"] = self.usage
        return result


def _identity(obj: dict[str, Any]) -> Any:
    return obj


class MessagesCodec(Generic[EventT, ResultT]):
    """Messages API events: typed stream events, the message ``create`` returns at the end.

    ``parse_event`` and ``parse_result`` turn wire dicts into the caller's types (the
    generated models, through the seam); by default the events and result are the dicts.
    """

    __slots__ = ("acc", "parse_event", "parse_result")

    done_data: str | None = None  # message_stop ends the stream

    def __init__(
        self,
        parse_event: Callable[[dict[str, Any]], Any] = _identity,
        parse_result: Callable[[dict[str, Any]], Any] = _identity,
    ) -> None:
        self.acc = MessagesAccumulator()
        self.parse_event = parse_event
        self.parse_result = parse_result

    def add(self, obj: dict[str, Any]) -> Any:
        if obj.get("type") == "ping":
            return None  # a keep-alive: not handed to the caller
        event = self.parse_event(obj)
        self.acc.add(obj)  # after parsing: an event of the wrong shape is not folded in
        return event

    def error_of(self, obj: dict[str, Any]) -> dict[str, Any] | None:
        """Return the error of an ``error`` event (or an error envelope), else None."""
        error = obj.get("error")
        if error is None:
            return None
        if isinstance(error, dict):
            return typed_error(cast("dict[str, Any]", error))
        return {"message": str(error), "code": 500}

    def add_error(self, obj: dict[str, Any]) -> None:
        metadata = obj.get("openrouter_metadata")
        if metadata is not None:
            self.acc.message["openrouter_metadata"] = metadata

    def is_error(self, obj: dict[str, Any]) -> bool:
        return obj.get("error") is not None and obj.get("type") != "message"

    def from_json(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        return [{"type": "message_start", "message": data}, {"type": "message_stop"}]

    @property
    def has_content(self) -> bool:
        return self.acc.has_content

    @property
    def finished(self) -> bool:
        return self.acc.stopped

    @property
    def ended(self) -> bool:
        return self.acc.stopped

    @property
    def usage(self) -> dict[str, Any] | None:
        return self.acc.usage

    @property
    def generation_id(self) -> str | None:
        value = self.acc.message.get("id")
        return value if isinstance(value, str) and value else None

    def wire(self) -> dict[str, Any]:
        return self.acc.result()

    def result(self) -> Any:
        return self.parse_result(self.acc.result())

    def text(self, event: Any) -> str | None:
        if isinstance(event, dict):
            data = cast("dict[str, Any]", event)
            if data.get("type") == _DELTA:
                delta = data["delta"]
                if delta.get("type") == "text_delta":
                    return cast("str", delta["text"]) or None
            return None
        if getattr(event, "type", None) == _DELTA:
            text = getattr(event.delta, "text", None)
            if isinstance(text, str) and getattr(event.delta, "type", None) == "text_delta":
                return text or None
        return None


if TYPE_CHECKING:
    from openrouter_ext._lowlevel import MessagesResult, MessagesStreamEvent

    _TypedMessagesCodecBase = MessagesCodec[MessagesStreamEvent, MessagesResult]
else:  # the generated models load on first use, not with this module
    _TypedMessagesCodecBase = MessagesCodec


class TypedMessagesCodec(_TypedMessagesCodecBase):
    """The codec of the public stream: events and result parsed into the generated models."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(parse_messages_event, parse_messages_result)
