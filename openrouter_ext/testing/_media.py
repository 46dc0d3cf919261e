"""The mock's media answers: rerank, images, speech, transcription, videos and files.

Each billable answer charges a generation (its cost from the model's prices, reported by
`GET /generation`) and carries it in `usage.cost` and `X-Generation-Id`, except speech whose
body is audio: its cost is only in `/generation` (what `reconcile()` reads). Media models
resolve through the catalog first, then `MEDIA_MODELS` (served without being listed by
`/models`: add one with `mock.add_model(...)` to price it for a budget).

Behaviour a test can steer with `media_settings(mock.state)`: how many polls a video job
takes (`video_polls`), the `Retry-After` its polls suggest (`poll_retry_after`), the size of
the video (`video_bytes`) and of each second of speech. A video whose prompt contains
`[fail]` fails. The rerank and images streams take every stream fault chat takes
(`mid_stream_error`, `no_done`, `framing` and the socket faults; see `_events`). Bodies of
bytes are sent in `PART_BYTES` parts, so the socket faults (`close;phase=mid_body;after=n`,
`stall`, `dribble`) cut or slow them midway.
"""

from __future__ import annotations

import base64
import hashlib
import math
import time
import weakref
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, cast

from ._chat import compute_cost
from ._data import MockModel
from ._events import sentinel_stream_reply
from ._handlers import Ctx, credit_error
from ._media_bytes import png, split, wav, wav_seconds
from ._scenarios import Scenario, find
from ._state import Generation, MockState, money
from ._wire import Reply, error_reply, json_reply

__all__ = ["MEDIA_MODELS", "MediaSettings", "images", "media_settings", "rerank", "speech",
           "transcription"]  # fmt: skip


def _model(mid: str, prompt: str, completion: str, request: str, out: str) -> MockModel:
    return MockModel(mid, mid.split("/")[1], "Other", prompt, completion, 32_768, ("Mock",),
                     max_completion_tokens=4_096, request=request,
                     output_modalities=(out,))  # fmt: skip


#: Media models the mock serves, with prices (USD per token and per request).
MEDIA_MODELS: Final[dict[str, MockModel]] = {m.id: m for m in (
    _model("cohere/rerank-v3.5", "0.000001", "0", "0.002", "text"),
    _model("openai/gpt-image-1", "0.000005", "0.00004", "0", "image"),
    _model("google/gemini-2.5-flash-image", "0.0000003", "0.00003", "0", "image"),
    _model("openai/gpt-4o-mini-tts", "0.0000006", "0.000012", "0", "audio"),
    _model("openai/whisper-1", "0.000002", "0.000004", "0.001", "text"),
    _model("google/veo-3", "0.000001", "0", "0.5", "video"),
)}  # fmt: skip


#: Most images one request may ask for (`n`); more is a 400, as upstream's limits are.
MAX_IMAGES: Final = 10


@dataclass
class MediaSettings:
    """What a test can change about the mock's media answers."""

    video_polls: int = 2  # polls answered pending/in_progress before a job completes
    poll_retry_after: float | None = None  # `Retry-After` seconds on each poll of a job
    video_bytes: int = 4096  # size of a video's content
    speech_seconds_per_char: float = 0.02  # length of the speech per input character
    max_speech_seconds: float = 30.0


_MARK: Final = "/_media_settings"
_SETTINGS: weakref.WeakKeyDictionary[MockState, MediaSettings] = weakref.WeakKeyDictionary()


def media_settings(state: MockState) -> MediaSettings:
    """Return the media settings of a mock's state (the defaults again after `reset()`)."""
    settings = _SETTINGS.get(state)
    if settings is None or state.crud.get(_MARK, (), "settings") is None:
        settings = _SETTINGS[state] = MediaSettings()
        state.crud.put(_MARK, (), "settings", {})  # gone after reset(): back to the defaults
    return settings


