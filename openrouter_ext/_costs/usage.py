"""Describe one call's usage and cost as a record, built from wire JSON: no IO but a warning.

Money is ``Decimal`` built from ``str(value)``, never float. ``cost`` is what OpenRouter
charged (``usage.cost``); ``upstream_cost`` is what a BYOK provider charged on the user's own
key (``cost_details.upstream_inference_cost``). The two are kept apart and never added
together; for non-BYOK calls the upstream cost is already inside ``cost`` and is dropped.

A money field that is not a JSON number from 0 to :data:`MAX_AMOUNT` (a string, a boolean,
``NaN``, ``Infinity``, a negative or absurd amount) is recorded as unknown (``None``), logged
at ERROR on the ``openrouter_ext`` logger and reported as an :class:`InvalidCostWarning`: it
never enters totals, budgets or the ledger.
"""

from __future__ import annotations

import json
import logging
import time
import warnings
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, Literal, cast

import attrs

__all__ = [
    "BOOL_FIELDS", "MAX_AMOUNT", "OPERATIONS", "RECORD_FIELDS", "InvalidAmountError",
    "InvalidCostWarning", "Operation", "UsageRecord", "UsageTotals", "reconciled_record",
    "usage_record", "valid_amount",
]  # fmt: skip

#: The kinds of billed calls: their usage objects differ (``prompt_tokens``/``completion_tokens``
#: for chat, embeddings and media, ``input_tokens``/``output_tokens`` for responses and
#: messages).
Operation = Literal[
    "chat", "embeddings", "responses", "messages", "rerank", "images", "speech",
    "transcription", "videos",
]  # fmt: skip
#: Every operation kind a usage record may carry (``CostTracker.by_operation`` keys).
OPERATIONS: Final[tuple[str, ...]] = (
    "chat", "embeddings", "responses", "messages", "rerank", "images", "speech",
    "transcription", "videos",
)  # fmt: skip
_ZERO: Final = Decimal(0)
#: The largest money amount accepted anywhere, in USD (10^12): far above any real call, price
#: or budget, and small enough that no sum of such amounts can overflow ``Decimal``.
MAX_AMOUNT: Final = Decimal(10) ** 12
_MAX_INT: Final = 10**12
_MAX_FLOAT: Final = 1e12
_SHOWN_CHARS: Final = 60  # of a bad value's repr in logs and warnings
logger = logging.getLogger("openrouter_ext")
RECORD_FIELDS: Final[tuple[str, ...]] = (
    "time", "operation", "model", "served_model", "provider", "generation_id", "tags",
    "prompt_tokens", "completion_tokens", "reasoning_tokens", "cached_tokens", "cost",
    "upstream_cost", "is_byok", "incomplete", "streamed", "reconciled",
)  # fmt: skip
_INT_FIELDS: Final = ("prompt_tokens", "completion_tokens", "reasoning_tokens", "cached_tokens")
BOOL_FIELDS: Final = ("is_byok", "incomplete", "streamed", "reconciled")


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class InvalidCostWarning(UserWarning):
    """A response carried a money field that is not a finite amount from 0 to ``MAX_AMOUNT``.

    The field is recorded as unknown (``None``): the call's budget reservation is kept as
    spent and ``CostTracker.reconcile`` can fetch the billed cost from ``GET /generation``.
    The same is logged at ERROR on the ``openrouter_ext`` logger, with the model and the value.
    """


class InvalidAmountError(ValueError):
    """A money amount given to the library is not a finite number from 0 to ``MAX_AMOUNT`` USD.

    Raised by :class:`~openrouter_ext.Budget` and :class:`~openrouter_ext.Reservation` for a
    bad ``max_cost``, ``reserve`` or ``settle`` amount, by ``CostTracker.record`` for a record
    with such a cost, and by ``UsageRecord.from_dict``. A ``ValueError``, as before.
    """


def valid_amount(value: object) -> bool:
    """Tell whether ``value`` is a ``Decimal`` that is finite, >= 0 and <= ``MAX_AMOUNT``.

    Args:
        value: The amount to check.

    Returns:
        True for a usable amount of money.

    """
    return isinstance(value, Decimal) and value.is_finite() and _ZERO <= value <= MAX_AMOUNT


_Bad = list[tuple[str, object]]


