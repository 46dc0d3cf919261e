"""Resource namespaces in the ``openai`` SDK's shape: keywords with wire names in, models out.

Each method is a thin shell: it builds the JSON body with the pure helpers below and hands
it to the client's ``_request``. Chat lives in ``_chat.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openrouter_ext._config import TimeoutLike, validate_option
from openrouter_ext._costs.pricing import ModelPrice
from openrouter_ext._lowlevel.seam import OPERATIONS, check_fields, check_params, model

if TYPE_CHECKING:
    from openrouter_ext._core._async.client import AsyncOpenRouter
    from openrouter_ext._core._sync.client import OpenRouter
    from openrouter_ext._lowlevel.seam import (
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
    """Per-call knobs (keyword-only on every method), checked by :func:`call_options`.

    ``None`` means the client's own option.
    """

    timeout: TimeoutLike | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    stream_idle_timeout: float | None = None
    deadline: float | None = None
    tags: tuple[str, ...] = ()
    max_response_bytes: int | None = None


_NO_CALL_OPTIONS = CallOptions()


def call_options(
    timeout: TimeoutLike | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    stream_idle_timeout: float | None = None,
    tags: Sequence[str] | None = None,
    *,
    deadline: float | None = None,
    max_response_bytes: int | None = None,
) -> CallOptions:
    """Check and bundle per-call knobs (shared instance when none is set).

    Each value is checked by :func:`validate_option`, as the client's own options are,
    so a bad one fails here, before the call sends anything.

    Raises:
        TypeError: a knob of the wrong type (e.g. ``tags`` given as one string).
        ValueError: a knob out of range (e.g. ``max_retries=-1``, ``deadline=nan``).

    """
    if (
        timeout is None
        and max_retries is None
        and extra_headers is None
        and stream_idle_timeout is None
        and tags is None
        and deadline is None
        and max_response_bytes is None
    ):
        return _NO_CALL_OPTIONS
    return CallOptions(
        timeout=None if timeout is None else validate_option("timeout", timeout),
        max_retries=None if max_retries is None else validate_option("max_retries", max_retries),
        extra_headers=(
            None if extra_headers is None else validate_option("extra_headers", extra_headers)
        ),
        stream_idle_timeout=(
            None
            if stream_idle_timeout is None
            else validate_option("stream_idle_timeout", stream_idle_timeout)
        ),
        deadline=None if deadline is None else validate_option("deadline", deadline),
        tags=() if tags is None else validate_option("tags", tags),
        max_response_bytes=(
            None
            if max_response_bytes is None
            else validate_option("max_response_bytes", max_response_bytes)
        ),
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
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        tags: Sequence[str] | None = None,
        **fields: Any,
    ) -> EmbeddingsResponse:
        """Create embeddings (``POST /embeddings``).

        Args:
            model: the embedding model's slug.
            input: a text, a list of texts, or tokens.
            request: a ready ``EmbeddingsRequest``; keywords given too override its fields.
            extra_body: raw fields the spec does not know yet, merged last.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.
            tags: labels for this call in ``client.costs.by_tag()``.
            **fields: any other request field by its wire name.

        Returns:
            The ``EmbeddingsResponse``.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), or a
                per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        body = build_body(
            "EmbeddingsRequest",
            where="create",
            request=request,
            fields={"model": model, "input": input, **fields},
            extra_body=extra_body,
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            tags=tags,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: EmbeddingsResponse = self._client._request(
            OPERATIONS["embeddings"], call, body=body
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
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        tags: Sequence[str] | None = None,
        **fields: Any,
    ) -> EmbeddingsResponse:
        """Create embeddings; arguments and errors are those of :meth:`Embeddings.create`."""
        body = build_body(
            "EmbeddingsRequest",
            where="create",
            request=request,
            fields={"model": model, "input": input, **fields},
            extra_body=extra_body,
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            tags=tags,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: EmbeddingsResponse = await self._client._request(
            OPERATIONS["embeddings"], call, body=body
        )
        return result


class Models(Resource):
    """``client.models``: list, count, list_user, endpoints."""

    _client: OpenRouter

    def list(
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
        result: ModelsListResponse = self._client._request(op, call, **filters)
        return result

    def pricing(self, model: str) -> ModelPrice:
        """Return a model's prices in USD per unit (from ``GET /models``, cached for an hour).

        Raises:
            ValueError: the model is not listed.

        """
        return self._client._price(model)

    def count(
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
        result: ModelsCountResponse = self._client._request(
            OPERATIONS["models.count"], call, output_modalities=output_modalities
        )
        return result

    def list_user(
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
        result: ModelsListResponse = self._client._request(
            OPERATIONS["models.list_user"], call, offset=offset, limit=limit
        )
        return result

    def endpoints(
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
        result: ModelEndpointsResponse = self._client._request(
            OPERATIONS["models.endpoints"], call, author, name
        )
        return result


class AsyncModels(Resource):
    """``client.models`` on the async client."""

    _client: AsyncOpenRouter

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
        """List models; arguments and errors are those of :meth:`Models.list`."""
        op = OPERATIONS["models.list"]
        check_params(op, filters, where="list")
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: ModelsListResponse = await self._client._request(op, call, **filters)
        return result

    async def pricing(self, model: str) -> ModelPrice:
        """Return a model's prices in USD per unit; see :meth:`Models.pricing`."""
        return await self._client._price(model)

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
        """Count models; arguments and errors are those of :meth:`Models.count`."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: ModelsCountResponse = await self._client._request(
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
        """List the models the caller can route to; see :meth:`Models.list_user`."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: ModelsListResponse = await self._client._request(
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
        """List a model's provider endpoints; see :meth:`Models.endpoints`."""
        author, name = _split_model(model, slug)
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: ModelEndpointsResponse = await self._client._request(
            OPERATIONS["models.endpoints"], call, author, name
        )
        return result


class Providers(Resource):
    """``client.providers``."""

    _client: OpenRouter

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
        result: ProvidersResponse = self._client._request(OPERATIONS["providers.list"], call)
        return result


class AsyncProviders(Resource):
    """``client.providers`` on the async client."""

    _client: AsyncOpenRouter

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> ProvidersResponse:
        """List providers; arguments and errors are those of :meth:`Providers.list`."""
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: ProvidersResponse = await self._client._request(OPERATIONS["providers.list"], call)
        return result
