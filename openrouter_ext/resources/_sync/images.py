"""``client.images``: generate images (base64 in JSON, or a stream of partial images)."""
# Generated from openrouter_ext/resources/_async/images.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._sync.media import ImageStream
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import to_raw_response_wrapper
from openrouter_ext.resources._sync._plain import PlainImages
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import ImageGenerationResponse
    from openrouter_ext._params import ImagesGenerateParams

__all__ = ["Images", "ImagesWithRawResponse"]


class ImagesWithRawResponse:
    """``client.images.with_raw_response``: ``generate`` returning an ``APIResponse``."""

    def __init__(self, images: Images) -> None:
        self.generate = to_raw_response_wrapper(images.generate)


class Images(PlainImages):
    """``client.images``."""

    _requester: Requester

    @property
    def with_raw_response(self) -> ImagesWithRawResponse:  # type: ignore[override]
        """``generate`` returning an ``APIResponse`` (headers, status, parse())."""
        return ImagesWithRawResponse(self)

    @overload
    def generate(
        self, *, stream: Literal[False] = False, **params: Unpack[ImagesGenerateParams]
    ) -> ImageGenerationResponse: ...
    @overload
    def generate(
        self, *, stream: Literal[True], **params: Unpack[ImagesGenerateParams]
    ) -> ImageStream: ...
    def generate(
        self, *, stream: bool = False, **params: Unpack[ImagesGenerateParams]
    ) -> ImageGenerationResponse | ImageStream:
        """Generate images from a prompt (``POST /images``).

        Args:
            stream: ``True`` returns an opened :class:`ImageStream` of partial images and one
                completed event per image.
            **params: ``model``, ``prompt``, ``n``, ``size``, ``aspect_ratio``, ``quality``,
                ``output_format``, ``input_references``... and the per-call knobs.

        Returns:
            The ``ImageGenerationResponse`` (``data[i].b64_json``, ``usage.cost``), or an
            ``ImageStream`` when ``stream=True``.

        Raises:
            TypeError: an unknown keyword (naming the closest field) or a knob of the wrong
                type.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, body, _ = prepare(params, "generate", "ImageGenerationRequest")
        assert body is not None
        if stream:
            body["stream"] = True
            return self._requester.open_stream(
                OPERATIONS["images.generate"], body, call, ImageStream
            )
        body.pop("stream", None)
        result: ImageGenerationResponse = self._requester.request(
            OPERATIONS["images.generate"], call, body=body
        )
        return result

    def stream(self, **params: Unpack[ImagesGenerateParams]) -> ImageStream:
        """Stream an image generation; use the result as a context manager and iterate it.

        The request is sent when the ``with`` block is entered (or iteration starts).

        Args:
            **params: as for ``generate``.

        Returns:
            An ``ImageStream``, not yet sent.

        Raises:
            TypeError: an unknown keyword, or a knob of the wrong type.

        """
        call, body, _ = prepare(params, "stream", "ImageGenerationRequest")
        assert body is not None
        body["stream"] = True
        return self._requester.stream(OPERATIONS["images.generate"], body, call, ImageStream)
