"""The seam: the only module that imports the generated ``openrouter_api`` package.

Everything the hand-written layer needs from the generated client is named here:
request building (the generated ``_get_kwargs`` of each operation, a deliberate use of a
private name that ``tests/unit/test_lowlevel.py`` pins), response parsing (the generated
``from_dict``), the request models' field names, and the configured low-level client.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

import attrs
import httpx
from openrouter_api import AuthenticatedClient
from openrouter_api.api.api_keys import (
    create_key,
    delete_key,
    get_current_key,
    get_key,
    list_keys,
    update_key,
)
from openrouter_api.api.chat import create_chat_completion
from openrouter_api.api.credits_ import get_credits
from openrouter_api.api.embeddings import create_embeddings
from openrouter_api.api.generations import get_generation
from openrouter_api.api.models import (
    count_models,
    list_model_endpoints,
    list_models,
    list_models_user,
)
from openrouter_api.api.o_auth import exchange_auth_code
from openrouter_api.api.providers import list_providers
from openrouter_api.models import (
    ApiKey,
    AuthKeysRequest,
    AuthKeysResponse,
    ChatAssistantMessage,
    ChatChoice,
    ChatRequest,
    ChatResponseMessage,
    ChatResult,
    ChatStreamChoice,
    ChatStreamChunk,
    ChatStreamDelta,
    ChatStreamToolCall,
    ChatToolCall,
    ChatUsage,
    CostDetails,
    CreateKeyRequest,
    CreateKeyResponse,
    CreditsResponse,
    CurrentKey,
    CurrentKeyResponse,
    DeleteKeyResponse,
    Embedding,
    EmbeddingsRequest,
    EmbeddingsResponse,
    Generation,
    GenerationResponse,
    KeyResponse,
    KeysListResponse,
    Model,
    ModelEndpointsResponse,
    ModelsCountResponse,
    ModelsListResponse,
    Pricing,
    ProviderPreferences,
    ProvidersResponse,
    ReasoningDetail,
    UpdateKeyRequest,
)
from openrouter_api.types import UNSET, Unset

from ._config import ClientOptions

T = TypeVar("T")

#: Generated models re-exported for ``openrouter_ext.types`` and the hand-written layer.
MODELS = (
    ApiKey,
    AuthKeysRequest,
    AuthKeysResponse,
    ChatAssistantMessage,
    ChatResponseMessage,
    ChatChoice,
    ChatRequest,
    ChatResult,
    ChatStreamChoice,
    ChatStreamChunk,
    ChatStreamDelta,
    ChatStreamToolCall,
    ChatToolCall,
    ChatUsage,
    CostDetails,
    CreateKeyRequest,
    CreateKeyResponse,
    CreditsResponse,
    CurrentKey,
    CurrentKeyResponse,
    DeleteKeyResponse,
    Embedding,
    EmbeddingsRequest,
    EmbeddingsResponse,
    Generation,
    GenerationResponse,
    KeyResponse,
    KeysListResponse,
    Model,
    ModelEndpointsResponse,
    ModelsCountResponse,
    ModelsListResponse,
    Pricing,
    ProviderPreferences,
    ProvidersResponse,
    ReasoningDetail,
    UpdateKeyRequest,
)

__all__ = [
    "MODELS",
    "OPERATIONS",
    "UNSET",
    "ApiKey",
    "AuthKeysRequest",
    "AuthKeysResponse",
    "AuthenticatedClient",
    "ChatAssistantMessage",
    "ChatChoice",
    "ChatRequest",
    "ChatResponseMessage",
    "ChatResult",
    "ChatStreamChoice",
    "ChatStreamChunk",
    "ChatStreamDelta",
    "ChatStreamToolCall",
    "ChatToolCall",
    "ChatUsage",
    "CostDetails",
    "CreateKeyRequest",
    "CreateKeyResponse",
    "CreditsResponse",
    "CurrentKey",
    "CurrentKeyResponse",
    "DeleteKeyResponse",
    "Embedding",
    "EmbeddingsRequest",
    "EmbeddingsResponse",
    "Generation",
    "GenerationResponse",
    "KeyResponse",
    "KeysListResponse",
    "Model",
    "ModelEndpointsResponse",
    "ModelsCountResponse",
    "ModelsListResponse",
    "Operation",
    "Pricing",
    "ProviderPreferences",
    "ProvidersResponse",
    "ReasoningDetail",
    "Unset",
    "UpdateKeyRequest",
    "body_fields",
    "check_fields",
    "check_params",
    "make_lowlevel_client",
    "parse_chat_result",
    "parse_chunk",
    "to_wire",
]


class _Verbatim:
    """A ready JSON body handed to a generated ``_get_kwargs`` that calls ``body.to_dict()``."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One wrapped API operation: how to build its request and parse its 2xx body."""

    name: str
    build: Callable[..., dict[str, Any]]
    parse: Callable[[Mapping[str, Any]], T]
    #: Safe to send again after the server may have seen it (reads, deletes).
    resend_safe: bool
    request_model: type[Any] | None = None

    def request_kwargs(
        self, *args: Any, body: dict[str, Any] | None = None, **params: Any
    ) -> dict[str, Any]:
        """Return method/url/params/json/headers for this operation from the generated code."""
        clean = {k: v for k, v in params.items() if v is not None}
        if body is not None:
            clean["body"] = _Verbatim(body)
        return self.build(*args, **clean)


