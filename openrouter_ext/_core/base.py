"""_BaseClient: everything the two clients share that does no IO.

Options and their copies, request building, per-attempt timeouts under the call deadline,
the retry decorator of a call, status checks and body parsing, observers, and the clock the
client tells time and waits by (``Clock``/``AsyncClock``, injectable with ``clock=``).
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs
import httpx

from openrouter_ext._config import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    CallOptions,
    ClientOptions,
    to_timeout,
    validate_option,
)
from openrouter_ext._costs.budget import Budget, Reservation
from openrouter_ext._costs.observe import (
    Observer,
    call_info_from,
    finish_reasons_of,
    global_observers,
    log_call,
    notify,
)
from openrouter_ext._costs.pricing import (
    ModelPrice,
    PriceCache,
    UnknownPriceError,
    estimate_prompt_tokens,
    worst_case_cost,
)
from openrouter_ext._costs.tracker import CostTracker, usage_record
from openrouter_ext._errors.envelope import excerpt
from openrouter_ext._errors.tree import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    OpenRouterError,
    ResponseTooLargeError,
    ResponseValidationError,
    connection_error_from_httpx,
    error_from_envelope,
    error_from_response,
)
from openrouter_ext._io.bounded import DEADLINE, BodyTooLarge
from openrouter_ext._lowlevel import Operation, encode_json, to_wire
from openrouter_ext._retry.policy import RetryBudget, RetryPolicy, retrying
from openrouter_ext._streaming.decode import StreamOutcome

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import AuthenticatedClient

__all__ = [
    "AsyncClock", "CallState", "Clock", "clock_parts", "make_limits", "timeout_of", "too_large",
]  # fmt: skip

T = TypeVar("T")
logger = logging.getLogger("openrouter_ext")

_SSE_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
_DEFAULT_POLICY = RetryPolicy()
_URL_CACHE_SIZE = 256
#: A socket timeout set to what is left of the deadline may fire a little early.
_SLACK = 0.01


def make_limits() -> httpx.Limits:
    """Return the pool limits of a client-owned httpx client."""
    return httpx.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE
    )


_SSL_LOCK = threading.Lock()
_SSL_CONTEXTS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def shared_ssl_context() -> ssl.SSLContext:
    """Return the process's verifying TLS context for client-owned httpx clients.

    ``httpx.Client()`` builds a new context for every client, loading the whole CA bundle
    (about 60 ms and 1-2 MB each); every client this package builds shares one instead,
    built the way httpx builds its default (certifi, or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` when set: a change to those variables gets a new context).
    """
    key = (os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)
    ctx = _SSL_CONTEXTS.get(key)
    if ctx is None:
        with _SSL_LOCK:
            ctx = _SSL_CONTEXTS.get(key)
            if ctx is None:
                ctx = _SSL_CONTEXTS[key] = httpx.create_ssl_context()
    return ctx


def timeout_of(http: httpx.Client | httpx.AsyncClient) -> httpx.Timeout:
    """Return the timeout of a client passed in, our defaults filling parts it leaves unset."""
    own, default = http.timeout, DEFAULT_TIMEOUT
    return httpx.Timeout(
        connect=default.connect if own.connect is None else own.connect,
        read=default.read if own.read is None else own.read,
        write=default.write if own.write is None else own.write,
        pool=default.pool if own.pool is None else own.pool,
    )


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


async def _asleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use (``import openrouter_ext`` skips asyncio)."""
    import asyncio

    await asyncio.sleep(seconds)


class Clock(Protocol):
    """The time an ``OpenRouter`` client tells and waits by (``clock=``, for tests).

    ``monotonic()`` returns seconds that never go back; ``sleep(seconds)`` waits. The
    ``time`` module is one (the default).
    """

    def monotonic(self) -> float:
        """Return monotonic seconds."""
        ...

    def sleep(self, seconds: float, /) -> None:
        """Wait ``seconds``."""
        ...


class AsyncClock(Protocol):
    """The time an ``AsyncOpenRouter`` client tells and waits by (``clock=``, for tests).

    As :class:`Clock`, with an ``async def sleep``. The default is ``time.monotonic`` and
    ``asyncio.sleep``.
    """

    def monotonic(self) -> float:
        """Return monotonic seconds."""
        ...

    async def sleep(self, seconds: float, /) -> None:
        """Wait ``seconds``."""
        ...


def clock_parts(clock: object, *, coroutine: bool) -> tuple[Callable[[], float], Any]:
    """Return a clock's ``monotonic`` and ``sleep``, checked for the client it is given to.

    Raises:
        TypeError: ``clock`` lacks them, or its ``sleep`` is a coroutine function given to
            the sync client (it would never wait) or a plain one given to the async client
            (it would block the event loop).

    """
    monotonic, sleep = getattr(clock, "monotonic", None), getattr(clock, "sleep", None)
    if not callable(monotonic) or not callable(sleep):
        raise TypeError("clock must have monotonic() and sleep(seconds) methods")
    if inspect.iscoroutinefunction(sleep) is not coroutine:
        kind = "an async def" if coroutine else "a plain def (not async)"
        raise TypeError(f"clock.sleep must be {kind} for this client")
    return monotonic, sleep


class _BaseClient:
    """Options, request building, retry wiring and parsing (no IO)."""

    # The time the client tells and waits by: the call deadline, retry waits, price-cache
    # expiry, polling in ``generations.get(wait=)``. A ``clock=`` given to the constructor
    # replaces them on the instance (and its ``with_options`` copies).
    _clock: Callable[[], float] = staticmethod(time.monotonic)
    _sleep: Callable[[float], None] = staticmethod(time.sleep)
    _asleep: Callable[[float], Awaitable[None]] = staticmethod(_asleep)

    _options: ClientOptions
    _owns_http: bool
    _user_http: bool
    _budget: RetryBudget
    _lowlevel: AuthenticatedClient | None
    _headers: dict[str, str]

    def _setup(
        self,
        options: ClientOptions,
        *,
        user_http: bool,
        cost_tracker: CostTracker | None = None,
        budget: Budget | None = None,
    ) -> None:
        self._options = options
        self._user_http = user_http
        self._owns_http = not user_http
        self._budget = RetryBudget()
        self._lowlevel = None
        self._headers = options.headers()
        self._send_headers_cache: dict[str, str] | None = None
        # parsed request URLs by their text: httpx parses a str URL on every request (~20 µs)
        self._urls: dict[str, httpx.URL] = {}
        self._costs = cost_tracker if cost_tracker is not None else CostTracker(budget=budget)
        self._spend_budget = budget if budget is not None else self._costs.budget
        self._prices = PriceCache(clock=self._clock)
        self._observers: list[Observer] = global_observers()

    def add_observer(self, observer: Observer) -> None:
        """Call ``observer`` with the :class:`CallInfo` of each finished chat or embeddings call.

        Observers see every call of this client and of its ``with_options`` copies (they
        share one list). An observer that raises is logged and skipped; the call is not
        affected. Adding the same observer twice calls it twice.

        Args:
            observer: a callable taking one ``CallInfo``.

        """
        self._observers.append(observer)

    def remove_observer(self, observer: Observer) -> None:
        """Stop calling ``observer`` (no error when it was not added).

        Args:
            observer: an observer given to :meth:`add_observer` (or a global one this
                client was created with).

        """
        if observer in self._observers:
            self._observers.remove(observer)

    @property
    def observers(self) -> tuple[Observer, ...]:
        """Return the observers of this client's calls, in the order they are called.

        The global observers present when the client was created come first (see
        ``add_global_observer``), then those given to :meth:`add_observer`.
        """
        return tuple(self._observers)

    @property
    def costs(self) -> CostTracker:
        """Return the cost tracker recording every chat and embeddings call of this client."""
        return self._costs

    @property
    def budget(self) -> Budget | None:
        """Return the spending budget calls reserve against, if any."""
        return self._spend_budget

    @property
    def retry_budget(self) -> RetryBudget:
        """Return the token bucket that limits this client's retries across calls.

        Shared with the client's ``with_options`` copies; ``retry_budget.tokens`` falls while
        a server keeps failing and refills as calls succeed (see :class:`RetryBudget`).
        """
        return self._budget

    @property
    def options(self) -> ClientOptions:
        """Return the client's configuration (the API key is never shown in its repr)."""
        return self._options

    @property
    def base_url(self) -> str:
        """Return the API base URL."""
        return self._options.base_url

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, api_key={self._options.api_key_hint})"

    def _bind_resources(self) -> None:  # pragma: no cover - each client defines it
        raise NotImplementedError

    def _copy_with(self, **changes: Any) -> Any:
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        options = attrs.evolve(self._options, **changes)
        copy._options = options
        copy._headers = options.headers()
        copy._send_headers_cache = None
        copy._owns_http = False
        copy._lowlevel = None
        copy._bind_resources()
        return copy

    def _option_changes(self, **given: Any) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, value in given.items():
            if value is None:
                continue
            value = validate_option(name, value)  # the constructor's checks, exactly
            if name == "default_headers":
                value = {**self._options.default_headers, **value}
            changes[name] = value
        return changes

    def _send_headers(self, http: httpx.Client | httpx.AsyncClient) -> dict[str, str]:
        """Return the headers each request must carry beyond the httpx client's defaults.

        Our own httpx client already has them all (nothing to merge per request); a user's
        client or a ``with_options`` copy gets the ones its defaults lack or differ in.
        """
        cached = self._send_headers_cache
        if cached is None:
            defaults = http.headers
            cached = {k: v for k, v in self._headers.items() if defaults.get(k) != v}
            self._send_headers_cache = cached
        return cached

    def _start_call(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        kwargs: dict[str, Any],
        call: CallOptions,
        *,
        stream: bool = False,
    ) -> CallState:
        opts = self._options
        headers = self._send_headers(http)
        generated = kwargs.get("headers")
        if generated and "json" in kwargs:  # the JSON content type is set below
            generated = {k: v for k, v in generated.items() if k.lower() != "content-type"}
        if generated or stream or call.extra_headers:
            headers = {**headers, **(generated or {})}
            if stream:
                headers.update(_SSE_HEADERS)
            if call.extra_headers:
                headers.update(call.extra_headers)
        timeout = opts.timeout if call.timeout is None else to_timeout(call.timeout)
        if stream:
            idle = call.stream_idle_timeout or opts.stream_idle_timeout
            if timeout.read is None or timeout.read > idle:
                timeout = httpx.Timeout(
                    connect=timeout.connect, read=idle, write=timeout.write, pool=timeout.pool
                )
        body = kwargs.get("json")
        content = None
        if body is not None:
            content = encode_json(body)
            headers = {**headers, "Content-Type": "application/json"}
        text = opts.base_url + kwargs["url"]
        url = self._urls.get(text)
        if url is None:
            url = httpx.URL(text)
            if len(self._urls) < _URL_CACHE_SIZE:  # paths with ids (keys/{hash}) vary
                self._urls[text] = url
        request = http.build_request(
            kwargs["method"],
            url,
            params=kwargs.get("params"),
            content=content,
            headers=headers or None,
            timeout=timeout,
        )
        if not op.authenticated and "authorization" in request.headers:
            del request.headers["authorization"]
        deadline = opts.deadline if call.deadline is None else call.deadline
        model = body.get("model") if isinstance(body, dict) else None
        limit = call.max_response_bytes or opts.max_response_bytes
        return CallState(
            op,
            request,
            timeout,
            deadline,
            model=model,
            tags=call.tags,
            max_response_bytes=limit,
            clock=self._clock,
        )

    def _policy(self, call: CallOptions) -> RetryPolicy:
        policy = self._options.retry_policy or _DEFAULT_POLICY
        retries = self._options.max_retries if call.max_retries is None else call.max_retries
        if retries != policy.max_retries:
            policy = attrs.evolve(policy, max_retries=retries)
        return policy

    def _retrying(
        self, call: CallOptions, state: CallState, resend_safe: bool, first: OpenRouterError
    ) -> Any:
        """Return the ``backoff`` decorator that takes over after the first attempt failed.

        The first attempt of a call runs bare (most calls succeed at once, and building the
        ``backoff`` machinery costs tens of microseconds); its failure is replayed into
        ``backoff`` so the policy, waits, budget and logging are exactly those of
        ``retrying``.
        """
        replay = [first]
        decorator = retrying(
            self._policy(call),
            budget=self._budget,
            resend_safe=resend_safe,
            deadline=state.deadline_at,
            logger=logger,
            clock=state.clock,
            sleep=self._sleep,
            asleep=self._asleep,
        )

        def replayed(fn: Any) -> Any:
            if inspect.iscoroutinefunction(fn):

                async def again_async(*args: Any) -> Any:
                    if replay:
                        raise replay.pop()
                    return await fn(*args)

                return decorator(again_async)

            def again(*args: Any) -> Any:
                if replay:
                    raise replay.pop()
                return fn(*args)

            return decorator(again)

        return replayed

    def _run(
        self, call: CallOptions, state: CallState, resend_safe: bool, fn: Callable[[], T]
    ) -> T:
        """Run ``fn`` (one attempt) under the retry policy and the deadline: sync client."""
        token = DEADLINE.set(state.socket_deadline())  # every socket read of the call is capped
        try:
            try:
                result = fn()
            except OpenRouterError as first:
                error = state.past_deadline(first)
                if error is not first:
                    raise error from first
                retried: T = self._retrying(call, state, resend_safe, first)(
                    lambda: _checked(state, fn)
                )()
                return retried
            self._budget.on_success()
            return result
        finally:
            DEADLINE.reset(token)

    async def _arun(
        self,
        call: CallOptions,
        state: CallState,
        resend_safe: bool,
        fn: Callable[[], Awaitable[T]],
    ) -> T:
        """Run ``fn`` (one attempt) under the retry policy and the deadline: async client."""
        token = DEADLINE.set(state.socket_deadline())  # every socket read of the call is capped
        try:
            try:
                result = await fn()
            except OpenRouterError as first:
                error = state.past_deadline(first)
                if error is not first:
                    raise error from first

                async def checked() -> T:
                    return await _achecked(state, fn)

                retried: T = await self._retrying(call, state, resend_safe, first)(checked)()
                return retried
            self._budget.on_success()
            return result
        finally:
            DEADLINE.reset(token)

    @staticmethod
    def _check_status(response: httpx.Response) -> None:
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)

    # -- money -------------------------------------------------------------------------
    def _needs_reservation(self, op: Operation[Any]) -> bool:
        return self._spend_budget is not None and op.billed is not None

    def _estimate(self, price: ModelPrice, body: Mapping[str, Any]) -> Decimal:
        if "input" in body:  # embeddings: the input is the whole prompt, there is no output
            tokens = estimate_prompt_tokens([{"role": "user", "content": body["input"]}])
            return worst_case_cost(price, prompt_tokens=tokens, max_tokens=0)
        keys = ("tools", "response_format", "prediction")
        extra = [to_wire(body[k]) for k in keys if body.get(k)]
        tokens = estimate_prompt_tokens(to_wire(body.get("messages") or []), extra=extra)
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        return worst_case_cost(price, prompt_tokens=tokens, max_tokens=limit)

    def _reserve(self, price: ModelPrice, body: Mapping[str, Any]) -> Reservation:
        assert self._spend_budget is not None
        return self._spend_budget.reserve(self._estimate(price, body))

    @staticmethod
    def _model_of(body: Mapping[str, Any]) -> str:
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise ValueError("a budget or a cost estimate needs model=... to price the call")
        return model

    @staticmethod
    def _unknown_price(model: str) -> UnknownPriceError:
        return UnknownPriceError(f"no price is known for model {model!r} (not in GET /models)")

    def _finish(
        self,
        state: CallState,
        wire: Mapping[str, Any] | None,
        error: BaseException | None,
        *,
        streamed: bool = False,
        incomplete: bool = False,
        generation_id: str | None = None,
    ) -> None:
        """Record usage, settle the budget reservation, log and notify observers."""
        operation = state.op.billed
        if operation is None:
            return
        record = None
        try:
            if wire is not None and (
                wire.get("usage") is not None or generation_id or wire.get("id")
            ):
                record = usage_record(
                    wire,
                    operation=operation,
                    requested_model=state.model,
                    tags=state.tags,
                    streamed=streamed,
                    incomplete=incomplete,
                    generation_id=generation_id,
                )
        except Exception:  # a body of the wrong shape must not lose the reservation
            logger.exception("the usage of a %s call could not be read; cost unknown", operation)
            record = None
        if record is not None:
            self._costs.record(record)
        reservation = state.reservation
        if reservation is not None:
            if record is not None:
                reservation.settle(record.cost)
            elif error is not None and not _maybe_billed(error):
                reservation.release()
            else:
                reservation.settle(None)
        if self._observers or logger.isEnabledFor(logging.INFO):
            status = getattr(error, "status_code", None) if error is not None else 200
            info = call_info_from(
                record,
                operation=operation,
                model=state.model,
                status=status,
                attempts=state.attempts,
                latency=state.clock() - state.started,
                finish_reasons=finish_reasons_of(wire) if wire else (),
                error=error,
                generation_id=generation_id,
                tags=state.tags,
                streamed=streamed,
            )
            log_call(info)
            notify(self._observers, info)

    def _stream_dropped(self, state: CallState, generation_id: str) -> None:
        """Record a stream attempt dropped after its headers and then retried (may be billed).

        Incomplete with an unknown cost and its generation id, so ``reconcile()`` fills it
        in; the call's reservation is settled by its final outcome, not here.
        """
        operation = state.op.billed
        if operation is None:  # pragma: no cover - every stream is billed
            return
        self._costs.record(
            usage_record(
                {},
                operation=operation,
                requested_model=state.model,
                tags=state.tags,
                streamed=True,
                incomplete=True,
                generation_id=generation_id,
            )
        )

    def _stream_finished(self, state: CallState, outcome: StreamOutcome) -> None:
        result = outcome.result
        known = result.get("id") or result.get("usage") is not None or outcome.generation_id
        self._finish(
            state,
            result if known else None,
            outcome.error,
            streamed=True,
            incomplete=not outcome.complete,
            generation_id=outcome.generation_id,
        )

    @staticmethod
    def _parse(op: Operation[T], response: httpx.Response) -> tuple[Any, T]:
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {op.name} is not JSON",
                body=excerpt(response.text, response.request, 500),
                response=response,
            ) from exc
        if (
            isinstance(data, dict)
            and "error" in data
            and "choices" not in data
            and "data" not in data
        ):
            raise error_from_envelope(data, status_code=response.status_code, response=response)
        try:
            return data, op.parse(data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {op.name} does not fit the model: {exc!r}",
                body=data,
                response=response,
            ) from exc


def too_large(exc: BodyTooLarge, response: httpx.Response) -> ResponseTooLargeError:
    """Return the error for a body that passed its limit (nothing of it is kept)."""
    return ResponseTooLargeError(limit=exc.limit, status_code=response.status_code)


def _checked(state: CallState, fn: Callable[[], T]) -> T:
    """Run a retried attempt, reporting a failure past the deadline as the deadline's."""
    try:
        return fn()
    except OpenRouterError as exc:
        error = state.past_deadline(exc)
        if error is exc:
            raise
        raise error from exc


async def _achecked(state: CallState, fn: Callable[[], Awaitable[T]]) -> T:
    """Do :func:`_checked` for an async attempt."""
    try:
        return await fn()
    except OpenRouterError as exc:
        error = state.past_deadline(exc)
        if error is exc:
            raise
        raise error from exc


def _maybe_billed(error: BaseException) -> bool:
    """Tell whether a failed call may still have been billed (so its reservation is kept)."""
    if isinstance(error, APIStatusError):
        return False
    if isinstance(error, (ResponseValidationError, ResponseTooLargeError)):
        # the server answered 2xx (a generation ran) with a body we could not take
        response = getattr(error, "response", None)
        status = getattr(error, "status_code", None) or getattr(response, "status_code", None)
        return status is not None and 200 <= status < 300
    if isinstance(error, APIConnectionError):
        return error.sent
    return not isinstance(error, (OpenRouterError, ValueError, TypeError))
