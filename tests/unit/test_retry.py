"""Tests for openrouter_ext._retry: policy, decisions, delays, budget and the backoff wrapper."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.utils import formatdate
from typing import Any

import attrs
import httpx
import pytest

from openrouter_ext._errors.tree import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BudgetExceededError,
    IncompleteStreamError,
    OpenRouterError,
    ResponseValidationError,
    StreamError,
    error_from_response,
)
from openrouter_ext._retry import policy as _retry
from openrouter_ext._retry.policy import (
    DEFAULT_RETRY_STATUSES,
    RetryBudget,
    RetryPolicy,
    retry_after_seconds,
    retry_delay,
    retrying,
    should_retry,
)
from tests.conftest import FakeClock

NOW = 1_750_000_000.0  # an injected "now", epoch seconds
KEY = "sk-or-v1-SECRETSECRETSECRET0123456789abcdef"
BODY_MARKER = "BODY-MARKER-7f3a"
LOGGER = logging.getLogger("openrouter_ext")


def make_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {KEY}"},
    )


def status_error(
    status: int,
    headers: dict[str, str] | None = None,
    *,
    message: str = "boom",
    code: Any = None,
    **error_fields: Any,
) -> APIStatusError:
    error: dict[str, Any] = {"code": status if code is None else code, "message": message}
    error.update(error_fields)
    response = httpx.Response(
        status,
        headers=headers,
        content=json.dumps({"error": error}).encode(),
        request=make_request(),
    )
    return error_from_response(response)


# --- RetryPolicy --------------------------------------------------------------------------


def test_policy_defaults() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_delay, policy.max_delay, policy.jitter) == (
        2,
        0.5,
        8.0,
        0.25,
    )
    assert (policy.max_retry_after, policy.max_elapsed, policy.retry_read_timeouts) == (
        60.0,
        120.0,
        False,
    )
    assert policy.retry_statuses == frozenset({408, 429, 500, 502, 503, 504, 524, 529})
    assert policy.retry_statuses is DEFAULT_RETRY_STATUSES


def test_policy_is_frozen_and_converts_statuses() -> None:
    policy = RetryPolicy(retry_statuses={503})
    assert policy.retry_statuses == frozenset({503})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]
    assert attrs.evolve(policy, max_retries=0).max_retries == 0


@pytest.mark.parametrize(
    "field",
    ["max_retries", "initial_delay", "max_delay", "jitter", "max_retry_after", "max_elapsed"],
)
@pytest.mark.parametrize("value", [-1, math.nan])
def test_policy_rejects_negative(field: str, value: float) -> None:
    kwargs: dict[str, Any] = {field: value}
    with pytest.raises(ValueError, match=field):
        RetryPolicy(**kwargs)


def test_policy_rejects_jitter_above_one() -> None:
    with pytest.raises(ValueError, match="jitter"):
        RetryPolicy(jitter=1.5)


# --- retry_after_seconds ------------------------------------------------------------------


def http_date(seconds_from_now: float) -> str:
    return formatdate(NOW + seconds_from_now, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After-Ms": "250.5"}, 0.2505),
        ({"Retry-After": "1"}, 1.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after": " 3 "}, 3.0),
        ({"Retry-After": http_date(30)}, 30.0),
        ({"Retry-After": http_date(-30)}, 0.0),
        ({"Retry-After": "Sun Nov  6 08:49:37 1994"}, 0.0),
        ({"X-RateLimit-Reset": str(int((NOW + 20) * 1000))}, 20.0),
        ({"X-RateLimit-Reset": str(int(NOW + 45))}, 45.0),
        ({"X-RateLimit-Reset": str(int((NOW - 20) * 1000))}, 0.0),
        ({"X-RateLimit-Reset": str(int(NOW - 5))}, 0.0),
        ({"X-RateLimit-Reset": "12"}, 12.0),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": "-5", "retry-after": "9"}, 9.0),
        ({"retry-after": "9", "x-ratelimit-reset": "30"}, 9.0),
        ({"retry-after": "garbage", "x-ratelimit-reset": "30"}, 30.0),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "garbage"}, None),
        ({"x-ratelimit-reset": "tomorrow"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds_headers(headers: dict[str, str], expected: float | None) -> None:
    result = retry_after_seconds(headers, now=NOW)
    assert result == (None if expected is None else pytest.approx(expected))


def test_retry_after_seconds_accepts_httpx_headers_and_datetimes() -> None:
    headers = httpx.Headers({"Retry-After": http_date(60)})
    aware = datetime.fromtimestamp(NOW, tz=timezone.utc)
    naive = aware.replace(tzinfo=None)
    assert retry_after_seconds(headers, now=aware) == pytest.approx(60)
    assert retry_after_seconds(headers, now=naive) == pytest.approx(60)
    later = aware + timedelta(seconds=90)
    assert retry_after_seconds(headers, now=later) == 0.0


def test_retry_after_seconds_default_now_is_the_clock() -> None:
    assert retry_after_seconds({"retry-after": formatdate(0, usegmt=True)}) == 0.0


@pytest.mark.parametrize(
    ("metadata", "availability", "expected"),
    [
        ({"retry_after_seconds": 12}, None, 12.0),
        ({"retry_after_seconds": "4.5"}, {"retry_after": 9}, 4.5),
        (None, {"retry_after": 9}, 9.0),
        ({"retry_after_seconds": True}, {"retry_after": [1]}, None),
        ({"retry_after_seconds": None}, {"retry_after": -3}, None),
        (None, None, None),
    ],
)
def test_retry_after_seconds_body(
    metadata: dict[str, Any] | None, availability: dict[str, Any] | None, expected: float | None
) -> None:
    assert retry_after_seconds({}, metadata=metadata, availability=availability) == expected


def test_headers_win_over_body() -> None:
    result = retry_after_seconds(
        {"retry-after": "2"}, metadata={"retry_after_seconds": 10}, availability={"retry_after": 20}
    )
    assert result == 2.0


# --- the table: (status, headers, body) → (retried?, wait) ----------------------------------

ROUTING_MESSAGE = "No endpoints found that can handle the requested parameters."
DAILY_MESSAGE = "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000."
ALL_STATUSES = (400, 401, 402, 403, 404, 408, 409, 410, 413, 422, 429, 500, 502, 503, 504, 524, 529)
COMPUTED = 0.4375  # 0.5 * 2**0 * (1 - 0.25 * 0.5)


@pytest.mark.parametrize(
    ("exc", "retried", "wait"),
    [
        # every status, no headers
        *[
            pytest.param(status_error(s), s in DEFAULT_RETRY_STATUSES, COMPUTED, id=f"status-{s}")
            for s in ALL_STATUSES
        ],
        pytest.param(status_error(429, {"Retry-After": "1"}), True, 1.0, id="retry-after-1"),
        pytest.param(
            status_error(429, {"Retry-After": http_date(30)}), True, 30.0, id="retry-after-date"
        ),
        pytest.param(status_error(503, {"retry-after-ms": "1500"}), True, 1.5, id="ms-1500"),
        pytest.param(
            status_error(429, {"X-RateLimit-Reset": str(int((NOW + 20) * 1000))}),
            True,
            20.0,
            id="ratelimit-reset-ms-epoch",
        ),
        pytest.param(
            status_error(503, {"x-should-retry": "false"}), False, COMPUTED, id="should-retry-false"
        ),
        pytest.param(
            status_error(400, {"x-should-retry": "true"}), True, COMPUTED, id="should-retry-true"
        ),
        pytest.param(
            status_error(429, {"x-should-retry": "TRUE ", "Retry-After": "2"}),
            True,
            2.0,
            id="should-retry-case",
        ),
        pytest.param(
            status_error(503, {"x-should-retry": "maybe"}), True, COMPUTED, id="should-retry-junk"
        ),
        pytest.param(
            status_error(429, {"x-should-retry": "true", "Retry-After": "3600"}),
            False,
            3600.0,
            id="delay-cap-beats-should-retry",
        ),
        pytest.param(status_error(400, code=502), True, COMPUTED, id="400-inner-502"),
        pytest.param(
            status_error(400, metadata={"raw": json.dumps({"error": {"code": 503}})}),
            True,
            COMPUTED,
            id="400-raw-inner-503",
        ),
        pytest.param(status_error(400, code=500), False, COMPUTED, id="400-inner-500"),
        pytest.param(
            status_error(503, message=ROUTING_MESSAGE), False, COMPUTED, id="503-routing-message"
        ),
        pytest.param(
            status_error(503, availability={"code": "constraint_filtered"}),
            False,
            COMPUTED,
            id="503-constraint-filtered",
        ),
        pytest.param(
            status_error(503, availability={"code": "x", "excluded_by": ["max_price"]}),
            False,
            COMPUTED,
            id="503-excluded-by",
        ),
        pytest.param(
            status_error(503, availability={"code": ["odd"], "excluded_by": []}),
            True,
            COMPUTED,
            id="503-odd-availability",
        ),
        pytest.param(
            status_error(503, availability={"code": "temporarily_unavailable", "retryable": True}),
            True,
            COMPUTED,
            id="503-temporarily-unavailable",
        ),
        pytest.param(
            status_error(503, availability={"code": "temporarily_unavailable", "retryable": False}),
            False,
            COMPUTED,
            id="503-retryable-false",
        ),
        pytest.param(
            status_error(404, availability={"code": "no_endpoints", "retryable": True}),
            True,
            COMPUTED,
            id="404-retryable-true",
        ),
        pytest.param(
            status_error(429, availability={"code": "capacity_exhausted", "retry_after": 7}),
            True,
            7.0,
            id="429-availability-retry-after",
        ),
        pytest.param(status_error(429, message=DAILY_MESSAGE), False, COMPUTED, id="daily-quota"),
        pytest.param(
            status_error(429, {"x-should-retry": "true"}, message=DAILY_MESSAGE),
            True,
            COMPUTED,
            id="daily-quota-should-retry-wins",
        ),
        pytest.param(status_error(429, {"Retry-After": "3600"}), False, 3600.0, id="over-cap"),
        pytest.param(status_error(429, {"Retry-After": "60"}), True, 60.0, id="at-cap"),
        pytest.param(
            status_error(429, metadata={"retry_after_seconds": 5}), True, 5.0, id="metadata-delay"
        ),
    ],
)
def test_decision_table(exc: APIStatusError, retried: bool, wait: float) -> None:
    policy = RetryPolicy()
    assert should_retry(exc, policy, resend_safe=False, now=NOW) is retried
    assert retry_delay(exc, 0, policy, rand=lambda: 0.5, now=NOW) == pytest.approx(wait)


def test_custom_retry_statuses() -> None:
    policy = RetryPolicy(retry_statuses=frozenset({504}))
    assert should_retry(status_error(504), policy, resend_safe=False)
    assert not should_retry(status_error(503), policy, resend_safe=False)


# --- non-HTTP errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "resend_safe", "read_timeouts", "retried"),
    [
        (APIConnectionError(sent=False), False, False, True),
        (APIConnectionError(sent=True), False, False, False),
        (APIConnectionError(sent=True), True, False, True),
        (APIConnectionError(sent=True), False, True, True),
        (APITimeoutError(kind="connect", sent=False), False, False, True),
        (APITimeoutError(kind="read", sent=True), False, False, False),
        (APITimeoutError(kind="read", sent=True), True, False, True),
        (APITimeoutError(kind="read", sent=True), False, True, True),
        (APITimeoutError(kind="stream_idle", sent=True), True, False, True),
        (APITimeoutError(kind="deadline", sent=False), True, True, False),
        (StreamError(error={"code": 502, "message": "m"}), True, True, False),
        (IncompleteStreamError(error={}), True, True, False),
        (ResponseValidationError("bad", body={}), True, True, False),
        (BudgetExceededError(requested=Decimal(1), remaining=Decimal(0)), True, True, False),
        (OpenRouterError("plain"), True, True, False),
        (ValueError("x"), True, True, False),
        (asyncio.CancelledError(), True, True, False),
        (KeyboardInterrupt(), True, True, False),
    ],
)
def test_should_retry_other_errors(
    exc: BaseException, resend_safe: bool, read_timeouts: bool, retried: bool
) -> None:
    policy = RetryPolicy(retry_read_timeouts=read_timeouts)
    assert should_retry(exc, policy, resend_safe=resend_safe) is retried


# --- retry_delay --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "rand", "expected"),
    [
        (0, 0.0, 0.5),
        (1, 0.0, 1.0),
        (2, 0.0, 2.0),
        (4, 0.0, 8.0),
        (5, 0.0, 8.0),
        (10_000, 0.0, 8.0),
        (0, 0.999999, 0.5 * (1 - 0.25 * 0.999999)),
        (3, 1.0, 4.0 * 0.75),
    ],
)
def test_computed_delay(attempt: int, rand: float, expected: float) -> None:
    exc = APIConnectionError(sent=False)
    assert retry_delay(exc, attempt, RetryPolicy(), rand=lambda: rand) == pytest.approx(expected)


def test_jitter_is_downward_only() -> None:
    policy = RetryPolicy()
    waits = [retry_delay(status_error(500), 2, policy) for _ in range(200)]
    assert all(1.5 <= w <= 2.0 for w in waits)


def test_server_delay_is_never_jittered_or_capped() -> None:
    exc = status_error(429, {"Retry-After": "30"})
    assert retry_delay(exc, 5, RetryPolicy(max_delay=1.0), rand=lambda: 1.0) == 30.0


def test_zero_jitter_policy() -> None:
    assert retry_delay(status_error(502), 1, RetryPolicy(jitter=0)) == 1.0


# --- RetryBudget --------------------------------------------------------------------------


def test_budget_drains_and_refills() -> None:
    budget = RetryBudget(max_tokens=12, retry_cost=5, timeout_retry_cost=10, success_refill=1)
    assert budget.try_acquire(status_error(503))
    assert budget.tokens == 7
    assert not budget.try_acquire(APITimeoutError())
    assert budget.tokens == 7
    assert budget.try_acquire(APIConnectionError())
    assert not budget.try_acquire(status_error(503))
    assert budget.tokens == 2
    for _ in range(20):
        budget.on_success()
    assert budget.tokens == 12
    assert budget.try_acquire(APITimeoutError())
    assert budget.tokens == 2


@pytest.mark.parametrize(
    "field", ["max_tokens", "retry_cost", "timeout_retry_cost", "success_refill"]
)
def test_budget_rejects_negative(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        RetryBudget(**{field: -1.0})


def test_budget_is_thread_safe() -> None:
    budget = RetryBudget(max_tokens=100, retry_cost=1)
    granted: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        results = [budget.try_acquire(status_error(503)) for _ in range(50)]
        with lock:
            granted.extend(results)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(granted) == 100
    assert budget.tokens == 0


# --- retrying -----------------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    """A monotonic clock that only moves when the retry loop sleeps."""
    return FakeClock()


def hooks(clock: FakeClock) -> dict[str, Any]:
    """``retrying``'s clock and sleeps, from the fake clock."""

    async def asleep(seconds: float) -> None:
        clock.sleep(seconds)

    return {"clock": clock.monotonic, "sleep": clock.sleep, "asleep": asleep}


