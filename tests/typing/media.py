"""Type-checked under mypy --strict and pyright strict, never executed: the media API's types."""

from __future__ import annotations

from pathlib import Path

from typing_extensions import assert_type

from openrouter_ext import (
    AsyncBinaryResponse,
    AsyncImageStream,
    AsyncOpenRouter,
    AsyncRerankStream,
    BinaryResponse,
    ImageStream,
    OpenRouter,
    RerankStream,
)
from openrouter_ext.types import (
    AnthropicFile,
    AnthropicFileList,
    CreateRerankResponse,
    ImageGenerationResponse,
    OpenAIFile,
    OpenAIFileList,
    OpenRouterFile,
    OpenRouterFileList,
    STTResponse,
    VideoGenerationResponse,
)


def sync_media(client: OpenRouter, path: Path) -> None:
    ranked = client.rerank.create(model="m", query="q", documents=["a", "b"], top_n=1)
    assert_type(ranked, CreateRerankResponse)
    streamed = client.rerank.create(model="m", query="q", documents=["a"], stream=True)
    assert_type(streamed, RerankStream)
    assert_type(client.images.generate(model="m", prompt="p", n=2), ImageGenerationResponse)
    assert_type(client.images.generate(model="m", prompt="p", stream=True), ImageStream)
    with client.images.stream(model="m", prompt="p") as images:
        assert_type(images.final_response(), ImageGenerationResponse)
    with client.audio.speech.create(model="m", input="hi", voice="alloy") as audio:
        assert_type(audio, BinaryResponse)
        assert_type(audio.write_to(path), int)
    text = client.audio.transcriptions.create(file=path, model="m", language="en")
    assert_type(text, STTResponse)
    job = client.videos.create(model="m", prompt="p")
    assert_type(job, VideoGenerationResponse)
    assert_type(client.videos.wait(job.id, timeout=60), VideoGenerationResponse)
    with client.videos.content(job.id) as video:
        for piece in video.iter_bytes():
            assert_type(piece, bytes)
    client.files.create(file=b"data")
    files = client.files.list(limit=10)
    for stored in files:  # every page
        assert_type(stored, OpenRouterFile | OpenAIFile | AnthropicFile)
    assert_type(files.response, OpenRouterFileList | OpenAIFileList | AnthropicFileList)
    assert_type(files.response.has_more, bool)
    client.rerank.create(model="m", query="q", documents=["a"], topn=1)  # type: ignore[call-overload]


async def async_media(client: AsyncOpenRouter, path: Path) -> None:
    ranked = await client.rerank.create(model="m", query="q", documents=["a"])
    assert_type(ranked, CreateRerankResponse)
    stream = await client.rerank.create(model="m", query="q", documents=["a"], stream=True)
    assert_type(stream, AsyncRerankStream)
    assert_type(client.images.stream(model="m", prompt="p"), AsyncImageStream)
    async with await client.audio.speech.create(model="m", input="hi") as audio:
        assert_type(audio, AsyncBinaryResponse)
        assert_type(await audio.read(), bytes)
    assert_type(await client.audio.transcriptions.create(file=path, model="m"), STTResponse)
    async for stored in await client.files.list():
        assert_type(stored, OpenRouterFile | OpenAIFile | AnthropicFile)
    assert_type(await client.videos.wait("job", poll_interval=1.0), VideoGenerationResponse)
