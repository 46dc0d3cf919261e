"""The streaming hot path: chat chunks and results built from the generated models.

Nothing of the generated package is imported with this module: the models of the hot path
are bound into its globals by ``_bind_hot()`` the first time a chunk or a
result is parsed, so ``import openrouter_ext`` and constructing a client load none of it
(tests/unit/test_perf_guards.py).
"""

# The hot path reads untyped JSON and checks shapes with ``type(x) is dict``, which pyright
# narrows to dict[Unknown, Unknown]; casts would cost a call per chunk on the path this
# module exists to keep short, so the "unknown" reports are off here (mypy checks it).
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false
# pyright: reportUnknownMemberType=false

from __future__ import annotations

import importlib
import inspect
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from openrouter_api.models.chat_result import ChatResult
    from openrouter_api.models.chat_stream_choice import ChatStreamChoice
    from openrouter_api.models.chat_stream_chunk import ChatStreamChunk
    from openrouter_api.models.chat_stream_delta import ChatStreamDelta

__all__ = ["HOT_NAMES", "parse_chat_result", "parse_chunk"]

_HOT_MODELS: Final = {
    "ChatResult": "chat_result",
    "ChatStreamChoice": "chat_stream_choice",
    "ChatStreamChunk": "chat_stream_chunk",
    "ChatStreamDelta": "chat_stream_delta",
    "ChatUsage": "chat_usage",
}

#: The names ``_bind_hot()`` binds here (the hot models).
HOT_NAMES: Final = frozenset(_HOT_MODELS)


_hot_bound = False


def _bind_hot() -> bool:
    """Bind the hot-path models into this module's globals.

    Returns whether they were unbound when called: ``False`` means a ``NameError`` that
    sent the caller here is a real one, to be raised again.
    """
    global _hot_bound
    if _hot_bound:
        return False
    names: dict[str, Any] = {}
    for name, module in _HOT_MODELS.items():
        names[name] = getattr(importlib.import_module(f"openrouter_api.models.{module}"), name)
    if not _positional_ok(names["ChatStreamChunk"], names["ChatStreamChoice"]):
        _disable_fast_path()  # before the models are visible to another thread's parse
    globals().update(names)
    _hot_bound = True
    return True


def parse_chat_result(data: Mapping[str, Any]) -> ChatResult:
    """Build the generated ``ChatResult`` of a chat completion body (``from_dict``)."""
    try:
        return ChatResult.from_dict(data)
    except NameError:
        if _bind_hot():  # the first chat result of the process
            return ChatResult.from_dict(data)
        raise


# The fields of the chunks that make up almost every stream (a text delta per choice). They
# are plain values, so the generated models are built directly instead of through their
# from_dict; anything else (tool calls, usage, errors, unknown fields...) takes from_dict.
# tests/unit/test_lowlevel.py checks both paths build equal models.
_PLAIN_CHUNK_KEYS: Final = frozenset(
    {"id", "object", "created", "model", "choices", "provider", "system_fingerprint",
     "service_tier"}
)  # fmt: skip
_PLAIN_CHOICE_KEYS: Final = frozenset({"index", "delta", "finish_reason", "native_finish_reason"})
_PLAIN_DELTA_KEYS: Final = frozenset({"role", "content", "reasoning", "refusal"})
_REQUIRED_CHUNK_KEYS: Final = frozenset({"id", "object", "created", "model", "choices"})
_REQUIRED_CHOICE_KEYS: Final = frozenset({"index", "delta", "finish_reason"})
_NO_KEYS: Final[frozenset[str]] = frozenset()


# Which key sets (in their wire order) are plain, per level: a stream's chunks share one or
# two shapes, so one tuple and one dict lookup replace two subset tests per object. Bounded:
# shapes past the limit are tested every time.
_SHAPES_MAX: Final = 256
_CHUNK_SHAPES: dict[tuple[str, ...], bool] = {}
_CHOICE_SHAPES: dict[tuple[str, ...], bool] = {}
_DELTA_SHAPES: dict[tuple[str, ...], bool] = {}


