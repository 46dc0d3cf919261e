"""``client.keys``: key management; ``list`` is hand-written (a real bool filter), paged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._async._pages import first_page
from openrouter_ext.resources._async._plain import (
    AsyncPlainKeys,
    AsyncPlainKeysWithRawResponse,
)
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import bool_param, prepare
from openrouter_ext.resources._raw import async_to_raw_page_wrapper

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import ListResponse, ListResponseDataItem
    from openrouter_ext._params import KeysListParams
    from openrouter_ext.resources._async._pages import AsyncPage

__all__ = ["AsyncKeys", "AsyncKeysWithRawResponse"]


class AsyncKeysWithRawResponse(AsyncPlainKeysWithRawResponse):
    """``client.keys.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: AsyncKeys) -> None:
        super().__init__(resource)
        self.list = async_to_raw_page_wrapper(resource.list)


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
    ) -> AsyncPage[ListResponse, ListResponseDataItem]:
        """List API keys (``GET /keys``), 100 per page; iterating the page gives them all.

        ``len()`` and indexing are this page's keys; ``async for`` (``for`` on the sync
        client) fetches the next pages as needed, with the same filters.

        Args:
            include_disabled: list disabled keys too.
            **params: ``offset``, ``workspace_id`` and the per-call knobs.

        Raises:
            TypeError: an unknown keyword, or a per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        call, _, query = prepare(params, "list", None, ("offset", "workspace_id"))
        if include_disabled is not None:
            query["include_disabled"] = bool_param(include_disabled)
        page: AsyncPage[ListResponse, ListResponseDataItem] = await first_page(
            self._requester, OPERATIONS["keys.list"], call, query=query
        )
        return page
