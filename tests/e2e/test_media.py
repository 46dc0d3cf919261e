"""Issue 20 points 4, 5, 7 and 8: rerank, images, speech, transcription and files, with both
clients over loopback against the mock (faults included), and their costs."""

from __future__ import annotations

import base64
import io
import struct
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext import APIConnectionError, Budget, BudgetExceededError, NotFoundError
from openrouter_ext.testing import MockOpenRouter
from openrouter_ext.testing._media import MEDIA_MODELS
from tests.e2e.support import E2E

RERANK = "cohere/rerank-v3.5"
IMAGE = "openai/gpt-image-1"
TTS = "openai/gpt-4o-mini-tts"
STT = "openai/whisper-1"
DOCS = ["a red apple on a table", "the blue sky", "apple pie with red apples"]


def drain(e2e: E2E, resp: Any) -> list[bytes]:
    """Read a BinaryResponse to its end, piece by piece, inside its ``with``."""
    if e2e.is_async:

        async def go() -> list[bytes]:
            async with resp:
                return [piece async for piece in resp.iter_bytes()]

        return e2e.run(go())  # type: ignore[no-any-return]
    with resp:
        return list(resp.iter_bytes())


def close(e2e: E2E, resp: Any) -> None:
    e2e.run(resp.aclose() if e2e.is_async else resp.close())


def wav_frames(data: bytes) -> int:
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8
    return int(struct.unpack("<I", data[40:44])[0]) // 2


# rerank -------------------------------------------------------------------------------------
def test_rerank_orders_documents_and_records_its_cost(e2e: E2E) -> None:
    client = e2e.client()
    result = e2e.run(client.rerank.create(model=RERANK, query="red apple", documents=DOCS))
    scores = [r.relevance_score for r in result.results]
    assert scores == sorted(scores, reverse=True)
    assert result.results[0].document.text in (DOCS[0], DOCS[2])
    totals = client.costs.by_operation()["rerank"]
    assert totals.requests == 1 and totals.cost == Decimal(str(result.usage.cost)) > 0
    (record,) = client.costs.records
    assert record.operation == "rerank" and record.generation_id == result.id


def test_rerank_top_n_and_stream_give_the_same_answer(e2e: E2E) -> None:
    client = e2e.client()
    plain = e2e.run(client.rerank.create(model=RERANK, query="red", documents=DOCS, top_n=2))
    assert len(plain.results) == 2
    stream = e2e.run(
        client.rerank.create(stream=True, model=RERANK, query="red", documents=DOCS, top_n=2)
    )
    final = e2e.final(stream)
    assert [r.index for r in final.results] == [r.index for r in plain.results]
    assert client.costs.by_operation()["rerank"].requests == 2
    assert client.costs.records[-1].streamed is True


