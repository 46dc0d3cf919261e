"""openrouter_ext: a fast, typed, correct Python client for the OpenRouter API.

>>> from openrouter_ext import OpenRouter
"""

from __future__ import annotations

from ._async_client import AsyncOpenRouter
from ._client import OpenRouter
from ._config import ClientOptions
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    IncompleteStreamError,
    InsufficientCreditsError,
    NotFoundError,
    OpenRouterError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseValidationError,
    ServerError,
    StreamError,
    UnprocessableEntityError,
)
from ._retry import RetryBudget, RetryPolicy
from ._streaming import AsyncChatStream, ChatStream
from ._version import __version__

__all__ = [
    "APIConnectionError", "APIStatusError", "APITimeoutError", "AsyncChatStream",
    "AsyncOpenRouter", "AuthenticationError", "BadRequestError", "BudgetExceededError",
    "ChatStream", "ClientOptions", "ConflictError", "IncompleteStreamError",
    "InsufficientCreditsError", "NotFoundError", "OpenRouter", "OpenRouterError",
    "PayloadTooLargeError", "PermissionDeniedError", "RateLimitError", "RequestTimeoutError",
    "ResponseValidationError", "RetryBudget", "RetryPolicy", "ServerError", "StreamError",
    "UnprocessableEntityError", "__version__",
]  # fmt: skip
