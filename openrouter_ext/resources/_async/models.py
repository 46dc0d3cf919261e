"""``client.models``: list, count, list_user, endpoints, pricing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openrouter_ext._config import TimeoutLike
from openrouter_ext._lowlevel import OPERATIONS, check_params
from openrouter_ext.resources._async._plain import AsyncPlainModels
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import (
    _split_model,
    call_options,
)

if TYPE_CHECKING:
    from openrouter_ext._costs.pricing import ModelPrice
    from openrouter_ext._lowlevel import (
        ModelEndpointsResponse,
        ModelsCountResponse,
        ModelsListResponse,
    )

__all__ = ["AsyncModels"]


class AsyncModels(AsyncPlainModels):
    """``client.models``: list, count, list_user, endpoints."""

    _requester: AsyncRequester

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        **filters: Any,
    ) -> ModelsListResponse:
        """List models (``GET /models``).

        Args:
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.
            **filters: query parameters by their wire names (``q``, ``sort``...).

        Raises:
            TypeError: an unknown filter (the message names the closest one), or a
                per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        op = OPERATIONS["models.list"]
        check_params(op, filters, where="list")
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: ModelsListResponse = await self._requester.request(op, call, **filters)
        return result

    async def pricing(self, model: str) -> ModelPrice:
        """Return a model's prices in USD per unit (from ``GET /models``, cached for an hour).

        Raises:
            ValueError: the model is not listed.

        """
        return await self._requester.price(model)

    async def count(
        self,
        *,
        output_modalities: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> ModelsCountResponse:
        """Count models (``GET /models/count``).

        Args:
            output_modalities: count only models with these output modalities.
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
        result: ModelsCountResponse = await self._requester.request(
            OPERATIONS["models.count"], call, output_modalities=output_modalities
        )
        return result

    async def list_user(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> ModelsListResponse:
        """List the models the caller can route to (``GET /models/user``).

        Args:
            offset: the first model to return.
            limit: how many models to return.
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
        result: ModelsListResponse = await self._requester.request(
            OPERATIONS["models.list_user"], call, offset=offset, limit=limit
        )
        return result

    async def endpoints(
        self,
        model: str,
        slug: str | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> ModelEndpointsResponse:
        """List a model's provider endpoints (``GET /models/{author}/{slug}/endpoints``).

        Args:
            model: ``"author/slug"``, or the author when ``slug`` is given.
            slug: the model's slug, when ``model`` is only its author.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.

        Raises:
            TypeError: a per-call knob of the wrong type.
            ValueError: ``model`` is not ``"author/slug"``, or a per-call knob is out of
                range; nothing is sent.

        """
        author, name = _split_model(model, slug)
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: ModelEndpointsResponse = await self._requester.request(
            OPERATIONS["models.endpoints"], call, author, name
        )
        return result
