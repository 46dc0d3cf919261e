"""When to ask again about a job (no IO): the video poller's schedule and its verdicts.

A job is asked about at ``interval`` seconds, or later when the server says so (a
``Retry-After`` on the answer or on a 429), never past the caller's timeout; the interval
grows by half after each unchanged answer up to ``MAX_INTERVAL``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from openrouter_ext._errors.jobs import VideoJobFailedError
from openrouter_ext._errors.ratelimit import retry_after_seconds

__all__ = ["DONE", "FAILED", "MAX_INTERVAL", "PollSchedule", "check_job"]

#: The status of a job whose video is ready.
DONE: Final = "completed"
#: Statuses of a job that ended without a video.
FAILED: Final = frozenset({"failed", "cancelled", "expired"})
#: Longest pause between two polls of one job (seconds), unless the server asks for more.
MAX_INTERVAL: Final = 30.0


def check_job(job: Any) -> bool:
    """Return True for a finished job, False for one still running.

    Raises:
        VideoJobFailedError: the job failed, was cancelled or expired.

    """
    status = getattr(job, "status", None)
    if status == DONE:
        return True
    if status in FAILED:
        reason = getattr(job, "error", None)
        detail = f": {reason}" if isinstance(reason, str) and reason else ""
        raise VideoJobFailedError(f"video job {getattr(job, 'id', '?')} {status}{detail}", job=job)
    return False


class PollSchedule:
    """The pauses between polls of one job, bounded by the time left of ``timeout``.

    Args:
        start: the clock's time when waiting began.
        timeout: seconds to wait in all.
        interval: the first pause (seconds).

    """

    __slots__ = ("_deadline", "_interval")

    def __init__(self, start: float, timeout: float, interval: float) -> None:
        if not timeout > 0 or not interval > 0:
            raise ValueError("timeout and poll_interval must be positive numbers of seconds")
        self._deadline = start + timeout
        self._interval = interval

    def left(self, now: float) -> float:
        """Return the seconds left of the timeout (0 once it passed)."""
        return max(0.0, self._deadline - now)

    def pause(self, now: float, headers: Mapping[str, str] | None = None) -> float | None:
        """Return the next pause, or None when the timeout leaves no room for another poll.

        A server's ``Retry-After`` (seconds, HTTP date or ``retry-after-ms``) wins over the
        interval when it asks for longer; the pause never reaches past the timeout.
        """
        left = self.left(now)
        if left <= 0:
            return None
        pause = self._interval
        hint = retry_after_seconds(headers) if headers else None
        if hint is not None and hint > pause:
            pause = hint
        self._interval = min(self._interval * 1.5, MAX_INTERVAL)
        if pause >= left:
            return None if hint is not None and hint > left else left
        return pause
