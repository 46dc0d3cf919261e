"""What reconciling needs: the client it calls, and the cost of a video job (no IO).

``CostTracker.reconcile`` calls a client through the protocols here (``generations.get``,
``videos.retrieve``), never its private attributes.

``POST /videos`` answers with a job (``id``, ``generation_id``) and no cost: its record has
``cost=None``. The completed job (``GET /videos/{jobId}``) carries ``usage.cost``;
:func:`settled_record` turns the create record into the billed one. The tracker keeps which
job each such record belongs to (``CostTracker.note_job``), settles a record once
(``CostTracker.settle_job``, called by ``videos.retrieve``/``videos.wait``), and
``reconcile`` polls the jobs it knows about instead of ``GET /generation``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Mapping
from typing import Any, Final, Protocol

import attrs

from openrouter_ext._costs.usage import UsageRecord, usage_record

logger = logging.getLogger("openrouter_ext")

__all__ = ["JOB_DONE", "JOB_ENDED", "AsyncReconcileClient", "ReconcileClient", "ToDict",
           "job_outcome", "settled_record"]  # fmt: skip

#: A job whose cost is final.
JOB_DONE: Final = "completed"
#: Ends of a job without a video (its cost, if any, is read from ``GET /generation``).
JOB_ENDED: Final = frozenset({"failed", "cancelled", "expired"})


class ToDict(Protocol):
    """A generated model (``to_dict()``)."""

    def to_dict(self) -> dict[str, Any]: ...


class _GenerationResult(Protocol):
    @property
    def data(self) -> ToDict: ...


class _Generations(Protocol):
    def get(self, id: str, /, *, wait: float) -> _GenerationResult: ...


class _AsyncGenerations(Protocol):
    def get(self, id: str, /, *, wait: float) -> Awaitable[_GenerationResult]: ...


class _Videos(Protocol):
    def retrieve(self, job_id: str, /) -> ToDict: ...


class _AsyncVideos(Protocol):
    def retrieve(self, job_id: str, /) -> Awaitable[ToDict]: ...


class ReconcileClient(Protocol):
    """What ``CostTracker.reconcile`` calls: ``generations.get`` and ``videos.retrieve``."""

    @property
    def generations(self) -> _Generations: ...
    @property
    def videos(self) -> _Videos: ...


class AsyncReconcileClient(Protocol):
    """What ``CostTracker.areconcile`` calls (the async client's methods)."""

    @property
    def generations(self) -> _AsyncGenerations: ...
    @property
    def videos(self) -> _AsyncVideos: ...


def settled_record(record: UsageRecord, job: Mapping[str, Any]) -> UsageRecord | None:
    """Return ``record`` with the billed cost of its completed job, or None if not known yet.

    Args:
        record: the record of the ``POST /videos`` call that started the job.
        job: the job as a dict (``GET /videos/{jobId}``).

    Returns:
        A new record marked ``incomplete=False, reconciled=True`` with ``usage.cost`` (and
        ``usage.is_byok``) of the job; None when the job is not completed or its cost is
        absent, null or invalid (an invalid one is reported as in ``usage_record``).

    """
    if job.get("status") != JOB_DONE or not isinstance(job.get("usage"), Mapping):
        return None
    billed = usage_record(job, operation="videos", requested_model=record.model,
                          streamed=False, incomplete=False,
                          generation_id=record.generation_id)  # fmt: skip
    if billed.cost is None:
        return None
    return attrs.evolve(record, cost=billed.cost, upstream_cost=billed.upstream_cost,
                        is_byok=billed.is_byok, incomplete=False, reconciled=True)  # fmt: skip


def job_outcome(job: Mapping[str, Any]) -> bool | None:
    """Tell ``reconcile`` what to do with a polled job it could not settle.

    Returns:
        None while the job runs (its record is left for a later ``reconcile``), False once it
        ended without a cost of its own (``GET /generation`` says what was billed).

    """
    if job.get("status") == JOB_DONE or job.get("status") in JOB_ENDED:
        return False
    logger.info("openrouter_ext: video job %s is still running", job.get("id"))
    return None