def _money(value: object, field: str, bad: _Bad) -> Decimal | None:
    """Return a JSON number as Decimal; None when absent or null, or (noted in ``bad``) invalid.

    Only ``int``, ``float`` and ``Decimal`` from 0 to ``MAX_AMOUNT`` are amounts; booleans,
    strings (even numeric ones), NaN, infinities and negative values are not.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        pass
    elif isinstance(value, float):
        if 0.0 <= value <= _MAX_FLOAT:  # False for NaN
            return Decimal(str(value)).copy_abs()  # copy_abs: -0.0 becomes 0.0
    elif isinstance(value, int):
        if 0 <= value <= _MAX_INT:  # compared before any str(): a huge int is never printed
            return Decimal(value)
    elif isinstance(value, Decimal) and valid_amount(value):
        return value.copy_abs()
    bad.append((field, value))
    return None


def shown_value(value: object) -> str:
    """Return a short repr of a bad value, safe for logs: truncated, no huge int conversion."""
    if isinstance(value, int) and value.bit_length() > 128:
        return f"<int of {value.bit_length()} bits>"
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def _report(bad: _Bad, model: str | None, generation_id: str | None) -> None:
    """Log each invalid money field at ERROR, then warn with an ``InvalidCostWarning``."""
    where = f"for model {shown_value(model)} (generation {shown_value(generation_id)})"
    for field, value in bad:
        shown = shown_value(value)
        logger.error(
            "openrouter_ext got an invalid %s %s %s: not an amount from 0 to 10^12 USD; "
            "recorded as unknown",
            field,
            shown,
            where,
        )
        warnings.warn(
            f"invalid {field} {shown} {where}: recorded as unknown; "
            "CostTracker.reconcile() can fetch the billed cost",
            InvalidCostWarning,
            stacklevel=3,
        )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _sub(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else {}


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise ValueError(f"not a boolean: {value!r}")


def _fmt(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


@attrs.frozen
class UsageTotals:
    """Sum the usage of a set of calls (all counts, money in USD as Decimal).

    ``cost`` is what OpenRouter charged; ``upstream_cost`` is what BYOK providers charged on
    the user's own keys. They are kept apart: the real spend of BYOK calls is their sum.
    Calls whose cost is unknown (``incomplete``, not yet reconciled) add no cost.
    """

    requests: int = 0
    incomplete: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    cached_tokens: int = 0
    cost: Decimal = _ZERO
    upstream_cost: Decimal = _ZERO

    @classmethod
    def of(cls, record: UsageRecord) -> UsageTotals:
        """Return the totals of one record."""
        return cls(
            requests=1,
            incomplete=int(record.incomplete),
            prompt_tokens=record.prompt_tokens,
            completion_tokens=record.completion_tokens,
            reasoning_tokens=record.reasoning_tokens,
            cached_tokens=record.cached_tokens,
            cost=record.cost or _ZERO,
            upstream_cost=record.upstream_cost or _ZERO,
        )

    def __add__(self, other: UsageTotals) -> UsageTotals:
        return combine_totals(self, other, 1)

    def to_dict(self) -> dict[str, int | str]:
        """Return the totals as JSON-ready values (money as decimal strings)."""
        return {
            k: format(v, "f") if isinstance(v, Decimal) else v
            for k, v in attrs.asdict(self).items()
        }


def combine_totals(totals: UsageTotals, other: UsageTotals, sign: int) -> UsageTotals:
    """Return ``totals`` plus (``sign`` 1) or minus (``sign`` -1) ``other``."""
    # spelled out: this runs several times per recorded call (totals and each group)
    return UsageTotals(
        totals.requests + sign * other.requests,
        totals.incomplete + sign * other.incomplete,
        totals.prompt_tokens + sign * other.prompt_tokens,
        totals.completion_tokens + sign * other.completion_tokens,
        totals.reasoning_tokens + sign * other.reasoning_tokens,
        totals.cached_tokens + sign * other.cached_tokens,
        totals.cost + sign * other.cost,
        totals.upstream_cost + sign * other.upstream_cost,
    )


@attrs.frozen
class UsageRecord:
    """Describe the usage and cost of one call.

    ``model`` is the model asked for and ``served_model`` the one that answered (after
    fallbacks). ``cost``/``upstream_cost`` are ``None`` when unknown. ``incomplete`` marks a
    stream closed early or broken (the usage known so far); ``reconciled`` marks figures
    replaced by the billed ones from ``GET /generation``.
    """

    time: float
    operation: Operation
    model: str | None
    served_model: str | None = None
    provider: str | None = None
    generation_id: str | None = None
    tags: tuple[str, ...] = ()
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    cached_tokens: int = 0
    cost: Decimal | None = None
    upstream_cost: Decimal | None = None
    is_byok: bool = False
    incomplete: bool = False
    streamed: bool = False
    reconciled: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready values (money as decimal strings, tags a list)."""
        out = attrs.asdict(self, recurse=False)
        out["tags"] = list(self.tags)
        out["cost"], out["upstream_cost"] = _fmt(self.cost), _fmt(self.upstream_cost)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UsageRecord:
        """Build a record from ``to_dict()`` output or a ``to_csv()`` row (all strings).

        Args:
            data: A mapping with every record field.

        Returns:
            The record.

        Raises:
            KeyError: a field is missing.
            InvalidAmountError: ``cost`` or ``upstream_cost`` is not an amount from 0 to
                ``MAX_AMOUNT`` (a ``ValueError``).
            ValueError: a field does not parse.

        """
        values: dict[str, Any] = {k: data[k] for k in RECORD_FIELDS}
        for key in ("model", "served_model", "provider", "generation_id"):
            values[key] = values[key] or None
        tags = values["tags"]
        values["tags"] = tuple(json.loads(tags) if isinstance(tags, str) else tags)
        values["time"] = float(values["time"])
        for key in _INT_FIELDS:
            values[key] = int(values[key])
        for key in BOOL_FIELDS:
            values[key] = _bool(values[key])
        for key in ("cost", "upstream_cost"):
            values[key] = _amount(values[key], key) if values[key] not in (None, "") else None
        return cls(**values)


