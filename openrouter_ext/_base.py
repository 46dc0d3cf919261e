"""_BaseClient: everything the two clients share that does no IO.

Options and their copies, request building, per-attempt timeouts under the call deadline,
the retry decorator of a call, status checks and body parsing.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any, TypeVar

import attrs
import httpx

from ._config import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_KEEPALIVE, ClientOptions, to_timeout
from ._errors import (
    APITimeoutError,
    OpenRouterError,
    ResponseValidationError,
    error_from_envelope,
    error_from_response,
)
from ._lowlevel import AuthenticatedClient, Operation
from ._resources import CallOptions
from ._retry import RetryBudget, RetryPolicy, retrying

__all__ = ["CallState", "make_limits"]

T = TypeVar("T")
logger = logging.getLogger("openrouter_ext")

_UNAUTHENTICATED = frozenset({"auth.exchange_code"})
_SSE_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
_DEFAULT_POLICY = RetryPolicy()


def make_limits() -> httpx.Limits:
    """Return the pool limits of a client-owned httpx client."""
    return httpx.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE
    )


class CallState:
    """One call in flight: its request, deadline and attempt count (shared by its retries)."""

    __slots__ = ("attempts", "deadline_at", "op", "request", "started", "timeout")

    def __init__(self, op: Operation[Any], request: httpx.Request, timeout: httpx.Timeout,
                 deadline: float | None) -> None:  # fmt: skip
        self.op = op
        self.request = request
        self.timeout = timeout
        self.started = time.monotonic()
        self.deadline_at = None if deadline is None else self.started + deadline
        self.attempts = 0

    def begin_attempt(self) -> httpx.Request:
        """Count an attempt and cap its timeouts by what is left of the deadline.

        Raises:
            APITimeoutError: the deadline has passed (``kind="deadline"``, never retried).

        """
        self.attempts += 1
        if self.deadline_at is None:
            return self.request
        left = self.deadline_at - time.monotonic()
        if left <= 0:
            raise APITimeoutError(
                "the call's overall deadline passed", request=self.request, sent=self.attempts > 1,
                kind="deadline",
            )  # fmt: skip
        t = self.timeout
        self.request.extensions["timeout"] = {
            "connect": min(t.connect or left, left), "read": min(t.read or left, left),
            "write": min(t.write or left, left), "pool": min(t.pool or left, left),
        }  # fmt: skip
        return self.request


class _BaseClient:
    """Options, request building, retry wiring and parsing (no IO)."""

    _options: ClientOptions
    _owns_http: bool
    _user_http: bool
    _budget: RetryBudget
    _lowlevel: AuthenticatedClient | None
    _headers: dict[str, str]
    _headers_no_auth: dict[str, str]

    def _setup(self, options: ClientOptions, *, user_http: bool) -> None:
        self._options = options
        self._user_http = user_http
        self._owns_http = not user_http
        self._budget = RetryBudget()
        self._lowlevel = None
        self._headers = options.headers()
        self._headers_no_auth = options.headers(with_auth=False)

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
        copy._headers_no_auth = options.headers(with_auth=False)
        copy._owns_http = False
        copy._lowlevel = None
        copy._bind_resources()
        return copy

    def _option_changes(self, **given: Any) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, value in given.items():
            if value is None:
                continue
            if name == "base_url":
                value = value.rstrip("/")
            elif name == "timeout":
                value = to_timeout(value)
            elif name == "max_retries" and (isinstance(value, bool) or value < 0):
                raise ValueError(f"max_retries must be >= 0, got {value!r}")
            elif name in ("stream_idle_timeout", "deadline"):
                if value <= 0:
                    raise ValueError(f"{name} must be positive, got {value!r}")
                value = float(value)
            elif name == "default_headers":
                value = {**self._options.default_headers, **value}
            changes[name] = value
        return changes

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
        headers = dict(self._headers_no_auth if op.name in _UNAUTHENTICATED else self._headers)
        headers.update(kwargs.get("headers") or {})
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
        request = http.build_request(
            kwargs["method"], opts.base_url + kwargs["url"], params=kwargs.get("params"),
            json=kwargs.get("json"), headers=headers, timeout=timeout,
        )  # fmt: skip
        if op.name in _UNAUTHENTICATED and "authorization" in request.headers:
            del request.headers["authorization"]
        deadline = opts.deadline if call.deadline is None else call.deadline
        return CallState(op, request, timeout, deadline)

    def _policy(self, call: CallOptions) -> RetryPolicy:
        policy = self._options.retry_policy or _DEFAULT_POLICY
        retries = self._options.max_retries if call.max_retries is None else call.max_retries
        if retries != policy.max_retries:
            policy = attrs.evolve(policy, max_retries=retries)
        return policy

    def _retry(self, call: CallOptions, state: CallState, *, resend_safe: bool) -> Any:
        return retrying(
            self._policy(call), budget=self._budget, resend_safe=resend_safe,
            deadline=state.deadline_at, logger=logger,
        )  # fmt: skip

    @staticmethod
    def _check_status(response: httpx.Response) -> None:
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)

    @staticmethod
    def _parse(op: Operation[T], response: httpx.Response) -> T:
        try:
            data = json.loads(response.content)
        except ValueError as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {op.name} is not JSON",
                body=response.text[:500], response=response,
            ) from exc  # fmt: skip
        if (
            isinstance(data, dict)
            and "error" in data
            and "choices" not in data
            and "data" not in data
        ):
            raise error_from_envelope(data, status_code=response.status_code, response=response)
        try:
            return op.parse(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {op.name} does not fit the model: {exc!r}",
                body=data, response=response,
            ) from exc  # fmt: skip


def is_not_found(error: OpenRouterError) -> bool:
    """Tell whether an error is a 404 (used by ``generations.get(wait=...)``)."""
    return getattr(error, "status_code", None) == 404
