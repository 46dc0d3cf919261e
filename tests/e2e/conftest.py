"""Fixtures of the end-to-end tests (helpers: ``tests/e2e/support.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from openrouter_ext.testing import MockOpenRouter
from tests.e2e.support import E2E


@pytest.fixture
def mock(openrouter_mock: MockOpenRouter) -> MockOpenRouter:
    """The session's mock server, reset for this test."""
    return openrouter_mock


@pytest.fixture(params=["sync", "async"])
def e2e(request: pytest.FixtureRequest, mock: MockOpenRouter) -> Iterator[E2E]:
    """One test body, run with OpenRouter and with AsyncOpenRouter over loopback."""
    runner = E2E(request.param, mock)
    yield runner
    runner.close()