# The fast path passes the models' leading fields positionally (keywords cost ~0.8 µs more
# per chunk); _bind_hot checks the generated signatures still start with these names and
# turns the fast path off otherwise (a regenerated model with reordered fields then only
# costs speed, never builds a wrong object).
_CHUNK_ARGS: Final = ("choices", "created", "id", "model", "object", "debug", "error",
                      "openrouter_metadata", "provider", "service_tier", "system_fingerprint",
                      "usage")  # fmt: skip
_CHOICE_ARGS: Final = ("delta", "finish_reason", "index", "error", "logprobs",
                       "native_finish_reason")  # fmt: skip
#: The one value of a chunk's ``object`` (a closed Literal in the spec: ``from_dict``
#: rejects other values, so the fast path leaves them to it).
_CHUNK_OBJECT: Final = "chat.completion.chunk"
_fast_path = True


def _positional_ok(chunk: type[Any], choice: type[Any]) -> bool:
    """Whether the chunk and choice models take ``_CHUNK_ARGS`` / ``_CHOICE_ARGS`` first."""
    return all(
        tuple(inspect.signature(cls).parameters)[: len(args)] == args
        for cls, args in ((chunk, _CHUNK_ARGS), (choice, _CHOICE_ARGS))
    )


def _disable_fast_path() -> None:
    """Send every chunk through the generated ``from_dict`` from now on."""
    global _fast_path
    _fast_path = False
    for cache in (_CHUNK_SHAPES, _CHOICE_SHAPES, _DELTA_SHAPES):
        cache.clear()


def _new_shape(
    cache: dict[tuple[str, ...], bool],
    data: dict[str, Any],
    required: frozenset[str],
    allowed: frozenset[str],
) -> bool:
    plain = _fast_path and required <= data.keys() <= allowed
    if len(cache) < _SHAPES_MAX:
        cache[tuple(data)] = plain
    return plain


def _plain_choices(choices: Any) -> list[ChatStreamChoice] | None:
    if type(choices) is not list:
        return None
    built = []
    for choice in choices:
        if type(choice) is not dict:
            return None
        plain = _CHOICE_SHAPES.get(tuple(choice))
        if plain is None:
            plain = _new_shape(_CHOICE_SHAPES, choice, _REQUIRED_CHOICE_KEYS, _PLAIN_CHOICE_KEYS)
        if not plain:
            return None
        delta = choice["delta"]
        if type(delta) is not dict:
            return None
        plain = _DELTA_SHAPES.get(tuple(delta))
        if plain is None:
            plain = _new_shape(_DELTA_SHAPES, delta, _NO_KEYS, _PLAIN_DELTA_KEYS)
        if not plain:
            return None
        built.append(
            ChatStreamChoice(  # positional: _CHOICE_ARGS
                ChatStreamDelta(**delta),
                choice["finish_reason"],
                choice["index"],
                None,  # error and logprobs are never plain
                None,
                choice.get("native_finish_reason"),
            )
        )
    return built


def parse_chunk(data: Mapping[str, Any]) -> ChatStreamChunk:
    """Build the generated ``ChatStreamChunk`` of one stream event (the hot path).

    Equal to ``ChatStreamChunk.from_dict(data)`` for every input: plain text chunks are
    built directly, everything else goes through the generated ``from_dict``.
    """
    try:  # free when nothing is raised (CPython 3.11+); no wrapper call per chunk
        if type(data) is dict:
            plain = _CHUNK_SHAPES.get(tuple(data))
            if plain is None:
                plain = _new_shape(_CHUNK_SHAPES, data, _REQUIRED_CHUNK_KEYS, _PLAIN_CHUNK_KEYS)
        else:
            plain = False
        if plain and data["object"] == _CHUNK_OBJECT:
            choices = _plain_choices(data["choices"])
            if choices is not None:
                return ChatStreamChunk(  # positional: _CHUNK_ARGS
                    choices,
                    data["created"],
                    data["id"],
                    data["model"],
                    _CHUNK_OBJECT,
                    None,  # debug, error and openrouter_metadata are never plain
                    None,
                    None,
                    data.get("provider"),
                    data.get("service_tier"),
                    data.get("system_fingerprint"),
                    None,  # nor is usage
                )
        return ChatStreamChunk.from_dict(data)
    except NameError:
        if _bind_hot():  # the first chunk of the process: the models are bound now
            return parse_chunk(data)
        raise
