"""Read server-given retry delays and daily-quota hints from rate-limit data (pure, stdlib only).

Sources of a delay, first match wins (a garbage or negative value skips to the next):

1. ``retry-after-ms``: milliseconds (float allowed);
2. ``retry-after``: delay-seconds (float allowed);
3. ``retry-after``: an HTTP date, relative to ``now`` (a date in the past means 0);
4. ``X-RateLimit-Reset``: the OpenRouter docs don't state its unit, so the size decides:
   above 1e12 it is epoch milliseconds, above 1e9 epoch seconds (both relative to ``now``,
   a past reset means 0), otherwise a delta in seconds;
5. ``error.metadata.retry_after_seconds`` (provider errors, observed only);
6. ``error.availability.retry_after`` (model-availability errors, docs).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Final

__all__ = ["is_daily_quota", "retry_after_seconds"]

EPOCH_MILLISECONDS_ABOVE: Final = 1e12
EPOCH_SECONDS_ABOVE: Final = 1e9
DAILY_RESET_ABOVE: Final = 3600.0
DAILY_MARKERS: Final = ("free-models-per-day", "per-day", "per day", "/day", "daily")


def _seconds(value: object) -> float | None:
    """Return value as a finite, non-negative float, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _epoch(now: float | datetime | None) -> float:
    """Return now as epoch seconds (a naive datetime counts as UTC)."""
    if now is None:
        return time.time()
    if isinstance(now, datetime):
        return (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).timestamp()
    return float(now)


def _http_date(value: str, now: float) -> float | None:
    """Return the seconds from now until an HTTP date (0 if past), or None."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - now)


def _reset(value: object, now: float) -> float | None:
    """Return the seconds until an ``X-RateLimit-Reset`` value (unit guessed by size)."""
    number = _seconds(value)
    if number is None:
        return None
    if number > EPOCH_MILLISECONDS_ABOVE:
        return max(0.0, number / 1000 - now)
    if number > EPOCH_SECONDS_ABOVE:
        return max(0.0, number - now)
    return number


def retry_after_seconds(
    headers: Mapping[str, str],
    *,
    now: float | datetime | None = None,
    metadata: Mapping[str, Any] | None = None,
    availability: Mapping[str, Any] | None = None,
) -> float | None:
    """Return the delay the server asked for, in seconds, or None when it gave none.

    Args:
        headers: response headers; names are matched case-insensitively.
        now: the current time (epoch seconds or a datetime) for HTTP dates and epoch resets;
            defaults to ``time.time()``. Injected by tests.
        metadata: ``error.metadata`` of the error body, read for ``retry_after_seconds``.
        availability: ``error.availability`` of the error body, read for ``retry_after``.

    Returns:
        The delay from the first usable source in the order of the module docstring, never
        negative, or None when no source holds a usable value.

    """
    lowered = {name.lower(): value for name, value in headers.items()}
    clock = _epoch(now)
    millis = _seconds(lowered.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    retry_after = lowered.get("retry-after")
    if retry_after is not None:
        delay = _seconds(retry_after)
        if delay is None:
            delay = _http_date(retry_after, clock)
        if delay is not None:
            return delay
    delay = _reset(lowered.get("x-ratelimit-reset"), clock)
    for source, key in ((metadata, "retry_after_seconds"), (availability, "retry_after")):
        if delay is None and isinstance(source, Mapping):
            delay = _seconds(source.get(key))
    return delay


def is_daily_quota(
    texts: Iterable[str], headers: Mapping[str, str], *, now: float | datetime | None = None
) -> bool:
    """Tell whether a 429 is a per-day quota (free models) rather than a short-term limit.

    Heuristic, because OpenRouter flags neither case: the error text names a daily limit
    (``free-models-per-day``, ``per day``, ``per-day``, ``/day``, ``daily``), or the response
    carries ``X-RateLimit-Limit`` (a platform limit) with ``X-RateLimit-Reset`` more than an
    hour away. Retrying such a 429 within a call is pointless.

    Args:
        texts: the error message and any raw provider text.
        headers: response headers; names are matched case-insensitively.
        now: the current time for epoch resets; defaults to ``time.time()``.

    Returns:
        True when the 429 looks like a daily quota.

    """
    if any(marker in text.lower() for text in texts for marker in DAILY_MARKERS):
        return True
    lowered = {name.lower(): value for name, value in headers.items()}
    reset = _reset(lowered.get("x-ratelimit-reset"), _epoch(now))
    return "x-ratelimit-limit" in lowered and reset is not None and reset > DAILY_RESET_ABOVE
