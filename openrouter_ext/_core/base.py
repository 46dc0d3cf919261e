"""_BaseClient: everything the two clients share that does no IO.

Options and their copies, request building, the retry decorator of a call under its
deadline, status checks and body parsing, observers. A call's own state is ``call.py``, its
money and reporting ``accounting.py``, the clock ``clock.py``, the pool ``pool.py``.
"""

from __future__ import annotations

import inspect
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
import httpx

from openrouter_ext._config import (
    CallOptions,
    ClientOptions,
    to_timeout,
    validate_option,
)
from openrouter_ext._core.accounting import _Accounting
from openrouter_ext._core.call import CallState, achecked, checked
from openrouter_ext._core.clock import asyncio_sleep
from openrouter_ext._costs.budget import Budget
from openrouter_ext._costs.observe import (
    Observer,
    global_observers,
)
from openrouter_ext._costs.pricing import (
    PriceCache,
)
from openrouter_ext._costs.tracker import CostTracker
from openrouter_ext._errors.envelope import excerpt
from openrouter_ext._errors.tree import (
    OpenRouterError,
    ResponseValidationError,
    error_from_envelope,
    error_from_response,
)
from openrouter_ext._io.bounded import DEADLINE
from openrouter_ext._lowlevel import Operation, encode_json
from openrouter_ext._retry.policy import RetryBudget, RetryPolicy, retrying

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import AuthenticatedClient

__all__ = ["Multipart", "_BaseClient"]

T = TypeVar("T")
#: httpx's ``files=`` list and ``data=`` fields of a multipart request.
Multipart = tuple[list[tuple[str, tuple[str, Any, str]]], dict[str, Any]]
logger = logging.getLogger("openrouter_ext")

_SSE_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
_DEFAULT_POLICY = RetryPolicy()
_URL_CACHE_SIZE = 256


def _is_error_envelope(data: object) -> bool:
    """Tell whether a parsed 2xx body is an error envelope (``{"error": ...}``, no result)."""
    return (
        isinstance(data, dict) and "error" in data and "choices" not in data and "data" not in data
    )


class _BaseClient(_Accounting):
    """Options, request building, retry wiring and parsing (no IO)."""

    # The time the client tells and waits by: the call deadline, retry waits, price-cache
    # expiry, polling in ``generations.get(wait=)``. A ``clock=`` given to the constructor
    # replaces them on the instance (and its ``with_options`` copies).
    _clock: Callable[[], float] = staticmethod(time.monotonic)
    _sleep: Callable[[float], None] = staticmethod(time.sleep)
    _asleep: Callable[[float], Awaitable[None]] = staticmethod(asyncio_sleep)

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
        """Call ``observer`` with the :class:`CallInfo` of each finished billed call.

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
        idle: bool = False,
        multipart: Multipart | None = None,
    ) -> CallState:
        """Build a call's request and state.

        ``stream``: an SSE stream; ``idle``: a streamed body of bytes (both read with the
        idle timeout); ``multipart``: httpx's ``files=`` and ``data=`` instead of JSON.
        """
        opts = self._options
        headers = self._send_headers(http)
        generated = kwargs.get("headers")
        # the JSON content type is set below; httpx writes a multipart one with its boundary
        if generated and ("json" in kwargs or "files" in kwargs or multipart is not None):
            generated = {k: v for k, v in generated.items() if k.lower() != "content-type"}
        if generated or stream or call.extra_headers:
            headers = {**headers, **(generated or {})}
            if stream:
                headers.update(_SSE_HEADERS)
            if call.extra_headers:
                headers.update(call.extra_headers)
        timeout = opts.timeout if call.timeout is None else to_timeout(call.timeout)
        if stream or idle:
            gap = call.stream_idle_timeout or opts.stream_idle_timeout
            if timeout.read is None or timeout.read > gap:
                timeout = httpx.Timeout(
                    connect=timeout.connect, read=gap, write=timeout.write, pool=timeout.pool
                )
        body = kwargs.get("json")
        content = None
        files, data = kwargs.get("files"), None
        if multipart is not None:  # httpx streams the files and sets the boundary
            files, data = multipart
            body = data
        elif body is not None:
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
            files=files,
            data=data or None,
            headers=headers or None,
            timeout=timeout,
        )
        if not op.authenticated and "authorization" in request.headers:
            del request.headers["authorization"]
        elif op.management and opts.management_key:  # the spec's x-openrouter-key: management
            request.headers["Authorization"] = f"Bearer {opts.management_key}"
        deadline = opts.deadline if call.deadline is None else call.deadline
        model = cast("dict[str, Any]", body).get("model") if isinstance(body, dict) else None
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
                    lambda: checked(state, fn)
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
                    return await achecked(state, fn)

                retried: T = await self._retrying(call, state, resend_safe, first)(checked)()
                return retried
            self._budget.on_success()
            return result
        finally:
            DEADLINE.reset(token)

    def _management_sent(self, op: Operation[Any]) -> bool | None:
        """For an operation that needs a management key: whether this client sent one.

        None for every other operation (a 401/403 there is not about the kind of key).
        """
        return bool(self._options.management_key) if op.management else None

    @staticmethod
    def _check_status(response: httpx.Response) -> None:
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)

    @staticmethod
    def _parse(op: Operation[T], response: httpx.Response) -> tuple[Any, T]:
        if op.raw is not None:  # bytes (audio, video, file content) or no body at all
            result = response.content if op.raw == "binary" else None
            return None, cast("T", result)
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {op.name} is not JSON",
                body=excerpt(response.text, response.request, 500),
                response=response,
            ) from exc
        if _is_error_envelope(data) and not op.is_result(cast("dict[str, Any]", data)):
            envelope = cast("dict[str, Any]", data)
            raise error_from_envelope(envelope, status_code=response.status_code, response=response)
        try:
            return data, op.parse(data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {op.name} does not fit the model: {exc!r}",
                body=data,
                response=response,
            ) from exc
