"""The per-call knobs every method takes, as TypedDicts, and their split from the body.

Each operation's keyword arguments (``openrouter_ext._params``, generated) derive from
:class:`RequestOptions`, so ``client.chat.completions.create(..., timeout=5, tags=["x"])``
type-checks, and the method separates the knobs from the request's own fields with
:func:`split_options`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, TypedDict

from openrouter_ext._config import CallOptions, TimeoutLike, call_options

__all__ = ["KNOBS", "RequestOptions", "StreamRequestOptions", "split_options"]


class RequestOptions(TypedDict, total=False):
    """Per-call knobs of every method (each overrides the client's option for one call)."""

    extra_body: Mapping[str, Any] | None
    """Raw body fields the spec does not know yet, merged last."""
    extra_headers: Mapping[str, str] | None
    """Headers for this call only."""
    timeout: TimeoutLike | None
    """Seconds (or an ``httpx.Timeout``) per attempt of this call."""
    max_retries: int | None
    """Retries of transient failures for this call."""
    deadline: float | None
    """Overall seconds for this call, retries and waits included (a stream: until open)."""
    max_response_bytes: int | None
    """Largest response body this call reads, in bytes (a stream: largest single event)."""
    tags: Sequence[str] | None
    """Labels for this call in ``client.costs.by_tag()``."""


class StreamRequestOptions(RequestOptions, total=False):
    """The knobs of a method that can stream: those of every call plus the idle timeout."""

    stream_idle_timeout: float | None
    """Seconds without a data event before the stream fails with ``APITimeoutError``."""


#: The names of the knobs (never sent as body fields).
KNOBS: Final = frozenset(StreamRequestOptions.__annotations__)


def split_options(params: dict[str, Any]) -> tuple[CallOptions, Mapping[str, Any] | None]:
    """Pop the knobs out of a method's keyword arguments; return them checked.

    Returns the call options and ``extra_body``; ``params`` keeps the request's own fields.

    Raises:
        TypeError: a knob of the wrong type.
        ValueError: a knob out of range (nothing is sent).

    """
    if KNOBS.isdisjoint(params):
        return call_options(), None
    extra_body = params.pop("extra_body", None)
    call = call_options(
        params.pop("timeout", None),
        params.pop("max_retries", None),
        params.pop("extra_headers", None),
        params.pop("stream_idle_timeout", None),
        params.pop("tags", None),
        deadline=params.pop("deadline", None),
        max_response_bytes=params.pop("max_response_bytes", None),
    )
    return call, extra_body
