"""Codecs of the media streams: rerank results and image generation events (no IO).

``POST /rerank`` and ``POST /images`` answer with JSON, or with an event stream when the
request says ``stream: true``. Each codec folds the events into the type the JSON answer has
(``CreateRerankResponse``, ``ImageGenerationResponse``), so ``final_response()`` of a stream
equals what the non-streaming call returns.
"""

from __future__ import annotations

from typing import Any, cast

from openrouter_ext._lowlevel import model
from openrouter_ext._streaming.codec import typed_error

__all__ = ["ImageCodec", "RerankCodec"]

_PARTIAL = "image_generation.partial_image"
_COMPLETED = "image_generation.completed"
_TEXT = "image_generation.text_chunk"
_EVENT_MODELS = {
    _PARTIAL: "ImageGenPartialImageEvent",
    _COMPLETED: "ImageGenCompletedEvent",
    _TEXT: "ImageGenTextChunkEvent",
}


class RerankCodec:
    """Rerank events: each carries the ranking so far; the last one is the answer."""

    __slots__ = ("_last",)

    done_data: str | None = "[DONE]"
    ended = False

    def __init__(self) -> None:
        self._last: dict[str, Any] | None = None

    def add(self, obj: dict[str, Any]) -> Any:
        event = model("CreateRerankResponse").from_dict(obj)
        self._last = obj
        return event

    def add_error(self, obj: dict[str, Any]) -> None:
        return None

    def is_error(self, obj: dict[str, Any]) -> bool:
        return "error" in obj and "results" not in obj

    def from_json(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        return [data]

    @property
    def has_content(self) -> bool:
        return self._last is not None

    @property
    def finished(self) -> bool:
        return self._last is not None and self._last.get("results") is not None

    @property
    def usage(self) -> dict[str, Any] | None:
        usage = (self._last or {}).get("usage")
        return cast("dict[str, Any]", usage) if isinstance(usage, dict) else None

    @property
    def generation_id(self) -> str | None:
        found = (self._last or {}).get("id")
        return found if isinstance(found, str) else None

    def wire(self) -> dict[str, Any]:
        return dict(self._last or {})

    def result(self) -> Any:
        return model("CreateRerankResponse").from_dict(self._last or {"model": "", "results": []})

    def text(self, event: Any) -> str | None:
        return None


class ImageCodec:
    """Image events: partial images, text chunks, and one completed event per image."""

    __slots__ = ("_created", "_images", "_seen", "_usage")

    done_data: str | None = "[DONE]"
    ended = False

    def __init__(self) -> None:
        self._images: list[dict[str, Any]] = []
        self._created = 0
        self._usage: dict[str, Any] | None = None
        self._seen = False

    def add(self, obj: dict[str, Any]) -> Any:
        kind = obj.get("type")
        name = _EVENT_MODELS.get(kind) if isinstance(kind, str) else None
        if name is None:
            raise ValueError(f"unknown image event type {kind!r}")
        event = model(name).from_dict(obj)
        self._seen = True
        if kind == _COMPLETED:
            image = {"b64_json": obj["b64_json"]}
            if isinstance(obj.get("media_type"), str):
                image["media_type"] = obj["media_type"]
            self._images.append(image)
            created = obj.get("created")
            self._created = created if isinstance(created, int) else self._created
            if isinstance(obj.get("usage"), dict):
                self._usage = obj["usage"]
        return event

    def add_error(self, obj: dict[str, Any]) -> None:
        return None

    def error_of(self, obj: dict[str, Any]) -> dict[str, Any] | None:
        """Return the error of an ``error`` event (or an error envelope), else None.

        An ``ImageGenStreamErrorEvent`` carries a string ``code`` (``provider_unavailable``,
        ``rate_limit_exceeded``...): it becomes the HTTP status it means, so the error raised
        (and whether it is retried before any event) is that of an HTTP error of that status.
        """
        error = obj.get("error")
        if error is None:
            return None
        if isinstance(error, dict):
            return typed_error(cast("dict[str, Any]", error))
        return {"message": str(error), "code": 500}

    def is_error(self, obj: dict[str, Any]) -> bool:
        return obj.get("type") == "error" or ("error" in obj and "data" not in obj)

    def from_json(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = data.get("data") or []
        events: list[dict[str, Any]] = []
        for i, item in enumerate(items):
            event = {"type": _COMPLETED, "created": data.get("created", 0), **item}
            if i == len(items) - 1 and data.get("usage") is not None:
                event["usage"] = data["usage"]
            events.append(event)
        return events

    @property
    def has_content(self) -> bool:
        return self._seen

    @property
    def finished(self) -> bool:
        # the last completed event carries the usage: a body that ends without ``[DONE]``
        # before it was cut (an image of ``n`` may be missing), not finished
        return self._usage is not None

    @property
    def usage(self) -> dict[str, Any] | None:
        return self._usage

    @property
    def generation_id(self) -> str | None:
        return None

    def wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"created": self._created, "data": list(self._images)}
        if self._usage is not None:
            out["usage"] = self._usage
        return out

    def result(self) -> Any:
        return model("ImageGenerationResponse").from_dict(self.wire())

    def text(self, event: Any) -> str | None:
        text = getattr(event, "text", None)
        return text if isinstance(text, str) and text else None
