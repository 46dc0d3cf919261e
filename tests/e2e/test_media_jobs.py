"""Issue 20 points 6 and 8: video jobs (create, retrieve, wait, content) with both clients,
the poller's manners (Retry-After, a 429 on a poll, a failed job, its timeout, cancellation),
and the time bounds of uploads and downloads (a slow upload hitting the deadline)."""

from __future__ import annotations

import asyncio
import io
import os
import socket
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext import (
    APITimeoutError,
    AsyncOpenRouter,
    OpenRouter,
    VideoJobFailedError,
    VideoJobTimeoutError,
)
from openrouter_ext.testing import MockOpenRouter
from openrouter_ext.testing._media import media_settings
from tests.conftest import FakeClock
from tests.e2e.support import E2E, reconcile

VIDEO = "google/veo-3"
TTS = "openai/gpt-4o-mini-tts"


def polls(mock: MockOpenRouter, job_id: str) -> list[Any]:
    return [r for r in mock.requests_to(f"/videos/{job_id}", "GET")]


def test_a_job_moves_to_completed_and_its_video_downloads(
    e2e: E2E, mock: MockOpenRouter, tmp_path: Path
) -> None:
    media_settings(mock.state).video_polls = 3
    clock = FakeClock()
    client = e2e.client(clock=clock)
    job = e2e.run(client.videos.create(model=VIDEO, prompt="a cat on a skateboard"))
    assert job.status == "pending" and job.polling_url.endswith(job.id)
    done = e2e.run(client.videos.wait(job.id, poll_interval=2))
    assert done.status == "completed" and done.unsigned_urls
    assert len(polls(mock, job.id)) == 3
    assert clock.sleeps == [2.0, 3.0]  # the interval grows by half per unchanged answer
    target = tmp_path / "cat.mp4"
    video = e2e.run(client.videos.content(job.id))
    assert video.content_type == "video/mp4"
    assert e2e.run(video.write_to(target)) == 4096
    assert target.read_bytes()[4:8] == b"ftyp"
    (record,) = client.costs.records  # create is billed; polls and the download are not
    assert record.operation == "videos" and record.generation_id == job.generation_id
    assert e2e.busy(client) == 0


def billed(mock: MockOpenRouter, generation_id: str | None) -> Decimal:
    assert generation_id is not None
    cost: Decimal = mock.state.generations[generation_id].cost
    return cost


