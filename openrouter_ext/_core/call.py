"""One call in flight: its request, deadline, attempts and size limit, and its deadline errors."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from openrouter_ext._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
)
from openrouter_ext._costs.budget import Reservation
from openrouter_ext._errors.tree import (
    APIConnectionError,
    APITimeoutError,
    OpenRouterError,
    ResponseTooLargeError,
    connection_error_from_httpx,
)
from openrouter_ext._io.bounded import BodyTooLarge
from openrouter_ext._lowlevel import Operation

if TYPE_CHECKING:
    pass


__all__ = ["CallState", "achecked", "checked", "too_large"]
T = TypeVar("T")
#: A socket timeout set to what is left of the deadline may fire a little early.
_SLACK = 0.01


def _longest(timeout: httpx.Timeout) -> float:
    """Return the longest of a timeout's parts (infinite when one of them is None)."""
    longest = 0.0
    for part in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        if part is None:
            return float("inf")
        longest = max(longest, part)
    return longest


class CallState:
    """One call in flight: its request, deadline and attempt count (shared by its retries)."""

    __slots__ = (
        "_longest",
        "attempts",
        "clock",
        "deadline",
        "deadline_at",
        "max_response_bytes",
        "model",
        "op",
        "request",
        "reservation",
        "started",
        "tags",
        "timeout",
    )

    def __init__(
        self,
        op: Operation[Any],
        request: httpx.Request,
        timeout: httpx.Timeout,
        deadline: float | None,
        *,
        model: str | None = None,
        tags: tuple[str, ...] = (),
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.op = op
        self.request = request
        self.timeout = timeout
        self.clock = clock  # the client's: the deadline, retry waits and latency read it
        self.started = clock()
        self.deadline = deadline
        self.deadline_at = None if deadline is None else self.started + deadline
        self.max_response_bytes = max_response_bytes
        # attempts only need their own timeouts while the deadline is nearer than the longest
        self._longest = _longest(timeout)
        self.attempts = 0
        self.model = model
        self.tags = tags
        self.reservation: Reservation | None = None

    def begin_attempt(self) -> httpx.Request:
        """Count an attempt and cap its timeouts by what is left of the deadline.

        Raises:
            APITimeoutError: the deadline has passed (``kind="deadline"``, never retried).

        """
        self.attempts += 1
        if self.deadline_at is None:
            return self.request
        left = self.deadline_at - self.clock()
        if left >= self._longest:
            return self.request
        if left <= 0:
            raise self.deadline_error(sent=self.attempts > 1)
        t = self.timeout
        self.request.extensions["timeout"] = {
            "connect": min(t.connect or left, left),
            "read": min(t.read or left, left),
            "write": min(t.write or left, left),
            "pool": min(t.pool or left, left),
        }
        return self.request

    def expired(self) -> bool:
        """Whether the call's deadline has passed (within the slack of a socket timeout)."""
        return self.deadline_at is not None and self.clock() >= self.deadline_at - _SLACK

    def socket_deadline(self) -> float | None:
        """Return the deadline on ``time.monotonic``'s scale, for the caps at the socket.

        Sockets wait in real time. With an injected clock, what that clock leaves of the
        deadline when the call starts is carried over to ``time.monotonic``.
        """
        at = self.deadline_at
        if at is None or self.clock is time.monotonic:
            return at
        return time.monotonic() + (at - self.clock())

    def deadline_error(self, *, sent: bool, cause: str = "") -> APITimeoutError:
        """Return the ``APITimeoutError(kind="deadline")`` of this call (never retried)."""
        detail = f" ({cause})" if cause else ""
        return APITimeoutError(
            f"the call's deadline of {self.deadline or 0:g} s passed{detail}",
            request=self.request,
            sent=sent,
            kind="deadline",
        )

    def transport_error(self, exc: httpx.TransportError) -> APIConnectionError:
        """Map an httpx failure of this call: the deadline's error once it has passed."""
        if self.expired() and isinstance(exc, (httpx.TimeoutException, httpx.NetworkError)):
            error: APIConnectionError = self.deadline_error(sent=True, cause=type(exc).__name__)
            error.__cause__ = exc
            error.__suppress_context__ = True
            return error
        return connection_error_from_httpx(exc, self.request)

    def past_deadline(self, error: OpenRouterError) -> OpenRouterError:
        """Return the deadline's error for a connection failure after the deadline, else ``error``.

        A read capped by the deadline at the socket surfaces as a read timeout (or, cut short,
        as a broken connection); the caller is told which limit it hit.
        """
        if (
            isinstance(error, APIConnectionError)
            and not (isinstance(error, APITimeoutError) and error.kind == "deadline")
            and self.expired()
        ):
            deadline_error = self.deadline_error(sent=error.sent, cause=type(error).__name__)
            deadline_error.__cause__ = error
            return deadline_error
        return error


def too_large(exc: BodyTooLarge, response: httpx.Response) -> ResponseTooLargeError:
    """Return the error for a body that passed its limit (nothing of it is kept)."""
    return ResponseTooLargeError(limit=exc.limit, status_code=response.status_code)


def checked(state: CallState, fn: Callable[[], T]) -> T:
    """Run a retried attempt, reporting a failure past the deadline as the deadline's."""
    try:
        return fn()
    except OpenRouterError as exc:
        error = state.past_deadline(exc)
        if error is exc:
            raise
        raise error from exc


async def achecked(state: CallState, fn: Callable[[], Awaitable[T]]) -> T:
    """Do :func:`checked` for an async attempt."""
    try:
        return await fn()
    except OpenRouterError as exc:
        error = state.past_deadline(exc)
        if error is exc:
            raise
        raise error from exc