def _amount(value: object, what: str) -> Decimal:
    try:
        amount = Decimal(value)  # type: ignore[arg-type]  # a bad type is refused below
    except (ArithmeticError, TypeError, ValueError):
        amount = None
    if amount is None or not valid_amount(amount):
        raise InvalidAmountError(
            f"{what} is not an amount from 0 to 10^12 USD: {shown_value(value)}"
        )
    return amount


def usage_record(
    wire: Mapping[str, Any],
    *,
    operation: Operation,
    requested_model: str | None,
    tags: Iterable[str] = (),
    streamed: bool,
    incomplete: bool,
    generation_id: str | None = None,
    now: float | None = None,
) -> UsageRecord:
    """Build a record from the wire JSON of a billable answer (chat, embeddings, media).

    Missing and null fields are told apart from zero: an absent or null ``usage.cost`` gives
    ``cost=None`` (unknown), ``0`` gives ``Decimal("0")``. ``upstream_cost`` is read only
    when ``usage.is_byok`` is true. A money field that is not a number from 0 to
    ``MAX_AMOUNT`` (``"abc"``, ``true``, ``NaN``, ``-5``...) is unknown too, and reported: an
    ERROR log line on the ``openrouter_ext`` logger and an :class:`InvalidCostWarning`.

    Args:
        wire: The response body (or a stream's accumulated result) as a dict.
        operation: the kind of call (``"chat"``, ``"embeddings"``, ``"responses"``,
            ``"messages"``, ``"rerank"``, ``"images"``, ``"speech"``, ``"transcription"``,
            ``"videos"``): it says the shape of ``usage``.
        requested_model: The ``model`` the caller asked for.
        tags: Caller-given labels; a plain string counts as one tag; duplicates are dropped.
        streamed: True for a stream.
        incomplete: True for a stream closed early or broken.
        generation_id: The generation id when known from elsewhere (``X-Generation-Id``);
            defaults to the body's ``id``.
        now: Epoch seconds of the record; defaults to ``time.time()``.

    Returns:
        The record.

    Warns:
        InvalidCostWarning: a money field is invalid (after the ERROR log line).

    """
    usage = _sub(wire, "usage")
    is_byok = usage.get("is_byok") is True
    bad: _Bad = []
    cost = _money(usage.get("cost"), "usage.cost", bad)
    upstream = None
    if is_byok:
        details = _sub(usage, "cost_details")
        upstream = _money(
            details.get("upstream_inference_cost"),
            "usage.cost_details.upstream_inference_cost",
            bad,
        )
    served_model = _str(wire.get("model"))
    generation_id = generation_id or _str(wire.get("generation_id")) or _str(wire.get("id"))
    if bad:
        _report(bad, served_model or requested_model, generation_id)
    tokens = _tokens(usage, operation)
    return UsageRecord(
        time=time.time() if now is None else now,
        operation=operation,
        model=requested_model,
        served_model=served_model,
        provider=_str(wire.get("provider")),
        generation_id=generation_id,
        tags=_tags(tags),
        prompt_tokens=tokens[0],
        completion_tokens=tokens[1],
        reasoning_tokens=tokens[2],
        cached_tokens=tokens[3],
        cost=cost,
        upstream_cost=upstream,
        is_byok=is_byok,
        incomplete=incomplete,
        streamed=streamed,
    )


