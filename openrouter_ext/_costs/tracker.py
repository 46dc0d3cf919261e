"""Aggregate the usage and cost of every call: pure, thread-safe, no IO.

A :class:`CostTracker` keeps each call's :class:`UsageRecord` (built by
:func:`usage_record`) and running :class:`UsageTotals`: overall and by model, provider, tag
and operation. ``reconcile`` replaces the estimates of incomplete calls by the billed figures
of ``GET /generation`` (of the completed job, for a video job it knows: ``jobs``); it is the
only method that calls out, through the client it is given.
"""

from __future__ import annotations

import io
import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from openrouter_ext._costs.ledger import Ledger
from openrouter_ext._costs.usage import (
    BOOL_FIELDS,
    RECORD_FIELDS,
    InvalidAmountError,
    InvalidCostWarning,
    Operation,
    UsageRecord,
    UsageTotals,
    combine_totals,
    reconciled_record,
    usage_record,
    valid_amount,
)

if TYPE_CHECKING:
    from openrouter_ext._costs.budget import Budget
    from openrouter_ext._costs.reconciling import AsyncReconcileClient, ReconcileClient, ToDict

__all__ = [
    "CostTracker", "InvalidAmountError", "InvalidCostWarning", "Operation", "UsageRecord",
    "UsageTotals", "reconciled_record", "usage_record",
]  # fmt: skip

logger = logging.getLogger("openrouter_ext")


Listener = Callable[[UsageRecord], None]


def _check(record: UsageRecord) -> None:
    """Refuse a record whose money is not an amount from 0 to ``MAX_AMOUNT`` (or None)."""
    for what, amount in (("cost", record.cost), ("upstream_cost", record.upstream_cost)):
        if amount is not None and not valid_amount(amount):
            raise InvalidAmountError(
                f"the record's {what} is not an amount from 0 to 10^12 USD: {amount!r}"
            )


