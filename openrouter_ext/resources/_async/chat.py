"""``client.chat.completions``: create (JSON or a stream), stream and parse."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._async.stream import AsyncChatStream
from openrouter_ext.resources._async._plain import AsyncPlainChat
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import Resource, prepare
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from openrouter_ext._config import CallOptions
    from openrouter_ext._lowlevel import ChatResult
    from openrouter_ext._params import (
        ChatCompletionsCreateParams,
        ChatCompletionsParseParams,
        ChatCompletionsStreamParams,
    )
    from openrouter_ext._structured.parsed import ParsedChatResult

__all__ = ["AsyncChat", "AsyncChatCompletions", "AsyncChatCompletionsWithRawResponse"]

T = TypeVar("T")


def _chat_call(params: Mapping[str, Any], where: str) -> tuple[CallOptions, dict[str, Any]]:
    """Return the call options and the body of a chat completion, checked."""
    call, body, _ = prepare(params, where, "ChatRequest")
    assert body is not None  # an operation with a body always gets one
    if "messages" not in body:
        raise TypeError(f"{where}() needs messages=[...]")
    if not isinstance(body["messages"], (list, tuple)):
        raise TypeError("messages must be a list of message dicts")
    return call, body


class AsyncChatCompletionsWithRawResponse:
    """``client.chat.completions.with_raw_response``: methods returning an ``APIResponse``.

    ``create(stream=True)`` gives the open stream as ``parse()``; ``stream()`` is not here
    (its response exists only once it is entered: read ``stream.response`` then).
    """

    def __init__(self, completions: AsyncChatCompletions) -> None:
        self.create = async_to_raw_response_wrapper(completions.create)
        self.parse = async_to_raw_response_wrapper(completions.parse)


class AsyncChatCompletions(Resource):
    """``client.chat.completions``."""

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncChatCompletionsWithRawResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[ChatCompletionsCreateParams]
    ) -> ChatResult: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[ChatCompletionsCreateParams]
    ) -> AsyncChatStream: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[ChatCompletionsCreateParams]
    ) -> ChatResult | AsyncChatStream: ...
    async def create(
        self, *, stream: bool = False, **params: Unpack[ChatCompletionsCreateParams]
    ) -> ChatResult | AsyncChatStream:
        """Create a chat completion (``POST /chat/completions``).

        Args:
            stream: ``True`` returns an opened :class:`ChatStream` (as the openai SDK does).
            **params: the request's fields by their wire names (``messages``, ``model``,
                ``temperature``, ``tools``, ``provider``...: ``ChatCompletionsCreateParams``)
                and the per-call knobs (``timeout``, ``max_retries``, ``deadline``,
                ``max_response_bytes``, ``tags``, ``extra_headers``, ``extra_body``, and
                ``stream_idle_timeout`` for a stream).

        Returns:
            The ``ChatResult``, or a ``ChatStream`` when ``stream=True``.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), or a
                per-call knob of the wrong type.
            ValueError: a per-call knob out of range (e.g. ``max_retries=-1``); nothing is
                sent.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, body = _chat_call(params, "create")
        if stream:
            body["stream"] = True
            return await self._requester.open_stream(
                OPERATIONS["chat"], body, call, AsyncChatStream
            )
        body.pop("stream", None)
        result: ChatResult = await self._requester.request(OPERATIONS["chat"], call, body=body)
        return result

    def stream(self, **params: Unpack[ChatCompletionsStreamParams]) -> AsyncChatStream:
        """Stream a chat completion; use the result as a context manager and iterate it.

        The request is sent when the ``with`` block is entered (or iteration starts); the
        options are checked here, before that.

        Args:
            **params: the request's fields and the per-call knobs, as for ``create``
                (``deadline`` counts until the first data event; ``stream_idle_timeout``
                is the longest pause between data events).

        Returns:
            A ``ChatStream``, not yet sent.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), or a
                per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        call, body = _chat_call(params, "stream")
        body["stream"] = True
        return self._requester.stream(OPERATIONS["chat"], body, call, AsyncChatStream)

    @overload
    async def parse(
        self, *, response_format: type[T], **params: Unpack[ChatCompletionsParseParams]
    ) -> ParsedChatResult[T]: ...
    @overload
    async def parse(
        self,
        *,
        response_format: Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsParseParams],
    ) -> ParsedChatResult[None]: ...
    async def parse(
        self,
        *,
        response_format: type[T] | Mapping[str, Any] | None = None,
        **params: Unpack[ChatCompletionsParseParams],
    ) -> ParsedChatResult[T] | ParsedChatResult[None]:
        """Create a chat completion and parse its content into a pydantic model.

        ``response_format=SomeModel`` sends the model's strict JSON schema; each choice's
        ``message.parsed`` is then an instance of ``SomeModel`` (``None`` with
        ``message.refusal`` set when the model refused). Pydantic classes in ``tools`` are
        sent as strict function tools and their calls get ``function.parsed_arguments``.
        Needs pydantic (``pip install 'openrouter-ext[structured]'``).

        Args:
            response_format: a pydantic model class, or a ready ``response_format`` dict
                (sent as given; nothing is parsed then).
            **params: the other fields and knobs, as for ``create`` (not ``stream``).

        Returns:
            A ``ParsedChatResult`` (a ``ChatResult`` with ``parsed`` on each message).

        Raises:
            StructuredOutputError: a choice's content is not valid JSON of the model.
            LengthFinishReasonError: a choice stopped at the token limit before its JSON
                was complete.
            TypeError: an unknown keyword, ``stream=True``, or a model that is not a
                pydantic model of an object.

        """
        from openrouter_ext._structured.parse import parse_completion, prepare_parse_request

        body, model = prepare_parse_request(params, response_format)
        result = cast("ChatResult", await self.create(**body))
        return parse_completion(result, model, tools=body.get("tools"))


class AsyncChat(AsyncPlainChat):
    """``client.chat``."""

    def __init__(self, requester: AsyncRequester) -> None:
        super().__init__(requester)
        self.completions = AsyncChatCompletions(requester)
