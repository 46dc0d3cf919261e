"""Fixtures for the wire-level tests of the mock server (plain httpx, no openrouter_ext client)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from openrouter_ext.testing import MockOpenRouter
from tests.mock.specs import NEEDS_DERIVED, REPO_SPEC, derive


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


@pytest.fixture(scope="session")
def spec_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Spec name -> file: the repo's openapi.yaml, and the derived one while it differs."""
    files = {"repo": REPO_SPEC}
    if NEEDS_DERIVED:
        files["derived"] = derive(tmp_path_factory.mktemp("spec") / "openapi.yaml")
    return files


@pytest.fixture(scope="session")
def spec_servers(spec_files: dict[str, Path]) -> Iterator[dict[str, MockOpenRouter]]:
    """One running mock per spec under test."""
    with contextlib.ExitStack() as stack:
        yield {name: stack.enter_context(MockOpenRouter(spec_path=path))
               for name, path in spec_files.items()}  # fmt: skip


@pytest.fixture
def derived(spec_servers: dict[str, MockOpenRouter]) -> MockOpenRouter:
    """The mock serving every upstream operation (reset for this test)."""
    mock = spec_servers.get("derived", spec_servers["repo"])
    if not any(o.path == "/workspaces" for o in mock.app.operations):
        pytest.skip("no spec with the workspace operations")
    mock.reset()
    return mock
