"""``client.responses``: create (JSON or a stream) and stream, the Responses API."""
# Generated from openrouter_ext/resources/_async/responses.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._sync.stream import ResponsesStream
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import to_raw_response_wrapper
from openrouter_ext.resources._sync._plain import PlainResponses
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from openrouter_ext._config import CallOptions
    from openrouter_ext._lowlevel import OpenResponsesResult
    from openrouter_ext._params import ResponsesCreateParams, ResponsesStreamParams

__all__ = ["Responses", "ResponsesWithRawResponse"]


def _responses_call(params: Mapping[str, Any], where: str) -> tuple[CallOptions, dict[str, Any]]:
    """Return the call options and the body of a Responses API call, checked."""
    call, body, _ = prepare(params, where, "ResponsesRequest")
    assert body is not None  # an operation with a body always gets one
    if "input" not in body and "previous_response_id" not in body and "prompt" not in body:
        raise TypeError(f"{where}() needs input=... (a string or a list of input items)")
    return call, body


class ResponsesWithRawResponse:
    """``client.responses.with_raw_response``: ``create`` returning an ``APIResponse``."""

    def __init__(self, responses: Responses) -> None:
        self.create = to_raw_response_wrapper(responses.create)


class Responses(PlainResponses):
    """``client.responses``: the Responses API (``POST /responses``)."""

    def __init__(self, requester: Requester) -> None:
        super().__init__(requester)

    @property
    def with_raw_response(self) -> ResponsesWithRawResponse:  # type: ignore[override]
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return ResponsesWithRawResponse(self)

    @overload
    def create(
        self, *, stream: Literal[False] = False, **params: Unpack[ResponsesCreateParams]
    ) -> OpenResponsesResult: ...
    @overload
    def create(
        self, *, stream: Literal[True], **params: Unpack[ResponsesCreateParams]
    ) -> ResponsesStream: ...
    @overload
    def create(
        self, *, stream: bool, **params: Unpack[ResponsesCreateParams]
    ) -> OpenResponsesResult | ResponsesStream: ...
    def create(
        self, *, stream: bool = False, **params: Unpack[ResponsesCreateParams]
    ) -> OpenResponsesResult | ResponsesStream:
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
            return self._requester.open_stream(OPERATIONS["responses"], body, call, ResponsesStream)
        body.pop("stream", None)
        result: OpenResponsesResult = self._requester.request(
            OPERATIONS["responses"], call, body=body
        )
        return result

    def stream(self, **params: Unpack[ResponsesStreamParams]) -> ResponsesStream:
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
        return self._requester.stream(OPERATIONS["responses"], body, call, ResponsesStream)
