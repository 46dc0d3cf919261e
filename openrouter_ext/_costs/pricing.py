"""Price models from ``GET /models`` and bound a request's cost before it is sent: pure.

Prices are USD per unit as ``Decimal`` (the API sends decimal strings). The estimate is a
worst case, meant for budgets: it may be far above the billed cost, never below it for
text (see :func:`estimate_prompt_tokens` for what is only an allowance). A price that is not
usable (null, unparseable, negative such as OpenRouter's ``"-1"`` for variable pricing, or
above 10^12 USD) is unknown, never 0: such a model cannot be bounded
(:class:`UnknownPriceError`). Only ``"0"`` (free models) prices at 0.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Final, cast

import attrs

from openrouter_ext._costs.usage import MAX_AMOUNT, valid_amount

__all__ = [
    "IMAGE_TOKEN_ALLOWANCE", "MESSAGE_OVERHEAD_TOKENS", "ModelPrice", "PriceCache",
    "UnknownPriceError", "estimate_prompt_tokens", "prices_from_models", "worst_case_cost",
]  # fmt: skip

#: Tokens counted for each message on top of its text: role markers and template tokens.
MESSAGE_OVERHEAD_TOKENS: Final = 8
#: Tokens counted for each image part. Not a bound: tokenizers price images differently
#: (OpenAI GPT-4o at most ~1,100 per high-detail image, GPT-4.1-mini patches ~2,500,
#: Anthropic ~1,600, Gemini 258); this covers the common ones with margin.
IMAGE_TOKEN_ALLOWANCE: Final = 4096
#: Keys of the ``overrides[]`` entries folded into the base prices (the highest wins).
_OVERRIDABLE: Final = ("prompt", "completion", "input_cache_read")
_PRICE_KEYS: Final = (
    "prompt", "completion", "request", "image", "web_search", "internal_reasoning",
    "input_cache_read",
)  # fmt: skip
#: Keys every ``pricing`` object has (the API schema requires them): missing means unknown.
_REQUIRED: Final = frozenset({"prompt", "completion"})
_ZERO: Final = Decimal(0)
_MISSING: Final = object()


class UnknownPriceError(ValueError):
    """No usable price is known for a model, so its cost cannot be bounded or budgeted.

    Raised for a model that ``GET /models`` does not list, and for one whose price is
    unknown there: variable (``"-1"``, routers such as ``openrouter/auto``), null,
    unparseable, negative or absurd. A ``ValueError``, as before it had its own class.
    """


@attrs.frozen
class ModelPrice:
    """Hold a model's prices in USD per unit and its token limits.

    ``prompt``, ``completion``, ``internal_reasoning`` and ``input_cache_read`` are per
    token; ``request`` per request; ``image`` per input image; ``web_search`` per search.
    ``variable`` is True when the API gives no usable price: ``"-1"`` (variable pricing, for
    routers such as ``openrouter/auto``), or a price that is null, does not parse, is
    negative or above 10^12 USD, or a missing ``prompt``/``completion``. Such a model cannot
    be bounded (:class:`UnknownPriceError`); its unusable prices read as 0 here.
    """

    prompt: Decimal = _ZERO
    completion: Decimal = _ZERO
    request: Decimal = _ZERO
    image: Decimal = _ZERO
    web_search: Decimal = _ZERO
    internal_reasoning: Decimal = _ZERO
    input_cache_read: Decimal = _ZERO
    max_completion_tokens: int | None = None
    context_length: int | None = None
    variable: bool = False


def _price(value: object, *, required: bool = False) -> Decimal | None:
    """Return a price string as Decimal: 0 when an optional one is missing, None when unknown.

    Unknown: a required price missing, a null, a value that does not parse, or one that is
    negative (``"-1"`` marks variable pricing), not finite or above ``MAX_AMOUNT``.
    """
    if value is _MISSING:
        return None if required else _ZERO
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None  # null included: the API never sends one for a known price
    if isinstance(value, int) and not 0 <= value <= MAX_AMOUNT:
        return None  # before str(): a huge int is never converted
    try:
        price = Decimal(str(value))
    except InvalidOperation:
        return None
    return price if valid_amount(price) else None


def _positive_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None


def _object(value: object) -> Mapping[str, Any]:
    """Return ``value`` if it is a JSON object, else an empty one."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else {}


def _array(value: object) -> Sequence[object]:
    """Return ``value`` if it is a JSON array, else an empty one."""
    return cast("list[object]", value) if isinstance(value, list) else ()


