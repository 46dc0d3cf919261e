"""Resource namespaces in the ``openai`` SDK's shape: keywords with wire names in, models out.

Each method is a thin shell: it builds the JSON body with the pure helpers below and hands
it to the client's ``_request``. Chat lives in ``_chat.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._config import TimeoutLike
from ._lowlevel import OPERATIONS, check_fields, check_params, model
from ._pricing import ModelPrice

if TYPE_CHECKING:
    from ._async_client import AsyncOpenRouter
    from ._client import OpenRouter
    from ._lowlevel import (
        EmbeddingsRequest,
        EmbeddingsResponse,
        ModelEndpointsResponse,
        ModelsCountResponse,
        ModelsListResponse,
        ProvidersResponse,
    )

__all__ = [
    "AsyncEmbeddings",
    "AsyncModels",
    "AsyncProviders",
    "CallOptions",
    "Embeddings",
    "Models",
    "Providers",
    "Resource",
    "bool_param",
    "build_body",
    "call_options",
]

Message = Mapping[str, Any] | Any


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call knobs (keyword-only on every method)."""

    timeout: TimeoutLike | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    stream_idle_timeout: float | None = None
    deadline: float | None = None
    tags: tuple[str, ...] = ()
    max_response_bytes: int | None = None


_NO_CALL_OPTIONS = CallOptions()


def call_options(
    timeout: TimeoutLike | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    stream_idle_timeout: float | None = None,
    tags: Sequence[str] | None = None,
) -> CallOptions:
    """Bundle per-call knobs (shared instance when none is set).

    Raises:
        TypeError: ``tags`` is a string instead of a list of strings.

    """
    if isinstance(tags, str):
        raise TypeError("tags must be a list of strings, e.g. tags=['batch-7']")
    if (
        timeout is None
        and max_retries is None
        and not extra_headers
        and stream_idle_timeout is None
        and not tags
    ):
        return _NO_CALL_OPTIONS
    return CallOptions(
        timeout, max_retries, extra_headers, stream_idle_timeout, tags=tuple(tags or ())
    )


def build_body(
    model_name: str,
    *,
    where: str,
    request: Any,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Merge a request model, keyword fields and ``extra_body`` into the JSON body.

    Keywords are checked against the spec's field names (a typo raises ``TypeError`` that
    names the closest field); values may be plain JSON or generated models, anywhere inside
    (they are not walked here: ``encode_json`` turns them into JSON while encoding).

    Raises:
        TypeError: an unknown keyword, or ``request`` of the wrong type.

    """
    model_cls = model(model_name)
    check_fields(model_cls, fields, where=where)
    if request is not None:
        if not isinstance(request, model_cls):
            raise TypeError(f"request must be a {model_cls.__name__}, got {type(request).__name__}")
        body: dict[str, Any] = request.to_dict()
    else:
        body = {}
    for name, value in fields.items():
        if value is not None:
            body[name] = value  # generated models inside are turned into JSON when encoded
    if extra_body:
        body.update(extra_body)
    return body


def _split_model(model: str, slug: str | None) -> tuple[str, str]:
    if slug is not None:
        return model, slug
    author, sep, rest = model.partition("/")
    if not sep or not author or not rest:
        raise ValueError(f"model must look like 'author/slug', got {model!r}")
    return author, rest


def bool_param(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


class Resource:
    """Base of the resource namespaces: holds the client."""

    def __init__(self, client: Any) -> None:
        self._client = client


class Embeddings(Resource):
    """``client.embeddings``."""

    _client: OpenRouter

    def create(
        self,
        *,
        model: str | None = None,
        input: Any = None,
        request: EmbeddingsRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        tags: Sequence[str] | None = None,
        **fields: Any,
    ) -> EmbeddingsResponse:
        """Create embeddings (``POST /embeddings``); ``input`` is text, texts or tokens.

        ``tags`` label the call in ``client.costs.by_tag()``.

        Raises:
            TypeError: an unknown keyword (the message names the closest field).

        """
        body = build_body(
            "EmbeddingsRequest",
            where="create",
            request=request,
            fields={"model": model, "input": input, **fields},
            extra_body=extra_body,
        )
        result: EmbeddingsResponse = self._client._request(
            OPERATIONS["embeddings"],
            call_options(timeout, max_retries, extra_headers, tags=tags),
            body=body,
        )
        return result


class AsyncEmbeddings(Resource):
    """``client.embeddings`` on the async client."""

    _client: AsyncOpenRouter

    async def create(
        self,
        *,
        model: str | None = None,
        input: Any = None,
        request: EmbeddingsRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        tags: Sequence[str] | None = None,
        **fields: Any,
    ) -> EmbeddingsResponse:
        """Create embeddings; see :meth:`Embeddings.create`."""
        body = build_body(
            "EmbeddingsRequest",
            where="create",
            request=request,
            fields={"model": model, "input": input, **fields},
            extra_body=extra_body,
        )
        result: EmbeddingsResponse = await self._client._request(
            OPERATIONS["embeddings"],
            call_options(timeout, max_retries, extra_headers, tags=tags),
            body=body,
        )
        return result


class Models(Resource):
    """``client.models``: list, count, list_user, endpoints."""

    _client: OpenRouter

    def list(self, *, timeout: TimeoutLike | None = None, **filters: Any) -> ModelsListResponse:
        """List models (``GET /models``); filters use their query names (``q``, ``sort``...).

        Raises:
            TypeError: an unknown filter (the message names the closest one).

        """
        op = OPERATIONS["models.list"]
        check_params(op, filters, where="list")
        result: ModelsListResponse = self._client._request(
            op, call_options(timeout, None, None), **filters
        )
        return result

    def pricing(self, model: str) -> ModelPrice:
        """Return a model's prices in USD per unit (from ``GET /models``, cached for an hour).

        Raises:
            ValueError: the model is not listed.

        """
        return self._client._price(model)

    def count(
        self, *, output_modalities: str | None = None, timeout: TimeoutLike | None = None
    ) -> ModelsCountResponse:
        """Count models (``GET /models/count``)."""
        result: ModelsCountResponse = self._client._request(
            OPERATIONS["models.count"],
            call_options(timeout, None, None),
            output_modalities=output_modalities,
        )
        return result

    def list_user(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ModelsListResponse:
        """List the models the caller can route to (``GET /models/user``)."""
        result: ModelsListResponse = self._client._request(
            OPERATIONS["models.list_user"],
            call_options(timeout, None, None),
            offset=offset,
            limit=limit,
        )
        return result

    def endpoints(
        self, model: str, slug: str | None = None, *, timeout: TimeoutLike | None = None
    ) -> ModelEndpointsResponse:
        """List a model's provider endpoints; ``model`` is ``"author/slug"`` (or author, slug)."""
        author, name = _split_model(model, slug)
        result: ModelEndpointsResponse = self._client._request(
            OPERATIONS["models.endpoints"], call_options(timeout, None, None), author, name
        )
        return result