def test_a_completed_jobs_cost_is_settled_once_however_often_it_is_polled(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    media_settings(mock.state).video_polls = 3
    client = e2e.client(clock=FakeClock())
    job = e2e.run(client.videos.create(model=VIDEO, prompt="a cat"))
    (record,) = client.costs.records
    assert record.cost is None and not record.reconciled  # not known while the job runs
    assert e2e.run(client.videos.retrieve(job.id)).status == "pending"
    assert client.costs.records[0].cost is None
    done = e2e.run(client.videos.wait(job.id, poll_interval=1))
    cost = billed(mock, job.generation_id)
    assert cost > 0 and Decimal(str(done.usage.cost)) == cost
    for _ in range(2):  # polled again, waited again: nothing counted twice
        assert e2e.run(client.videos.retrieve(job.id)).status == "completed"
        e2e.run(client.videos.wait(job.id))
    (settled,) = client.costs.records
    assert settled.cost == cost and settled.reconciled and not settled.incomplete
    assert settled.generation_id == job.generation_id
    totals = client.costs.totals()
    assert totals.requests == 1 and totals.cost == cost
    assert client.costs.by_operation()["videos"].cost == cost
    assert reconcile(e2e, client) == 0  # nothing left to reconcile


def test_reconcile_polls_the_jobs_it_knows_until_they_complete(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    media_settings(mock.state).video_polls = 2
    client = e2e.client(clock=FakeClock())
    job = e2e.run(client.videos.create(model=VIDEO, prompt="a dog"))
    assert reconcile(e2e, client) == 0  # first poll: still running, left for later
    assert client.costs.records[0].cost is None
    assert not mock.requests_to("/generation")  # a running job's cost is not asked there
    assert reconcile(e2e, client) == 1  # second poll: completed
    cost = billed(mock, job.generation_id)
    assert client.costs.totals().cost == cost and client.costs.records[0].reconciled
    assert len(polls(mock, job.id)) == 2
    assert reconcile(e2e, client) == 0
    done = e2e.run(client.videos.wait(job.id))  # settled already: not counted again
    assert done.status == "completed" and client.costs.totals().cost == cost
    assert not mock.requests_to("/generation")


def test_reconcile_of_a_failed_job_reads_the_generation(e2e: E2E, mock: MockOpenRouter) -> None:
    media_settings(mock.state).video_polls = 1
    client = e2e.client(clock=FakeClock())
    job = e2e.run(client.videos.create(model=VIDEO, prompt="[fail] no"))
    assert reconcile(e2e, client) == 1  # the job failed: what was billed is the generation's
    assert len(mock.requests_to("/generation")) == 1
    assert client.costs.totals().cost == billed(mock, job.generation_id)


def test_wait_honours_the_servers_retry_after(e2e: E2E, mock: MockOpenRouter) -> None:
    media_settings(mock.state).video_polls = 3
    media_settings(mock.state).poll_retry_after = 7
    clock = FakeClock()
    client = e2e.client(clock=clock)
    job = e2e.run(client.videos.create(model=VIDEO, prompt="slow"))
    e2e.run(client.videos.wait(job.id, poll_interval=1))
    assert clock.sleeps == [7.0, 7.0]


def test_a_429_on_a_poll_is_waited_out(e2e: E2E, mock: MockOpenRouter) -> None:
    media_settings(mock.state).video_polls = 2
    clock = FakeClock()
    client = e2e.client(clock=clock)
    job = e2e.run(client.videos.create(model=VIDEO, prompt="busy"))
    mock.script("status;code=429;retry_after=5", times=1, match=f"/videos/{job.id}")
    done = e2e.run(client.videos.wait(job.id, poll_interval=1))
    assert done.status == "completed"
    statuses = [r.status for r in polls(mock, job.id)]
    assert statuses == [429, 200, 200]
    assert clock.sleeps[0] == 5.0


def test_a_failed_job_raises_a_typed_error(e2e: E2E) -> None:
    client = e2e.client(clock=FakeClock())
    job = e2e.run(client.videos.create(model=VIDEO, prompt="[fail] forbidden"))
    with pytest.raises(VideoJobFailedError) as caught:
        e2e.run(client.videos.wait(job.id, poll_interval=1))
    assert caught.value.status == "failed" and caught.value.job_id == job.id
    assert caught.value.error is not None and "content policy" in caught.value.error


def test_wait_gives_up_at_its_timeout(e2e: E2E, mock: MockOpenRouter) -> None:
    media_settings(mock.state).video_polls = 1000
    clock = FakeClock()
    client = e2e.client(clock=clock)
    job = e2e.run(client.videos.create(model=VIDEO, prompt="long"))
    with pytest.raises(VideoJobTimeoutError) as caught:
        e2e.run(client.videos.wait(job.id, timeout=30, poll_interval=2))
    assert caught.value.job is not None and caught.value.status == "in_progress"
    assert sum(clock.sleeps) == pytest.approx(30)
    assert len(polls(mock, job.id)) == len(clock.sleeps) + 1


def test_a_retry_after_beyond_the_timeout_gives_up_at_once(e2e: E2E, mock: MockOpenRouter) -> None:
    media_settings(mock.state).poll_retry_after = 120
    clock = FakeClock()
    client = e2e.client(clock=clock)
    job = e2e.run(client.videos.create(model=VIDEO, prompt="x"))
    with pytest.raises(VideoJobTimeoutError):
        e2e.run(client.videos.wait(job.id, timeout=60))
    assert clock.sleeps == []


def test_content_before_completion_is_an_error(e2e: E2E) -> None:
    from openrouter_ext import BadRequestError

    client = e2e.client()
    job = e2e.run(client.videos.create(model=VIDEO, prompt="x"))
    with pytest.raises(BadRequestError, match="not completed"):
        e2e.run(client.videos.content(job.id))
    with pytest.raises(ValueError):
        e2e.run(client.videos.wait("", timeout=1))


def test_waiting_is_cancellable(mock: MockOpenRouter) -> None:
    media_settings(mock.state).video_polls = 1000

    async def go() -> int:
        async with AsyncOpenRouter(api_key=mock.api_key, base_url=mock.base_url) as client:
            job = await client.videos.create(model=VIDEO, prompt="x")
            task = asyncio.ensure_future(client.videos.wait(job.id, poll_interval=0.05))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            seen = len(polls(mock, job.id))
            await asyncio.sleep(0.2)
            assert len(polls(mock, job.id)) == seen  # no poll after the cancel
            return seen

    assert asyncio.run(go()) >= 2


def test_cancelling_a_download_closes_the_connection(mock: MockOpenRouter) -> None:
    mock.script("stall;phase=mid_body;after=1;seconds=5", times=1, match="/audio/speech")

    async def go() -> None:
        async with AsyncOpenRouter(api_key=mock.api_key, base_url=mock.base_url) as client:
            audio = await client.audio.speech.create(
                model="openai/gpt-4o-mini-tts", input="x" * 900
            )

            async def read() -> None:
                async with audio:
                    async for _ in audio.iter_bytes():
                        pass

            task = asyncio.ensure_future(read())
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert audio.closed

    started = time.monotonic()
    asyncio.run(go())
    assert time.monotonic() - started < 3
    deadline = time.monotonic() + 3
    while mock.requests_to("/audio/speech")[0].disconnected_at is None:
        assert time.monotonic() < deadline, "the server never saw the hang-up"
        time.sleep(0.05)


def test_a_stalled_download_hits_the_idle_timeout(e2e: E2E, mock: MockOpenRouter) -> None:
    mock.script("stall;phase=mid_body;after=1;seconds=5", times=1, match="/audio/speech")
    client = e2e.client(stream_idle_timeout=0.5)
    audio = e2e.run(client.audio.speech.create(model="openai/gpt-4o-mini-tts", input="x" * 900))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        e2e.run(audio.read())
    assert time.monotonic() - started < 3 and e2e.busy(client) == 0


# a server that never reads: the upload stalls once the socket buffers are full -------------
@pytest.fixture
def deaf_server() -> Iterator[str]:
    """Accept connections and never read from them (a stuck upstream)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/api/v1"
    finally:
        stop.set()
        thread.join(1)
        for conn in held:
            conn.close()
        sock.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_slow_upload_ends_at_the_deadline(deaf_server: str, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "big.wav"
    with open(path, "wb") as f:
        f.truncate(64 * 1024 * 1024)  # sparse: 64 MiB that cost no disk
    kwargs: dict[str, Any] = {"api_key": "sk-or-x", "base_url": deaf_server, "max_retries": 0}
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        if kind == "sync":
            with OpenRouter(**kwargs) as client:
                client.files.create(file=path, deadline=1.0)
        else:

            async def go() -> None:
                async with AsyncOpenRouter(**kwargs) as client:
                    await client.files.create(file=path, deadline=1.0)

            asyncio.run(go())
    assert caught.value.kind == "deadline"
    assert time.monotonic() - started < 4


# the async client's file IO runs off the event loop -----------------------------------------
#: How long a blocked file operation waits for the loop before it gives up (the test then fails:
#: the loop was blocked). A fallback against hanging, not a timing assertion.
GIVE_UP = 10.0


class GatedFile(io.BytesIO):
    """A file whose first ``read()`` blocks until another task of the loop releases it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reading = threading.Event()
        self.release = threading.Event()
        self.released_by_the_loop: bool | None = None

    def read(self, size: int | None = -1) -> bytes:
        if self.released_by_the_loop is None:
            self.reading.set()
            self.released_by_the_loop = self.release.wait(GIVE_UP)
        return super().read(size)


async def _release_when_reading(file: GatedFile, ticks: list[int], call: Any) -> None:
    """Make progress on the loop while the read is blocked, then release it."""
    while not file.reading.is_set() and not call.done():
        await asyncio.sleep(0.005)
    for tick in range(3):  # the loop keeps turning while the read waits
        ticks.append(tick)
        await asyncio.sleep(0)
    file.release.set()


def test_an_async_upload_reads_its_file_off_the_event_loop(mock: MockOpenRouter) -> None:
    data = b"a line of text\n" * 50_000  # 750 KiB: more than one batch
    file = GatedFile(data)
    ticks: list[int] = []

    async def go() -> Any:
        async with AsyncOpenRouter(api_key=mock.api_key, base_url=mock.base_url) as client:
            upload = asyncio.ensure_future(
                client.files.create(file=("notes.txt", file, "text/plain"))
            )
            await _release_when_reading(file, ticks, upload)
            return await upload

    stored = asyncio.run(go())
    assert file.released_by_the_loop is True  # the loop ran while the file was being read
    assert ticks == [0, 1, 2]
    assert stored.size_bytes == len(data)
    (request,) = mock.requests_to("/files", "POST")
    assert request.body["file"]["content"] == data  # every batch, in order


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_an_async_download_writes_its_file_off_the_event_loop(
    mock: MockOpenRouter, tmp_path: Path
) -> None:
    target = tmp_path / "clip.wav"
    os.mkfifo(tmp_path / "clip.wav.part")  # opening it to write blocks until a reader opens it
    received = bytearray()
    opened_by: list[str] = []

    def reader(who: str) -> None:
        with open(tmp_path / "clip.wav.part", "rb") as pipe:
            opened_by.append(who)
            while piece := pipe.read(65536):
                received.extend(piece)

    # if the loop is blocked, nothing on it can open the reading end: this does, then fails it
    watchdog = threading.Timer(GIVE_UP, reader, ("watchdog",))
    watchdog.start()

    async def go() -> tuple[int, bytes]:
        async with AsyncOpenRouter(api_key=mock.api_key, base_url=mock.base_url) as client:
            audio = await client.audio.speech.create(
                model="openai/gpt-4o-mini-tts", input="x" * 900
            )
            write = asyncio.ensure_future(audio.write_to(target))
            await asyncio.sleep(0.05)  # the write is waiting for a reader: the loop is not
            thread = threading.Thread(target=reader, args=("the loop",))
            thread.start()
            written = await write
            await asyncio.to_thread(thread.join)
            again = await client.audio.speech.create(
                model="openai/gpt-4o-mini-tts", input="x" * 900
            )
            return written, await again.read()

    try:
        written, expected = asyncio.run(go())
    finally:
        watchdog.cancel()
    assert opened_by[0] == "the loop"
    assert written == len(expected) > 512 * 1024 // 64  # the whole clip went through the pipe
    assert bytes(received) == expected
    assert target.exists() and not (tmp_path / "clip.wav.part").exists()  # renamed at the end