def as_object(value: object) -> dict[str, Any] | None:
    """Return `value` as a JSON object, or None when it is not one."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def resolve(ctx: Ctx) -> MockModel | Reply:
    """Return the model the body names (catalog, then `MEDIA_MODELS`), or the 400/402 reply."""
    name = (as_object(ctx.body) or {}).get("model")
    if not isinstance(name, str) or not name:
        return error_reply(400, "model: a model is required")
    found = ctx.state.catalog.resolve(name)
    model = found.model if found is not None else MEDIA_MODELS.get(name)
    if model is None:
        return error_reply(400, f"{name} is not a valid model ID")
    return credit_error(ctx) or model


def charge(ctx: Ctx, model: MockModel, prompt: int, completion: int,
           api: str) -> tuple[str, Decimal]:  # fmt: skip
    """Record a generation of this request; return its id and cost.

    A stream that `mid_stream_error` fails bills nothing (as a failed chat stream).
    """
    cost = compute_cost(model, prompt, completion)
    stream = (as_object(ctx.body) or {}).get("stream") is True
    failed = stream and find(ctx.scenarios, "mid_stream_error") is not None
    gen_id = ctx.state.new_generation_id()
    gen = Generation(gen_id, model.id, model.providers[0], Decimal(0) if failed else cost, None,
                     False, prompt, completion, 0, "error" if failed else "stop", stream,
                     api)  # fmt: skip
    assert ctx.key is not None
    ctx.state.add_generation(gen, ctx.key)
    ctx.record.generation_id = gen_id
    return gen_id, cost


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text.encode()) / 4))


def gen_header(gen_id: str) -> tuple[bytes, bytes]:
    """The `X-Generation-Id` header."""
    return (b"x-generation-id", gen_id.encode())


# rerank and images ---------------------------------------------------------------------------
async def rerank(ctx: Ctx) -> Reply:
    """POST /rerank: documents by a deterministic relevance to the query (JSON or a stream)."""
    model = resolve(ctx)
    if isinstance(model, Reply):
        return model
    body = ctx.body
    query, docs = str(body.get("query", "")), list(body.get("documents") or [])
    words = set(query.lower().split())
    scored: list[dict[str, Any]] = []
    for i, doc in enumerate(docs):
        text = doc if isinstance(doc, str) else str((as_object(doc) or {}).get("text", ""))
        overlap = len(words & set(text.lower().split()))
        jitter = int(hashlib.sha256(f"{query}|{i}".encode()).hexdigest()[:4], 16) / 65536 / 100
        document = {"text": text} if isinstance(doc, str) else dict(doc)
        scored.append({"index": i, "relevance_score": round(min(1.0, overlap / (len(words) or 1)
                                                               + jitter), 6),
                       "document": document})  # fmt: skip
    scored.sort(key=lambda r: (-r["relevance_score"], r["index"]))
    top_n = body.get("top_n")
    if isinstance(top_n, int):
        scored = scored[:top_n]
    tokens = sum(_tokens(d if isinstance(d, str) else str(d)) for d in docs) + _tokens(query)
    gen_id, cost = charge(ctx, model, tokens, 0, "rerank")
    answer = {
        "id": gen_id,
        "model": model.id,
        "provider": model.providers[0],
        "results": scored,
        "usage": {"cost": money(cost), "search_units": 1, "total_tokens": tokens},
    }
    if body.get("stream") is True:
        return sentinel_stream_reply(ctx, gen_id, [answer], _rerank_error)
    return json_reply(200, answer, [gen_header(gen_id)])


def _rerank_error(failure: Scenario) -> dict[str, Any]:
    """The in-band error of a failed rerank stream: OpenRouter's error envelope."""
    return {"error": {"code": failure.integer("code"),
                      "message": "Provider disconnected mid-stream (mock)",
                      "metadata": {"error_type": failure.text("error_type")}}}  # fmt: skip


def _image_error(failure: Scenario) -> dict[str, Any]:
    """The in-band `error` event of a failed image stream (`ImageGenStreamErrorEvent`)."""
    return {"type": "error", "error": {"code": failure.text("error_type"),
                                       "message": "Provider disconnected mid-stream (mock)",
                                       "param": None, "type": "server_error"}}  # fmt: skip


