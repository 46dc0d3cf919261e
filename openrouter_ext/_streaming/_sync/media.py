"""The media streams: rerank results and generated images (``Stream`` with their codecs).

The async code is the source; ``RerankStream`` and ``ImageStream`` are generated from it.
"""
# Generated from openrouter_ext/_streaming/_async/media.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._streaming._sync.stream import Stream
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
    _AsyncRerankBase = Stream[CreateRerankResponse, CreateRerankResponse]
    _AsyncImageBase = Stream[ImageEvent, ImageGenerationResponse]
else:  # the generated models load on first use, not with this module
    _AsyncRerankBase = _AsyncImageBase = Stream

__all__ = ["ImageStream", "RerankStream"]


class RerankStream(_AsyncRerankBase):
    """A streamed rerank: ``CreateRerankResponse`` events; the last one is the answer.

    Iterate it (``for``) inside ``with``; ``final_response()`` returns what
    ``rerank.create()`` returns.
    """

    codec = RerankCodec


class ImageStream(_AsyncImageBase):
    """A streamed image generation: partial images, then one completed event per image.

    Iterate it (``for``) inside ``with``; ``final_response()`` returns the
    ``ImageGenerationResponse`` that ``images.generate()`` returns (the completed images and
    the usage of the last one).
    """

    codec = ImageCodec
