"""``client.credits``: get."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from openrouter_ext._config import TimeoutLike
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._async._plain import AsyncPlainCredits
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import (
    call_options,
)

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import (
        CreditsResponse,
    )

__all__ = ["AsyncCredits"]


class AsyncCredits(AsyncPlainCredits):
    """``client.credits`` (management key)."""

    _requester: AsyncRequester

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> CreditsResponse:
        """Get total credits purchased and used (``GET /credits``).

        Args:
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.

        Raises:
            TypeError: a per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: CreditsResponse = await self._requester.request(OPERATIONS["credits.get"], call)
        return result
