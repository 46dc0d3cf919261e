"""``client.keys``: key management; ``list`` is hand-written (a real bool filter)."""
# Generated from openrouter_ext/resources/_async/keys.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._base import bool_param, prepare
from openrouter_ext.resources._raw import to_raw_response_wrapper
from openrouter_ext.resources._sync._plain import (
    PlainKeys,
    PlainKeysWithRawResponse,
)
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import ListResponse
    from openrouter_ext._params import KeysListParams

__all__ = ["Keys", "KeysWithRawResponse"]


class KeysWithRawResponse(PlainKeysWithRawResponse):
    """``client.keys.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: Keys) -> None:
        super().__init__(resource)
        self.list = to_raw_response_wrapper(resource.list)


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
        result: ListResponse = self._requester.request(
            OPERATIONS["keys.list"], call, include_disabled=bool_param(include_disabled), **query
        )
        return result