def test_rerank_typo_is_refused_before_sending(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    with pytest.raises(TypeError, match="documents"):
        e2e.run(client.rerank.create(model=RERANK, query="q", document=DOCS))  # type: ignore[call-arg]
    assert not mock.requests_to("/rerank")


# images -------------------------------------------------------------------------------------
def test_images_are_pngs_and_cost_is_recorded(e2e: E2E) -> None:
    client = e2e.client()
    result = e2e.run(client.images.generate(model=IMAGE, prompt="a red fox", n=2))
    assert len(result.data) == 2
    for item in result.data:
        assert base64.b64decode(item.b64_json).startswith(b"\x89PNG\r\n\x1a\n")
    assert client.costs.by_operation()["images"].cost == Decimal(str(result.usage.cost))


def test_image_stream_yields_partial_then_completed_events(e2e: E2E) -> None:
    client = e2e.client()
    events = e2e.chunks(client.images.stream(model=IMAGE, prompt="a fox", n=2))
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["ImageGenPartialImageEvent", "ImageGenCompletedEvent"] * 2
    final = e2e.final(client.images.stream(model=IMAGE, prompt="a fox", n=2))
    assert len(final.data) == 2 and final.usage is not None
    by_kind = client.costs.by_operation()["images"]
    assert by_kind.requests == 2 and by_kind.cost > 0


# speech -------------------------------------------------------------------------------------
def test_speech_writes_a_valid_wav_and_its_cost_reconciles(e2e: E2E, tmp_path: Path) -> None:
    client = e2e.client()
    text = "Hello from the mock. " * 10
    audio = e2e.run(client.audio.speech.create(model=TTS, input=text, voice="alloy"))
    assert audio.content_type == "audio/wav" and audio.generation_id
    target = tmp_path / "hello.wav"
    written = e2e.run(audio.write_to(target))
    data = target.read_bytes()
    assert written == len(data) and wav_frames(data) > 0
    assert not (tmp_path / "hello.wav.part").exists()
    (record,) = client.costs.records
    assert record.operation == "speech" and record.cost is None
    assert record.generation_id == audio.generation_id and not record.incomplete
    fixed = e2e.run(
        client.costs.areconcile(client, wait=0)
        if e2e.is_async
        else client.costs.reconcile(client, wait=0)
    )
    assert fixed == 1 and client.costs.records[0].cost is not None
    assert client.costs.by_operation()["speech"].cost > 0


def test_speech_iter_bytes_gives_the_whole_clip_in_pieces(e2e: E2E) -> None:
    client = e2e.client()
    audio = e2e.run(client.audio.speech.create(model=TTS, input="x" * 400))
    pieces = drain(e2e, audio)
    assert len(pieces) > 1
    assert wav_frames(b"".join(pieces)) == int(8000 * 400 * 0.02)
    assert audio.closed and e2e.busy(client) == 0


def test_a_download_cut_midway_raises_and_leaves_no_file(
    e2e: E2E, mock: MockOpenRouter, tmp_path: Path
) -> None:
    client = e2e.client()
    mock.script("close;phase=mid_body;after=3", times=1, match="/audio/speech")
    audio = e2e.run(client.audio.speech.create(model=TTS, input="x" * 1000))
    target = tmp_path / "cut.wav"
    with pytest.raises(APIConnectionError):
        e2e.run(audio.write_to(target))
    assert not target.exists() and not (tmp_path / "cut.wav.part").exists()
    assert audio.closed and e2e.busy(client) == 0
    (record,) = client.costs.records
    assert record.incomplete and record.cost is None and record.generation_id


def test_breaking_out_of_a_download_closes_it(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    audio = e2e.run(client.audio.speech.create(model=TTS, input="x" * 1000))
    if e2e.is_async:

        async def first() -> bytes:
            async with audio:
                async for piece in audio.iter_bytes():
                    return piece  # type: ignore[no-any-return]
            raise AssertionError("no bytes")

        piece = e2e.run(first())
    else:
        with audio:
            piece = next(iter(audio.iter_bytes()))
    assert piece.startswith(b"RIFF")
    assert audio.closed and e2e.busy(client) == 0
    with pytest.raises(RuntimeError, match="already read"):
        drain(e2e, audio)


def test_a_download_larger_than_the_limit_is_refused(e2e: E2E) -> None:
    from openrouter_ext import ResponseTooLargeError

    client = e2e.client()
    audio = e2e.run(
        client.audio.speech.create(model=TTS, input="x" * 1000, max_response_bytes=1000)
    )
    with pytest.raises(ResponseTooLargeError):
        drain(e2e, audio)
    assert e2e.busy(client) == 0


# transcription ------------------------------------------------------------------------------
@pytest.mark.parametrize("given", ["path", "bytes", "file", "tuple"])
def test_transcription_uploads_a_path_bytes_or_a_file(
    e2e: E2E, mock: MockOpenRouter, tmp_path: Path, given: str
) -> None:
    from openrouter_ext.testing._media_bytes import wav

    audio = wav(0.5)
    path = tmp_path / "speech.wav"
    path.write_bytes(audio)
    handle = open(path, "rb")  # noqa: SIM115
    file: Any = {
        "path": path,
        "bytes": audio,
        "file": handle,
        "tuple": ("speech.wav", io.BytesIO(audio), "audio/wav"),
    }[given]
    client = e2e.client()
    result = e2e.run(
        client.audio.transcriptions.create(
            file=file, model=STT, language="en", timestamp_granularities=["segment"]
        )
    )
    assert f"({len(audio)} bytes)" in result.text and result.duration == 0.5
    (request,) = mock.requests_to("/audio/transcriptions")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.body["file"]["content"] == audio
    assert request.body["model"] == STT and request.body["timestamp_granularities[]"] == "segment"
    assert client.costs.by_operation()["transcription"].cost == Decimal(str(result.usage.cost))
    assert handle.closed is False  # a file the caller opened stays open
    handle.close()


def test_transcription_of_a_missing_file_sends_nothing(
    e2e: E2E, mock: MockOpenRouter, tmp_path: Path
) -> None:
    client = e2e.client()
    with pytest.raises(FileNotFoundError):
        e2e.run(client.audio.transcriptions.create(file=tmp_path / "nope.wav", model=STT))
    assert not mock.requests_to("/audio/transcriptions")


def test_an_upload_retried_after_a_503_sends_the_whole_file_again(
    e2e: E2E, mock: MockOpenRouter, tmp_path: Path
) -> None:
    from openrouter_ext.testing._media_bytes import wav

    path = tmp_path / "a.wav"
    path.write_bytes(wav(1.0))
    mock.script("status;code=503", times=1, match="/audio/transcriptions")
    client = e2e.client()
    e2e.run(client.audio.transcriptions.create(file=path, model=STT))
    first, second = mock.requests_to("/audio/transcriptions")
    assert first.status == 503 and second.status == 200
    assert second.body["file"]["content"] == path.read_bytes()


# files --------------------------------------------------------------------------------------
def test_files_lifecycle(e2e: E2E, tmp_path: Path) -> None:
    client = e2e.client()
    path = tmp_path / "notes.md"
    path.write_text("# notes\nhello\n")
    created = e2e.run(client.files.create(file=path))
    assert created.filename == "notes.md" and created.size_bytes == path.stat().st_size
    assert created.mime_type == "text/plain"
    listed = e2e.run(client.files.list())
    assert [f.id for f in listed.data] == [created.id]
    assert e2e.run(client.files.retrieve(created.id)).filename == "notes.md"
    assert b"".join(drain(e2e, e2e.run(client.files.content(created.id)))) == path.read_bytes()
    deleted = e2e.run(client.files.delete(created.id))
    assert deleted.id == created.id and deleted.type == "file_deleted"
    with pytest.raises(NotFoundError):
        e2e.run(client.files.retrieve(created.id))
    assert e2e.busy(client) == 0
    assert client.costs.records == ()  # storing files is not billed


def test_an_empty_file_is_refused(e2e: E2E) -> None:
    from openrouter_ext import BadRequestError

    client = e2e.client()
    with pytest.raises(BadRequestError, match="empty"):
        e2e.run(client.files.create(file=("empty.txt", b"")))


# budgets ------------------------------------------------------------------------------------
@pytest.mark.parametrize("model", [RERANK, IMAGE, TTS])
def test_a_budget_too_small_for_the_worst_case_refuses_before_sending(
    e2e: E2E, mock: MockOpenRouter, model: str
) -> None:
    mock.add_model(MEDIA_MODELS[model])
    client = e2e.client(budget=Budget("0.0000001"))
    call: dict[str, Any] = {
        RERANK: lambda: client.rerank.create(model=model, query="q", documents=DOCS),
        IMAGE: lambda: client.images.generate(model=model, prompt="a fox"),
        TTS: lambda: client.audio.speech.create(model=model, input="hello"),
    }
    with pytest.raises(BudgetExceededError):
        e2e.run(call[model]())
    assert not [r for r in mock.requests if not r.path.endswith("/models")]


def test_a_budget_reserves_then_settles_to_the_cost(e2e: E2E, mock: MockOpenRouter) -> None:
    mock.add_model(MEDIA_MODELS[RERANK])
    budget = Budget("10")
    client = e2e.client(budget=budget)
    result = e2e.run(client.rerank.create(model=RERANK, query="red apple", documents=DOCS))
    assert budget.reserved == 0
    assert budget.spent == Decimal(str(result.usage.cost))


def test_usage_kinds_reach_csv_and_the_ledger(e2e: E2E, tmp_path: Path) -> None:
    client = e2e.client()
    e2e.run(client.rerank.create(model=RERANK, query="q", documents=DOCS))
    e2e.run(client.images.generate(model=IMAGE, prompt="p"))
    csv = client.costs.to_csv()
    assert ",rerank," in csv and ",images," in csv
    ledger = tmp_path / "costs.db"
    from openrouter_ext import CostTracker

    tracker = CostTracker(ledger=ledger)
    for record in client.costs.records:
        tracker.record(record)
    assert tracker.ledger is not None
    assert sorted(row["operation"] for row in tracker.ledger.rows()) == ["images", "rerank"]
    assert set(tracker.ledger.summary("operation")) == {"images", "rerank"}


def test_raw_responses_of_media_methods(e2e: E2E, tmp_path: Path) -> None:
    client = e2e.client()
    raw = e2e.run(client.audio.speech.with_raw_response.create(model=TTS, input="hi"))
    assert raw.status_code == 200 and raw.headers["content-type"] == "audio/wav"
    assert raw.generation_id == raw.parse().generation_id
    assert drain(e2e, raw.parse())[0].startswith(b"RIFF")
    created = e2e.run(client.files.with_raw_response.create(file=("a.txt", b"hello")))
    assert created.status_code == 200 and created.parse().filename == "a.txt"
    assert e2e.busy(client) == 0
