"""openrouter_ext: a fast, typed, correct Python client for the OpenRouter API.

>>> from openrouter_ext import OpenRouter
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openrouter_ext._config import ClientOptions
from openrouter_ext._core._sync.client import OpenRouter
from openrouter_ext._costs.budget import Budget, Reservation
from openrouter_ext._costs.ledger import Ledger, LedgerError, LedgerWriteWarning
from openrouter_ext._costs.observe import CallInfo, configure_logging_from_env
from openrouter_ext._costs.pricing import ModelPrice, UnknownPriceError
from openrouter_ext._costs.tracker import CostTracker, UsageRecord, UsageTotals
from openrouter_ext._costs.usage import InvalidAmountError, InvalidCostWarning
from openrouter_ext._errors.jobs import VideoJobError, VideoJobFailedError, VideoJobTimeoutError
from openrouter_ext._errors.tree import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    IncompleteStreamError,
    InsufficientCreditsError,
    ManagementKeyRequiredError,
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
from openrouter_ext._errors.tree import OpenRouterError as APIError
from openrouter_ext._errors.tree import ServerError as InternalServerError
from openrouter_ext._lowlevel import UnknownStreamEvent
from openrouter_ext._retry.policy import RetryBudget, RetryPolicy
from openrouter_ext._streaming._async.binary import AsyncBinaryResponse
from openrouter_ext._streaming._async.media import AsyncImageStream, AsyncRerankStream
from openrouter_ext._streaming._async.stream import (
    AsyncChatStream,
    AsyncMessagesStream,
    AsyncResponsesStream,
)
from openrouter_ext._streaming._sync.binary import BinaryResponse
from openrouter_ext._streaming._sync.media import ImageStream, RerankStream
from openrouter_ext._streaming._sync.stream import ChatStream, MessagesStream, ResponsesStream
from openrouter_ext._structured.errors import LengthFinishReasonError, StructuredOutputError
from openrouter_ext._version import __version__
from openrouter_ext.resources._raw import APIResponse
from openrouter_ext.resources._sync._pages import SyncPage

if TYPE_CHECKING:
    from openrouter_ext._core._async.client import AsyncOpenRouter
    from openrouter_ext._structured.parse import parse_completion
    from openrouter_ext._structured.parsed import (
        ParsedChatMessage,
        ParsedChatResult,
        ParsedChoice,
        ParsedFunction,
        ParsedToolCall,
    )
    from openrouter_ext._structured.schema import pydantic_function_tool, to_response_format
    from openrouter_ext.resources._async._pages import AsyncPage

__all__ = [
    "APIConnectionError", "APIError", "APIResponse", "APIStatusError", "APITimeoutError",
    "AsyncBinaryResponse", "AsyncChatStream", "AsyncImageStream", "AsyncMessagesStream",
    "AsyncPage", "AsyncRerankStream", "AsyncResponsesStream", "BinaryResponse", "ImageStream",
    "MessagesStream", "RerankStream", "ResponsesStream", "UnknownStreamEvent",
    "VideoJobError", "VideoJobFailedError", "VideoJobTimeoutError",
    "AsyncOpenRouter", "AuthenticationError", "BadRequestError", "Budget", "BudgetExceededError",
    "CallInfo", "ChatStream", "ClientOptions", "ConflictError", "CostTracker",
    "IncompleteStreamError", "InsufficientCreditsError", "InternalServerError",
    "InvalidAmountError", "InvalidCostWarning", "Ledger", "LedgerError", "LedgerWriteWarning",
    "LengthFinishReasonError", "ManagementKeyRequiredError", "ModelPrice", "NotFoundError",
    "OpenRouter", "OpenRouterError",
    "ParsedChatMessage", "ParsedChatResult", "ParsedChoice", "ParsedFunction", "ParsedToolCall",
    "PayloadTooLargeError", "PermissionDeniedError", "RateLimitError", "RequestTimeoutError",
    "Reservation", "ResponseTooLargeError", "ResponseValidationError", "RetryBudget",
    "RetryPolicy", "ServerError", "StreamError", "StructuredOutputError", "SyncPage",
    "UnknownPriceError",
    "UnprocessableEntityError", "UsageRecord", "UsageTotals", "__version__", "parse_completion",
    "pydantic_function_tool", "to_response_format",
]  # fmt: skip

# Structured outputs load on first use (the parsed types load the generated chat models).
_LAZY: dict[str, str] = {
    "ParsedChatMessage": "parsed", "ParsedChatResult": "parsed", "ParsedChoice": "parsed",
    "ParsedFunction": "parsed", "ParsedToolCall": "parsed", "parse_completion": "parse",
    "pydantic_function_tool": "schema", "to_response_format": "schema",
}  # fmt: skip


if not TYPE_CHECKING:  # type checkers see the exact names above, not "anything goes"

    def __getattr__(name: str) -> Any:
        # PEP 562: the async client module loads on first use; a sync-only program skips it.
        if name == "AsyncOpenRouter":
            from openrouter_ext._core._async.client import AsyncOpenRouter

            globals()[name] = AsyncOpenRouter
            return AsyncOpenRouter
        if name == "AsyncPage":  # with the async client, not before
            from openrouter_ext.resources._async._pages import AsyncPage

            globals()[name] = AsyncPage
            return AsyncPage
        if name in _LAZY:
            import importlib

            module = importlib.import_module(f"openrouter_ext._structured.{_LAZY[name]}")
            value = globals()[name] = getattr(module, name)
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


configure_logging_from_env()
