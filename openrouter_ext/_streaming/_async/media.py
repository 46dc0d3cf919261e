"""The media streams: rerank results and generated images (``AsyncStream`` with their codecs).

The async code is the source; ``RerankStream`` and ``ImageStream`` are generated from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._streaming._async.stream import AsyncStream
from openrouter_ext._streaming.media import ImageCodec, RerankCodec

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import (
        CreateRerankResponse,
        ImageGenCompletedEvent,
        ImageGenerationResponse,
        ImageGenPartialImageEvent,
        ImageGenTextChunkEvent,
    )

    ImageEvent = ImageGenPartialImageEvent | ImageGenCompletedEvent | ImageGenTextChunkEvent
    _AsyncRerankBase = AsyncStream[CreateRerankResponse, CreateRerankResponse]
    _AsyncImageBase = AsyncStream[ImageEvent, ImageGenerationResponse]
else:  # the generated models load on first use, not with this module
    _AsyncRerankBase = _AsyncImageBase = AsyncStream

__all__ = ["AsyncImageStream", "AsyncRerankStream"]


class AsyncRerankStream(_AsyncRerankBase):
    """A streamed rerank: ``CreateRerankResponse`` events; the last one is the answer.

    Iterate it (``async for``) inside ``async with``; ``final_response()`` returns what
    ``rerank.create()`` returns.
    """

    codec = RerankCodec


class AsyncImageStream(_AsyncImageBase):
    """A streamed image generation: partial images, then one completed event per image.

    Iterate it (``async for``) inside ``async with``; ``final_response()`` returns the
    ``ImageGenerationResponse`` that ``images.generate()`` returns (the completed images and
    the usage of the last one).
    """

    codec = ImageCodec
