"""Describe one call's usage and cost as a record, built from wire JSON: pure, no IO.

Money is ``Decimal`` built from ``str(value)``, never float. ``cost`` is what OpenRouter
charged (``usage.cost``); ``upstream_cost`` is what a BYOK provider charged on the user's own
key (``cost_details.upstream_inference_cost``). The two are kept apart and never added
together; for non-BYOK calls the upstream cost is already inside ``cost`` and is dropped.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

__all__ = [
    "BOOL_FIELDS", "RECORD_FIELDS", "Operation", "UsageRecord", "UsageTotals",
    "reconciled_record", "usage_record",
]  # fmt: skip

Operation = Literal["chat", "embeddings"]
_ZERO: Final = Decimal(0)
RECORD_FIELDS: Final = (
    "time", "operation", "model", "served_model", "provider", "generation_id", "tags",
    "prompt_tokens", "completion_tokens", "reasoning_tokens", "cached_tokens", "cost",
    "upstream_cost", "is_byok", "incomplete", "streamed", "reconciled",
)  # fmt: skip
_INT_FIELDS: Final = ("prompt_tokens", "completion_tokens", "reasoning_tokens", "cached_tokens")
BOOL_FIELDS: Final = ("is_byok", "incomplete", "streamed", "reconciled")


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _money(value: object) -> Decimal | None:
    """Return a JSON number as Decimal; None when absent, null or not finite."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    amount = Decimal(str(value))
    return amount if amount.is_finite() else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _sub(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}


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

    def _combine(self, other: UsageTotals, sign: int) -> UsageTotals:
        # spelled out: this runs several times per recorded call (totals and each group)
        return UsageTotals(
            self.requests + sign * other.requests,
            self.incomplete + sign * other.incomplete,
            self.prompt_tokens + sign * other.prompt_tokens,
            self.completion_tokens + sign * other.completion_tokens,
            self.reasoning_tokens + sign * other.reasoning_tokens,
            self.cached_tokens + sign * other.cached_tokens,
            self.cost + sign * other.cost,
            self.upstream_cost + sign * other.upstream_cost,
        )

    def __add__(self, other: UsageTotals) -> UsageTotals:
        return self._combine(other, 1)

    def to_dict(self) -> dict[str, int | str]:
        """Return the totals as JSON-ready values (money as decimal strings)."""
        return {
            k: format(v, "f") if isinstance(v, Decimal) else v
            for k, v in attrs.asdict(self).items()
        }


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
            values[key] = Decimal(values[key]) if values[key] not in (None, "") else None
        return cls(**values)


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
    """Build a record from the wire JSON of a chat result, stream result or embeddings response.

    Missing and null fields are told apart from zero: an absent or null ``usage.cost`` gives
    ``cost=None`` (unknown), ``0`` gives ``Decimal("0")``. ``upstream_cost`` is read only
    when ``usage.is_byok`` is true.

    Args:
        wire: The response body (or a stream's accumulated result) as a dict.
        operation: ``"chat"`` or ``"embeddings"``.
        requested_model: The ``model`` the caller asked for.
        tags: Caller-given labels; a plain string counts as one tag; duplicates are dropped.
        streamed: True for a stream.
        incomplete: True for a stream closed early or broken.
        generation_id: The generation id when known from elsewhere (``X-Generation-Id``);
            defaults to the body's ``id``.
        now: Epoch seconds of the record; defaults to ``time.time()``.

    Returns:
        The record.

    """
    usage = _sub(wire, "usage")
    is_byok = usage.get("is_byok") is True
    upstream = _money(_sub(usage, "cost_details").get("upstream_inference_cost"))
    return UsageRecord(
        time=time.time() if now is None else now,
        operation=operation,
        model=requested_model,
        served_model=_str(wire.get("model")),
        provider=_str(wire.get("provider")),
        generation_id=generation_id or _str(wire.get("id")),
        tags=_tags(tags),
        prompt_tokens=_int(usage.get("prompt_tokens")) or 0,
        completion_tokens=_int(usage.get("completion_tokens")) or 0,
        reasoning_tokens=_int(_sub(usage, "completion_tokens_details").get("reasoning_tokens"))
        or 0,
        cached_tokens=_int(_sub(usage, "prompt_tokens_details").get("cached_tokens")) or 0,
        cost=_money(usage.get("cost")),
        upstream_cost=upstream if is_byok else None,
        is_byok=is_byok,
        incomplete=incomplete,
        streamed=streamed,
    )


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
        ValueError: the generation has no ``total_cost``.

    """

    def tokens(*keys: str, old: int) -> int:
        found = (_int(generation.get(k)) for k in keys)
        return next((v for v in found if v is not None), old)

    is_byok = generation.get("is_byok") is True
    cost = _money(generation.get("total_cost"))
    if cost is None:
        raise ValueError("the generation has no total_cost")
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
        upstream_cost=_money(generation.get("upstream_inference_cost")) if is_byok else None,
        is_byok=is_byok,
        incomplete=False,
        reconciled=True,
    )
