"""``client.keys``: key management (list, create, get, update, delete)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openrouter_ext._config import TimeoutLike
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._async._plain import AsyncPlainKeys
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import (
    bool_param,
    build_body,
    call_options,
)

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import (
        CreateKeyRequest,
        CreateKeyResponse,
        KeyResponse,
        KeysListResponse,
        UpdateKeyRequest,
    )

__all__ = ["AsyncKeys"]


class AsyncKeys(AsyncPlainKeys):
    """``client.keys``: API key management (management key)."""

    _requester: AsyncRequester

    async def list(
        self,
        *,
        include_disabled: bool | None = None,
        offset: int | None = None,
        workspace_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> KeysListResponse:
        """List API keys (``GET /keys``).

        Args:
            include_disabled: list disabled keys too.
            offset: the first key to return.
            workspace_id: list only this workspace's keys.
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
        result: KeysListResponse = await self._requester.request(
            OPERATIONS["keys.list"],
            call,
            include_disabled=bool_param(include_disabled),
            offset=offset,
            workspace_id=workspace_id,
        )
        return result

    async def create(
        self,
        *,
        name: str | None = None,
        request: CreateKeyRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        **fields: Any,
    ) -> CreateKeyResponse:
        """Create a key (``POST /keys``); the plaintext key is in ``.key``, shown only once.

        Args:
            name: the key's name.
            request: a ready ``CreateKeyRequest``; keywords given too override its fields.
            extra_body: raw fields the spec does not know yet, merged last.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.
            **fields: any other request field by its wire name (``limit``...).

        Raises:
            TypeError: an unknown keyword, or a per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        body = build_body(
            "CreateKeyRequest",
            where="create",
            request=request,
            fields={"name": name, **fields},
            extra_body=extra_body,
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: CreateKeyResponse = await self._requester.request(
            OPERATIONS["keys.create"], call, body=body
        )
        return result

    async def update(
        self,
        hash: str,
        *,
        request: UpdateKeyRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        **fields: Any,
    ) -> KeyResponse:
        """Update a key (``PATCH /keys/{hash}``): name, disabled, limit, limit_reset...

        Args:
            hash: the key's hash.
            request: a ready ``UpdateKeyRequest``; keywords given too override its fields.
            extra_body: raw fields the spec does not know yet, merged last.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.
            **fields: the fields to change, by their wire names.

        Raises:
            TypeError: an unknown keyword, or a per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        body = build_body(
            "UpdateKeyRequest",
            where="update",
            request=request,
            fields=fields,
            extra_body=extra_body,
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: KeyResponse = await self._requester.request(
            OPERATIONS["keys.update"], call, hash, body=body
        )
        return result
