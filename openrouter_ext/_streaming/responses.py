"""Responses API streams: typed events folded into the response ``create`` returns. Pure.

``POST /responses`` with ``stream: true`` sends ``response.created``, ``response.in_progress``,
then per output item ``response.output_item.added`` → its deltas
(``response.output_text.delta``, ``response.function_call_arguments.delta``,
``response.reasoning_text.delta``, ``response.reasoning_summary_text.delta``,
``response.refusal.delta``...) → ``response.output_item.done``, and one terminal event:
``response.completed``, ``response.incomplete`` or ``response.failed``. An ``error`` event
(or ``response.failed``) is raised by the stream as a typed error with the partial response.

``ResponsesAccumulator`` folds the events (wire dicts) into the response as the non-streaming
call returns it; ``ResponsesCodec`` is what the generic stream is built with (``codec.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Generic, cast

from openrouter_ext._lowlevel import parse_responses_event, parse_responses_result
from openrouter_ext._streaming.codec import EventT, ResultT, typed_error

__all__ = [
    "TERMINAL_RESPONSE_EVENTS", "ResponsesAccumulator", "ResponsesCodec", "TypedResponsesCodec",
]  # fmt: skip

#: The events that end a Responses stream (each carries the whole response).
TERMINAL_RESPONSE_EVENTS: Final = frozenset(
    {"response.completed", "response.incomplete", "response.failed"}
)
_SNAPSHOTS: Final = frozenset({"response.created", "response.in_progress", "response.queued"})
# delta event type -> (the part list the delta goes to, the part field it extends)
_PART_DELTAS: Final = {
    "response.output_text.delta": ("content", "text"),
    "response.refusal.delta": ("content", "refusal"),
    "response.reasoning_text.delta": ("content", "text"),
    "response.reasoning_summary_text.delta": ("summary", "text"),
}
_PART_DONES: Final = {
    "response.output_text.done": ("content", "text", "text"),
    "response.refusal.done": ("content", "refusal", "refusal"),
    "response.reasoning_text.done": ("content", "text", "text"),
    "response.reasoning_summary_text.done": ("summary", "text", "text"),
}
_DEFAULT_PARTS: Final[dict[str, dict[str, Any]]] = {
    "response.output_text.delta": {"type": "output_text", "text": "", "annotations": []},
    "response.refusal.delta": {"type": "refusal", "refusal": ""},
    "response.reasoning_text.delta": {"type": "reasoning_text", "text": ""},
    "response.reasoning_summary_text.delta": {"type": "summary_text", "text": ""},
}
_TEXT_DELTA: Final = "response.output_text.delta"


def _str(obj: dict[str, Any], key: str) -> str:
    value = obj[key]
    if value.__class__ is not str:
        raise TypeError(f"{obj.get('type')}: {key} is {type(value).__name__}, not a string")
    text: str = value
    return text


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


class ResponsesAccumulator:
    """Fold Responses stream events (wire dicts) into the response object (a wire dict).

    The terminal event's ``response`` is authoritative; what the deltas built is the partial
    response of a stream that failed or was cut before it (and fills in an ``output`` the
    terminal event left empty). Text deltas are kept as lists of pieces and joined once.
    """

    __slots__ = ("_items", "_pieces", "has_content", "response", "terminal", "usage")

    def __init__(self) -> None:
        self.response: dict[str, Any] = {}
        self._items: dict[int, dict[str, Any]] = {}
        # (output_index, part list, part index, field) -> the pieces of that text so far
        self._pieces: dict[tuple[int, str, int, str], list[str]] = {}
        self.terminal: str | None = None
        self.has_content = False
        self.usage: dict[str, Any] | None = None

    def add(self, obj: dict[str, Any]) -> None:
        """Check and fold one event; raise ``TypeError``/``KeyError`` before folding a bad one."""
        kind = obj["type"]
        if kind == _TEXT_DELTA:  # the common case first: one check, one append
            key = (_int(obj, "output_index"), "content", _int(obj, "content_index"), "text")
            delta = _str(obj, "delta")
            pieces = self._pieces.get(key)
            if pieces is None:
                self._pieces[key] = [delta]
            else:
                pieces.append(delta)
            self.has_content = True
            return
        if kind.__class__ is not str:
            raise TypeError(f"event type is {type(kind).__name__}, not a string")
        part = _PART_DELTAS.get(kind)
        if part is not None:
            at = "summary_index" if part[0] == "summary" else "content_index"
            key = (_int(obj, "output_index"), part[0], _int(obj, at), part[1])
            self._pieces.setdefault(key, []).append(_str(obj, "delta"))
            self._part(key, kind)
            self.has_content = True
        elif kind == "response.function_call_arguments.delta":
            key = (_int(obj, "output_index"), "", 0, "arguments")
            self._pieces.setdefault(key, []).append(_str(obj, "delta"))
            self.has_content = True
        elif kind in _PART_DONES:
            where, field, source = _PART_DONES[kind]
            at = "summary_index" if where == "summary" else "content_index"
            key = (_int(obj, "output_index"), where, _int(obj, at), field)
            self._pieces[key] = [_str(obj, source)]
        elif kind == "response.function_call_arguments.done":
            output = _int(obj, "output_index")
            self._pieces[(output, "", 0, "arguments")] = [_str(obj, "arguments")]
            name = obj.get("name")
            if isinstance(name, str):
                self._items.setdefault(output, {"type": "function_call"})["name"] = name
        elif kind == "response.output_item.added" or kind == "response.output_item.done":
            output = _int(obj, "output_index")
            item = copy.deepcopy(_dict(obj, "item"))
            if kind.endswith("done"):
                self._settle(output, item)
            self._items[output] = item
            self.has_content = True
        elif kind == "response.content_part.added" or kind == "response.content_part.done":
            output, index = _int(obj, "output_index"), _int(obj, "content_index")
            part_obj = copy.deepcopy(_dict(obj, "part"))
            field = "refusal" if part_obj.get("type") == "refusal" else "text"
            key = (output, "content", index, field)
            text = part_obj.get(field)
            if kind.endswith("done") and isinstance(text, str):
                self._pieces[key] = [text]
            self._put_part(output, "content", index, part_obj)
        elif kind == "response.reasoning_summary_part.added" or (
            kind == "response.reasoning_summary_part.done"
        ):
            output, index = _int(obj, "output_index"), _int(obj, "summary_index")
            part_obj = copy.deepcopy(_dict(obj, "part"))
            text = part_obj.get("text")
            if kind.endswith("done") and isinstance(text, str):
                self._pieces[(output, "summary", index, "text")] = [text]
            self._put_part(output, "summary", index, part_obj)
        elif kind == "response.output_text.annotation.added":
            output, index = _int(obj, "output_index"), _int(obj, "content_index")
            part_obj = self._part((output, "content", index, "text"), _TEXT_DELTA)
            annotations = part_obj.setdefault("annotations", [])
            annotations.append(copy.deepcopy(obj.get("annotation")))
        elif kind in _SNAPSHOTS or kind in TERMINAL_RESPONSE_EVENTS:
            response = _dict(obj, "response")
            if kind in TERMINAL_RESPONSE_EVENTS:
                self.terminal = kind
                usage = response.get("usage")
                if isinstance(usage, dict):
                    self.usage = cast("dict[str, Any]", usage)
                if response.get("output"):
                    self.has_content = True
            self.response = response
        # other events (tool progress, debug, future types) reach the caller, not the result

    def _item(self, output: int) -> dict[str, Any]:
        item = self._items.get(output)
        if item is None:
            item = self._items[output] = {}
        return item

    def _put_part(self, output: int, where: str, index: int, part: dict[str, Any]) -> None:
        parts: list[dict[str, Any]] = self._item(output).setdefault(where, [])
        while len(parts) <= index:
            parts.append({})
        old = parts[index]
        parts[index] = {**old, **part} if old else part

    def _part(self, key: tuple[int, str, int, str], kind: str) -> dict[str, Any]:
        """Return the part a delta goes to, created from the delta's kind when missing."""
        output, where, index, _ = key
        parts: list[dict[str, Any]] = self._item(output).setdefault(where, [])
        while len(parts) <= index:
            parts.append({})
        if not parts[index]:
            parts[index] = copy.deepcopy(_DEFAULT_PARTS[kind])
        return parts[index]

    def _settle(self, output: int, item: dict[str, Any]) -> None:
        """Keep what the deltas built where the done item leaves a field out."""
        for key in [k for k in self._pieces if k[0] == output]:
            _, where, index, field = key
            if where == "":
                item.setdefault(field, "".join(self._pieces[key]))
                continue
            parts = _as_list(item.get(where))
            part = _as_dict(parts[index]) if index < len(parts) else None
            if part is not None:
                part.setdefault(field, "".join(self._pieces[key]))
            del self._pieces[key]  # the done item's text is the item's

    def output(self) -> list[dict[str, Any]]:
        """Return the output items the events built, texts joined."""
        items: list[dict[str, Any]] = []
        for output in sorted(self._items):
            item = copy.deepcopy(self._items[output])
            items.append(item)
        for (output, where, index, field), pieces in self._pieces.items():
            if output not in self._items:
                continue
            item = items[sorted(self._items).index(output)]
            if where == "":
                item[field] = "".join(pieces)
                continue
            parts: list[dict[str, Any]] = item.setdefault(where, [])
            while len(parts) <= index:
                parts.append({})
            parts[index][field] = "".join(pieces)
        return items

    def result(self) -> dict[str, Any]:
        """Return the response as the non-streaming call returns it (a wire dict)."""
        result = dict(self.response)
        if self.terminal is None or not result.get("output"):
            result["output"] = self.output()
        result.setdefault("object", "response")
        if "output_text" not in result:
            result["output_text"] = output_text(result["output"])
        return result


