"""``client.keys``: key management; ``list`` is hand-written (a real bool filter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._async._plain import (
    AsyncPlainKeys,
    AsyncPlainKeysWithRawResponse,
)
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import bool_param, prepare
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import ListResponse
    from openrouter_ext._params import KeysListParams

__all__ = ["AsyncKeys", "AsyncKeysWithRawResponse"]


class AsyncKeysWithRawResponse(AsyncPlainKeysWithRawResponse):
    """``client.keys.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: AsyncKeys) -> None:
        super().__init__(resource)
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncKeys(AsyncPlainKeys):
    """``client.keys``: API key management (management key)."""

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncKeysWithRawResponse:
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncKeysWithRawResponse(self)

    async def list(
        self,
        *,
        include_disabled: bool | None = None,
        **params: Unpack[KeysListParams],
    ) -> ListResponse:
        """List API keys (``GET /keys``).

        Args:
            include_disabled: list disabled keys too.
            **params: ``offset``, ``workspace_id`` and the per-call knobs.

        Raises:
            TypeError: an unknown keyword, or a per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        call, _, query = prepare(params, "list", None, ("offset", "workspace_id"))
        result: ListResponse = await self._requester.request(
            OPERATIONS["keys.list"], call, include_disabled=bool_param(include_disabled), **query
        )
        return result
