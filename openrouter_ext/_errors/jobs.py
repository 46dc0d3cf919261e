"""Errors of asynchronous jobs (video generation): a job that failed, or did not finish in time."""

from __future__ import annotations

from typing import Any

from openrouter_ext._errors.tree import OpenRouterError

__all__ = ["VideoJobError", "VideoJobFailedError", "VideoJobTimeoutError"]


class VideoJobError(OpenRouterError):
    """A video job did not give a video; ``job`` is its last state (the generated model)."""

    def __init__(self, message: str, *, job: Any) -> None:
        super().__init__(message)
        self.job = job
        self.job_id: str | None = getattr(job, "id", None)
        self.status: str | None = getattr(job, "status", None)


class VideoJobFailedError(VideoJobError):
    """The job ended without a video: ``failed``, ``cancelled`` or ``expired`` (``status``).

    ``error`` is the API's reason, when it gave one.
    """

    def __init__(self, message: str, *, job: Any) -> None:
        super().__init__(message, job=job)
        reason = getattr(job, "error", None)
        self.error: str | None = reason if isinstance(reason, str) else None


class VideoJobTimeoutError(VideoJobError):
    """``wait()`` gave up: the job was still pending or in progress when its timeout ran out."""