class Flaky:
    """Raise the given errors in turn, then return 'ok'."""

    def __init__(self, *errors: BaseException) -> None:
        self.errors = list(errors)
        self.calls = 0
        self.raised: list[BaseException] = []

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        self.calls += 1
        if self.errors:
            error = self.errors.pop(0)
            self.raised.append(error)
            raise error
        return "ok"

    async def acall(self, *args: Any, **kwargs: Any) -> str:
        await asyncio.sleep(0)
        return self(*args, **kwargs)


NO_JITTER = RetryPolicy(jitter=0)


def _options(options: dict[str, Any]) -> dict[str, Any]:
    """The defaults of these tests, and a ``FakeClock`` given as ``clock=`` as its hooks."""
    clock = options.pop("clock", None)
    given = hooks(clock) if isinstance(clock, FakeClock) else {}
    defaults = {"budget": None, "resend_safe": False, "deadline": None, "logger": LOGGER}
    return {**defaults, **given, **options}


def run_sync(flaky: Flaky, policy: RetryPolicy = NO_JITTER, **options: Any) -> Callable[..., str]:
    return retrying(policy, **_options(options))(flaky)


def run_async(flaky: Flaky, policy: RetryPolicy = NO_JITTER, **options: Any) -> str:
    wrapped = retrying(policy, **_options(options))(flaky.acall)
    result: str = asyncio.run(wrapped())
    return result


