"""The parsed chat result: the generated result models, plus ``parsed`` values.

Each class subclasses its generated model (an attrs class with slots) and adds one slot, so
every field of the original reads the same, ``isinstance(parsed, ChatResult)`` holds and
``to_dict()`` / ``to_json()`` give the wire shape (without the parsed values). Copies are
built from the generated fields (``attrs.fields``), so a regenerated model with renamed or
added fields is copied whole without a change here.

Importing this module loads the generated chat models (the seam's lazy attributes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

from openrouter_ext._lowlevel import (
    ChatAssistantMessage,
    ChatChoice,
    ChatResult,
    ChatToolCall,
    ChatToolCallFunction,
)

__all__ = [
    "ParsedChatMessage",
    "ParsedChatResult",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedToolCall",
    "copy_as",
]

T = TypeVar("T")
_M = TypeVar("_M")

_FunctionBase = ChatToolCallFunction


def copy_as(cls: type[_M], obj: object, **changes: Any) -> _M:
    """Build ``cls`` (a subclass of ``type(obj)``) from ``obj``'s attrs fields, with changes."""
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(obj)))
    kwargs = {f.alias: changes.get(f.name, getattr(obj, f.name)) for f in fields if f.init}
    new = cls(**kwargs)
    for f in fields:
        if not f.init:  # additional_properties and the like
            setattr(new, f.name, getattr(obj, f.name))
    return new


class _ExtraSlot:
    """Pickling and copying keep the one slot a subclass adds (attrs' state has only fields)."""

    __slots__ = ()
    _extra: str

    def __getstate__(self) -> dict[str, Any]:
        state: dict[str, Any] = super().__getstate__()  # type: ignore[misc]
        return {**state, self._extra: getattr(self, self._extra, None)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        rest = dict(state)
        extra = rest.pop(self._extra, None)
        super().__setstate__(rest)  # type: ignore[misc]
        setattr(self, self._extra, extra)


def _repr_with(obj: object, base_repr: str, **extra: object) -> str:
    more = ", ".join(f"{k}={v!r}" for k, v in extra.items())
    return f"{base_repr[:-1]}, {more})" if base_repr.endswith(")") else base_repr


class ParsedFunction(_ExtraSlot, _FunctionBase):
    """A tool call's ``function`` with ``parsed_arguments``: the arguments, validated.

    ``parsed_arguments`` is an instance of the tool's model for a tool made by
    ``pydantic_function_tool``, the decoded JSON for another strict tool, else None.
    """

    __slots__ = ("parsed_arguments",)
    _extra = "parsed_arguments"
    parsed_arguments: object | None

    def __repr__(self) -> str:
        return _repr_with(self, super().__repr__(), parsed_arguments=self.parsed_arguments)


class ParsedToolCall(ChatToolCall):
    """A tool call whose ``function`` is a :class:`ParsedFunction`."""

    __slots__ = ()
    if TYPE_CHECKING:
        function: ParsedFunction  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedChatMessage(_ExtraSlot, ChatAssistantMessage, Generic[T]):
    """The assistant message with ``parsed``: its content validated into the model, or None.

    ``parsed`` is None when the model refused (``refusal`` holds its text), when there is no
    content (a tool call) or when no model was asked for. ``tool_calls`` are
    :class:`ParsedToolCall` objects.
    """

    __slots__ = ("parsed",)
    _extra = "parsed"
    parsed: T | None
    if TYPE_CHECKING:
        tool_calls: list[ParsedToolCall]  # type: ignore[assignment]

    def __repr__(self) -> str:
        return _repr_with(self, super().__repr__(), parsed=self.parsed)


class ParsedChoice(ChatChoice, Generic[T]):
    """A choice whose ``message`` is a :class:`ParsedChatMessage`."""

    __slots__ = ()
    if TYPE_CHECKING:
        message: ParsedChatMessage[T]  # pyright: ignore[reportIncompatibleVariableOverride]


class ParsedChatResult(ChatResult, Generic[T]):
    """A chat result whose choices carry ``message.parsed`` (an instance of the model or None).

    Every field of the result reads as on ``ChatResult`` (it is one); ``to_dict()`` and
    ``to_json()`` give the wire body, without the parsed values.
    """

    __slots__ = ()
    if TYPE_CHECKING:
        choices: list[ParsedChoice[T]]  # type: ignore[assignment]