def _model_price(model: Mapping[str, Any]) -> ModelPrice:
    pricing = _object(model.get("pricing"))
    parsed = {
        key: _price(pricing.get(key, _MISSING), required=key in _REQUIRED) for key in _PRICE_KEYS
    }
    prices = {key: value or _ZERO for key, value in parsed.items()}
    variable = None in parsed.values()
    for item in _array(pricing.get("overrides")):
        override = _object(item)  # an override that is not an object changes nothing
        for key in _OVERRIDABLE:
            raw = override.get(key, _MISSING)
            if raw is _MISSING:
                continue  # inherits the base price
            value = _price(raw)
            if value is None:
                variable = True  # an unusable tier price: the bound is unknown
            else:
                prices[key] = max(prices[key], value)
    top = _object(model.get("top_provider"))
    context = _positive_int(model.get("context_length")) or _positive_int(top.get("context_length"))
    return ModelPrice(
        **prices,
        max_completion_tokens=_positive_int(top.get("max_completion_tokens")),
        context_length=context,
        variable=variable,
    )


def prices_from_models(data: Mapping[str, Any]) -> dict[str, ModelPrice]:
    """Return the price of each model in a ``GET /models`` body, keyed by model id.

    Decimal strings become ``Decimal``; a missing optional price (``image``, ``request``...)
    is 0, ``"0"`` is 0 (free models). A price that is null, does not parse, is negative
    (``"-1"``: variable pricing) or absurd, or a missing ``prompt``/``completion``, makes
    the model's price unknown (``variable=True``), never 0. Conditional prices
    (``pricing.overrides``, e.g. long-context tiers) are folded in by taking the highest
    price per key, which keeps the estimate an upper bound (an unusable one makes the price
    unknown too); ``discount`` is ignored for the same reason.

    Args:
        data: The response body, ``{"data": [model, ...], ...}``.

    Returns:
        The prices by model id; entries without an id are skipped.

    """
    out: dict[str, ModelPrice] = {}
    for item in _array(data.get("data")):
        model = _object(item)
        model_id = model.get("id")
        if isinstance(model_id, str):
            out[model_id] = _model_price(model)
    return out


UNKNOWN_REFRESH: Final = 60.0
"""Seconds after a load during which a model missing from it is unknown, without refetching."""


class PriceCache:
    """Cache model prices for ``ttl`` seconds; thread-safe.

    Typical use: ``if cache.expired(): cache.put_all(prices_from_models(body))`` and then
    ``cache.get(model)``. Embedding models are listed only with
    ``GET /models?output_modalities=all``.

    Args:
        ttl: Seconds the prices stay valid (> 0).
        clock: Returns monotonic seconds; injectable for tests.

    Raises:
        ValueError: ``ttl`` is not positive.

    """

    def __init__(self, ttl: float = 3600.0, *, clock: Callable[[], float] = time.monotonic):
        if not ttl > 0:
            raise ValueError(f"ttl must be positive seconds, got {ttl!r}")
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._prices: dict[str, ModelPrice] = {}
        self._loaded_at: float | None = None
        #: Held by the one caller fetching ``GET /models`` (sync clients); the others wait
        #: for it and read what it loaded instead of each fetching the list.
        self._fetch_lock = threading.Lock()
        self._afetch_lock: Any = None

    def fetch_lock(self) -> threading.Lock:
        """Return the lock sync clients fetch ``GET /models`` under."""
        return self._fetch_lock

    def afetch_lock(self) -> Any:
        """Return the ``asyncio.Lock`` async clients fetch under (created on first use)."""
        if self._afetch_lock is None:
            import asyncio

            self._afetch_lock = asyncio.Lock()
        return self._afetch_lock

    def needs_fetch(self) -> bool:
        """Tell whether a model missing from the cache is worth a new ``GET /models``.

        True when the prices were never loaded, expired, or are older than
        ``UNKNOWN_REFRESH`` seconds: a model released since is found soon, while a typo in a
        batch of 100,000 calls does not fetch the list 100,000 times.
        """
        with self._lock:
            if self._loaded_at is None:
                return True
            return self._clock() - self._loaded_at >= min(self._ttl, UNKNOWN_REFRESH)

    def expired(self) -> bool:
        """Return True when the prices were never loaded or are older than ``ttl``."""
        with self._lock:
            return self._expired()

    def _expired(self) -> bool:
        return self._loaded_at is None or self._clock() - self._loaded_at >= self._ttl

    def put_all(self, prices: Mapping[str, ModelPrice]) -> None:
        """Replace every cached price and restart the TTL.

        Args:
            prices: The prices by model id (see :func:`prices_from_models`).

        """
        with self._lock:
            self._prices = dict(prices)
            self._loaded_at = self._clock()

    def get(self, model: str) -> ModelPrice | None:
        """Return a model's price, or None when unknown or expired.

        A variant without its own entry (``openai/gpt-4o:nitro``) gets its base model's
        price; listed variants (``...:free``) keep their own.

        Args:
            model: The model id as sent in requests.

        Returns:
            The price, or None (refresh when ``expired()``, else the model is unknown).

        """
        with self._lock:
            if self._expired():
                return None
            price = self._prices.get(model)
            if price is None and ":" in model:
                price = self._prices.get(model.rsplit(":", 1)[0])
            return price

    def clear(self) -> None:
        """Drop every cached price."""
        with self._lock:
            self._prices = {}
            self._loaded_at = None


