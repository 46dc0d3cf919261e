"""Public names of the generated wire models used in this package's signatures.

They are attrs classes produced by openapi-python-client from ``openapi.yaml``; unknown
response fields are kept in each model's ``additional_properties``.
"""

from __future__ import annotations

from openrouter_ext._lowlevel.seam import (
    UNSET,
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
    Unset,
    UpdateKeyRequest,
)

__all__ = [
    "UNSET", "ApiKey", "AuthKeysRequest", "AuthKeysResponse", "ChatAssistantMessage",
    "ChatChoice", "ChatRequest", "ChatResponseMessage", "ChatResult", "ChatStreamChoice",
    "ChatStreamChunk",
    "ChatStreamDelta", "ChatStreamToolCall", "ChatToolCall", "ChatUsage", "CostDetails",
    "CreateKeyRequest", "CreateKeyResponse", "CreditsResponse", "CurrentKey",
    "CurrentKeyResponse", "DeleteKeyResponse", "Embedding", "EmbeddingsRequest",
    "EmbeddingsResponse", "Generation", "GenerationResponse", "KeyResponse", "KeysListResponse",
    "Model", "ModelEndpointsResponse", "ModelsCountResponse", "ModelsListResponse", "Pricing",
    "ProviderPreferences", "ProvidersResponse", "ReasoningDetail", "Unset", "UpdateKeyRequest",
]  # fmt: skip