def _op(
    name: str,
    module: Any,
    parse: Callable[[Mapping[str, Any]], T],
    *,
    resend_safe: bool,
    request_model: type[Any] | None = None,
) -> Operation[T]:
    return Operation(name, module._get_kwargs, parse, resend_safe, request_model)


OPERATIONS: Mapping[str, Operation[Any]] = {
    op.name: op
    for op in (
        _op(
            "chat",
            create_chat_completion,
            ChatResult.from_dict,
            resend_safe=False,
            request_model=ChatRequest,
        ),
        _op(
            "embeddings",
            create_embeddings,
            EmbeddingsResponse.from_dict,
            resend_safe=False,
            request_model=EmbeddingsRequest,
        ),
        _op("models.list", list_models, ModelsListResponse.from_dict, resend_safe=True),
        _op("models.count", count_models, ModelsCountResponse.from_dict, resend_safe=True),
        _op("models.list_user", list_models_user, ModelsListResponse.from_dict, resend_safe=True),
        _op(
            "models.endpoints",
            list_model_endpoints,
            ModelEndpointsResponse.from_dict,
            resend_safe=True,
        ),
        _op("providers.list", list_providers, ProvidersResponse.from_dict, resend_safe=True),
        _op("generations.get", get_generation, GenerationResponse.from_dict, resend_safe=True),
        _op("credits.get", get_credits, CreditsResponse.from_dict, resend_safe=True),
        _op("key.get", get_current_key, CurrentKeyResponse.from_dict, resend_safe=True),
        _op("keys.list", list_keys, KeysListResponse.from_dict, resend_safe=True),
        _op(
            "keys.create",
            create_key,
            CreateKeyResponse.from_dict,
            resend_safe=False,
            request_model=CreateKeyRequest,
        ),
        _op("keys.get", get_key, KeyResponse.from_dict, resend_safe=True),
        _op(
            "keys.update",
            update_key,
            KeyResponse.from_dict,
            resend_safe=False,
            request_model=UpdateKeyRequest,
        ),
        _op("keys.delete", delete_key, DeleteKeyResponse.from_dict, resend_safe=True),
        _op(
            "auth.exchange_code",
            exchange_auth_code,
            AuthKeysResponse.from_dict,
            resend_safe=False,
            request_model=AuthKeysRequest,
        ),
    )
}

parse_chat_result: Callable[[Mapping[str, Any]], ChatResult] = ChatResult.from_dict

# The fields of the chunks that make up almost every stream (a text delta per choice). They
# are plain values, so the generated models are built directly instead of through their
# from_dict; anything else (tool calls, usage, errors, unknown fields...) takes from_dict.
# tests/unit/test_lowlevel.py checks both paths build equal models.
_PLAIN_CHUNK_KEYS: Final = frozenset(
    {"id", "object", "created", "model", "choices", "provider", "system_fingerprint",
     "service_tier"}
)  # fmt: skip
_PLAIN_CHOICE_KEYS: Final = frozenset({"index", "delta", "finish_reason", "native_finish_reason"})
_PLAIN_DELTA_KEYS: Final = frozenset({"role", "content", "reasoning", "refusal"})
_REQUIRED_CHUNK_KEYS: Final = frozenset({"id", "object", "created", "model", "choices"})
_REQUIRED_CHOICE_KEYS: Final = frozenset({"index", "delta", "finish_reason"})


