"""``client.providers``: list."""
# Generated from openrouter_ext/resources/_async/providers.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from openrouter_ext._config import TimeoutLike
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._base import (
    call_options,
)
from openrouter_ext.resources._sync._plain import PlainProviders
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import (
        ProvidersResponse,
    )

__all__ = ["Providers"]


class Providers(PlainProviders):
    """``client.providers``."""

    _requester: Requester

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> ProvidersResponse:
        """List providers (``GET /providers``).

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
        result: ProvidersResponse = self._requester.request(OPERATIONS["providers.list"], call)
        return result
