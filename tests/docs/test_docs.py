"""Every ```python block in docs/*.md runs, against the mock server.

The blocks of one page run in order in one namespace, so a later block can use the names an
earlier one defined. Each page gets a fresh mock (``OPENROUTER_API_KEY`` and
``OPENROUTER_BASE_URL`` point at it) and runs in its own temporary directory. A block that
defines ``def test_...(...)`` functions is a pytest example: after the page ran, each such
function is called with the fixtures it names (``openrouter_mock``, ``monkeypatch``,
``tmp_path``). Blocks that are not meant to run use ```bash or ```text.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext.testing import MockOpenRouter

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.S | re.M)


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """Return (line number, code) of each ```python block of a page."""
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 2, m.group(2))
        for m in FENCE.finditer(text)
        if m.group(1) == "python"
    ]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter() as server:
        yield server


def test_the_guides_have_python_examples() -> None:
    guides = {"index.md", "quickstart.md", "streaming.md", "errors-and-retries.md", "costs.md"}
    guides |= {"testing.md", "migrating-from-openai.md"}
    assert guides <= {p.name for p in RUNNABLE}


def test_fences_are_closed_and_labelled() -> None:
    for page in PAGES:
        fences = re.findall(r"^```(.*)$", page.read_text(encoding="utf-8"), re.M)
        assert len(fences) % 2 == 0, f"{page.name}: unbalanced ``` fences"
        openers = fences[::2]
        assert all(o.strip() for o in openers), f"{page.name}: a ``` block without a language"


RUNNABLE = [p for p in PAGES if python_blocks(p)]


@pytest.mark.parametrize("page", RUNNABLE, ids=[p.name for p in RUNNABLE])
def test_python_blocks_run(
    page: Path,
    mock: MockOpenRouter,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocks = python_blocks(page)
    mock.reset()
    monkeypatch.setenv("OPENROUTER_API_KEY", mock.api_key)
    monkeypatch.setenv("OPENROUTER_BASE_URL", mock.base_url)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"__docs_{page.stem}__"}
    for line, code in blocks:
        code = "\n" * (line - 1) + code  # tracebacks point at the page's own line numbers
        exec(compile(code, str(page), "exec"), namespace)
    fixtures = {"openrouter_mock": mock, "monkeypatch": monkeypatch, "tmp_path": tmp_path}
    tests = [v for k, v in namespace.items() if k.startswith("test_") and inspect.isfunction(v)]
    assert len(tests) == sum(len(re.findall(r"^def test_", c, re.M)) for _, c in blocks)
    for test in tests:
        mock.reset()
        test(**{p: fixtures[p] for p in inspect.signature(test).parameters})
    assert "Traceback" not in capsys.readouterr().out
