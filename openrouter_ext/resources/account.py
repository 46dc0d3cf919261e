"""Account resources: generations, credits, the current key, key management, OAuth."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openrouter_ext._config import TimeoutLike
from openrouter_ext._errors.tree import NotFoundError
from openrouter_ext._lowlevel.seam import OPERATIONS
from openrouter_ext.resources._base import Resource, bool_param, build_body, call_options

if TYPE_CHECKING:
    from openrouter_ext._core._async.client import AsyncOpenRouter
    from openrouter_ext._core._sync.client import OpenRouter
    from openrouter_ext._lowlevel.seam import (
        AuthKeysResponse,
        CreateKeyRequest,
        CreateKeyResponse,
        CreditsResponse,
        CurrentKeyResponse,
        DeleteKeyResponse,
        GenerationResponse,
        KeyResponse,
        KeysListResponse,
        UpdateKeyRequest,
    )

__all__ = [
    "AsyncAuth",
    "AsyncCredits",
    "AsyncGenerations",
    "AsyncKey",
    "AsyncKeys",
    "Auth",
    "Credits",
    "Generations",
    "Key",
    "Keys",
]

#: First and largest pause between polls of a generation that is not there yet (seconds).
_POLL_FIRST = 0.25
_POLL_MAX = 2.0


async def _asleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use (``import openrouter_ext`` skips asyncio)."""
    import asyncio

    await asyncio.sleep(seconds)


_sleep = time.sleep
_clock = time.monotonic


def _next_poll(delay: float, deadline: float) -> float | None:
    """Return the next pause, or None when the wait is over."""
    left = deadline - _clock()
    if left <= 0:
        return None
    return min(delay, left)


