"""Describe each finished call once, for logs and observers (OpenTelemetry): pure, no IO.

A client builds one :class:`CallInfo` per call (``call_info_from``), logs it with
:func:`log_call` and hands it to its observers (:func:`notify`): those given to its
``add_observer``, after the ones registered with :func:`add_global_observer` before it was
created (each client starts with a copy of them).
Nothing here carries a secret: errors are reduced to their class name, and request bodies
are logged only through :func:`redact_body`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, cast

import attrs

from openrouter_ext._costs.usage import Operation, UsageRecord
from openrouter_ext._errors.envelope import SECRET_RE as _SECRET_RE

__all__ = [
    "ENV_LOG", "CallInfo", "Observer", "add_global_observer", "call_info_from",
    "configure_logging_from_env", "finish_reasons_of", "global_observers", "log_call",
    "notify", "redact_body", "remove_global_observer",
]  # fmt: skip

ENV_LOG: Final = "OPENROUTER_EXT_LOG"
_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}

logger = logging.getLogger("openrouter_ext")
# a library never prints by itself: without configuration records go nowhere
logger.addHandler(logging.NullHandler())


@attrs.frozen
class CallInfo:
    """Describe one finished call (success or failure) for logs, spans and metrics.

    ``latency`` is seconds from the first attempt to the end (a stream's end included);
    ``end_time`` is epoch seconds. ``error`` is the exception's class name only, never its
    message. ``cost`` is USD, ``None`` when unknown.
    """

    operation: Operation
    model: str | None
    served_model: str | None = None
    provider: str | None = None
    generation_id: str | None = None
    status: int | None = None
    attempts: int = 1
    latency: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasoning_tokens: int | None = None
    cost: Decimal | None = None
    finish_reasons: tuple[str, ...] = ()
    streamed: bool = False
    incomplete: bool = False
    error: str | None = None
    tags: tuple[str, ...] = ()
    end_time: float = attrs.field(factory=time.time)

    def fields(self) -> dict[str, Any]:
        """Return the fields as JSON-ready values (cost as a decimal string)."""
        out = attrs.asdict(self, recurse=False)
        out["cost"] = None if self.cost is None else format(self.cost, "f")
        out["finish_reasons"], out["tags"] = list(self.finish_reasons), list(self.tags)
        return out


Observer = Callable[[CallInfo], None]


def finish_reasons_of(wire: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the finish reasons of a result dict (nulls skipped).

    Chat: each choice's ``finish_reason``; Messages: ``stop_reason``; Responses: ``status``
    (with the ``incomplete_details`` reason when incomplete).
    """
    stop = wire.get("stop_reason")
    if isinstance(stop, str):
        return (stop,)
    if wire.get("object") == "response":
        details = wire.get("incomplete_details")
        reason = cast("Mapping[str, Any]", details).get("reason") if isinstance(
            details, Mapping) else None  # fmt: skip
        status = wire.get("status")
        return tuple(r for r in (reason if isinstance(reason, str) else status,)
                     if isinstance(r, str))  # fmt: skip
    choices = wire.get("choices")
    reasons = (
        cast("Mapping[str, Any]", c).get("finish_reason")
        for c in choices or ()
        if isinstance(c, Mapping)
    )
    return tuple(r for r in reasons if isinstance(r, str))


def call_info_from(
    record: UsageRecord | None,
    *,
    operation: Operation,
    model: str | None,
    status: int | None,
    attempts: int,
    latency: float,
    finish_reasons: Iterable[str] = (),
    error: BaseException | str | None = None,
    generation_id: str | None = None,
    tags: Iterable[str] = (),
    streamed: bool = False,
    end_time: float | None = None,
) -> CallInfo:
    """Build the :class:`CallInfo` of a call from its usage record (None when it failed).

    Args:
        record: The call's usage record; supplies served model, provider, generation id,
            tokens, cost, tags, ``streamed`` and ``incomplete`` when given.
        operation: the kind of call (``"chat"``, ``"embeddings"``, ``"responses"``...).
        model: The requested model.
        status: The final HTTP status, None when no response arrived.
        attempts: Attempts made (1 + retries).
        latency: Seconds from the first attempt to the end.
        finish_reasons: The choices' finish reasons (see :func:`finish_reasons_of`).
        error: The exception that ended the call; only its class name is kept.
        generation_id: The generation id when there is no record (e.g. from an error).
        tags: The call's tags when there is no record.
        streamed: True for a stream, when there is no record.
        end_time: Epoch seconds the call ended; defaults to now.

    Returns:
        The call info.

    """
    error_name = error if isinstance(error, str) or error is None else type(error).__name__
    base = CallInfo(
        operation=operation,
        model=model,
        generation_id=generation_id,
        status=status,
        attempts=attempts,
        latency=latency,
        finish_reasons=tuple(finish_reasons),
        error=error_name,
        tags=tuple(tags),
        streamed=streamed,
        end_time=time.time() if end_time is None else end_time,
    )
    if record is None:
        return base
    return attrs.evolve(
        base,
        served_model=record.served_model,
        provider=record.provider,
        generation_id=record.generation_id or generation_id,
        prompt_tokens=record.prompt_tokens,
        completion_tokens=record.completion_tokens,
        reasoning_tokens=record.reasoning_tokens,
        cost=record.cost,
        tags=record.tags or base.tags,
        streamed=record.streamed,
        incomplete=record.incomplete,
    )


def _message(info: CallInfo) -> str:
    head = f"{info.operation} {info.model or '?'}"
    if info.served_model and info.served_model != info.model:
        head += f" -> {info.served_model}"
    if info.provider:
        head += f" via {info.provider}"
    plural = "" if info.attempts == 1 else "s"
    tail = f"{info.attempts} attempt{plural}, {info.latency:.3f}s"
    if info.error is not None:
        status = "" if info.status is None else f" ({info.status})"
        return f"{head} failed: {info.error}{status} after {tail}"
    tokens = f"{info.prompt_tokens or 0}+{info.completion_tokens or 0} tokens"
    cost = "cost unknown" if info.cost is None else f"${format(info.cost, 'f')}"
    flag = ", incomplete" if info.incomplete else ""
    return f"{head}: {info.status}, {tail}, {tokens}, {cost}{flag}"


def log_call(info: CallInfo, log: logging.Logger | None = None) -> None:
    """Emit one record for a finished call: INFO, or WARNING when it failed.

    The message is a short summary; every field is in ``extra={"openrouter": {...}}``
    (``record.openrouter`` on the log record). Key-like strings are masked.

    Args:
        info: The call.
        log: The logger; defaults to ``openrouter_ext``.

    """
    log = log or logger
    level = logging.INFO if info.error is None else logging.WARNING
    if log.isEnabledFor(level):
        fields = _scrub(info.fields())
        log.log(level, "%s", _scrub(_message(info)), extra={"openrouter": fields})


class _Formatter(logging.Formatter):
    """Append a record's ``openrouter`` fields as JSON to the message."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        fields = getattr(record, "openrouter", None)
        return text if fields is None else f"{text} {json.dumps(fields, ensure_ascii=False)}"


def configure_logging_from_env(environ: Mapping[str, str] | None = None) -> int | None:
    """Turn on the ``openrouter_ext`` logger from ``OPENROUTER_EXT_LOG=debug|info|warning``.

    Sets the logger's level and attaches one stream handler (stderr) the first time;
    calling again only updates the level. Unset or empty leaves logging alone.

    Args:
        environ: The environment to read; defaults to ``os.environ``.

    Returns:
        The level set, or None when nothing changed.

    Warns:
        RuntimeWarning: the value is not one of ``debug``, ``info``, ``warning`` (ignored).

    """
    raw = (os.environ if environ is None else environ).get(ENV_LOG, "").strip().lower()
    if not raw:
        return None
    level = _LEVELS.get(raw)
    if level is None:
        warnings.warn(
            f"ignoring {ENV_LOG}={raw!r}: expected debug, info or warning",
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    logger.setLevel(level)
    if not any(getattr(h, "_openrouter_ext_env", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._openrouter_ext_env = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    return level


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return _SECRET_RE.sub("<redacted>", value)
    if isinstance(value, Mapping):
        return {k: _scrub(v) for k, v in cast("Mapping[object, object]", value).items()}
    if isinstance(value, (list, tuple)):
        return [_scrub(v) for v in cast("Sequence[object]", value)]
    return value


def _hide(value: Any) -> Any:
    """Replace text with its length; keep the shape of content-part lists."""
    if value is None:
        return None
    if isinstance(value, str):
        return f"<redacted: {len(value)} chars>"
    if isinstance(value, list):
        return [_hide_part(p) for p in cast("list[object]", value)]
    return "<redacted>"


def _hide_part(part: object) -> dict[str, Any]:
    """Return a content part's type, and the length of its text."""
    if not isinstance(part, Mapping):
        return {"type": type(part).__name__}
    fields = cast("Mapping[str, Any]", part)
    if fields.get("type") == "text":
        return {"type": "text", "text": _hide(fields.get("text"))}
    return {"type": fields.get("type")}


def _tool_call_summary(call: object) -> Any:
    if not isinstance(call, Mapping):
        return "<redacted>"
    fields = cast("Mapping[str, Any]", call)
    function = fields.get("function")
    name = (
        cast("Mapping[str, Any]", function).get("name") if isinstance(function, Mapping) else None
    )
    return {"id": fields.get("id"), "name": name}


def _hide_message(message: Any) -> Any:
    if not isinstance(message, Mapping):
        return _hide(message)
    out = dict(cast("Mapping[str, Any]", message))
    for key in ("content", "reasoning", "refusal"):
        if key in out:
            out[key] = _hide(out[key])
    if "reasoning_details" in out:
        out["reasoning_details"] = "<redacted>"
    if isinstance(out.get("tool_calls"), list):
        out["tool_calls"] = [_tool_call_summary(c) for c in out["tool_calls"]]
    return out


def redact_body(body: Mapping[str, Any], *, log_bodies: bool = False) -> dict[str, Any]:
    """Return a request or response body that is safe to log.

    Secrets (``sk-or-`` keys, bearer tokens) are always masked. Unless ``log_bodies`` is
    True, message text (``messages[]``, ``choices[].message``/``delta``: content, reasoning,
    refusal, tool-call arguments) and embeddings ``input``/``prompt`` are replaced by their
    lengths; other fields (model, parameters, usage) are kept.

    Args:
        body: The JSON body as a dict.
        log_bodies: The explicit opt-in to keep message text.

    Returns:
        A new dict; ``body`` is not changed.

    """
    out = dict(body)
    if not log_bodies:
        if isinstance(out.get("messages"), list):
            out["messages"] = [_hide_message(m) for m in out["messages"]]
        for key in ("input", "prompt"):
            if isinstance(out.get(key), list):
                out[key] = f"<redacted: {len(out[key])} items>"
            elif key in out:
                out[key] = _hide(out[key])
        if isinstance(out.get("choices"), list):
            out["choices"] = [_hide_choice(c) for c in out["choices"]]
    scrubbed: dict[str, Any] = _scrub(out)
    return scrubbed


def _hide_choice(choice: Any) -> Any:
    if not isinstance(choice, Mapping):
        return choice
    out = dict(cast("Mapping[str, Any]", choice))
    for key in ("message", "delta"):
        if key in out:
            out[key] = _hide_message(out[key])
    return out


_GLOBAL_OBSERVERS: list[Observer] = []
_GLOBAL_LOCK: Final = threading.Lock()


def add_global_observer(observer: Observer) -> None:
    """Register an observer for every client created afterwards.

    Args:
        observer: Called with each finished call's :class:`CallInfo`.

    """
    with _GLOBAL_LOCK:
        _GLOBAL_OBSERVERS.append(observer)


def remove_global_observer(observer: Observer) -> None:
    """Unregister a global observer (no error when it is not registered).

    Args:
        observer: An observer given to :func:`add_global_observer`.

    """
    with _GLOBAL_LOCK:
        if observer in _GLOBAL_OBSERVERS:
            _GLOBAL_OBSERVERS.remove(observer)


def global_observers() -> list[Observer]:
    """Return a copy of the global observers, for a new client's own list."""
    with _GLOBAL_LOCK:
        return list(_GLOBAL_OBSERVERS)


def notify(observers: Iterable[Observer], info: CallInfo) -> None:
    """Hand ``info`` to each observer; one that raises is logged and skipped.

    Args:
        observers: The client's observers.
        info: The finished call.

    """
    for observer in observers:
        try:
            observer(info)
        except Exception:
            logger.exception("openrouter_ext observer %r failed", observer)
