"""What a resource may ask of its client: the whole contract between resources and clients.

Resources hold an ``Requester`` (the client's, ``ClientRequester`` in ``_core``) and
nothing else of the client: request an operation, open a stream of an operation, price a
model, and the clock to wait by. The sync twin (``Requester``) is generated from this file.
"""
# Generated from openrouter_ext/resources/_async/_requester.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from openrouter_ext._config import CallOptions
    from openrouter_ext._costs.pricing import ModelPrice
    from openrouter_ext._lowlevel import Operation
    from openrouter_ext._streaming._sync.stream import Stream

__all__ = ["Requester"]

T = TypeVar("T")
S = TypeVar("S", bound="Stream[Any, Any]")


class Requester(Protocol):
    """The client as its resources see it."""

    def request(
        self,
        op: Operation[T],
        call: CallOptions,
        *args: Any,
        body: dict[str, Any] | None = None,
        **params: Any,
    ) -> T:
        """Send an operation (retried, budgeted, recorded) and return its parsed result."""
        ...

    def stream(
        self, op: Operation[Any], body: dict[str, Any], call: CallOptions, kind: type[S]
    ) -> S:
        """Return a stream of an operation, not yet sent (entering or iterating sends it)."""
        ...

    def open_stream(
        self, op: Operation[Any], body: dict[str, Any], call: CallOptions, kind: type[S]
    ) -> S:
        """Return a stream of an operation, sent and open (its first event read)."""
        ...

    def price(self, model: str) -> ModelPrice:
        """Return a model's prices (``GET /models``, cached)."""
        ...

    def clock(self) -> float:
        """Return the client's monotonic clock (seconds)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait, by the client's clock and sleep function."""
        ...