class Generations(Resource):
    """``client.generations``."""

    _client: OpenRouter

    def get(
        self,
        id: str,
        *,
        wait: float = 0.0,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> GenerationResponse:
        """Get a generation's billed figures (``GET /generation?id=``).

        Args:
            id: the generation id (``X-Generation-Id`` or the result's ``id``).
            wait: seconds to keep asking while the API answers 404: the record appears
                a moment after a request finishes. Polls back off from 0.25 s to 2 s.
            extra_headers: headers for each request.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures per request.
            deadline: overall seconds per request, retries and waits included.
            max_response_bytes: largest response body each request reads, in bytes.

        Returns:
            The ``GenerationResponse``.

        Raises:
            NotFoundError: still unknown after ``wait`` seconds.
            TypeError: a per-call knob of the wrong type.
            ValueError: an empty ``id``, or a per-call knob out of range; nothing is sent.

        """
        if not id:
            raise ValueError("id must be a non-empty generation id")
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        deadline_at, delay = _clock() + wait, _POLL_FIRST
        while True:
            try:
                result: GenerationResponse = self._client._request(
                    OPERATIONS["generations.get"], call, id=id
                )
                return result
            except NotFoundError:
                pause = _next_poll(delay, deadline_at)
                if pause is None:
                    raise
                _sleep(pause)
                delay = min(delay * 2, _POLL_MAX)


class AsyncGenerations(Resource):
    """``client.generations`` on the async client."""

    _client: AsyncOpenRouter

    async def get(
        self,
        id: str,
        *,
        wait: float = 0.0,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> GenerationResponse:
        """Get a generation's billed figures; see :meth:`Generations.get` for the arguments."""
        if not id:
            raise ValueError("id must be a non-empty generation id")
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        deadline_at, delay = _clock() + wait, _POLL_FIRST
        while True:
            try:
                result: GenerationResponse = await self._client._request(
                    OPERATIONS["generations.get"], call, id=id
                )
                return result
            except NotFoundError:
                pause = _next_poll(delay, deadline_at)
                if pause is None:
                    raise
                await _asleep(pause)
                delay = min(delay * 2, _POLL_MAX)


class Credits(Resource):
    """``client.credits`` (management key)."""

    _client: OpenRouter

    def get(
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
        result: CreditsResponse = self._client._request(OPERATIONS["credits.get"], call)
        return result


class AsyncCredits(Resource):
    """``client.credits`` on the async client."""

    _client: AsyncOpenRouter

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> CreditsResponse:
        """Get total credits purchased and used; see :meth:`Credits.get` for the arguments."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: CreditsResponse = await self._client._request(OPERATIONS["credits.get"], call)
        return result


class Key(Resource):
    """``client.key``: the key making the request."""

    _client: OpenRouter

    def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> CurrentKeyResponse:
        """Get the current key's limits and usage (``GET /key``).

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
        result: CurrentKeyResponse = self._client._request(OPERATIONS["key.get"], call)
        return result


class AsyncKey(Resource):
    """``client.key`` on the async client."""

    _client: AsyncOpenRouter

    async def get(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> CurrentKeyResponse:
        """Get the current key's limits and usage; see :meth:`Key.get` for the arguments."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: CurrentKeyResponse = await self._client._request(OPERATIONS["key.get"], call)
        return result


class Keys(Resource):
    """``client.keys``: API key management (management key)."""

    _client: OpenRouter

    def list(
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
        result: KeysListResponse = self._client._request(
            OPERATIONS["keys.list"],
            call,
            include_disabled=bool_param(include_disabled),
            offset=offset,
            workspace_id=workspace_id,
        )
        return result

    def create(
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
        result: CreateKeyResponse = self._client._request(
            OPERATIONS["keys.create"], call, body=body
        )
        return result

    def get(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> KeyResponse:
        """Get a key by its hash (``GET /keys/{hash}``).

        Args:
            hash: the key's hash.
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
        result: KeyResponse = self._client._request(OPERATIONS["keys.get"], call, hash)
        return result

    def update(
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
        result: KeyResponse = self._client._request(
            OPERATIONS["keys.update"], call, hash, body=body
        )
        return result

    def delete(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> DeleteKeyResponse:
        """Delete a key (``DELETE /keys/{hash}``).

        Args:
            hash: the key's hash.
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
        result: DeleteKeyResponse = self._client._request(OPERATIONS["keys.delete"], call, hash)
        return result


class AsyncKeys(Resource):
    """``client.keys`` on the async client."""

    _client: AsyncOpenRouter

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
        """List API keys; see :meth:`Keys.list` for the arguments."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: KeysListResponse = await self._client._request(
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
        """Create a key; see :meth:`Keys.create` for the arguments."""
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
        result: CreateKeyResponse = await self._client._request(
            OPERATIONS["keys.create"], call, body=body
        )
        return result

    async def get(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> KeyResponse:
        """Get a key by its hash; see :meth:`Keys.get` for the arguments."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: KeyResponse = await self._client._request(OPERATIONS["keys.get"], call, hash)
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
        """Update a key; see :meth:`Keys.update` for the arguments."""
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
        result: KeyResponse = await self._client._request(
            OPERATIONS["keys.update"], call, hash, body=body
        )
        return result

    async def delete(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> DeleteKeyResponse:
        """Delete a key; see :meth:`Keys.delete` for the arguments."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: DeleteKeyResponse = await self._client._request(
            OPERATIONS["keys.delete"], call, hash
        )
        return result


class Auth(Resource):
    """``client.auth``: OAuth PKCE (callable without an API key)."""

    _client: OpenRouter

    def exchange_code(
        self,
        *,
        code: str,
        code_verifier: str | None = None,
        code_challenge_method: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> AuthKeysResponse:
        """Exchange an OAuth code for a user-controlled API key (``POST /auth/keys``).

        Args:
            code: the code from the OAuth redirect.
            code_verifier: the PKCE verifier, when a challenge was sent.
            code_challenge_method: ``"S256"`` or ``"plain"``.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.

        Raises:
            TypeError: a per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        body = build_body(
            "AuthKeysRequest",
            where="exchange_code",
            request=None,
            extra_body=None,
            fields={
                "code": code,
                "code_verifier": code_verifier,
                "code_challenge_method": code_challenge_method,
            },
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: AuthKeysResponse = self._client._request(
            OPERATIONS["auth.exchange_code"], call, body=body
        )
        return result


class AsyncAuth(Resource):
    """``client.auth`` on the async client."""

    _client: AsyncOpenRouter

    async def exchange_code(
        self,
        *,
        code: str,
        code_verifier: str | None = None,
        code_challenge_method: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> AuthKeysResponse:
        """Exchange an OAuth code for an API key; see :meth:`Auth.exchange_code`."""
        body = build_body(
            "AuthKeysRequest",
            where="exchange_code",
            request=None,
            extra_body=None,
            fields={
                "code": code,
                "code_verifier": code_verifier,
                "code_challenge_method": code_challenge_method,
            },
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: AuthKeysResponse = await self._client._request(
            OPERATIONS["auth.exchange_code"], call, body=body
        )
        return result
