"""pytest plugin: the `openrouter_mock` fixture (registered through the `pytest11` entry point).

One server is started per test session, lazily, and `reset()` before each test that uses it,
so every test sees fresh keys' spend, no scripts, no recorded requests and attempt counters at
zero, without paying for a new server each time. Nothing heavy is imported until a test asks
for the fixture, so the plugin is harmless where the `mock` extra is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import MockOpenRouter


@pytest.fixture(scope="session")
def openrouter_mock_server() -> Iterator[MockOpenRouter]:
    """Yield the session's mock server (prefer `openrouter_mock`, which also resets it)."""
    from ._server import MockOpenRouter  # imported here: the `mock` extra may be missing

    with MockOpenRouter() as mock:
        yield mock


@pytest.fixture
def openrouter_mock(openrouter_mock_server: MockOpenRouter) -> MockOpenRouter:
    """Return a running `MockOpenRouter`, reset for this test."""
    openrouter_mock_server.reset()
    return openrouter_mock_server
