"""What a stream type knows about its events: the codec the generic stream is built with.

The stream classes (``decode.StreamBase`` and the IO shells) do SSE decoding, the terminal
sentinel, in-band errors, the idle timer, the deadline, closing and bookkeeping for every
stream type. A codec says what the events of one type are: how a data object becomes the
event handed to the caller, how events fold into the final result, what counts as content,
a finish, usage and the generation id. A new stream type is a new codec (and a subclass
that names its types); nothing else in ``_streaming`` changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Generic, Protocol, TypeVar

from openrouter_ext._errors.envelope import envelope_status
from openrouter_ext._lowlevel import parse_chat_result, parse_chunk
from openrouter_ext._streaming.accumulate import ChatAccumulator, chunks_from_result

__all__ = ["ChatCodec", "EventT", "ResultT", "StreamCodec", "typed_error"]

EventT = TypeVar("EventT")
ResultT = TypeVar("ResultT")
EventT_co = TypeVar("EventT_co", covariant=True)
ResultT_co = TypeVar("ResultT_co", covariant=True)


#: Anthropic's error types (Messages API error events) → HTTP status.
_ANTHROPIC_TYPES: Final = {
    "invalid_request_error": 400, "authentication_error": 401, "billing_error": 402,
    "permission_error": 403, "not_found_error": 404, "request_too_large": 413,
    "rate_limit_error": 429, "api_error": 500, "overloaded_error": 529,
}  # fmt: skip


def typed_error(error: Mapping[str, Any]) -> dict[str, Any]:
    """Return an error event's object in the envelope's terms: an HTTP status as ``code``.

    Responses error events carry a string ``code`` (``rate_limit_exceeded``...) and Messages
    error events an Anthropic ``type`` (``overloaded_error``...) and OpenRouter's
    ``error_type``; the status they mean becomes ``code``, the API's own word
    ``metadata.error_type``, so the errors raised are those of an HTTP error of that status.
    """
    code, kind = error.get("code"), error.get("type")
    words = (error.get("error_type"), code if isinstance(code, str) else None, kind)
    word = next((w for w in words if isinstance(w, str) and w), None)
    status = envelope_status(error, None) if code is not None or error.get("error_type") else None
    if status is None or (status == 500 and isinstance(kind, str) and kind in _ANTHROPIC_TYPES):
        status = _ANTHROPIC_TYPES.get(kind, 500) if isinstance(kind, str) else 500
    metadata = dict(error.get("metadata") or {})
    if word is not None:
        metadata.setdefault("error_type", word)
    out = {k: v for k, v in error.items() if k not in ("code", "metadata")}
    return {**out, "code": status, "metadata": metadata}


class StreamCodec(Protocol[EventT_co, ResultT_co]):
    """The events of one stream type (chat chunks, Responses events, Messages events...)."""

    #: Data of the event that ends the stream (``[DONE]``), or None when a typed event does.
    done_data: str | None

    def add(self, obj: dict[str, Any]) -> EventT_co:
        """Check and fold one data object; return the event for the caller.

        Raises ``TypeError``/``ValueError``/``KeyError``/``AttributeError`` for an object of
        the wrong shape, before anything of it is folded in.
        """
        ...

    def add_error(self, obj: dict[str, Any]) -> None:
        """Fold an in-band error object (its other fields belong to the result)."""
        ...

    def is_error(self, obj: dict[str, Any]) -> bool:
        """Whether a data object (or a JSON answer) is an error rather than an event."""
        ...

    def from_json(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        """Return the data objects a stream would have sent for a plain JSON answer."""
        ...

    @property
    def has_content(self) -> bool:
        """Whether anything was generated yet (an error before that is an HTTP error)."""
        ...

    @property
    def finished(self) -> bool:
        """Whether the events said the generation finished (a finish reason, a terminal)."""
        ...

    @property
    def ended(self) -> bool:
        """Whether the last event was the terminal one (streams whose ``done_data`` is None)."""
        ...

    @property
    def usage(self) -> dict[str, Any] | None:
        """Return the usage object, once it arrived."""
        ...

    @property
    def generation_id(self) -> str | None:
        """Return the generation id the events carry."""
        ...

    def wire(self) -> dict[str, Any]:
        """Return the accumulated result as wire JSON (what costs are recorded from)."""
        ...

    def result(self) -> ResultT_co:
        """Return the accumulated result as the type the non-streaming call returns."""
        ...

    def text(self, event: Any) -> str | None:
        """Return the text delta an event carries, if any."""
        ...


class ChatCodec(Generic[EventT, ResultT]):
    """Chat completion chunks: ``ChatStreamChunk`` events, a ``ChatResult`` at the end."""

    __slots__ = ("acc",)

    done_data: str | None = "[DONE]"
    ended = False  # [DONE] ends a chat stream, not a typed event

    def __init__(self) -> None:
        self.acc = ChatAccumulator()

    def add(self, obj: dict[str, Any]) -> Any:
        chunk = parse_chunk(obj)
        self.acc.add(obj)  # after parsing: a chunk of the wrong shape is not folded in
        return chunk

    def add_error(self, obj: dict[str, Any]) -> None:
        self.acc.add(obj)

    def is_error(self, obj: dict[str, Any]) -> bool:
        return "error" in obj and "choices" not in obj

    def from_json(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        return chunks_from_result(data)

    @property
    def has_content(self) -> bool:
        return self.acc.has_content

    @property
    def finished(self) -> bool:
        return self.acc.finished

    @property
    def usage(self) -> dict[str, Any] | None:
        return self.acc.usage

    @property
    def generation_id(self) -> str | None:
        return self.acc.generation_id

    def wire(self) -> dict[str, Any]:
        return self.acc.result()

    def result(self) -> Any:
        return parse_chat_result(self.acc.result())

    def text(self, event: Any) -> str | None:
        for choice in event.choices:
            content = choice.delta.content
            if isinstance(content, str) and content:
                return content
        return None
