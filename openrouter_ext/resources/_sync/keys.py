"""``client.keys``: key management; ``list`` is hand-written (a real bool filter), paged."""
# Generated from openrouter_ext/resources/_async/keys.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._base import bool_param, prepare
from openrouter_ext.resources._raw import to_raw_page_wrapper
from openrouter_ext.resources._sync._pages import first_page
from openrouter_ext.resources._sync._plain import (
    PlainKeys,
    PlainKeysWithRawResponse,
)
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import ListResponse, ListResponseDataItem
    from openrouter_ext._params import KeysListParams
    from openrouter_ext.resources._sync._pages import SyncPage

__all__ = ["Keys", "KeysWithRawResponse"]


class KeysWithRawResponse(PlainKeysWithRawResponse):
    """``client.keys.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: Keys) -> None:
        super().__init__(resource)
        self.list = to_raw_page_wrapper(resource.list)


class Keys(PlainKeys):
    """``client.keys``: API key management (management key)."""

    _requester: Requester

    @property
    def with_raw_response(self) -> KeysWithRawResponse:
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return KeysWithRawResponse(self)

    def list(
        self,
        *,
        include_disabled: bool | None = None,
        **params: Unpack[KeysListParams],
    ) -> SyncPage[ListResponse, ListResponseDataItem]:
        """List API keys (``GET /keys``), 100 per page; iterating the page gives them all.

        ``len()`` and indexing are this page's keys; ``for`` (``for`` on the sync
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
        page: SyncPage[ListResponse, ListResponseDataItem] = first_page(
            self._requester, OPERATIONS["keys.list"], call, query=query
        )
        return page
