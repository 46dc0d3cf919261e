"""Helpers shared by the mock's wire-level tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

USER = {"role": "user", "content": "Hello there"}


def chat_body(**extra: Any) -> dict[str, Any]:
    return {"model": "openai/gpt-4o-mini", "messages": [USER], **extra}


def sse_data(text: str) -> list[str]:
    """Return the data payloads of an SSE body (LF framing only)."""
    return [line[6:] for line in text.split("\n") if line.startswith("data: ")]


def wait_until(predicate: Callable[[], bool], timeout: float = 3.0) -> None:
    """Poll `predicate` until it is true (the server records asynchronously)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)
