"""OpenRouter and AsyncOpenRouter: IO shells over the shared, IO-free ``_BaseClient``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, TypeVar

import httpx

from ._account import (
    AsyncAuth,
    AsyncCredits,
    AsyncGenerations,
    AsyncKey,
    AsyncKeys,
    Auth,
    Credits,
    Generations,
    Key,
    Keys,
)
from ._base import CallState, _BaseClient, make_limits
from ._chat import AsyncChat, Chat
from ._config import TimeoutLike, resolve_options
from ._errors import connection_error_from_httpx, error_from_response
from ._lowlevel import OPERATIONS, AuthenticatedClient, Operation, make_lowlevel_client
from ._resources import (
    AsyncEmbeddings,
    AsyncModels,
    AsyncProviders,
    CallOptions,
    Embeddings,
    Models,
    Providers,
)
from ._retry import RetryPolicy
from ._streaming import AsyncChatStream, ChatStream

__all__ = ["AsyncOpenRouter", "OpenRouter"]

T = TypeVar("T")

_CLIENT_DOC_ARGS = """
    Args:
        api_key: the API key; defaults to ``$OPENROUTER_API_KEY``. Never shown in reprs.
        base_url: defaults to ``$OPENROUTER_BASE_URL``, else ``https://openrouter.ai/api/v1``.
        app_url: sent as ``HTTP-Referer`` (app attribution).
        app_title: sent as ``X-OpenRouter-Title`` and the legacy ``X-Title``.
        app_categories: sent as ``X-OpenRouter-Categories``.
        timeout: seconds (read/write/pool; connect stays 5 s) or an ``httpx.Timeout``.
            Defaults to 600 s with a 5 s connect timeout; there is never "no timeout".
        max_retries: retries for transient failures (default 2).
        deadline: overall seconds per call including retries (default 900; for a stream,
            until its first data event).
        retry_policy: a :class:`RetryPolicy` (delays, caps, ``retry_read_timeouts``).
        stream_idle_timeout: seconds a stream may go without a data event (default 300).
        default_headers: headers sent with every request.
        http_client: your own httpx client, used for every call and never closed here.
"""


class OpenRouter(_BaseClient):
    """Synchronous OpenRouter client.

    Example:
        >>> with OpenRouter(api_key="sk-or-...") as client:  # doctest: +SKIP
        ...     result = client.chat.completions.create(model="openai/gpt-4o-mini",
        ...         messages=[{"role": "user", "content": "Hi"}])

    """

    __doc__ = (__doc__ or "") + _CLIENT_DOC_ARGS

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
        deadline: float | None = None,
        retry_policy: RetryPolicy | None = None,
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
            default_headers=default_headers, deadline=deadline, retry_policy=retry_policy,
        )  # fmt: skip
        self._setup(options, user_http=http_client is not None)
        self._http = http_client or httpx.Client(
            base_url=options.base_url, headers=options.headers(), timeout=options.timeout,
            limits=make_limits(),
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
        deadline: float | None = None,
        stream_idle_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> OpenRouter:
        """Return a cheap copy with some options changed; it shares the pool and retry budget.

        Closing the copy does not close the shared pool; close the original.
        """
        copy: OpenRouter = self._copy_with(**self._option_changes(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries,
            deadline=deadline, stream_idle_timeout=stream_idle_timeout,
            default_headers=default_headers,
        ))  # fmt: skip
        return copy

    def _send(self, state: CallState, *, stream: bool = False) -> httpx.Response:
        request = state.begin_attempt()
        try:
            response = self._http.send(request, stream=stream)
        except httpx.TransportError as exc:
            raise connection_error_from_httpx(exc, request) from exc
        if not 200 <= response.status_code < 300:
            if stream:
                try:
                    response.read()
                except httpx.TransportError:
                    pass
                finally:
                    response.close()
            raise error_from_response(response)
        return response

    def _request(self, op: Operation[T], call: CallOptions, *args: Any,
                 body: dict[str, Any] | None = None, **params: Any) -> T:  # fmt: skip
        kwargs = op.request_kwargs(*args, body=body, **params)
        state = self._start_call(self._http, op, kwargs, call)
        retry = self._retry(call, state, resend_safe=op.resend_safe)
        response: httpx.Response = retry(self._send)(state)
        return self._parse(op, response)

    def _chat_stream(self, body: dict[str, Any], call: CallOptions) -> ChatStream:
        op = OPERATIONS["chat"]
        state = self._start_call(self._http, op, op.request_kwargs(body=body), call, stream=True)
        retry = self._retry(call, state, resend_safe=True)

        def opener(open_once: Callable[[], None]) -> None:
            retry(open_once)()

        idle = call.stream_idle_timeout or self._options.stream_idle_timeout
        return ChatStream(opener, lambda: self._send(state, stream=True), idle_timeout=idle)

    def close(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> OpenRouter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.close()


class AsyncOpenRouter(_BaseClient):
    """Asynchronous OpenRouter client; the same surface as :class:`OpenRouter`."""

    __doc__ = (__doc__ or "") + _CLIENT_DOC_ARGS

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
        deadline: float | None = None,
        retry_policy: RetryPolicy | None = None,
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
            default_headers=default_headers, deadline=deadline, retry_policy=retry_policy,
        )  # fmt: skip
        self._setup(options, user_http=http_client is not None)
        self._http = http_client or httpx.AsyncClient(
            base_url=options.base_url, headers=options.headers(), timeout=options.timeout,
            limits=make_limits(),
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
        deadline: float | None = None,
        stream_idle_timeout: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncOpenRouter:
        """Return a cheap copy with some options changed; it shares the pool and retry budget.

        Closing the copy does not close the shared pool; close the original.
        """
        copy: AsyncOpenRouter = self._copy_with(**self._option_changes(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries,
            deadline=deadline, stream_idle_timeout=stream_idle_timeout,
            default_headers=default_headers,
        ))  # fmt: skip
        return copy

    async def _send(self, state: CallState, *, stream: bool = False) -> httpx.Response:
        request = state.begin_attempt()
        try:
            response = await self._http.send(request, stream=stream)
        except httpx.TransportError as exc:
            raise connection_error_from_httpx(exc, request) from exc
        if not 200 <= response.status_code < 300:
            if stream:
                try:
                    await response.aread()
                except httpx.TransportError:
                    pass
                finally:
                    await response.aclose()
            raise error_from_response(response)
        return response

    async def _request(self, op: Operation[T], call: CallOptions, *args: Any,
                       body: dict[str, Any] | None = None, **params: Any) -> T:  # fmt: skip
        kwargs = op.request_kwargs(*args, body=body, **params)
        state = self._start_call(self._http, op, kwargs, call)
        retry = self._retry(call, state, resend_safe=op.resend_safe)
        response: httpx.Response = await retry(self._send)(state)
        return self._parse(op, response)

    def _chat_stream(self, body: dict[str, Any], call: CallOptions) -> AsyncChatStream:
        op = OPERATIONS["chat"]
        state = self._start_call(self._http, op, op.request_kwargs(body=body), call, stream=True)
        retry = self._retry(call, state, resend_safe=True)

        async def opener(open_once: Callable[[], Awaitable[None]]) -> None:
            await retry(open_once)()

        async def send() -> httpx.Response:
            return await self._send(state, stream=True)

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

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:  # fmt: skip
        await self.aclose()
