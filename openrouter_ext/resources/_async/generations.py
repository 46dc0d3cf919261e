"""``client.generations``: get (waiting for a generation that is not there yet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._errors.tree import NotFoundError
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._async._plain import (
    AsyncPlainGenerations,
    AsyncPlainGenerationsWithRawResponse,
)
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import GenerationResponse
    from openrouter_ext._params import GenerationsGetParams

__all__ = ["AsyncGenerations", "AsyncGenerationsWithRawResponse"]


class AsyncGenerationsWithRawResponse(AsyncPlainGenerationsWithRawResponse):
    """``client.generations.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: AsyncGenerations) -> None:
        super().__init__(resource)
        self.get = async_to_raw_response_wrapper(resource.get)


#: First and largest pause between polls of a generation that is not there yet (seconds).
_POLL_FIRST = 0.25
_POLL_MAX = 2.0


def _next_poll(delay: float, left: float) -> float | None:
    """Return the next pause, or None when the wait is over (``left`` seconds remain)."""
    if left <= 0:
        return None
    return min(delay, left)


class AsyncGenerations(AsyncPlainGenerations):
    """``client.generations``."""

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncGenerationsWithRawResponse:
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncGenerationsWithRawResponse(self)

    async def get(
        self,
        id: str,
        *,
        wait: float = 0.0,
        **params: Unpack[GenerationsGetParams],
    ) -> GenerationResponse:
        """Get a generation's billed figures (``GET /generation?id=``).

        Args:
            id: the generation id (``X-Generation-Id`` or the result's ``id``).
            wait: seconds to keep asking while the API answers 404: the record appears
                a moment after a request finishes. Polls back off from 0.25 s to 2 s.
            **params: the per-call knobs (each applies to every poll).

        Returns:
            The ``GenerationResponse``.

        Raises:
            NotFoundError: still unknown after ``wait`` seconds.
            TypeError: a per-call knob of the wrong type.
            ValueError: an empty ``id``, or a per-call knob out of range; nothing is sent.

        """
        if not id:
            raise ValueError("id must be a non-empty generation id")
        call, _, _ = prepare(params, "get", None)
        deadline_at, delay = self._requester.clock() + wait, _POLL_FIRST
        while True:
            try:
                result: GenerationResponse = await self._requester.request(
                    OPERATIONS["generations.get"], call, id=id
                )
                return result
            except NotFoundError:
                pause = _next_poll(delay, deadline_at - self._requester.clock())
                if pause is None:
                    raise
                await self._requester.sleep(pause)
                delay = min(delay * 2, _POLL_MAX)
