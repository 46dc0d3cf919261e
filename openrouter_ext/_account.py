"""Account resources: generations, credits, the current key, key management, OAuth."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._config import TimeoutLike
from ._errors import NotFoundError
from ._lowlevel import OPERATIONS
from ._resources import Resource, bool_param, build_body, call_options

if TYPE_CHECKING:
    from ._async_client import AsyncOpenRouter
    from ._client import OpenRouter
    from ._lowlevel import (
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
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
    ) -> GenerationResponse:
        """Get a generation's billed figures (``GET /generation?id=``).

        Args:
            id: the generation id (``X-Generation-Id`` or the result's ``id``).
            wait: seconds to keep asking while the API answers 404: the record appears
                a moment after a request finishes. Polls back off from 0.25 s to 2 s.
            timeout: seconds or ``httpx.Timeout`` per request.
            max_retries: retries of transient failures per request.

        Raises:
            NotFoundError: still unknown after ``wait`` seconds.

        """
        if not id:
            raise ValueError("id must be a non-empty generation id")
        deadline, delay = _clock() + wait, _POLL_FIRST
        while True:
            try:
                result: GenerationResponse = self._client._request(
                    OPERATIONS["generations.get"], call_options(timeout, max_retries, None), id=id
                )
                return result
            except NotFoundError:
                pause = _next_poll(delay, deadline)
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
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
    ) -> GenerationResponse:
        """Get a generation's billed figures; see :meth:`Generations.get`."""
        if not id:
            raise ValueError("id must be a non-empty generation id")
        deadline, delay = _clock() + wait, _POLL_FIRST
        while True:
            try:
                result: GenerationResponse = await self._client._request(
                    OPERATIONS["generations.get"], call_options(timeout, max_retries, None), id=id
                )
                return result
            except NotFoundError:
                pause = _next_poll(delay, deadline)
                if pause is None:
                    raise
                await _asleep(pause)
                delay = min(delay * 2, _POLL_MAX)


class Credits(Resource):
    """``client.credits`` (management key)."""

    _client: OpenRouter

    def get(self, *, timeout: TimeoutLike | None = None) -> CreditsResponse:
        """Get total credits purchased and used (``GET /credits``)."""
        result: CreditsResponse = self._client._request(
            OPERATIONS["credits.get"], call_options(timeout, None, None)
        )
        return result


class AsyncCredits(Resource):
    """``client.credits`` on the async client."""

    _client: AsyncOpenRouter

    async def get(self, *, timeout: TimeoutLike | None = None) -> CreditsResponse:
        """Get total credits purchased and used (``GET /credits``)."""
        result: CreditsResponse = await self._client._request(
            OPERATIONS["credits.get"], call_options(timeout, None, None)
        )
        return result


class Key(Resource):
    """``client.key``: the key making the request."""

    _client: OpenRouter

    def get(self, *, timeout: TimeoutLike | None = None) -> CurrentKeyResponse:
        """Get the current key's limits and usage (``GET /key``)."""
        result: CurrentKeyResponse = self._client._request(
            OPERATIONS["key.get"], call_options(timeout, None, None)
        )
        return result


class AsyncKey(Resource):
    """``client.key`` on the async client."""

    _client: AsyncOpenRouter

    async def get(self, *, timeout: TimeoutLike | None = None) -> CurrentKeyResponse:
        """Get the current key's limits and usage (``GET /key``)."""
        result: CurrentKeyResponse = await self._client._request(
            OPERATIONS["key.get"], call_options(timeout, None, None)
        )
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
        timeout: TimeoutLike | None = None,
    ) -> KeysListResponse:
        """List API keys (``GET /keys``)."""
        result: KeysListResponse = self._client._request(
            OPERATIONS["keys.list"],
            call_options(timeout, None, None),
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
        timeout: TimeoutLike | None = None,
        **fields: Any,
    ) -> CreateKeyResponse:
        """Create a key (``POST /keys``); the plaintext key is in ``.key``, shown only once."""
        body = build_body(
            "CreateKeyRequest",
            where="create",
            request=request,
            fields={"name": name, **fields},
            extra_body=extra_body,
        )
        result: CreateKeyResponse = self._client._request(
            OPERATIONS["keys.create"], call_options(timeout, None, None), body=body
        )
        return result

    def get(self, hash: str, *, timeout: TimeoutLike | None = None) -> KeyResponse:
        """Get a key by its hash (``GET /keys/{hash}``)."""
        result: KeyResponse = self._client._request(
            OPERATIONS["keys.get"], call_options(timeout, None, None), hash
        )
        return result

    def update(
        self,
        hash: str,
        *,
        request: UpdateKeyRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutLike | None = None,
        **fields: Any,
    ) -> KeyResponse:
        """Update a key (``PATCH /keys/{hash}``): name, disabled, limit, limit_reset..."""
        body = build_body(
            "UpdateKeyRequest",
            where="update",
            request=request,
            fields=fields,
            extra_body=extra_body,
        )
        result: KeyResponse = self._client._request(
            OPERATIONS["keys.update"], call_options(timeout, None, None), hash, body=body
        )
        return result

    def delete(self, hash: str, *, timeout: TimeoutLike | None = None) -> DeleteKeyResponse:
        """Delete a key (``DELETE /keys/{hash}``)."""
        result: DeleteKeyResponse = self._client._request(
            OPERATIONS["keys.delete"], call_options(timeout, None, None), hash
        )
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
        timeout: TimeoutLike | None = None,
    ) -> KeysListResponse:
        """List API keys (``GET /keys``)."""
        result: KeysListResponse = await self._client._request(
            OPERATIONS["keys.list"],
            call_options(timeout, None, None),
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
        timeout: TimeoutLike | None = None,
        **fields: Any,
    ) -> CreateKeyResponse:
        """Create a key (``POST /keys``); the plaintext key is in ``.key``, shown only once."""
        body = build_body(
            "CreateKeyRequest",
            where="create",
            request=request,
            fields={"name": name, **fields},
            extra_body=extra_body,
        )
        result: CreateKeyResponse = await self._client._request(
            OPERATIONS["keys.create"], call_options(timeout, None, None), body=body
        )
        return result

    async def get(self, hash: str, *, timeout: TimeoutLike | None = None) -> KeyResponse:
        """Get a key by its hash (``GET /keys/{hash}``)."""
        result: KeyResponse = await self._client._request(
            OPERATIONS["keys.get"], call_options(timeout, None, None), hash
        )
        return result

    async def update(
        self,
        hash: str,
        *,
        request: UpdateKeyRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutLike | None = None,
        **fields: Any,
    ) -> KeyResponse:
        """Update a key (``PATCH /keys/{hash}``)."""
        body = build_body(
            "UpdateKeyRequest",
            where="update",
            request=request,
            fields=fields,
            extra_body=extra_body,
        )
        result: KeyResponse = await self._client._request(
            OPERATIONS["keys.update"], call_options(timeout, None, None), hash, body=body
        )
        return result

    async def delete(self, hash: str, *, timeout: TimeoutLike | None = None) -> DeleteKeyResponse:
        """Delete a key (``DELETE /keys/{hash}``)."""
        result: DeleteKeyResponse = await self._client._request(
            OPERATIONS["keys.delete"], call_options(timeout, None, None), hash
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
        timeout: TimeoutLike | None = None,
    ) -> AuthKeysResponse:
        """Exchange an OAuth code for a user-controlled API key (``POST /auth/keys``)."""
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
        result: AuthKeysResponse = self._client._request(
            OPERATIONS["auth.exchange_code"], call_options(timeout, None, None), body=body
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
        timeout: TimeoutLike | None = None,
    ) -> AuthKeysResponse:
        """Exchange an OAuth code for a user-controlled API key (``POST /auth/keys``)."""
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
        result: AuthKeysResponse = await self._client._request(
            OPERATIONS["auth.exchange_code"], call_options(timeout, None, None), body=body
        )
        return result
