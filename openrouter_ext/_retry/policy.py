"""Decide whether and how long to wait before a retry, and retry a call with ``backoff``.

Pure apart from sleeping. ``retrying()`` drives ``backoff.on_exception`` with a wait
generator that reads the exception backoff sends into it (``wait.send(exc)``), with
``jitter=None`` so a server-given delay is used exactly as given.

Sleeping: backoff 2.2.1 sleeps itself with ``time.sleep``/``asyncio.sleep`` (``_sync.py``,
``_async.py``) and offers no way to inject them. So the generator hands backoff 0 s and an
``on_backoff`` handler sleeps the real wait with the ``sleep``/``asleep`` given to
``retrying()``; its ``clock`` is the monotonic clock behind the elapsed-time and deadline
checks. A client passes its own (``OpenRouter(clock=...)``); tests pass fake ones.
"""

from __future__ import annotations

import functools
import logging
import random
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs
import httpx

from openrouter_ext._errors.ratelimit import retry_after_seconds
from openrouter_ext._errors.tree import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    OpenRouterError,
    RateLimitError,
)

if TYPE_CHECKING:
    from backoff.types import Details

    _Pause = Callable[[Details], None] | Callable[[Details], Coroutine[Any, Any, None]]

__all__ = [
    "DEFAULT_RETRY_STATUSES", "RetryBudget", "RetryPolicy", "retry_after_seconds",
    "retry_delay", "retrying", "should_retry",
]  # fmt: skip

F = TypeVar("F", bound=Callable[..., Any])
OnRetry = Callable[[int, OpenRouterError, float], object]

