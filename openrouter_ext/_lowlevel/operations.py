"""The operation table: each wrapped operation's generated request builder and response model.

The generated operation module and models are imported the first time an operation is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from openrouter_ext._lowlevel.models import model

__all__ = ["OPERATIONS", "Operation"]

T = TypeVar("T")


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
