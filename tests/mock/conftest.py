"""Fixtures for the wire-level tests of the mock server (plain httpx, no openrouter_ext client)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from openrouter_ext.testing import MockOpenRouter


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def mock(openrouter_mock: MockOpenRouter) -> MockOpenRouter:
    """The plugin's fixture: a running server, reset for this test."""
    return openrouter_mock


@pytest.fixture
def client(mock: MockOpenRouter) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=mock.base_url,
        headers={"Authorization": f"Bearer {mock.api_key}"},
        timeout=10,
    ) as c:
        yield c


@pytest.fixture
def admin(mock: MockOpenRouter) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=mock.base_url,
        headers={"Authorization": f"Bearer {mock.management_key}"},
        timeout=10,
    ) as c:
        yield c