def call(flaky: Flaky, mode: str, policy: RetryPolicy = NO_JITTER, **options: Any) -> str:
    if mode == "sync":
        return run_sync(flaky, policy, **options)()
    return run_async(flaky, policy, **options)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_retries_then_succeeds(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(status_error(503), status_error(429, {"Retry-After": "3"}))
    assert call(flaky, mode, clock=clock) == "ok"
    assert flaky.calls == 3
    assert clock.sleeps == [0.5, 3.0]


@MODES
def test_gives_up_after_max_retries_and_reraises_the_last_error(
    clock: FakeClock, mode: str
) -> None:
    flaky = Flaky(status_error(502), status_error(503), status_error(500), status_error(500))
    with pytest.raises(APIStatusError) as info:
        call(flaky, mode, clock=clock)
    assert flaky.calls == 3
    assert info.value is flaky.raised[-1]
    assert info.value.status_code == 500
    assert clock.sleeps == [0.5, 1.0]


@MODES
def test_not_retryable_raises_at_once(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(status_error(401))
    with pytest.raises(APIStatusError) as info:
        call(flaky, mode, clock=clock)
    assert info.value is flaky.raised[0]
    assert flaky.calls == 1
    assert clock.sleeps == []


@MODES
@pytest.mark.parametrize("exc", [ValueError("x"), KeyboardInterrupt(), asyncio.CancelledError()])
def test_foreign_exceptions_pass_through(clock: FakeClock, mode: str, exc: BaseException) -> None:
    flaky = Flaky(exc)
    with pytest.raises(type(exc)):
        call(flaky, mode, clock=clock)
    assert flaky.calls == 1


@MODES
def test_max_retries_zero(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(status_error(503))
    with pytest.raises(APIStatusError):
        call(flaky, mode, RetryPolicy(max_retries=0), clock=clock)
    assert flaky.calls == 1


@MODES
def test_server_delay_above_cap_gives_up(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(status_error(429, {"Retry-After": "3600"}))
    with pytest.raises(APIStatusError):
        call(flaky, mode, clock=clock)
    assert flaky.calls == 1
    assert clock.sleeps == []


@MODES
@pytest.mark.parametrize(
    ("resend_safe", "calls"), [(False, 1), (True, 2)], ids=["not-safe", "resend-safe"]
)
def test_sent_connection_errors_need_resend_safe(
    clock: FakeClock, mode: str, resend_safe: bool, calls: int
) -> None:
    flaky = Flaky(APITimeoutError(kind="read", sent=True))
    if calls == 1:
        with pytest.raises(APITimeoutError):
            call(flaky, mode, resend_safe=resend_safe, clock=clock)
    else:
        assert call(flaky, mode, resend_safe=resend_safe, clock=clock) == "ok"
    assert flaky.calls == calls


@MODES
def test_unsent_connection_error_is_retried(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(APIConnectionError(sent=False), APITimeoutError(kind="connect", sent=False))
    assert call(flaky, mode, clock=clock) == "ok"
    assert flaky.calls == 3


@MODES
def test_deadline_caps_the_wait(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(status_error(503), status_error(429, {"Retry-After": "5"}))
    with pytest.raises(APIStatusError) as info:
        call(flaky, mode, deadline=clock.now + 3.0, clock=clock)
    assert info.value.status_code == 429
    assert flaky.calls == 2
    assert clock.sleeps == [0.5]


@MODES
def test_deadline_already_passed(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(status_error(503))
    with pytest.raises(APIStatusError):
        call(flaky, mode, deadline=clock.now - 1.0, clock=clock)
    assert flaky.calls == 1


@MODES
def test_max_elapsed_caps_total_time(clock: FakeClock, mode: str) -> None:
    flaky = Flaky(status_error(503), status_error(503), status_error(503))
    policy = RetryPolicy(jitter=0, max_retries=10, max_elapsed=1.2)
    with pytest.raises(APIStatusError):
        call(flaky, mode, policy, clock=clock)
    assert clock.sleeps == [0.5]  # the next wait (1.0) would end at 1.5 s > 1.2 s
    assert flaky.calls == 2


@MODES
def test_budget_exhaustion_fails_fast(clock: FakeClock, mode: str) -> None:
    budget = RetryBudget(max_tokens=10, retry_cost=5, success_refill=5)
    first = Flaky(*[status_error(503)] * 5)
    with pytest.raises(APIStatusError):
        call(first, mode, RetryPolicy(jitter=0, max_retries=5), budget=budget, clock=clock)
    assert first.calls == 3  # two retries drained the bucket
    assert budget.tokens == 0
    second = Flaky(status_error(503))
    with pytest.raises(APIStatusError):
        call(second, mode, budget=budget, clock=clock)
    assert second.calls == 1
    assert call(Flaky(), mode, budget=budget, clock=clock) == "ok"
    assert budget.tokens == 5


def test_budget_bounds_requests_against_an_always_failing_server(clock: FakeClock) -> None:
    budget = RetryBudget()
    calls = 0

    def always_fails() -> None:
        nonlocal calls
        calls += 1
        raise status_error(503)

    wrapped = retrying(
        RetryPolicy(max_retries=2), budget=budget, resend_safe=False, deadline=None,
        logger=LOGGER, **hooks(clock),
    )(always_fails)  # fmt: skip
    for _ in range(1000):
        with pytest.raises(APIStatusError):
            wrapped()
    assert calls == 1020


def test_budget_not_charged_for_the_last_attempt(clock: FakeClock) -> None:
    budget = RetryBudget()
    with pytest.raises(APIStatusError):
        run_sync(Flaky(*[status_error(503)] * 3), budget=budget, clock=clock)()
    assert budget.tokens == 90  # two retries, not three


@MODES
def test_log_records_are_safe(
    clock: FakeClock, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    leaky = status_error(503, {"X-Leak": KEY}, message=f"{BODY_MARKER} Authorization: Bearer {KEY}")
    flaky = Flaky(leaky, status_error(400, code=502), APITimeoutError(kind="connect", sent=False))
    flaky.errors.append(APIConnectionError(sent=False))
    with caplog.at_level(logging.DEBUG):
        assert call(flaky, mode, RetryPolicy(jitter=0, max_retries=4), clock=clock) == "ok"
    records = [r for r in caplog.records if r.name == "openrouter_ext"]
    assert [r.getMessage() for r in records] == [
        "Retrying in 0.50 s after 503 Service Unavailable (attempt 2 of 5)",
        "Retrying in 1.00 s after 400 Bad Request (inner 502) (attempt 3 of 5)",
        "Retrying in 2.00 s after timeout (connect) (attempt 4 of 5)",
        "Retrying in 4.00 s after connection error (attempt 5 of 5)",
    ]
    assert all(r.levelno == logging.INFO for r in records)
    assert records[0].__dict__["retry_reason"] == "503 Service Unavailable"
    assert records[0].__dict__["retry_wait"] == 0.5
    assert records[0].__dict__["retry_attempt"] == 2
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        assert "sk-or-" not in text
        assert BODY_MARKER not in text
    assert not [r for r in caplog.records if r.name == "backoff"]


def test_on_retry_callback(clock: FakeClock) -> None:
    seen: list[tuple[int, OpenRouterError, float]] = []
    first, second = status_error(503), status_error(429, {"Retry-After": "2"})
    flaky = Flaky(first, second)
    wrapped = run_sync(flaky, on_retry=lambda n, e, w: seen.append((n, e, w)), clock=clock)
    assert wrapped() == "ok"
    assert seen == [(1, first, 0.5), (2, second, 2.0)]


def test_wrapper_keeps_name_and_arguments(clock: FakeClock) -> None:
    def send(a: int, *, b: int) -> int:
        """Send it."""
        return a + b

    wrapped = retrying(NO_JITTER, **_options({"clock": clock}))(send)
    assert wrapped(1, b=2) == 3
    assert wrapped.__name__ == "send"
    assert wrapped.__doc__ == "Send it."


def test_async_wrapper_is_a_coroutine_function(clock: FakeClock) -> None:
    async def send() -> str:
        return "ok"

    wrapped = retrying(NO_JITTER, **_options({"clock": clock}))(send)
    assert asyncio.iscoroutinefunction(wrapped)
    assert asyncio.run(wrapped()) == "ok"


@MODES
def test_concurrent_calls_keep_separate_state(clock: FakeClock, mode: str) -> None:
    # One decorated function, two calls: each call gets its own attempt count and waits.
    flaky = Flaky(status_error(503), status_error(503))
    wrapped = retrying(NO_JITTER, **_options({"clock": clock}))
    if mode == "sync":
        send = wrapped(flaky)
        assert send() == "ok"
        flaky.errors.append(status_error(503))
        assert send() == "ok"
    else:
        asend = wrapped(flaky.acall)

        async def both() -> list[str]:
            return list(await asyncio.gather(asend(), asend()))

        assert asyncio.run(both()) == ["ok", "ok"]
    assert clock.sleeps[-1] == 0.5


def test_real_sleep_hooks_with_zero_delay() -> None:
    # No fake clock: the default hooks (time.sleep / asyncio.sleep) run with 0 s waits.
    policy = RetryPolicy(initial_delay=0, jitter=0)
    assert run_sync(Flaky(status_error(503)), policy)() == "ok"
    assert run_async(Flaky(status_error(503)), policy) == "ok"


def test_wait_generator_stops_on_foreign_exception(clock: FakeClock) -> None:
    attempts = _retry._Attempts(NO_JITTER, None, False, None, LOGGER, None, **hooks(clock))
    waits = attempts.waits()
    assert next(waits) == 0.0
    with pytest.raises(StopIteration):
        waits.send(ValueError("not ours"))