class CostTracker:
    """Keep every call's :class:`UsageRecord` and running totals; share it between clients.

    Thread-safe and asyncio-safe: one ``threading.Lock`` guards the state and nothing awaits
    while holding it. Records stay in memory until ``reset()``.

    Args:
        budget: An optional :class:`~openrouter_ext.Budget` the clients using this tracker
            reserve against before each call.
        ledger: A path (or ``Ledger``) of an SQLite cost ledger; every record, and every
            reconciliation, is appended to it durably.

    """

    def __init__(
        self, *, budget: Budget | None = None, ledger: str | os.PathLike[str] | Ledger | None = None
    ) -> None:
        self._budget = budget
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self.ledger: Ledger | None = None
        if ledger is not None:
            self.ledger = ledger if isinstance(ledger, Ledger) else Ledger(ledger)
            self._listeners.append(self.ledger.append)
        self._clear()

    def _clear(self) -> None:
        self._records: list[UsageRecord] = []
        # recorded but not yet added to the totals: a call only appends (cheap, on the hot
        # path); the totals fold the pending records in when they are read
        self._unfolded: list[UsageRecord] = []
        self._totals = UsageTotals()
        self._groups: dict[str, dict[str, UsageTotals]] = {
            "model": {}, "provider": {}, "tag": {}, "operation": {}
        }  # fmt: skip
        self._jobs: dict[str, str] = {}  # a video job's generation id -> its job id

    @property
    def budget(self) -> Budget | None:
        """Return the budget calls reserve against, if any."""
        return self._budget

    def _apply(self, record: UsageRecord, sign: int) -> None:
        one = UsageTotals.of(record)
        self._totals = combine_totals(self._totals, one, sign)
        keys = {
            "model": (record.served_model or record.model or "unknown",),
            "provider": (record.provider or "unknown",),
            "tag": record.tags,
            "operation": (record.operation,),
        }
        for group, names in keys.items():
            table = self._groups[group]
            for name in names:
                table[name] = combine_totals(table.get(name, UsageTotals()), one, sign)
                if table[name].requests == 0:
                    del table[name]

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(record)`` after each ``record()`` and ``replace()`` (e.g. a ledger).

        After ``replace()`` the listener gets the new record (``reconciled=True``, same
        generation id): a ledger should treat it as a correction, not as another call.

        Args:
            listener: Called outside the lock; one that raises is logged and skipped, it
                never fails the call.

        """
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        """Stop calling ``listener``.

        Args:
            listener: A listener given to ``add_listener``.

        Raises:
            ValueError: ``listener`` was not added.

        """
        with self._lock:
            self._listeners.remove(listener)

    def _notify(self, record: UsageRecord) -> None:
        with self._lock:
            listeners = tuple(self._listeners)
        for listener in listeners:
            try:
                listener(record)
            except Exception:
                logger.exception("openrouter_ext cost listener %r failed", listener)

    def record(self, record: UsageRecord) -> None:
        """Add one call's record to the totals, then tell the listeners.

        Args:
            record: The call's record (see :func:`usage_record`).

        Raises:
            InvalidAmountError: ``cost`` or ``upstream_cost`` is not ``None`` nor an amount
                from 0 to ``MAX_AMOUNT`` (``usage_record`` never builds such a record);
                nothing is recorded.

        """
        cost = record.cost
        if (cost is not None and not valid_amount(cost)) or record.upstream_cost is not None:
            _check(record)
        with self._lock:
            self._records.append(record)
            self._unfolded.append(record)
        if self._listeners:
            self._notify(record)

    def _fold(self) -> None:
        """Add the pending records to the totals (call with the lock held)."""
        if self._unfolded:
            for record in self._unfolded:
                self._apply(record, 1)
            self._unfolded.clear()

    def replace(self, old: UsageRecord, new: UsageRecord) -> None:
        """Replace a record (e.g. with its reconciled version) and adjust the totals.

        Args:
            old: The record to replace (found by identity, else by equality).
            new: The record taking its place; the listeners get it.

        Raises:
            InvalidAmountError: ``new`` has an invalid ``cost`` or ``upstream_cost``.
            ValueError: ``old`` is not one of the records (e.g. after ``reset()``).

        """
        _check(new)
        with self._lock:
            self._fold()
            index = next((i for i, r in enumerate(self._records) if r is old), None)
            if index is None:
                index = self._records.index(old)
            self._records[index] = new
            self._apply(old, -1)
            self._apply(new, 1)
        self._notify(new)

    def totals(self) -> UsageTotals:
        """Return the totals over every record."""
        with self._lock:
            self._fold()
            return self._totals

    def _group(self, name: str) -> dict[str, UsageTotals]:
        with self._lock:
            self._fold()
            return dict(sorted(self._groups[name].items()))

    def by_model(self) -> dict[str, UsageTotals]:
        """Return the totals per served model (the requested one when it is unknown)."""
        return self._group("model")

    def by_provider(self) -> dict[str, UsageTotals]:
        """Return the totals per provider (``"unknown"`` when not reported)."""
        return self._group("provider")

    def by_tag(self) -> dict[str, UsageTotals]:
        """Return the totals per tag; untagged calls are left out.

        A call with several tags counts under each, so the tag totals may add up to more
        than ``totals()``.
        """
        return self._group("tag")

    def by_operation(self) -> dict[str, UsageTotals]:
        """Return the totals per kind of call (``"chat"``, ``"embeddings"``, ``"speech"``...)."""
        return self._group("operation")

    @property
    def records(self) -> tuple[UsageRecord, ...]:
        """Return a snapshot of the records, oldest first."""
        with self._lock:
            return tuple(self._records)

    def reset(self) -> None:
        """Drop every record and zero the totals (the budget is left alone)."""
        with self._lock:
            self._clear()

    def to_json(self) -> str:
        """Return ``{"totals": {...}, "records": [...]}`` as JSON, money as decimal strings."""
        with self._lock:
            self._fold()
            totals, records = self._totals, tuple(self._records)
        body = {"totals": totals.to_dict(), "records": [r.to_dict() for r in records]}
        return json.dumps(body, ensure_ascii=False)

    def to_csv(self) -> str:
        """Return one CSV row per record after a header row (tags as a JSON list).

        ``UsageRecord.from_dict`` reads the rows back (``csv.DictReader``).
        """
        import csv  # on first use: most programs never export CSV

        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS, lineterminator="\n")
        writer.writeheader()
        for record in self.records:
            row = record.to_dict()
            row["tags"] = json.dumps(row["tags"], ensure_ascii=False)
            row.update({k: str(row[k]).lower() for k in BOOL_FIELDS})
            writer.writerow(row)
        return out.getvalue()

    def note_job(self, generation_id: str, job_id: str) -> None:
        """Remember the video job a record (by its generation id) started."""
        with self._lock:
            self._jobs[generation_id] = job_id

    def settle_job(self, job: Mapping[str, Any]) -> bool:
        """Settle a completed video job's cost into the record of its ``POST /videos``, once.

        ``videos.retrieve``/``videos.wait`` call this with each job they return; a job seen
        again changes nothing (its record is settled), so polling twice never counts twice.

        Returns:
            True when the job's record holds its billed cost (now or before), False when the
            job is not completed, carries no cost, or has no record here.

        """
        generation_id = job.get("generation_id")
        if not isinstance(generation_id, str) or not generation_id:
            return False
        with self._lock:
            record = next((r for r in self._records if r.generation_id == generation_id
                           and r.operation == "videos"), None)  # fmt: skip
        if record is None:
            return False
        if record.reconciled or (record.cost is not None and not record.incomplete):
            return True
        from openrouter_ext._costs.reconciling import settled_record  # video jobs only

        settled = settled_record(record, job)
        if settled is None:
            return False
        try:
            self.replace(record, settled)
        except ValueError:  # settled meanwhile by another thread, or the records were reset
            return any(r.generation_id == generation_id and r.reconciled for r in self.records)
        return True

    def _job_done(self, job: ToDict) -> bool | None:
        """Settle a polled job: True if settled, None while it runs, False to ask /generation."""
        from openrouter_ext._costs.reconciling import job_outcome

        wire = job.to_dict()
        return True if self.settle_job(wire) else job_outcome(wire)

    def _pending(self) -> list[tuple[UsageRecord, str]]:
        with self._lock:
            return [
                (r, r.generation_id)
                for r in self._records
                if r.generation_id and not r.reconciled and (r.incomplete or r.cost is None)
            ]

    def reconcile(self, client: ReconcileClient, *, wait: float = 30.0) -> int:
        """Replace estimates with billed figures from ``GET /generation``.

        Each record that has a generation id and is incomplete (or has an unknown cost) is
        fetched with ``client.generations.get(id, wait=wait)`` and replaced by
        :func:`reconciled_record`. A video job started by a client using this tracker is
        polled instead (``client.videos.retrieve``): completed, its cost is settled; still
        running, its record is left for later; ended without a cost, ``GET /generation``
        decides. A record that fails (still 404 after ``wait``, network error...) is logged
        at WARNING and left as it is, to retry later. The budget is not adjusted.

        Args:
            client: An ``OpenRouter`` client.
            wait: Seconds ``generations.get`` keeps retrying a 404 (the lag after a call).

        Returns:
            How many records were reconciled.

        """
        done = 0
        for record, generation_id in self._pending():
            try:
                job_id = self._jobs.get(generation_id)
                if job_id is not None:
                    settled = self._job_done(client.videos.retrieve(job_id))
                    if settled is not False:
                        done += bool(settled)
                        continue
                result = client.generations.get(generation_id, wait=wait)
                self.replace(record, reconciled_record(record, result.data.to_dict()))
            except Exception as exc:
                _log_skip(generation_id, exc)
                continue
            done += 1
        return done

    async def areconcile(self, client: AsyncReconcileClient, *, wait: float = 30.0) -> int:
        """Replace estimates with billed figures from ``GET /generation`` (async client).

        Same as :meth:`reconcile`, one record after the other.

        Args:
            client: An ``AsyncOpenRouter`` client.
            wait: Seconds ``generations.get`` keeps retrying a 404.

        Returns:
            How many records were reconciled.

        """
        done = 0
        for record, generation_id in self._pending():
            try:
                job_id = self._jobs.get(generation_id)
                if job_id is not None:
                    job = await client.videos.retrieve(job_id)
                    settled = self._job_done(job)
                    if settled is not False:
                        done += bool(settled)
                        continue
                result = await client.generations.get(generation_id, wait=wait)
                self.replace(record, reconciled_record(record, result.data.to_dict()))
            except Exception as exc:
                _log_skip(generation_id, exc)
                continue
            done += 1
        return done

    def __repr__(self) -> str:
        totals = self.totals()
        return f"CostTracker(requests={totals.requests}, cost={totals.cost})"


def _log_skip(generation_id: str, exc: Exception) -> None:
    logger.warning(
        "openrouter_ext could not reconcile generation %s: %s", generation_id, type(exc).__name__
    )
