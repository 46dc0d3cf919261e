"""The generated models this package names, loaded on first use.

``__all__`` is the one list of them: ``openrouter_ext.types`` re-exports it, ``model()`` and
the seam's lazy attributes accept only these names, and type checkers see the classes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openrouter_api.models import *  # noqa: F403  (the names below, for type checkers)
    from openrouter_api.types import UNSET, Unset

__all__ = [
    "ApiKey",
    "AuthKeysRequest",
    "AuthKeysResponse",
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
    "Pricing",
    "ProviderPreferences",
    "ProvidersResponse",
    "ReasoningDetail",
    "UpdateKeyRequest",
    "UNSET",
    "Unset",
]

#: The names of the models in ``__all__`` (without ``UNSET``/``Unset``).
MODEL_NAMES: tuple[str, ...] = tuple(n for n in __all__ if n not in ("UNSET", "Unset"))
_KNOWN = frozenset(MODEL_NAMES)
_MODEL_CACHE: dict[str, type[Any]] = {}


def model(name: str) -> type[Any]:
    """Return a generated model class by name (importing its module on first use)."""
    cls = _MODEL_CACHE.get(name)
    if cls is None:
        if name not in _KNOWN:
            raise AttributeError(f"no generated model named {name!r} is used here")
        cls = _MODEL_CACHE[name] = getattr(importlib.import_module("openrouter_api.models"), name)
    return cls


def __getattr__(name: str) -> Any:
    if name in _KNOWN:
        return model(name)
    if name in ("UNSET", "Unset"):
        from openrouter_api import types

        return getattr(types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
