"""``client.videos``: start a video job, follow it, wait for it, download the video."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._config import call_options
from openrouter_ext._errors.jobs import VideoJobTimeoutError
from openrouter_ext._errors.tree import APIConnectionError, RateLimitError, ServerError
from openrouter_ext._lowlevel import OPERATIONS, headers_of
from openrouter_ext._streaming._async.binary import AsyncBinaryResponse
from openrouter_ext.resources._async._plain import AsyncPlainVideos
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._polling import PollSchedule, check_job
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import VideoGenerationResponse
    from openrouter_ext._params import (
        VideosContentParams,
        VideosCreateParams,
        VideosRetrieveParams,
    )

__all__ = ["AsyncVideos", "AsyncVideosWithRawResponse"]

#: Default seconds ``wait()`` waits in all, and between its first two polls.
WAIT_TIMEOUT = 600.0
POLL_INTERVAL = 2.0


class AsyncVideosWithRawResponse:
    """``client.videos.with_raw_response``: each method returning an ``APIResponse``.

    ``wait`` gives the response of its last poll; ``content`` the open video (not yet read).
    """

    def __init__(self, videos: AsyncVideos) -> None:
        self.create = async_to_raw_response_wrapper(videos.create)
        self.retrieve = async_to_raw_response_wrapper(videos.retrieve)
        self.wait = async_to_raw_response_wrapper(videos.wait)
        self.content = async_to_raw_response_wrapper(videos.content)


class AsyncVideos(AsyncPlainVideos):
    """``client.videos``."""

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:  # type: ignore[override]
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncVideosWithRawResponse(self)

    async def create(self, **params: Unpack[VideosCreateParams]) -> VideoGenerationResponse:
        """Start a video generation job (``POST /videos``, answered 202).

        Args:
            **params: ``model``, ``prompt``, ``duration``, ``resolution``, ``aspect_ratio``,
                ``input_references``, ``frame_images``... and the per-call knobs.

        Returns:
            The job (``id``, ``status``, ``polling_url``, ``generation_id``). Its cost is
            known when it completes: ``retrieve``/``wait`` of the completed job settle it into
            ``client.costs``, and ``client.costs.reconcile(client)`` polls the job.

        Raises:
            TypeError: an unknown keyword (naming the closest field) or a knob of the wrong
                type.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, body, _ = prepare(params, "create", "VideoGenerationRequest")
        result: VideoGenerationResponse = await self._requester.request(
            OPERATIONS["videos.create"], call, body=body
        )
        return result

    async def retrieve(
        self, job_id: str, /, **params: Unpack[VideosRetrieveParams]
    ) -> VideoGenerationResponse:
        """Get a video job's state (``GET /videos/{jobId}``).

        Args:
            job_id: the job's ``id``.
            **params: the per-call knobs.

        Returns:
            The job as it is now (``status``: pending, in_progress, completed, failed...).
            A completed job's ``usage.cost`` is settled into ``client.costs`` (the record of
            its ``create``), once however often it is polled.

        Raises:
            ValueError: an empty ``job_id``.
            NotFoundError: no such job.

        """
        if not job_id:
            raise ValueError("job_id must be a non-empty video job id")
        call, _, _ = prepare(params, "retrieve", None)
        result: VideoGenerationResponse = await self._requester.request(
            OPERATIONS["videos.retrieve"], call, job_id
        )
        self._requester.settle_job(result)  # completed: its cost, once
        return result

    async def wait(
        self,
        job_id: str,
        /,
        *,
        timeout: float = WAIT_TIMEOUT,
        poll_interval: float = POLL_INTERVAL,
    ) -> VideoGenerationResponse:
        """Poll a video job until it completes; return the completed job.

        Polls every ``poll_interval`` seconds, growing by half after each poll up to 30 s,
        or later when the API says so (``Retry-After`` on a poll or on a 429). A 429, a 5xx
        or a broken connection while polling is waited out the same way (each poll is sent
        once: the waiting is done here, within ``timeout``). Waits use the client's clock, so
        a fake clock makes them instant in tests; cancelling the task stops the wait.

        Args:
            job_id: the job's ``id``.
            timeout: seconds to wait in all.
            poll_interval: seconds before the second poll.

        Returns:
            The completed job (``status == "completed"``, ``unsigned_urls``, ``usage``); its
            ``usage.cost`` is settled into ``client.costs`` (once per job).

        Raises:
            VideoJobFailedError: the job failed, was cancelled or expired (``.job``,
                ``.error``).
            VideoJobTimeoutError: the job had not finished after ``timeout`` seconds (or the
                API asked to wait past it); ``.job`` is its last known state.
            ValueError: an empty ``job_id``, or a timeout or interval that is not positive.
            NotFoundError: no such job.

        """
        if not job_id:
            raise ValueError("job_id must be a non-empty video job id")
        clock = self._requester.clock
        schedule = PollSchedule(clock(), timeout, poll_interval)
        once = call_options(max_retries=0)
        job: VideoGenerationResponse | None = None
        while True:
            headers = None
            try:
                polled: VideoGenerationResponse = await self._requester.request(
                    OPERATIONS["videos.retrieve"], once, job_id
                )
                job = polled
                if check_job(polled):
                    self._requester.settle_job(polled)  # its cost, once
                    return polled
                headers = headers_of(polled)
            except (RateLimitError, ServerError) as exc:
                headers = exc.headers
            except APIConnectionError:
                headers = None
            pause = schedule.pause(clock(), headers)
            if pause is None:
                raise VideoJobTimeoutError(
                    f"video job {job_id} did not finish within {timeout:g} s"
                    f" (last status: {getattr(job, 'status', 'unknown')})",
                    job=job,
                )
            await self._requester.sleep(pause)

    async def content(
        self, job_id: str, /, **params: Unpack[VideosContentParams]
    ) -> AsyncBinaryResponse:
        """Download a completed job's video (``GET /videos/{jobId}/content``, ``video/mp4``).

        Use the result in ``with``: ``write_to(path)`` streams the MP4 to a file, piece by
        piece; ``iter_bytes()`` hands the pieces on. Bounded by ``stream_idle_timeout``
        between pieces, the call's ``deadline`` and ``max_response_bytes`` (raise it for long
        videos).

        Args:
            job_id: the job's ``id``.
            **params: ``index`` (which video of the job), and the per-call knobs.

        Returns:
            An open ``BinaryResponse``.

        Raises:
            ValueError: an empty ``job_id``.
            APIStatusError: the API answered with an error (e.g. 400 before completion).

        """
        if not job_id:
            raise ValueError("job_id must be a non-empty video job id")
        call, _, query = prepare(params, "content", None, ("index",))
        return await self._requester.download(OPERATIONS["videos.content"], call, job_id, **query)
