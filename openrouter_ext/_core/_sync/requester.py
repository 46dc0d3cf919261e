"""The client as its resources see it: the implementation of the requester protocol.

``resources/_async/_requester.py`` is the contract; this forwards each request to the
client's own call machinery. The async code is the source of the sync twin.
"""
# Generated from openrouter_ext/_core/_async/requester.py by scripts/unasync.py: do not edit.

# The requester is the client's own adapter: it calls the client's protected call machinery
# (``_request``, ``_stream``, ...), which is not public API, by design.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from openrouter_ext._config import CallOptions
from openrouter_ext._costs.pricing import ModelPrice
from openrouter_ext._io.upload import Upload
from openrouter_ext._lowlevel import Operation
from openrouter_ext._streaming._sync.binary import BinaryResponse
from openrouter_ext._streaming._sync.stream import Stream
from openrouter_ext.resources._raw import CAPTURE as RAW_CAPTURE

__all__ = ["ClientRequester"]

T = TypeVar("T")
S = TypeVar("S", bound="Stream[Any, Any]")


class _Client(Protocol):
    """The client's call machinery the requester forwards to (``OpenRouter``'s)."""

    _clock: Callable[[], float]
    _sleep: Callable[[float], None]

    def _request(
        self,
        op: Operation[T],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        upload: Upload | None = None,
        **params: Any,
    ) -> T: ...

    def _download(
        self,
        op: Operation[Any],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> BinaryResponse: ...

    def _stream(
        self, op: Operation[Any], body: dict[str, Any], call: CallOptions, kind: type[S]
    ) -> S: ...

    def _price(self, model: str) -> ModelPrice: ...

    def _settle_job(self, job: Any) -> None: ...


class ClientRequester:
    """The client as its resources see it (``resources/_async/_requester.py``).

    Resources hold this and nothing else of the client: it requests an operation, opens a
    stream of one, prices a model, and tells the time by the client's clock.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _Client) -> None:
        self._client = client

    def request(
        self,
        op: Operation[T],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        upload: Upload | None = None,
        **params: Any,
    ) -> T:
        """Send an operation (retried, budgeted, recorded) and return its parsed result.

        ``upload``: send these files and fields as ``multipart/form-data`` instead of JSON.
        """
        return self._client._request(op, call, *args, body=body, upload=upload, **params)

    def download(
        self,
        op: Operation[Any],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> BinaryResponse:
        """Send an operation whose answer is bytes; return it open, its body not yet read."""
        return self._client._download(op, call, *args, body=body, **params)

    def stream(
        self, op: Operation[Any], body: dict[str, Any], call: CallOptions, kind: type[S]
    ) -> S:
        """Return a stream of an operation, not yet sent (entering or iterating sends it)."""
        return self._client._stream(op, body, call, kind)

    def open_stream(
        self, op: Operation[Any], body: dict[str, Any], call: CallOptions, kind: type[S]
    ) -> S:
        """Return a stream of an operation, sent and open (its first event read)."""
        stream = self._client._stream(op, body, call, kind)
        opened = stream.__enter__()
        capture = RAW_CAPTURE.get()
        if capture is not None:  # .with_raw_response
            capture.append(opened.response)
        return opened

    def price(self, model: str) -> ModelPrice:
        """Return a model's prices (``GET /models``, cached)."""
        return self._client._price(model)

    def settle_job(self, job: Any) -> None:
        """Settle a completed video job's cost into the client's costs (once per job)."""
        self._client._settle_job(job)

    def clock(self) -> float:
        """Return the client's monotonic clock (seconds)."""
        return self._client._clock()

    def sleep(self, seconds: float) -> None:
        """Wait, with the client's sleep function."""
        self._client._sleep(seconds)
