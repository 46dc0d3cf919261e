"""openrouter_ext: a fast, typed, correct Python client for the OpenRouter API.

>>> from openrouter_ext import OpenRouter
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._budget import Budget, Reservation
from ._client import OpenRouter
from ._config import ClientOptions
from ._cost import CostTracker, UsageRecord, UsageTotals
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
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    StreamError,
    UnprocessableEntityError,
)
from ._ledger import Ledger, LedgerError, LedgerWriteWarning
from ._observe import CallInfo, configure_logging_from_env
from ._pricing import ModelPrice, UnknownPriceError
from ._retry import RetryBudget, RetryPolicy
from ._streaming import AsyncChatStream, ChatStream
from ._usage import InvalidAmountError, InvalidCostWarning
from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import AsyncOpenRouter

__all__ = [
    "APIConnectionError", "APIStatusError", "APITimeoutError", "AsyncChatStream",
    "AsyncOpenRouter", "AuthenticationError", "BadRequestError", "Budget", "BudgetExceededError",
    "CallInfo", "ChatStream", "ClientOptions", "ConflictError", "CostTracker",
    "IncompleteStreamError", "InsufficientCreditsError", "InvalidAmountError",
    "InvalidCostWarning", "Ledger", "LedgerError", "LedgerWriteWarning", "ModelPrice",
    "NotFoundError", "OpenRouter", "OpenRouterError", "PayloadTooLargeError",
    "PermissionDeniedError", "RateLimitError", "RequestTimeoutError", "Reservation",
    "ResponseTooLargeError", "ResponseValidationError", "RetryBudget", "RetryPolicy",
    "ServerError", "StreamError", "UnknownPriceError", "UnprocessableEntityError",
    "UsageRecord", "UsageTotals", "__version__",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    # PEP 562: the async client module loads on first use, so a sync-only program skips it.
    if name == "AsyncOpenRouter":
        from ._async_client import AsyncOpenRouter

        globals()[name] = AsyncOpenRouter
        return AsyncOpenRouter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


configure_logging_from_env()
