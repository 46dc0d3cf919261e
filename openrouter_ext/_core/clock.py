"""The clock a client tells time and waits by (``Clock``/``AsyncClock``, set with ``clock=``)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    pass


__all__ = ["AsyncClock", "Clock", "clock_parts"]


async def asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use (``import openrouter_ext`` skips asyncio)."""
    import asyncio

    await asyncio.sleep(seconds)


class Clock(Protocol):
    """The time an ``OpenRouter`` client tells and waits by (``clock=``, for tests).

    ``monotonic()`` returns seconds that never go back; ``sleep(seconds)`` waits. The
    ``time`` module is one (the default).
    """

    def monotonic(self) -> float:
        """Return monotonic seconds."""
        ...

    def sleep(self, seconds: float, /) -> None:
        """Wait ``seconds``."""
        ...


class AsyncClock(Protocol):
    """The time an ``AsyncOpenRouter`` client tells and waits by (``clock=``, for tests).

    As :class:`Clock`, with an ``async def sleep``. The default is ``time.monotonic`` and
    ``asyncio.sleep``.
    """

    def monotonic(self) -> float:
        """Return monotonic seconds."""
        ...

    async def sleep(self, seconds: float, /) -> None:
        """Wait ``seconds``."""
        ...


def clock_parts(clock: object, *, coroutine: bool) -> tuple[Callable[[], float], Any]:
    """Return a clock's ``monotonic`` and ``sleep``, checked for the client it is given to.

    Raises:
        TypeError: ``clock`` lacks them, or its ``sleep`` is a coroutine function given to
            the sync client (it would never wait) or a plain one given to the async client
            (it would block the event loop).

    """
    monotonic, sleep = getattr(clock, "monotonic", None), getattr(clock, "sleep", None)
    if not callable(monotonic) or not callable(sleep):
        raise TypeError("clock must have monotonic() and sleep(seconds) methods")
    if inspect.iscoroutinefunction(sleep) is not coroutine:
        kind = "an async def" if coroutine else "a plain def (not async)"
        raise TypeError(f"clock.sleep must be {kind} for this client")
    return cast("Callable[[], float]", monotonic), sleep
