"""The client shell over the IO-free ``_BaseClient``: send, retry, parse, stream, close.

The async client is the source; ``OpenRouter`` is generated from it (scripts/unasync.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from openrouter_ext._config import CallOptions, TimeoutLike, call_options, resolve_options
from openrouter_ext._core._async.requester import AsyncClientRequester
from openrouter_ext._core.base import _BaseClient
from openrouter_ext._core.call import CallState, too_large
from openrouter_ext._core.clock import AsyncClock, clock_parts
from openrouter_ext._core.pool import make_limits, shared_ssl_context, timeout_of
from openrouter_ext._costs.budget import Budget, Reservation
from openrouter_ext._costs.pricing import ModelPrice, prices_from_models
from openrouter_ext._costs.tracker import CostTracker
from openrouter_ext._errors.tree import error_from_response
from openrouter_ext._io.bounded import (
    ERROR_BODY_BYTES,
    BodyTooLarge,
    aread_bounded,
)
from openrouter_ext._io.upload import Upload
from openrouter_ext._lowlevel import OPERATIONS, Operation, attach_headers, make_lowlevel_client
from openrouter_ext._lowlevel.paging import next_query, page_items
from openrouter_ext._retry.policy import RetryPolicy
from openrouter_ext._streaming._async.binary import AsyncBinaryResponse
from openrouter_ext._streaming._async.stream import AsyncStream
from openrouter_ext.resources._async.namespaces import AsyncNamespaces
from openrouter_ext.resources._raw import CAPTURE as RAW_CAPTURE

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import AuthenticatedClient

__all__ = ["CLIENT_DOC_ARGS", "AsyncOpenRouter"]

T = TypeVar("T")
S = TypeVar("S", bound="AsyncStream[Any, Any]")

CLIENT_DOC_ARGS = """
    Args:
        api_key: the API key; defaults to ``$OPENROUTER_API_KEY``. Never shown in reprs.
            Surrounding whitespace (a trailing newline from a file) is stripped; a key
            with any other space, control or non-ASCII character raises ``ValueError``.
        management_key: the management (provisioning) key, sent instead of the API key on
            the operations that need one (keys, workspaces, guardrails, BYOK, ...; the
            spec's ``x-openrouter-key: management``); defaults to
            ``$OPENROUTER_MANAGEMENT_KEY``, else those operations send the API key. Never
            shown in reprs, logs or errors.
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
        max_response_bytes: largest response body a call reads, and largest single event
            of a stream, in bytes (default 64 MiB); a bigger one raises
            ``ResponseTooLargeError``.
        default_headers: headers sent with every request.
        http_client: your own httpx client, used for every call and never closed here.
        cost_tracker: a :class:`CostTracker` to record into (share one between clients);
            by default each client has its own, as ``client.costs``.
        budget: a :class:`Budget`; each chat or embeddings call reserves its worst-case
            cost first and raises ``BudgetExceededError`` before sending when it does not fit.
        clock: for tests: the time the client tells and waits by, an object with
            ``monotonic()`` and ``sleep(seconds)`` (a coroutine function on the async
            client). It drives the call deadline, the waits between retries, the price
            cache's expiry and ``generations.get(wait=)`` polling, so a fake one makes them
            instant and exact (docs/testing.md). Sockets still wait in real time, capped by
            what the clock leaves of the deadline. Defaults to ``time.monotonic`` with
            ``time.sleep``, or ``asyncio.sleep`` on the async client.

    Raises:
        TypeError: an option of the wrong type (a ``clock`` without ``monotonic()`` and
            ``sleep()``, or whose ``sleep`` is a coroutine function on the sync client or
            a plain one on the async client).
        ValueError: an option out of range or malformed: a timeout, deadline or
            ``stream_idle_timeout`` that is not a positive finite number of seconds,
            negative ``max_retries``, ``max_response_bytes`` below 1, a ``base_url`` that
            is not http(s) with a host, a header with CR/LF, an unsendable API key. The
            message names the option and never repeats a key, URL or header value.
"""


class AsyncOpenRouter(_BaseClient, AsyncNamespaces):
    """Asynchronous OpenRouter client.

    Example:
        >>> async with AsyncOpenRouter(api_key="sk-or-...") as client:  # doctest: +SKIP
        ...     result = await client.chat.completions.create(model="openai/gpt-4o-mini",
        ...         messages=[{"role": "user", "content": "Hi"}])

    """

    __doc__ = (__doc__ or "") + CLIENT_DOC_ARGS

    def __init__(
        self,
        *,
        api_key: str | None = None,
        management_key: str | None = None,
        base_url: str | None = None,
        app_url: str | None = None,
        app_title: str | None = None,
        app_categories: Sequence[str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        retry_policy: RetryPolicy | None = None,
        stream_idle_timeout: float | None = None,
        max_response_bytes: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        cost_tracker: CostTracker | None = None,
        budget: Budget | None = None,
        clock: AsyncClock | None = None,
    ) -> None:
        # checked at run time too, for callers without a type checker
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):  # pyright: ignore[reportUnnecessaryIsInstance]
            # unasync: async-only
            raise TypeError("http_client must be an httpx.AsyncClient (use OpenRouter for sync)")
            # unasync: end
            # unasync: sync-only
            # raise TypeError("http_client must be an httpx.Client (use AsyncOpenRouter for async)")
            # unasync: end
        if timeout is None and http_client is not None:
            timeout = timeout_of(http_client)  # a client passed in keeps its own timeout
        options = resolve_options(
            api_key=api_key,
            management_key=management_key,
            base_url=base_url,
            app_url=app_url,
            app_title=app_title,
            app_categories=app_categories,
            timeout=timeout,
            stream_idle_timeout=stream_idle_timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            deadline=deadline,
            retry_policy=retry_policy,
            max_response_bytes=max_response_bytes,
        )
        if clock is not None:  # before _setup: the price cache reads it
            # unasync: async-only
            self._clock, self._asleep = clock_parts(clock, coroutine=True)
            # unasync: end
            # unasync: sync-only
            # self._clock, self._sleep = clock_parts(clock, coroutine=False)
            # unasync: end
        self._setup(
            options, user_http=http_client is not None, cost_tracker=cost_tracker, budget=budget
        )
        self._http = http_client or httpx.AsyncClient(
            base_url=options.base_url,
            headers=options.headers(),
            timeout=options.timeout,
            limits=make_limits(),
            verify=shared_ssl_context(),
        )
        # loads httpcore: not at import
        from openrouter_ext._io.assign import install_assignment
        from openrouter_ext._io.deadline import install_deadline

        install_deadline(self._http)
        install_assignment(self._http)
        self._bind_resources()

    def _bind_resources(self) -> None:
        # the namespaces are generated from scripts/operations.yaml (resources/_async/_plain.py)
        self._bind_namespaces(AsyncClientRequester(self))

    @property
    def lowlevel(self) -> AuthenticatedClient:
        """Return the configured generated client for operations this package does not wrap.

        It shares this client's connection pool, credentials and timeout. Calls made
        through it get no retries, cost tracking or error mapping from ``openrouter_ext``.
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
        management_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        stream_idle_timeout: float | None = None,
        max_response_bytes: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncOpenRouter:
        """Return a cheap copy with some options changed; it shares the pool and retry budget.

        Closing the copy does not close the shared pool; close the original. The values
        are checked as the constructor checks them; ``default_headers`` are merged into
        the client's.

        Raises:
            TypeError: an option of the wrong type.
            ValueError: an option out of range or malformed (nothing is changed).

        """
        copy: AsyncOpenRouter = self._copy_with(
            **self._option_changes(
                api_key=api_key,
                management_key=management_key,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                stream_idle_timeout=stream_idle_timeout,
                max_response_bytes=max_response_bytes,
                default_headers=default_headers,
            )
        )
        return copy

    async def _send(self, state: CallState, *, stream: bool = False) -> httpx.Response:
        """Send one attempt; read its body within the size limit unless it opens a stream.

        Raises:
            APIStatusError: an error status (its body read up to ``ERROR_BODY_BYTES``).
            ResponseTooLargeError: the body passed the call's ``max_response_bytes``.
            APIConnectionError: the transport failed (``APITimeoutError`` for timeouts, with
                ``kind="deadline"`` once the call's deadline has passed).

        """
        request = state.begin_attempt()
        try:
            response = await self._http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise state.transport_error(exc) from exc
        ok = 200 <= response.status_code < 300
        if ok and stream:
            return response
        try:
            if ok:
                await aread_bounded(response, state.max_response_bytes)
                return response
            body, _ = await aread_bounded(response, ERROR_BODY_BYTES, truncate=True)
        except BodyTooLarge as exc:
            raise too_large(exc, response) from None
        except httpx.TransportError as exc:
            if ok:
                raise state.transport_error(exc) from exc
            body = b""  # the status decides; the body was only for the message
        raise error_from_response(response, body=body, management=self._management_sent(state.op))

    async def _request(
        self,
        op: Operation[T],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        upload: Upload | None = None,
        **params: Any,
    ) -> T:
        response, _, result = await self._call(op, call, *args, body=body, upload=upload, **params)
        attach_headers(result, response.headers)  # the request id of the result
        capture = RAW_CAPTURE.get()
        if capture is not None:  # .with_raw_response
            capture.append(response)
        return result

    async def _call(
        self,
        op: Operation[T],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        upload: Upload | None = None,
        **params: Any,
    ) -> tuple[httpx.Response, Any, T]:
        reservation = await self._reservation(op, body, upload)
        if upload is not None and not upload.rewindable:
            call = replace(call, max_retries=0)  # a pipe cannot be sent twice
        try:
            multipart = None if upload is None else (upload.open(), upload.fields)
            kwargs = op.request_kwargs(*args, body=body if upload is None else {}, **params)
            state = self._start_call(self._http, op, kwargs, call, multipart=multipart)
            # unasync: async-only
            if multipart is not None and isinstance(state.request.stream, httpx.SyncByteStream):
                # httpx reads the files with blocking calls: a worker thread does it
                from openrouter_ext._io.offload import OffLoopStream

                state.request.stream = OffLoopStream(state.request.stream)
            # unasync: end
            state.reservation = reservation

            async def attempt() -> tuple[httpx.Response, Any, T]:
                # parsed under the retry: an error envelope in a 2xx body is retried as its status
                response = await self._send(state)
                return (response, *self._parse(op, response))

            try:
                response, data, result = await self._arun(call, state, op.resend_safe, attempt)
            except BaseException as exc:
                self._finish(state, None, exc)
                raise
        except BaseException:
            if reservation is not None and not reservation.closed:
                reservation.release()  # nothing was sent: the request could not be built
            raise
        finally:
            if upload is not None:
                upload.close()
        self._finish(state, data, None, generation_id=response.headers.get("x-generation-id"))
        return response, data, result

    async def _reservation(
        self, op: Operation[Any], body: dict[str, Any] | None, upload: Upload | None
    ) -> Reservation | None:
        """Reserve the call's worst case on the budget (None without a budget or a price)."""
        if not self._needs_reservation(op):
            return None
        fields: dict[str, Any] | None = body
        if upload is not None:
            fields = {**(body or {}), **upload.fields}
        if fields is None:
            return None
        price = await self._price(self._model_of(fields))
        return self._reserve(price, fields, op, None if upload is None else upload.size)

    async def _download(
        self,
        op: Operation[Any],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> AsyncBinaryResponse:
        """Send a call whose 2xx answer is bytes; return it open, its body not yet read.

        Retries happen before the body is handed over; reading it is bounded by the idle
        timeout, the call's deadline and ``max_response_bytes`` (``AsyncBinaryResponse``).
        """
        reservation = await self._reservation(op, body, None)
        kwargs = op.request_kwargs(*args, body=body, **params)
        state = self._start_call(self._http, op, kwargs, call, idle=True)
        state.reservation = reservation

        async def attempt() -> httpx.Response:
            return await self._send(state, stream=True)

        try:
            response = await self._arun(call, state, op.resend_safe, attempt)
        except BaseException as exc:
            self._finish(state, None, exc)
            raise
        generation_id = response.headers.get("x-generation-id")
        capture = RAW_CAPTURE.get()
        if capture is not None:  # .with_raw_response: the headers; the body is not read
            capture.append(response)

        def map_error(exc: BaseException) -> BaseException:
            if isinstance(exc, BodyTooLarge):
                return too_large(exc, response)
            assert isinstance(exc, httpx.TransportError)
            return state.transport_error(exc)

        def finished(error: BaseException | None, complete: bool) -> None:
            incomplete = not complete
            self._finish(state, {}, error, incomplete=incomplete, generation_id=generation_id)

        return AsyncBinaryResponse(
            response,
            limit=state.max_response_bytes,
            deadline_at=state.socket_deadline(),
            map_error=map_error,
            on_finish=finished,
        )

    async def _fetch_prices(self) -> None:
        """Read every page of ``GET /models`` into the price cache (a repeated page ends it)."""
        op = OPERATIONS["models.list"]
        query: dict[str, Any] | None = {"output_modalities": "all"}
        last: Sequence[Any] | None = None
        while query is not None:
            _, data, _ = await self._call(op, call_options(None, None, None), **query)
            items = page_items(data)
            if items == last:
                break
            self._prices.put_all(prices_from_models(data))
            last = items
            query = next_query(op.paging, query, data) if op.paging else None

    async def _price(self, model: str) -> ModelPrice:
        price = self._prices.get(model)
        if price is not None:
            return price
        async with self._prices.afetch_lock():  # one GET /models at a time: the others read it
            price = self._prices.get(model)
            if price is None and self._prices.needs_fetch():
                await self._fetch_prices()
                price = self._prices.get(model)
        if price is None:
            raise self._unknown_price(model)
        return price

    async def estimate_cost(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]] | None = None,
        max_tokens: int | None = None,
        input: Any = None,
        **fields: Any,
    ) -> Decimal:
        """Return the worst-case cost (USD) of a request before it is sent.

        Prompt tokens are bounded by the UTF-8 bytes of the messages (plus tools and
        response format); output by ``max_tokens``, else the model's output limit.
        Prices come from ``GET /models`` (cached for an hour). Give ``input`` instead of
        ``messages`` for embeddings.

        Raises:
            ValueError: the model has no known or fixed price, or no output bound exists.

        """
        body: dict[str, Any] = {"model": model, **fields}
        body.update(
            {
                k: v
                for k, v in (("messages", messages), ("max_tokens", max_tokens), ("input", input))
                if v is not None
            }
        )
        return self._estimate(await self._price(model), body)

    def _stream(
        self, op: Operation[Any], body: dict[str, Any], call: CallOptions, kind: type[S]
    ) -> S:
        state = self._start_call(self._http, op, op.request_kwargs(body=body), call, stream=True)

        async def opener(open_once: Callable[[], Awaitable[None]]) -> None:
            if state.reservation is None:
                state.reservation = await self._reservation(op, body, None)
            await self._arun(call, state, True, open_once)

        async def send() -> httpx.Response:
            return await self._send(state, stream=True)

        idle = call.stream_idle_timeout or self._options.stream_idle_timeout
        return kind(
            opener,
            send,
            idle_timeout=idle,
            on_finish=lambda outcome: self._stream_finished(state, outcome),
            on_dropped=lambda generation_id: self._stream_dropped(state, generation_id),
            max_event_bytes=state.max_response_bytes,
        )

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    # unasync: async-only
    async def close(self) -> None:
        """Alias of :meth:`aclose`, as in the ``openai`` SDK."""
        await self.aclose()

    # unasync: end

    async def __aenter__(self) -> AsyncOpenRouter:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