class AsyncModels(Resource):
    """``client.models`` on the async client."""

    _client: AsyncOpenRouter

    async def list(
        self, *, timeout: TimeoutLike | None = None, **filters: Any
    ) -> ModelsListResponse:
        """List models; see :meth:`Models.list`."""
        op = OPERATIONS["models.list"]
        check_params(op, filters, where="list")
        result: ModelsListResponse = await self._client._request(
            op, call_options(timeout, None, None), **filters
        )
        return result

    async def pricing(self, model: str) -> ModelPrice:
        """Return a model's prices in USD per unit; see :meth:`Models.pricing`."""
        return await self._client._price(model)

    async def count(
        self, *, output_modalities: str | None = None, timeout: TimeoutLike | None = None
    ) -> ModelsCountResponse:
        """Count models (``GET /models/count``)."""
        result: ModelsCountResponse = await self._client._request(
            OPERATIONS["models.count"],
            call_options(timeout, None, None),
            output_modalities=output_modalities,
        )
        return result

    async def list_user(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimeoutLike | None = None,
    ) -> ModelsListResponse:
        """List the models the caller can route to (``GET /models/user``)."""
        result: ModelsListResponse = await self._client._request(
            OPERATIONS["models.list_user"],
            call_options(timeout, None, None),
            offset=offset,
            limit=limit,
        )
        return result

    async def endpoints(
        self, model: str, slug: str | None = None, *, timeout: TimeoutLike | None = None
    ) -> ModelEndpointsResponse:
        """List a model's provider endpoints; see :meth:`Models.endpoints`."""
        author, name = _split_model(model, slug)
        result: ModelEndpointsResponse = await self._client._request(
            OPERATIONS["models.endpoints"], call_options(timeout, None, None), author, name
        )
        return result


class Providers(Resource):
    """``client.providers``."""

    _client: OpenRouter

    def list(self, *, timeout: TimeoutLike | None = None) -> ProvidersResponse:
        """List providers (``GET /providers``)."""
        result: ProvidersResponse = self._client._request(
            OPERATIONS["providers.list"], call_options(timeout, None, None)
        )
        return result


class AsyncProviders(Resource):
    """``client.providers`` on the async client."""

    _client: AsyncOpenRouter

    async def list(self, *, timeout: TimeoutLike | None = None) -> ProvidersResponse:
        """List providers (``GET /providers``)."""
        result: ProvidersResponse = await self._client._request(
            OPERATIONS["providers.list"], call_options(timeout, None, None)
        )
        return result