def output_text(output: list[Any]) -> str:
    """Return the text of every ``output_text`` part of the message items, joined."""
    texts: list[str] = []
    for value in output:
        item = _as_dict(value)
        if item is None or item.get("type", "message") != "message":
            continue
        for content in _as_list(item.get("content")):
            part = _as_dict(content)
            if part is not None and part.get("type", "output_text") == "output_text":
                text = part.get("text")
                if isinstance(text, str):
                    texts.append(text)
    return "".join(texts)


def _identity(obj: dict[str, Any]) -> Any:
    return obj


class ResponsesCodec(Generic[EventT, ResultT]):
    """Responses API events: typed stream events, the response ``create`` returns at the end.

    ``parse_event`` and ``parse_result`` turn wire dicts into the caller's types (the
    generated models, through the seam); by default the events and result are the dicts.
    """

    __slots__ = ("acc", "parse_event", "parse_result")

    done_data: str | None = None  # a typed terminal event ends the stream

    def __init__(
        self,
        parse_event: Callable[[dict[str, Any]], Any] = _identity,
        parse_result: Callable[[dict[str, Any]], Any] = _identity,
    ) -> None:
        self.acc = ResponsesAccumulator()
        self.parse_event = parse_event
        self.parse_result = parse_result

    def add(self, obj: dict[str, Any]) -> Any:
        event = self.parse_event(obj)
        self.acc.add(obj)  # after parsing: an event of the wrong shape is not folded in
        return event

    def error_of(self, obj: dict[str, Any]) -> dict[str, Any] | None:
        """Return the error an ``error`` or ``response.failed`` event carries, else None."""
        kind = obj.get("type")
        if kind == "error":
            fields: dict[str, Any] = {k: obj[k] for k in ("code", "message", "param") if k in obj}
            return typed_error(fields)
        if kind == "response.failed":
            response = _as_dict(obj.get("response"))
            failed = _as_dict(response.get("error")) if response is not None else None
            return typed_error(failed or {"code": "server_error", "message": "the response failed"})
        if "error" in obj and "type" not in obj:  # an error envelope instead of an event
            return _as_dict(obj["error"]) or {"message": str(obj["error"])}
        return None

    def add_error(self, obj: dict[str, Any]) -> None:
        if obj.get("type") == "response.failed" and isinstance(obj.get("response"), dict):
            self.acc.add(obj)

    def is_error(self, obj: dict[str, Any]) -> bool:
        return obj.get("error") is not None and obj.get("object") != "response"

    def from_json(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        status = data.get("status")
        kind = "response.incomplete" if status == "incomplete" else "response.completed"
        return [{"type": kind, "sequence_number": 0, "response": data}]

    @property
    def has_content(self) -> bool:
        return self.acc.has_content

    @property
    def finished(self) -> bool:
        return self.acc.terminal is not None

    @property
    def ended(self) -> bool:
        return self.acc.terminal is not None

    @property
    def usage(self) -> dict[str, Any] | None:
        return self.acc.usage

    @property
    def generation_id(self) -> str | None:
        value = self.acc.response.get("id")
        return value if isinstance(value, str) and value else None

    def wire(self) -> dict[str, Any]:
        return self.acc.result()

    def result(self) -> Any:
        return self.parse_result(self.acc.result())

    def text(self, event: Any) -> str | None:
        if isinstance(event, dict):
            data = cast("dict[str, Any]", event)
            if data.get("type") == _TEXT_DELTA:
                return cast("str", data["delta"]) or None
            return None
        if getattr(event, "type", None) == _TEXT_DELTA:
            delta: str = event.delta
            return delta or None
        return None


if TYPE_CHECKING:
    from openrouter_ext._lowlevel import OpenResponsesResult, ResponsesStreamEvent

    _TypedResponsesCodecBase = ResponsesCodec[ResponsesStreamEvent, OpenResponsesResult]
else:  # the generated models load on first use, not with this module
    _TypedResponsesCodecBase = ResponsesCodec


class TypedResponsesCodec(_TypedResponsesCodecBase):
    """The codec of the public stream: events and result parsed into the generated models."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(parse_responses_event, parse_responses_result)