DEFAULT_RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504, 524, 529})
_TRANSIENT_INNER: Final = frozenset({429, 502, 503})
_ROUTING_CODES: Final = frozenset(
    {"constraint_filtered", "privacy_restricted", "region_restricted", "no_endpoints"}
)
_ROUTING_TEXT: Final = ("routing requirement", "no endpoints found", "no allowed providers")
_MAX_EXPONENT: Final = 64


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use (``import openrouter_ext`` skips asyncio)."""
    import asyncio

    await asyncio.sleep(seconds)


def _statuses(values: Iterable[int]) -> frozenset[int]:
    """Return values as a frozenset (lets ``RetryPolicy`` take any iterable of statuses)."""
    return frozenset(values)


@attrs.frozen
class RetryPolicy:
    """How often, how long and on what to retry; all times in seconds.

    Attributes:
        max_retries: retries after the first attempt (``backoff``'s ``max_tries`` is this + 1).
        initial_delay: the first computed wait; each later one doubles.
        max_delay: cap on each computed wait (not on a server-given one).
        jitter: fraction taken off a computed wait at random: ``wait * (1 - U[0, jitter])``.
        max_retry_after: a server-given delay above this gives up at once.
        max_elapsed: cap on the time from the first attempt to the end of the last wait.
        retry_read_timeouts: resend a request that may have reached the server (read
            timeout, disconnect) even when the caller did not mark it resend-safe.
        retry_statuses: statuses that are retried.

    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    max_elapsed: float = 120.0
    retry_read_timeouts: bool = False
    retry_statuses: frozenset[int] = attrs.field(
        default=DEFAULT_RETRY_STATUSES, converter=_statuses
    )

    def __attrs_post_init__(self) -> None:
        numbers = ("max_retries", "initial_delay", "max_delay", "max_retry_after", "max_elapsed")
        for name in (*numbers, "jitter"):
            value = getattr(self, name)
            if not value >= 0:  # also rejects NaN
                raise ValueError(f"RetryPolicy.{name} must be >= 0, got {value!r}")
        if self.jitter > 1:
            raise ValueError(f"RetryPolicy.jitter must be <= 1, got {self.jitter!r}")


def _server_delay(exc: BaseException, now: float | datetime | None) -> float | None:
    """Return the delay the server gave with an HTTP error, or None."""
    if not isinstance(exc, APIStatusError):
        return None
    return retry_after_seconds(
        exc.headers, now=now, metadata=exc.metadata, availability=exc.availability
    )


def _is_routing_constraint(exc: APIStatusError) -> bool:
    """Tell whether an error says no provider meets the routing requirements (will repeat).

    Heuristic: ``availability.code`` (or ``error_type``) is a routing code such as
    ``constraint_filtered``, ``availability.excluded_by`` is set, or the message says
    "routing requirement", "no endpoints found" or "no allowed providers".
    """
    availability = exc.availability or {}
    codes = {c for c in (availability.get("code"), exc.error_type) if isinstance(c, str)}
    message = exc.message.lower()
    return (
        bool(codes & _ROUTING_CODES)
        or bool(availability.get("excluded_by"))
        or any(text in message for text in _ROUTING_TEXT)
    )


def _should_retry_status(
    exc: APIStatusError, policy: RetryPolicy, now: float | datetime | None
) -> bool:
    """Apply steps 1-7 of ``should_retry`` to an HTTP error."""
    delay = _server_delay(exc, now)
    if delay is not None and delay > policy.max_retry_after:
        return False
    hint: str = exc.headers.get("x-should-retry", "").strip().lower()
    if hint in ("true", "false"):
        return hint == "true"
    if isinstance(exc, RateLimitError) and exc.daily_quota:
        return False
    if exc.retryable is not None:
        return exc.retryable
    if exc.status_code == 503 and _is_routing_constraint(exc):
        return False
    if exc.status_code in policy.retry_statuses:
        return True
    return exc.status_code == 400 and exc.inner_status in _TRANSIENT_INNER


def should_retry(
    exc: BaseException, policy: RetryPolicy, *, resend_safe: bool,
    now: float | datetime | None = None,
) -> bool:  # fmt: skip
    """Tell whether a failed attempt may be retried; pure.

    In order, the first rule that applies decides:

    1. an HTTP error whose server delay exceeds ``policy.max_retry_after``: no;
    2. an ``x-should-retry: true|false`` response header: as it says;
    3. a ``RateLimitError`` with ``daily_quota``: no;
    4. ``availability.retryable`` in the body: as it says;
    5. a 503 saying no provider meets the routing requirements: no (it would repeat);
    6. a status in ``policy.retry_statuses``: yes;
    7. a 400 whose ``inner_status`` is 429, 502 or 503: yes;
    8. a connection error: yes if the request was not sent, else ``resend_safe or
       policy.retry_read_timeouts``; a ``deadline`` timeout: no;
    9. anything else (other statuses, stream and validation errors, budget errors,
       non-OpenRouter exceptions such as ``CancelledError``): no.

    Args:
        exc: the error of the failed attempt.
        policy: the retry policy.
        resend_safe: a resend cannot duplicate work: a GET, or a stream before any event
            reached the caller.
        now: the current time for HTTP-date delays (default ``time.time()``); for tests.

    Returns:
        True to retry.

    """
    if isinstance(exc, APIStatusError):
        return _should_retry_status(exc, policy, now)
    if isinstance(exc, APITimeoutError) and exc.kind == "deadline":
        return False
    if isinstance(exc, APIConnectionError):
        return not exc.sent or resend_safe or policy.retry_read_timeouts
    return False


def retry_delay(
    exc: BaseException, attempt: int, policy: RetryPolicy, *,
    rand: Callable[[], float] = random.random, now: float | datetime | None = None,
) -> float:  # fmt: skip
    """Return the seconds to wait before the next attempt.

    A server-given delay (``retry_after_seconds`` of the error's headers and body) is
    returned exactly as given, never jittered. Otherwise the wait is
    ``min(initial_delay * 2**attempt, max_delay) * (1 - jitter * rand())``.

    Args:
        exc: the error of the failed attempt.
        attempt: 0 for the first retry, 1 for the second...
        policy: the retry policy.
        rand: a source of U[0, 1) for the jitter; for tests.
        now: the current time for HTTP-date delays (default ``time.time()``); for tests.

    Returns:
        The wait in seconds, never negative.

    """
    delay = _server_delay(exc, now)
    if delay is not None:
        return delay
    base = min(policy.initial_delay * 2.0 ** min(attempt, _MAX_EXPONENT), policy.max_delay)
    return base * (1.0 - policy.jitter * rand())


class RetryBudget:
    """Limit retries across calls with a token bucket; thread-safe.

    In the manner of gRPC retry throttling and the AWS SDKs' standard retry mode: each retry
    takes ``retry_cost`` tokens (``timeout_retry_cost`` after a timeout), each success puts
    back ``success_refill`` up to ``max_tokens``, and an empty bucket fails fast. With the
    defaults (100, 5, 10, 1), 1,000 calls against a server that always fails, with
    ``max_retries=2``, send 1,020 requests (20 retries drain the bucket) instead of 3,000; a
    healthy server earns back one retry per 5 successes.
    """

    def __init__(
        self, *, max_tokens: float = 100.0, retry_cost: float = 5.0,
        timeout_retry_cost: float = 10.0, success_refill: float = 1.0,
    ) -> None:  # fmt: skip
        self.max_tokens, self.retry_cost = max_tokens, retry_cost
        self.timeout_retry_cost, self.success_refill = timeout_retry_cost, success_refill
        for name in ("max_tokens", "retry_cost", "timeout_retry_cost", "success_refill"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"RetryBudget.{name} must be >= 0, got {getattr(self, name)!r}")
        self._tokens = max_tokens
        self._lock = threading.Lock()

    @property
    def tokens(self) -> float:
        """Return the tokens left."""
        return self._tokens

    def try_acquire(self, exc: BaseException) -> bool:
        """Take the cost of retrying after exc; return False (take nothing) if too few are left."""
        cost = self.timeout_retry_cost if isinstance(exc, APITimeoutError) else self.retry_cost
        with self._lock:
            if self._tokens < cost:
                return False
            self._tokens -= cost
            return True

    def on_success(self) -> None:
        """Put back ``success_refill`` tokens, up to ``max_tokens``."""
        if self._tokens >= self.max_tokens:
            return  # full (the healthy case): nothing to put back, no lock taken
        with self._lock:
            self._tokens = min(self.max_tokens, self._tokens + self.success_refill)


def _reason(exc: BaseException) -> str:
    """Return a short, secret-free reason for a log line ('429 Too Many Requests')."""
    if isinstance(exc, APIStatusError):
        phrase = httpx.codes.get_reason_phrase(exc.status_code)
        inner = f" (inner {exc.inner_status})" if exc.inner_status else ""
        return f"{exc.status_code} {phrase}".strip() + inner
    if isinstance(exc, APITimeoutError):
        return f"timeout ({exc.kind})"
    return "connection error" if isinstance(exc, APIConnectionError) else type(exc).__name__


class _Attempts:
    """State of one call under retry, shared by the wait generator and the handlers."""

    def __init__(
        self, policy: RetryPolicy, budget: RetryBudget | None, resend_safe: bool,
        deadline: float | None, logger: logging.Logger, on_retry: OnRetry | None, *,
        clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
    ) -> None:  # fmt: skip
        self.policy, self.budget, self.resend_safe = policy, budget, resend_safe
        self.logger, self.on_retry = logger, on_retry
        self.clock, self.sleep, self.asleep = clock, sleep, asleep
        self.start = clock()
        limit = self.start + policy.max_elapsed
        self.limit = limit if deadline is None else min(limit, deadline)
        self.wait = 0.0
        self.error: OpenRouterError | None = None

    def waits(self) -> Generator[float, BaseException | None, None]:
        """Yield 0 to backoff for each retry, keeping the real wait; return to give up.

        Gives up when the wait would end past the deadline or ``max_elapsed`` (backoff's own
        ``max_time`` check uses the time before the last attempt, so it can't see this) or
        when the budget is empty. The budget is charged here and not in ``giveup``, because
        backoff calls ``giveup`` on the last attempt too, which is never retried.
        """
        exc = yield 0.0
        attempt = 0
        while isinstance(exc, OpenRouterError):
            wait = retry_delay(exc, attempt, self.policy)
            if self.clock() + wait > self.limit:
                return
            if self.budget is not None and not self.budget.try_acquire(exc):
                return
            self.wait, self.error, attempt = wait, exc, attempt + 1
            exc = yield 0.0

    def giveup(self, exc: Exception) -> bool:
        """Return True when exc must not be retried."""
        return not should_retry(exc, self.policy, resend_safe=self.resend_safe)

    def announce(self, details: Details) -> None:
        """Log the retry (reason, attempt, wait; never headers, bodies or keys)."""
        assert self.error is not None  # set by waits() just before backoff calls this
        reason, tries = _reason(self.error), details["tries"]
        self.logger.info(
            "Retrying in %.2f s after %s (attempt %d of %d)", self.wait, reason, tries + 1,
            self.policy.max_retries + 1,
            extra={"retry_attempt": tries + 1, "retry_reason": reason, "retry_wait": self.wait},
        )  # fmt: skip
        if self.on_retry is not None:
            self.on_retry(tries, self.error, self.wait)

    def succeeded(self, details: Details) -> None:
        """Refill the budget after a success."""
        if self.budget is not None:
            self.budget.on_success()

    def pause(self, details: Details) -> None:
        """Sleep the wait (with the ``sleep`` given to ``retrying``)."""
        self.sleep(self.wait)

    async def apause(self, details: Details) -> None:
        """Sleep the wait (with the ``asleep`` given to ``retrying``)."""
        await self.asleep(self.wait)

    def wrap(self, fn: F, pause: _Pause) -> F:
        """Return fn under backoff with this call's generator, handlers and limits."""
        import backoff  # with asyncio, only once a call is retried

        decorator = backoff.on_exception(
            self.waits, OpenRouterError, max_tries=self.policy.max_retries + 1,
            max_time=self.limit - self.start, jitter=None, giveup=self.giveup,
            on_backoff=[self.announce, pause], on_success=self.succeeded, logger=None,
        )  # fmt: skip
        return decorator(fn)


def retrying(
    policy: RetryPolicy, *, budget: RetryBudget | None, resend_safe: bool,
    deadline: float | None, logger: logging.Logger, on_retry: OnRetry | None = None,
    clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
    asleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
) -> Callable[[F], F]:  # fmt: skip
    """Return a decorator that retries a ``def`` or ``async def`` function under policy.

    Wrap only the call that sends a request and checks its status, never a generator.
    Retries follow ``should_retry``; waits follow ``retry_delay`` (a server delay exactly as
    given). It gives up when ``policy.max_retries`` retries are spent, when a wait would end
    past ``deadline`` or ``policy.max_elapsed`` after the first attempt, or when ``budget``
    is empty. The last error is re-raised unchanged; other exceptions pass through at once.
    Each retry logs one INFO record (reason, attempt, wait) on ``logger``.

    Args:
        policy: the retry policy.
        budget: a shared token bucket limiting retries across calls, or None.
        resend_safe: a resend cannot duplicate work (see ``should_retry``).
        deadline: an absolute time on ``clock`` no wait may pass, or None.
        logger: where retries are logged (the ``openrouter_ext`` logger).
        on_retry: called as ``on_retry(failed_attempt, error, wait)`` before each wait.
        clock: monotonic seconds, for the deadline and ``policy.max_elapsed``.
        sleep: waits between attempts of a ``def`` function.
        asleep: waits between attempts of an ``async def`` function.

    Returns:
        The decorator.

    Raises:
        OpenRouterError: (from the decorated function) the last error once retrying stops.

    """

    def decorate(fn: F) -> F:
        def attempts() -> _Attempts:
            return _Attempts(
                policy, budget, resend_safe, deadline, logger, on_retry,
                clock=clock, sleep=sleep, asleep=asleep,
            )  # fmt: skip

        import asyncio  # loaded by backoff anyway; only once a call is retried

        if asyncio.iscoroutinefunction(fn):  # the same test backoff dispatches on

            @functools.wraps(fn)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                run = attempts()
                return await run.wrap(fn, run.apause)(*args, **kwargs)

            return cast(F, call_async)

        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            run = attempts()
            return run.wrap(fn, run.pause)(*args, **kwargs)

        return cast(F, call)

    return decorate
