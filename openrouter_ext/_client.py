"""OpenRouter and AsyncOpenRouter: IO shells over the shared, IO-free ``_BaseClient``."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, TypeVar

import attrs
import httpx

from ._chat import AsyncChat, Chat
from ._config import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE,
    ClientOptions,
    TimeoutLike,
    resolve_options,
    to_timeout,
)
from ._errors import (
    ResponseValidationError,
    connection_error_from_httpx,
    error_from_envelope,
    error_from_response,
)
from ._lowlevel import OPERATIONS, AuthenticatedClient, Operation, make_lowlevel_client
from ._resources import (
    AsyncAuth,
    AsyncCredits,
    AsyncEmbeddings,
    AsyncGenerations,
    AsyncKey,
    AsyncKeys,
    AsyncModels,
    AsyncProviders,
    Auth,
    CallOptions,
    Credits,
    Embeddings,
    Generations,
    Key,
    Keys,
    Models,
    Providers,
)
from ._retry import RetryBudget, RetryPolicy, retrying
from ._streaming import AsyncChatStream, ChatStream

__all__ = ["AsyncOpenRouter", "OpenRouter"]

T = TypeVar("T")
logger = logging.getLogger("openrouter_ext")

_UNAUTHENTICATED = frozenset({"auth.exchange_code"})
_SSE_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-store"}


class _BaseClient:
    """Everything that decides something and does no IO: options, requests, parsing."""

    _options: ClientOptions
    _owns_http: bool
    _budget: RetryBudget
    _lowlevel: AuthenticatedClient | None

    def _setup(self, options: ClientOptions, *, user_http: bool) -> None:
        self._options = options
        self._user_http = user_http
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

    def _option_changes(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutLike | None,
        max_retries: int | None,
        stream_idle_timeout: float | None,
        default_headers: Mapping[str, str] | None,
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if api_key is not None:
            changes["api_key"] = api_key
        if base_url is not None:
            changes["base_url"] = base_url.rstrip("/")
        if timeout is not None:
            changes["timeout"] = to_timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            changes["max_retries"] = max_retries
        if stream_idle_timeout is not None:
            if stream_idle_timeout <= 0:
                raise ValueError("stream_idle_timeout must be positive")
            changes["stream_idle_timeout"] = float(stream_idle_timeout)
        if default_headers is not None:
            changes["default_headers"] = {**self._options.default_headers, **default_headers}
        return changes

    def _bind_resources(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        kwargs: dict[str, Any],
        call: CallOptions,
        *,
        stream: bool = False,
    ) -> httpx.Request:
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
            kwargs["method"],
            opts.base_url + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            headers=headers,
            timeout=timeout,
        )
        if op.name in _UNAUTHENTICATED and "authorization" in request.headers:
            del request.headers["authorization"]
        return request

    def _policy(self, call: CallOptions) -> RetryPolicy:
        retries = self._options.max_retries if call.max_retries is None else call.max_retries
        return RetryPolicy(max_retries=retries)

    def _retry(self, call: CallOptions, *, resend_safe: bool) -> Any:
        return retrying(
            self._policy(call), budget=self._budget, resend_safe=resend_safe,
            deadline=None, logger=logger,
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
                body=response.text[:500],
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
            return op.parse(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {op.name} does not fit the model: {exc!r}",
                body=data,
                response=response,
            ) from exc


def _make_limits() -> httpx.Limits:
    return httpx.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE
    )


class OpenRouter(_BaseClient):
    """Synchronous OpenRouter client.

    Args:
        api_key: the API key; defaults to ``$OPENROUTER_API_KEY``. Never shown in reprs.
        base_url: defaults to ``$OPENROUTER_BASE_URL``, else ``https://openrouter.ai/api/v1``.
        app_url: sent as ``HTTP-Referer`` (app attribution).
        app_title: sent as ``X-OpenRouter-Title`` and the legacy ``X-Title``.
        app_categories: sent as ``X-OpenRouter-Categories``.
        timeout: seconds (read/write/pool; connect stays 5 s) or an ``httpx.Timeout``.
            Defaults to 600 s with a 5 s connect timeout; there is never "no timeout".
        max_retries: retries for transient failures (default 2).
        stream_idle_timeout: seconds a stream may go without a data event (default 300).
        default_headers: headers sent with every request.
        http_client: your own ``httpx.Client`` (it is used for every call and never closed
            by this client).

    Example:
        >>> with OpenRouter(api_key="sk-or-...") as client:  # doctest: +SKIP
        ...     result = client.chat.completions.create(model="openai/gpt-4o-mini",
        ...         messages=[{"role": "user", "content": "Hi"}])

    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        app_url: str | None = None,
        app_title: str | None = None,
        app_categories: Sequence[str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        stream_idle_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncOpenRouter for async)")
        options = resolve_options(
            api_key=api_key, base_url=base_url, app_url=app_url, app_title=app_title,
            app_categories=list(app_categories) if app_categories else None, timeout=timeout,
            stream_idle_timeout=stream_idle_timeout, max_retries=max_retries,
            default_headers=default_headers,
        )  # fmt: skip
        self._setup(options, user_http=http_client is not None)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            base_url=options.base_url, headers=options.headers(), timeout=options.timeout,
            limits=_make_limits(),
        )  # fmt: skip
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.chat = Chat(self)
        self.embeddings = Embeddings(self)
        self.models = Models(self)
        self.providers = Providers(self)
        self.generations = Generations(self)
        self.credits = Credits(self)
        self.key = Key(self)
        self.keys = Keys(self)
        self.auth = Auth(self)

    @property
    def lowlevel(self) -> AuthenticatedClient:
        """Return the configured generated client for operations this package does not wrap.

        It shares this client's connection pool, credentials and timeout. Calls made
        through it get no retries, cost tracking or error mapping from ``openrouter_ext``.
        """
        if self._lowlevel is None:
            self._lowlevel = make_lowlevel_client(
                self._options, http=None if self._user_http else self._http
            )
        return self._lowlevel

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        stream_idle_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> OpenRouter:
        """Return a cheap copy with some options changed; it shares the connection pool.

        Closing the copy does not close the shared pool; close the original.
        """
        changes = self._option_changes(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries,
            stream_idle_timeout=stream_idle_timeout, default_headers=default_headers,
        )  # fmt: skip
        copy: OpenRouter = self._copy_with(**changes)
        return copy

    def _request(
        self,
        op: Operation[T],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> T:
        request = self._build_request(
            self._http, op, op.request_kwargs(*args, body=body, **params), call
        )

        def attempt() -> httpx.Response:
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                raise connection_error_from_httpx(exc, request) from exc
            self._check_status(response)
            return response

        response = self._retry(call, resend_safe=op.resend_safe)(attempt)()
        return self._parse(op, response)

    def _chat_stream(self, body: dict[str, Any], call: CallOptions) -> ChatStream:
        op = OPERATIONS["chat"]
        request = self._build_request(
            self._http, op, op.request_kwargs(body=body), call, stream=True
        )

        def send() -> httpx.Response:
            try:
                response = self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                raise connection_error_from_httpx(exc, request) from exc
            if not 200 <= response.status_code < 300:
                try:
                    response.read()
                except httpx.TransportError:
                    pass
                finally:
                    response.close()
                raise error_from_response(response)
            return response

        retry = self._retry(call, resend_safe=True)
        idle = call.stream_idle_timeout or self._options.stream_idle_timeout
        return ChatStream(lambda open_once: retry(open_once)(), send, idle_timeout=idle)

    def close(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> OpenRouter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenRouter(_BaseClient):
    """Asynchronous OpenRouter client; the same surface as :class:`OpenRouter`.

    Args: as for :class:`OpenRouter`, with ``http_client`` an ``httpx.AsyncClient``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        app_url: str | None = None,
        app_title: str | None = None,
        app_categories: Sequence[str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        stream_idle_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use OpenRouter for sync)")
        options = resolve_options(
            api_key=api_key, base_url=base_url, app_url=app_url, app_title=app_title,
            app_categories=list(app_categories) if app_categories else None, timeout=timeout,
            stream_idle_timeout=stream_idle_timeout, max_retries=max_retries,
            default_headers=default_headers,
        )  # fmt: skip
        self._setup(options, user_http=http_client is not None)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            base_url=options.base_url, headers=options.headers(), timeout=options.timeout,
            limits=_make_limits(),
        )  # fmt: skip
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.chat = AsyncChat(self)
        self.embeddings = AsyncEmbeddings(self)
        self.models = AsyncModels(self)
        self.providers = AsyncProviders(self)
        self.generations = AsyncGenerations(self)
        self.credits = AsyncCredits(self)
        self.key = AsyncKey(self)
        self.keys = AsyncKeys(self)
        self.auth = AsyncAuth(self)

    @property
    def lowlevel(self) -> AuthenticatedClient:
        """Return the configured generated client for operations this package does not wrap.

        It shares this client's connection pool, credentials and timeout (use the
        generated ``asyncio`` functions). No retries, cost tracking or error mapping.
        """
        if self._lowlevel is None:
            self._lowlevel = make_lowlevel_client(
                self._options, async_http=None if self._user_http else self._http
            )
        return self._lowlevel

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        stream_idle_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncOpenRouter:
        """Return a cheap copy with some options changed; it shares the connection pool.

        Closing the copy does not close the shared pool; close the original.
        """
        changes = self._option_changes(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries,
            stream_idle_timeout=stream_idle_timeout, default_headers=default_headers,
        )  # fmt: skip
        copy: AsyncOpenRouter = self._copy_with(**changes)
        return copy

    async def _request(
        self,
        op: Operation[T],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> T:
        request = self._build_request(
            self._http, op, op.request_kwargs(*args, body=body, **params), call
        )

        async def attempt() -> httpx.Response:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                raise connection_error_from_httpx(exc, request) from exc
            self._check_status(response)
            return response

        response = await self._retry(call, resend_safe=op.resend_safe)(attempt)()
        return self._parse(op, response)

    def _chat_stream(self, body: dict[str, Any], call: CallOptions) -> AsyncChatStream:
        op = OPERATIONS["chat"]
        request = self._build_request(
            self._http, op, op.request_kwargs(body=body), call, stream=True
        )

        async def send() -> httpx.Response:
            try:
                response = await self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                raise connection_error_from_httpx(exc, request) from exc
            if not 200 <= response.status_code < 300:
                try:
                    await response.aread()
                except httpx.TransportError:
                    pass
                finally:
                    await response.aclose()
                raise error_from_response(response)
            return response

        retry = self._retry(call, resend_safe=True)

        async def opener(open_once: Any) -> None:
            await retry(open_once)()

        idle = call.stream_idle_timeout or self._options.stream_idle_timeout
        return AsyncChatStream(opener, send, idle_timeout=idle)

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        """Alias of :meth:`aclose`, as in the ``openai`` SDK."""
        await self.aclose()

    async def __aenter__(self) -> AsyncOpenRouter:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