def _plain_choices(choices: Any) -> list[ChatStreamChoice] | None:
    if type(choices) is not list:
        return None
    built = []
    for choice in choices:
        if type(choice) is not dict or not (
            _REQUIRED_CHOICE_KEYS <= choice.keys() <= _PLAIN_CHOICE_KEYS
        ):
            return None
        delta = choice["delta"]
        if type(delta) is not dict or not delta.keys() <= _PLAIN_DELTA_KEYS:
            return None
        built.append(
            ChatStreamChoice(
                index=choice["index"],
                delta=ChatStreamDelta(**delta),
                finish_reason=choice["finish_reason"],
                native_finish_reason=choice.get("native_finish_reason", UNSET),
            )
        )
    return built


def parse_chunk(data: Mapping[str, Any]) -> ChatStreamChunk:
    """Build the generated ``ChatStreamChunk`` of one stream event (the hot path).

    Equal to ``ChatStreamChunk.from_dict(data)`` for every input: plain text chunks are
    built directly, everything else goes through the generated ``from_dict``.
    """
    if type(data) is dict and _REQUIRED_CHUNK_KEYS <= data.keys() <= _PLAIN_CHUNK_KEYS:
        choices = _plain_choices(data["choices"])
        if choices is not None:
            return ChatStreamChunk(
                id=data["id"],
                object_=data["object"],
                created=data["created"],
                model=data["model"],
                choices=choices,
                provider=data.get("provider", UNSET),
                system_fingerprint=data.get("system_fingerprint", UNSET),
                service_tier=data.get("service_tier", UNSET),
            )
    return ChatStreamChunk.from_dict(data)


def body_fields(model: type[Any]) -> frozenset[str]:
    """Return the wire names of a generated request model's fields."""
    names = (f.name.rstrip("_") for f in attrs.fields(model))
    return frozenset(n for n in names if n != "additional_properties")


_FIELDS_CACHE: dict[type[Any], frozenset[str]] = {}


def check_fields(model: type[Any], given: Mapping[str, Any], *, where: str) -> None:
    """Raise TypeError for a keyword the spec does not know, naming the closest valid one.

    Raises:
        TypeError: ``create() got an unexpected keyword argument 'temprature'
            (did you mean 'temperature'?)``; pass unknown wire fields with ``extra_body=``.

    """
    known = _FIELDS_CACHE.get(model)
    if known is None:
        known = _FIELDS_CACHE[model] = body_fields(model)
    for name in given:
        if name not in known:
            raise TypeError(
                f"{where}() got an unexpected keyword argument {name!r}{_suggest(name, known)}; "
                "fields the spec does not know yet go in extra_body={...}"
            )


def _suggest(name: str, known: frozenset[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_params(op: Operation[Any], given: Mapping[str, Any], *, where: str) -> None:
    """Raise TypeError for a query parameter the operation does not take.

    Raises:
        TypeError: naming the closest valid parameter.

    """
    known = frozenset(inspect.signature(op.build).parameters)
    for name in given:
        if name not in known:
            raise TypeError(
                f"{where}() got an unexpected keyword argument {name!r}{_suggest(name, known)}"
            )


def to_wire(value: Any) -> Any:
    """Turn generated models (anywhere in lists/dicts) into plain JSON-ready values."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: to_wire(v) for k, v in value.items()}
    return value


def make_lowlevel_client(
    options: ClientOptions,
    *,
    http: httpx.Client | None = None,
    async_http: httpx.AsyncClient | None = None,
) -> AuthenticatedClient:
    """Build the generated client for ``client.lowlevel``, sharing the given httpx client.

    The shared httpx client already carries the auth and attribution headers, the base URL
    and the timeout, so every generated call goes through the same pool and credentials.
    """
    client = AuthenticatedClient(
        base_url=options.base_url,
        token=options.api_key or "",
        timeout=options.timeout,
        headers=options.headers(with_auth=False),
        raise_on_unexpected_status=True,
    )
    if http is not None:
        client.set_httpx_client(http)
    if async_http is not None:
        client.set_async_httpx_client(async_http)
    return client