def _tokens(usage: Mapping[str, Any], operation: Operation) -> tuple[int, int, int, int]:
    """Read prompt, completion, reasoning and cached tokens in the shape of the API's usage."""
    if operation == "responses":  # OpenAI Responses usage
        return (
            _int(usage.get("input_tokens")) or 0,
            _int(usage.get("output_tokens")) or 0,
            _int(_sub(usage, "output_tokens_details").get("reasoning_tokens")) or 0,
            _int(_sub(usage, "input_tokens_details").get("cached_tokens")) or 0,
        )
    if operation == "messages":  # Anthropic usage: input_tokens excludes the cached ones
        cached = _int(usage.get("cache_read_input_tokens")) or 0
        written = _int(usage.get("cache_creation_input_tokens")) or 0
        return (
            (_int(usage.get("input_tokens")) or 0) + cached + written,
            _int(usage.get("output_tokens")) or 0,
            _int(_sub(usage, "output_tokens_details").get("thinking_tokens")) or 0,
            cached,
        )
    return (  # chat's names, then media's
        _first_int(usage, "prompt_tokens", "input_tokens", "total_tokens"),
        _first_int(usage, "completion_tokens", "output_tokens"),
        _int(_sub(usage, "completion_tokens_details").get("reasoning_tokens")) or 0,
        _int(_sub(usage, "prompt_tokens_details").get("cached_tokens")) or 0,
    )


def _first_int(usage: Mapping[str, Any], *keys: str) -> int:
    """Return the first integer among ``keys`` (chat's names, then media's), else 0."""
    for key in keys:
        value = _int(usage.get(key))
        if value is not None:
            return value
    return 0


def _tags(tags: Iterable[str]) -> tuple[str, ...]:
    return (tags,) if isinstance(tags, str) else tuple(dict.fromkeys(str(t) for t in tags))


def reconciled_record(record: UsageRecord, generation: Mapping[str, Any]) -> UsageRecord:
    """Return ``record`` with the billed figures of its ``GET /generation`` data.

    ``total_cost`` becomes ``cost``; ``upstream_inference_cost`` becomes ``upstream_cost``
    for BYOK. Token counts prefer the provider-native counts (what ``usage`` reports and
    what is billed), then the normalised ones, then the record's own.

    Args:
        record: The record to correct.
        generation: The ``data`` object of the ``GET /generation`` body, as a dict.

    Returns:
        A new record marked ``incomplete=False, reconciled=True``.

    Raises:
        ValueError: the generation has no ``total_cost``, or one that is not an amount from
            0 to ``MAX_AMOUNT`` (reported first, as in :func:`usage_record`).

    Warns:
        InvalidCostWarning: ``total_cost`` or a BYOK ``upstream_inference_cost`` is invalid;
            an invalid upstream cost becomes unknown (``None``).

    """

    def tokens(*keys: str, old: int) -> int:
        found = (_int(generation.get(k)) for k in keys)
        return next((v for v in found if v is not None), old)

    is_byok = generation.get("is_byok") is True
    bad: _Bad = []
    cost = _money(generation.get("total_cost"), "total_cost", bad)
    upstream = None
    if is_byok:
        upstream = _money(generation.get("upstream_inference_cost"), "upstream_inference_cost", bad)
    if bad:
        _report(bad, _str(generation.get("model")) or record.model, record.generation_id)
    if cost is None:
        reason = "an invalid" if bad and bad[0][0] == "total_cost" else "no"
        raise ValueError(f"the generation has {reason} total_cost")
    return attrs.evolve(
        record,
        served_model=_str(generation.get("model")) or record.served_model,
        provider=_str(generation.get("provider_name")) or record.provider,
        prompt_tokens=tokens("native_tokens_prompt", "tokens_prompt", old=record.prompt_tokens),
        completion_tokens=tokens(
            "native_tokens_completion", "tokens_completion", old=record.completion_tokens
        ),
        reasoning_tokens=tokens("native_tokens_reasoning", old=record.reasoning_tokens),
        cached_tokens=tokens("native_tokens_cached", old=record.cached_tokens),
        cost=cost,
        upstream_cost=upstream,
        is_byok=is_byok,
        incomplete=False,
        reconciled=True,
    )
