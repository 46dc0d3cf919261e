"""The seam: the only module that imports the generated ``openrouter_api`` package.

Everything the hand-written layer needs from the generated client is named here:
request building (the generated ``_get_kwargs`` of each operation, a deliberate use of a
private name that ``tests/unit/test_lowlevel.py`` pins), response parsing (the generated
``from_dict``), the request models' field names, and the configured low-level client.
"""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

import attrs
import httpx

from openrouter_ext._config import ClientOptions

# Nothing of the generated package is imported with this module: the models of the
# streaming hot path and of every chat result (and ``UNSET``) are bound into this module's
# globals by ``_bind_hot()`` on first use, every other model and the operation modules are
# imported by ``model()`` / ``Operation`` when first needed. ``import openrouter_ext`` and
# constructing a client therefore load none of it (tests/unit/test_perf_guards.py).
_HOT_MODELS: Final = {
    "ChatResult": "chat_result",
    "ChatStreamChoice": "chat_stream_choice",
    "ChatStreamChunk": "chat_stream_chunk",
    "ChatStreamDelta": "chat_stream_delta",
    "ChatUsage": "chat_usage",
}

if TYPE_CHECKING:
    from openrouter_api import AuthenticatedClient
    from openrouter_api.models import (
        ApiKey,
        AuthKeysRequest,
        AuthKeysResponse,
        ChatAssistantMessage,
        ChatChoice,
        ChatRequest,
        ChatResponseMessage,
        ChatStreamToolCall,
        ChatToolCall,
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
    from openrouter_api.models.chat_result import ChatResult
    from openrouter_api.models.chat_stream_choice import ChatStreamChoice
    from openrouter_api.models.chat_stream_chunk import ChatStreamChunk
    from openrouter_api.models.chat_stream_delta import ChatStreamDelta
    from openrouter_api.models.chat_usage import ChatUsage
    from openrouter_api.types import UNSET, Unset

T = TypeVar("T")

#: Generated models re-exported for ``openrouter_ext.types`` and the hand-written layer.
MODEL_NAMES: Final = (
    "ApiKey", "AuthKeysRequest", "AuthKeysResponse", "ChatAssistantMessage", "ChatChoice",
    "ChatRequest", "ChatResponseMessage", "ChatResult", "ChatStreamChoice", "ChatStreamChunk",
    "ChatStreamDelta", "ChatStreamToolCall", "ChatToolCall", "ChatUsage", "CostDetails",
    "CreateKeyRequest", "CreateKeyResponse", "CreditsResponse", "CurrentKey",
    "CurrentKeyResponse", "DeleteKeyResponse", "Embedding", "EmbeddingsRequest",
    "EmbeddingsResponse", "Generation", "GenerationResponse", "KeyResponse", "KeysListResponse",
    "Model", "ModelEndpointsResponse", "ModelsCountResponse", "ModelsListResponse", "Pricing",
    "ProviderPreferences", "ProvidersResponse", "ReasoningDetail", "UpdateKeyRequest",
)  # fmt: skip

__all__ = [
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
    "MODEL_NAMES",
    "Model",
    "ModelEndpointsResponse",
    "ModelsCountResponse",
    "ModelsListResponse",
    "OPERATIONS",
    "Operation",
    "Pricing",
    "ProviderPreferences",
    "ProvidersResponse",
    "ReasoningDetail",
    "UNSET",
    "Unset",
    "UpdateKeyRequest",
    "body_fields",
    "check_fields",
    "check_params",
    "encode_json",
    "make_lowlevel_client",
    "model",
    "parse_chat_result",
    "parse_chunk",
    "to_wire",
]


_MODEL_CACHE: dict[str, type[Any]] = {}


def model(name: str) -> type[Any]:
    """Return a generated model class by name (importing its module on first use)."""
    cls = _MODEL_CACHE.get(name)
    if cls is None:
        if name not in MODEL_NAMES:
            raise AttributeError(f"no generated model named {name!r} is used here")
        cls = _MODEL_CACHE[name] = getattr(importlib.import_module("openrouter_api.models"), name)
    return cls


_hot_bound = False


def _bind_hot() -> bool:
    """Bind the hot-path models, ``UNSET`` and ``Unset`` into this module's globals.

    Returns whether they were unbound when called: ``False`` means a ``NameError`` that
    sent the caller here is a real one, to be raised again.
    """
    global _hot_bound
    if _hot_bound:
        return False
    from openrouter_api import types

    names: dict[str, Any] = {"UNSET": types.UNSET, "Unset": types.Unset}
    for name, module in _HOT_MODELS.items():
        names[name] = getattr(importlib.import_module(f"openrouter_api.models.{module}"), name)
    if not _positional_ok(names["ChatStreamChunk"], names["ChatStreamChoice"]):
        _disable_fast_path()  # before the models are visible to another thread's parse
    globals().update(names)
    _hot_bound = True
    return True


def __getattr__(name: str) -> Any:
    if name in _HOT_MODELS or name in ("UNSET", "Unset"):
        _bind_hot()
        return globals()[name]
    if name == "AuthenticatedClient":
        from openrouter_api import AuthenticatedClient

        return AuthenticatedClient
    if name == "MODELS":
        return tuple(model(n) for n in MODEL_NAMES)
    if name in MODEL_NAMES:
        return model(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Verbatim:
    """A ready JSON body handed to a generated ``_get_kwargs`` that calls ``body.to_dict()``."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


class Operation(Generic[T]):
    """One wrapped API operation: how to build its request and parse its 2xx body.

    The generated operation module and models are imported the first time they are needed.
    """

    __slots__ = ("_build", "_module", "_parse", "_request", "_response", "name", "resend_safe")

    def __init__(self, name: str, module: str, response: str, *, resend_safe: bool,
                 request: str | None = None) -> None:  # fmt: skip
        self.name = name
        #: Safe to send again after the server may have seen it (reads, deletes).
        self.resend_safe = resend_safe
        self._module = module
        self._response = response
        self._request = request
        self._build: Callable[..., dict[str, Any]] | None = None
        self._parse: Callable[[Mapping[str, Any]], T] | None = None

    def __repr__(self) -> str:
        return f"Operation({self.name!r})"

    @property
    def build(self) -> Callable[..., dict[str, Any]]:
        """Return the generated ``_get_kwargs`` of the operation."""
        if self._build is None:
            module = importlib.import_module(f"openrouter_api.api.{self._module}")
            self._build = module._get_kwargs
        return self._build

    @property
    def parse(self) -> Callable[[Mapping[str, Any]], T]:
        """Return the generated ``from_dict`` of the 2xx body's model."""
        if self._parse is None:
            self._parse = model(self._response).from_dict
        return self._parse

    @property
    def request_model(self) -> type[Any] | None:
        """Return the generated model of the request body, if the operation has one."""
        return None if self._request is None else model(self._request)

    def request_kwargs(
        self, *args: Any, body: dict[str, Any] | None = None, **params: Any
    ) -> dict[str, Any]:
        """Return method/url/params/json/headers for this operation from the generated code."""
        clean = {k: v for k, v in params.items() if v is not None}
        if body is not None:
            clean["body"] = _Verbatim(body)
        return self.build(*args, **clean)


_OPERATION_LIST: tuple[Operation[Any], ...] = (
    Operation(
        "chat",
        "chat.create_chat_completion",
        "ChatResult",
        resend_safe=False,
        request="ChatRequest",
    ),
    Operation(
        "embeddings",
        "embeddings.create_embeddings",
        "EmbeddingsResponse",
        resend_safe=False,
        request="EmbeddingsRequest",
    ),
    Operation("models.list", "models.list_models", "ModelsListResponse", resend_safe=True),
    Operation("models.count", "models.count_models", "ModelsCountResponse", resend_safe=True),
    Operation(
        "models.list_user", "models.list_models_user", "ModelsListResponse", resend_safe=True
    ),
    Operation(
        "models.endpoints",
        "models.list_model_endpoints",
        "ModelEndpointsResponse",
        resend_safe=True,
    ),
    Operation("providers.list", "providers.list_providers", "ProvidersResponse", resend_safe=True),
    Operation(
        "generations.get", "generations.get_generation", "GenerationResponse", resend_safe=True
    ),
    Operation("credits.get", "credits_.get_credits", "CreditsResponse", resend_safe=True),
    Operation("key.get", "api_keys.get_current_key", "CurrentKeyResponse", resend_safe=True),
    Operation("keys.list", "api_keys.list_keys", "KeysListResponse", resend_safe=True),
    Operation(
        "keys.create",
        "api_keys.create_key",
        "CreateKeyResponse",
        resend_safe=False,
        request="CreateKeyRequest",
    ),
    Operation("keys.get", "api_keys.get_key", "KeyResponse", resend_safe=True),
    Operation(
        "keys.update",
        "api_keys.update_key",
        "KeyResponse",
        resend_safe=False,
        request="UpdateKeyRequest",
    ),
    Operation("keys.delete", "api_keys.delete_key", "DeleteKeyResponse", resend_safe=True),
    Operation(
        "auth.exchange_code",
        "o_auth.exchange_auth_code",
        "AuthKeysResponse",
        resend_safe=False,
        request="AuthKeysRequest",
    ),
)
OPERATIONS: Mapping[str, Operation[Any]] = {op.name: op for op in _OPERATION_LIST}  # fmt: skip


def parse_chat_result(data: Mapping[str, Any]) -> ChatResult:
    """Build the generated ``ChatResult`` of a chat completion body (``from_dict``)."""
    try:
        return ChatResult.from_dict(data)
    except NameError:
        if _bind_hot():  # the first chat result of the process
            return ChatResult.from_dict(data)
        raise


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
_NO_KEYS: Final[frozenset[str]] = frozenset()


# Which key sets (in their wire order) are plain, per level: a stream's chunks share one or
# two shapes, so one tuple and one dict lookup replace two subset tests per object. Bounded:
# shapes past the limit are tested every time.
_SHAPES_MAX: Final = 256
_CHUNK_SHAPES: dict[tuple[str, ...], bool] = {}
_CHOICE_SHAPES: dict[tuple[str, ...], bool] = {}
_DELTA_SHAPES: dict[tuple[str, ...], bool] = {}


# The fast path passes the models' leading fields positionally (keywords cost ~0.8 µs more
# per chunk); _bind_hot checks the generated signatures still start with these names and
# turns the fast path off otherwise (a regenerated model with reordered fields then only
# costs speed, never builds a wrong object).
_CHUNK_ARGS: Final = ("id", "object_", "created", "model", "choices", "provider", "usage",
                      "error", "system_fingerprint", "service_tier")  # fmt: skip
_CHOICE_ARGS: Final = ("index", "delta", "finish_reason", "native_finish_reason")
_fast_path = True


def _positional_ok(chunk: type[Any], choice: type[Any]) -> bool:
    """Whether the chunk and choice models take ``_CHUNK_ARGS`` / ``_CHOICE_ARGS`` first."""
    return all(
        tuple(inspect.signature(cls).parameters)[: len(args)] == args
        for cls, args in ((chunk, _CHUNK_ARGS), (choice, _CHOICE_ARGS))
    )


def _disable_fast_path() -> None:
    """Send every chunk through the generated ``from_dict`` from now on."""
    global _fast_path
    _fast_path = False
    for cache in (_CHUNK_SHAPES, _CHOICE_SHAPES, _DELTA_SHAPES):
        cache.clear()


def _new_shape(
    cache: dict[tuple[str, ...], bool],
    data: dict[str, Any],
    required: frozenset[str],
    allowed: frozenset[str],
) -> bool:
    plain = _fast_path and required <= data.keys() <= allowed
    if len(cache) < _SHAPES_MAX:
        cache[tuple(data)] = plain
    return plain


def _plain_choices(choices: Any) -> list[ChatStreamChoice] | None:
    if type(choices) is not list:
        return None
    built = []
    for choice in choices:
        if type(choice) is not dict:
            return None
        plain = _CHOICE_SHAPES.get(tuple(choice))
        if plain is None:
            plain = _new_shape(_CHOICE_SHAPES, choice, _REQUIRED_CHOICE_KEYS, _PLAIN_CHOICE_KEYS)
        if not plain:
            return None
        delta = choice["delta"]
        if type(delta) is not dict:
            return None
        plain = _DELTA_SHAPES.get(tuple(delta))
        if plain is None:
            plain = _new_shape(_DELTA_SHAPES, delta, _NO_KEYS, _PLAIN_DELTA_KEYS)
        if not plain:
            return None
        built.append(
            ChatStreamChoice(  # positional: _CHOICE_ARGS
                choice["index"],
                ChatStreamDelta(**delta),
                choice["finish_reason"],
                choice.get("native_finish_reason", UNSET),
            )
        )
    return built


def parse_chunk(data: Mapping[str, Any]) -> ChatStreamChunk:
    """Build the generated ``ChatStreamChunk`` of one stream event (the hot path).

    Equal to ``ChatStreamChunk.from_dict(data)`` for every input: plain text chunks are
    built directly, everything else goes through the generated ``from_dict``.
    """
    try:  # free when nothing is raised (CPython 3.11+); no wrapper call per chunk
        if type(data) is dict:
            plain = _CHUNK_SHAPES.get(tuple(data))
            if plain is None:
                plain = _new_shape(_CHUNK_SHAPES, data, _REQUIRED_CHUNK_KEYS, _PLAIN_CHUNK_KEYS)
        else:
            plain = False
        if plain:
            choices = _plain_choices(data["choices"])
            if choices is not None:
                return ChatStreamChunk(  # positional: _CHUNK_ARGS
                    data["id"],
                    data["object"],
                    data["created"],
                    data["model"],
                    choices,
                    data.get("provider", UNSET),
                    UNSET,  # usage and error are never plain
                    UNSET,
                    data.get("system_fingerprint", UNSET),
                    data.get("service_tier", UNSET),
                )
        return ChatStreamChunk.from_dict(data)
    except NameError:
        if _bind_hot():  # the first chunk of the process: the models are bound now
            return parse_chunk(data)
        raise


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
    import difflib  # only for the error message of a typo

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


def _wire_default(value: Any) -> Any:
    """``json.dumps`` hook: a generated model becomes its ``to_dict()``; anything else fails."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_encode = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_wire_default
).encode


def encode_json(body: Any) -> bytes:
    """Encode a request body as httpx's ``json=`` would, generated models included.

    The models are converted by the encoder's ``default`` hook as it meets them, so a plain
    body (a long chat history, a batch of embedding inputs) is not walked twice.

    Raises:
        TypeError: a value that is neither JSON nor a generated model.
        ValueError: NaN or an infinite float (not valid JSON).

    """
    return _encode(body).encode("utf-8")


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
    from openrouter_api import AuthenticatedClient

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