async def images(ctx: Ctx) -> Reply:
    """POST /images: `n` PNGs as base64 (JSON), or partial and completed events (a stream)."""
    model = resolve(ctx)
    if isinstance(model, Reply):
        return model
    body = ctx.body
    count = body.get("n") if isinstance(body.get("n"), int) and body["n"] > 0 else 1
    if count > MAX_IMAGES:
        return error_reply(400, f"n: at most {MAX_IMAGES} images per request")
    picture = base64.b64encode(png()).decode()
    prompt = _tokens(str(body.get("prompt", "")))
    completion = 1290 * count  # image tokens
    gen_id, cost = charge(ctx, model, prompt, completion, "images")
    created = int(time.time())
    usage = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "cost": money(cost),
        "is_byok": False,
    }
    if body.get("stream") is True:
        events: list[dict[str, Any]] = []
        for i in range(count):
            events.append(
                {"type": "image_generation.partial_image", "partial_image_index": i,
                 "b64_json": picture}
            )  # fmt: skip
            done: dict[str, Any] = {
                "type": "image_generation.completed",
                "b64_json": picture,
                "created": created,
                "media_type": "image/png",
            }
            if i == count - 1:
                done["usage"] = usage
            events.append(done)
        return sentinel_stream_reply(ctx, gen_id, events, _image_error)
    data = [{"b64_json": picture, "media_type": "image/png"} for _ in range(count)]
    return json_reply(200, {"created": created, "data": data, "usage": usage},
                      [gen_header(gen_id)])  # fmt: skip


# audio ---------------------------------------------------------------------------------------
async def speech(ctx: Ctx) -> Reply:
    """POST /audio/speech: a WAV of a tone as long as the input asks (audio bytes)."""
    model = resolve(ctx)
    if isinstance(model, Reply):
        return model
    text = str(ctx.body.get("input", ""))
    settings = media_settings(ctx.state)
    seconds = min(settings.max_speech_seconds,
                  max(0.1, len(text) * settings.speech_seconds_per_char))  # fmt: skip
    audio = wav(seconds)
    gen_id, _ = charge(ctx, model, _tokens(text), int(seconds * 50), "speech")
    kind = b"audio/mpeg" if ctx.body.get("response_format") == "mp3" else b"audio/wav"
    return Reply(200, [(b"content-type", kind), gen_header(gen_id)], split(audio))


async def transcription(ctx: Ctx) -> Reply:
    """POST /audio/transcriptions: a multipart `file` or JSON `input_audio` (base64)."""
    model = resolve(ctx)
    if isinstance(model, Reply):
        return model
    body: dict[str, Any] = ctx.body
    upload, given = as_object(body.get("file")), as_object(body.get("input_audio"))
    audio: bytes
    if upload is not None:
        audio, name = bytes(upload.get("content", b"")), str(upload.get("filename") or "audio")
    elif given is not None:
        data = str(given.get("data", ""))
        try:
            audio = base64.b64decode(data, validate=True)
        except ValueError:  # not base64: taken as the audio's bytes (the mock is lenient)
            audio = data.encode()
        name = "input_audio." + str(given.get("format", "wav"))
    else:
        return error_reply(400, "file: an audio file is required")
    if not audio:
        return error_reply(400, "file: the audio file is empty")
    seconds = wav_seconds(audio) or round(len(audio) / 16000, 3)
    text = f"Mock transcript of {name} ({len(audio)} bytes)."
    prompt, completion = max(1, int(seconds * 10)), _tokens(text)
    gen_id, cost = charge(ctx, model, prompt, completion, "transcription")
    answer: dict[str, Any] = {
        "text": text, "language": body.get("language") or "en", "duration": seconds,
        "usage": {"cost": money(cost), "seconds": seconds, "input_tokens": prompt,
                  "output_tokens": completion, "total_tokens": prompt + completion},
    }  # fmt: skip
    if body.get("response_format") == "verbose_json":
        answer["task"] = "transcribe"
        answer["segments"] = [{"id": 0, "start": 0.0, "end": seconds, "text": text}]
    return json_reply(200, answer, [gen_header(gen_id)])