def _text_bytes(value: object, image_tokens: int) -> int:
    """Count UTF-8 bytes of the strings in a message, images at ``image_tokens`` each."""
    if isinstance(value, str):
        return len(value.encode("utf-8"))
    if isinstance(value, Mapping):
        fields = cast("Mapping[str, Any]", value)
        if fields.get("type") == "image_url":
            return image_tokens
        return sum(_text_bytes(v, image_tokens) for v in fields.values())
    if isinstance(value, (list, tuple)):
        return sum(_text_bytes(v, image_tokens) for v in cast("Sequence[object]", value))
    return 0


def estimate_prompt_tokens(
    messages: Sequence[Mapping[str, Any]],
    *,
    extra: Iterable[object] = (),
    image_tokens: int = IMAGE_TOKEN_ALLOWANCE,
) -> int:
    """Return an upper bound of a request's prompt tokens.

    Counts the UTF-8 bytes of every string in the messages (content strings, text parts,
    names, tool calls), ``MESSAGE_OVERHEAD_TOKENS`` per message, and ``image_tokens`` per
    ``image_url`` part. Bytes bound tokens from above for the BPE tokenizers in use:
    byte-level BPE (tiktoken, Llama 3, Qwen...) starts from one token per byte and each
    merge only joins tokens, and SentencePiece emits at most one token per character or,
    with byte fallback, per byte; so no token covers less than one byte. Images, audio and
    file parts are not text: images use the allowance, other media count their (base64)
    bytes, a generous heuristic rather than a bound.

    Args:
        messages: The chat messages as sent.
        extra: Other prompt inputs (``tools``, ``response_format``...), counted as JSON.
        image_tokens: Tokens counted per image part.

    Returns:
        The token bound.

    """
    total = sum(MESSAGE_OVERHEAD_TOKENS + _text_bytes(m, image_tokens) for m in messages)
    for item in extra:
        if item is not None:
            text = json.dumps(item, ensure_ascii=False, default=str)
            total += len(text.encode("utf-8"))
    return total


def worst_case_cost(price: ModelPrice, *, prompt_tokens: int, max_tokens: int | None) -> Decimal:
    """Return the most a request can cost: ``prompt*p + output*c + request``.

    The output price is the higher of ``completion`` and ``internal_reasoning`` (reasoning
    tokens bill as output and count against ``max_tokens``). Without ``max_tokens`` the
    output is bounded by the model's ``max_completion_tokens``, else by
    ``context_length - prompt_tokens``. Web searches and per-image prices are not included.

    Args:
        price: The model's price.
        prompt_tokens: The prompt token bound (see :func:`estimate_prompt_tokens`).
        max_tokens: The request's ``max_tokens``, or None when not set.

    Returns:
        The worst-case cost in USD.

    Raises:
        UnknownPriceError: The model's price is unknown (variable pricing such as ``"-1"``,
            or a null or unparseable price); a ``ValueError``.
        ValueError: A count is negative, or ``max_tokens`` is None and the model publishes
            no limit (pass ``max_tokens``).

    """
    if price.variable:
        raise UnknownPriceError(
            "the model's price is unknown (variable pricing, or a null, unparseable or "
            "negative price in GET /models); its cost cannot be bounded"
        )
    if prompt_tokens < 0 or (max_tokens is not None and max_tokens < 0):
        raise ValueError("token counts must be >= 0")
    output = max_tokens
    if output is None:
        if price.max_completion_tokens is not None:
            output = price.max_completion_tokens
        elif price.context_length is not None:
            output = max(0, price.context_length - prompt_tokens)
        else:
            raise ValueError("the model publishes no output limit; pass max_tokens")
    per_output = max(price.completion, price.internal_reasoning)
    return prompt_tokens * price.prompt + output * per_output + price.request
