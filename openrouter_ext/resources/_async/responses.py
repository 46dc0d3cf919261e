"""``client.responses``: create (JSON or a stream) and stream, the Responses API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._async.stream import AsyncResponsesStream
from openrouter_ext.resources._async._plain import AsyncPlainResponses
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from openrouter_ext._config import CallOptions
    from openrouter_ext._lowlevel import OpenResponsesResult
    from openrouter_ext._params import ResponsesCreateParams, ResponsesStreamParams

__all__ = ["AsyncResponses", "AsyncResponsesWithRawResponse"]


def _responses_call(params: Mapping[str, Any], where: str) -> tuple[CallOptions, dict[str, Any]]:
    """Return the call options and the body of a Responses API call, checked."""
    call, body, _ = prepare(params, where, "ResponsesRequest")
    assert body is not None  # an operation with a body always gets one
    if "input" not in body and "previous_response_id" not in body and "prompt" not in body:
        raise TypeError(f"{where}() needs input=... (a string or a list of input items)")
    return call, body


class AsyncResponsesWithRawResponse:
    """``client.responses.with_raw_response``: ``create`` returning an ``APIResponse``."""

    def __init__(self, responses: AsyncResponses) -> None:
        self.create = async_to_raw_response_wrapper(responses.create)


class AsyncResponses(AsyncPlainResponses):
    """``client.responses``: the Responses API (``POST /responses``)."""

    def __init__(self, requester: AsyncRequester) -> None:
        super().__init__(requester)

    @property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:  # type: ignore[override]
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncResponsesWithRawResponse(self)

    @overload
    async def create(
        self, *, stream: Literal[False] = False, **params: Unpack[ResponsesCreateParams]
    ) -> OpenResponsesResult: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **params: Unpack[ResponsesCreateParams]
    ) -> AsyncResponsesStream: ...
    @overload
    async def create(
        self, *, stream: bool, **params: Unpack[ResponsesCreateParams]
    ) -> OpenResponsesResult | AsyncResponsesStream: ...
    async def create(
        self, *, stream: bool = False, **params: Unpack[ResponsesCreateParams]
    ) -> OpenResponsesResult | AsyncResponsesStream:
        """Create a model response (``POST /responses``).

        Args:
            stream: ``True`` returns an opened :class:`ResponsesStream` (as the openai SDK
                does).
            **params: the request's fields by their wire names (``input``, ``model``,
                ``instructions``, ``tools``, ``reasoning``, ``max_output_tokens``...:
                ``ResponsesCreateParams``) and the per-call knobs (``timeout``,
                ``max_retries``, ``deadline``, ``tags``, ``extra_headers``, ``extra_body``,
                and ``stream_idle_timeout`` for a stream).

        Returns:
            The ``OpenResponsesResult``, or a ``ResponsesStream`` when ``stream=True``.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), a knob of
                the wrong type, or no ``input``.
            ValueError: a per-call knob out of range; nothing is sent.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, body = _responses_call(params, "create")
        if stream:
            body["stream"] = True
            return await self._requester.open_stream(
                OPERATIONS["responses"], body, call, AsyncResponsesStream
            )
        body.pop("stream", None)
        result: OpenResponsesResult = await self._requester.request(
            OPERATIONS["responses"], call, body=body
        )
        return result

    def stream(self, **params: Unpack[ResponsesStreamParams]) -> AsyncResponsesStream:
        """Stream a model response; use the result as a context manager and iterate it.

        The request is sent when the ``with`` block is entered (or iteration starts). The
        events are the generated event models (``TextDeltaEvent``...); ``text_deltas()``
        yields the output text, ``final_response()`` the ``OpenResponsesResult``.

        Args:
            **params: the request's fields and the per-call knobs, as for ``create``
                (``deadline`` counts until the first event; ``stream_idle_timeout`` is the
                longest pause between events).

        Returns:
            A ``ResponsesStream``, not yet sent.

        Raises:
            TypeError: an unknown keyword, a knob of the wrong type, or no ``input``.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        call, body = _responses_call(params, "stream")
        body["stream"] = True
        return self._requester.stream(OPERATIONS["responses"], body, call, AsyncResponsesStream)
