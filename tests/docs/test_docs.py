"""Every ```python block in README.md and docs/*.md runs on its own, against the mock server.

Each block runs alone, in a fresh module (no names from any other block), with
``OPENROUTER_API_KEY`` and ``OPENROUTER_BASE_URL`` pointing at a reset mock, in its own
temporary directory. A block that defines ``def test_...(...)`` functions is a pytest example:
after the block ran, each such function is called with the fixtures it names
(``openrouter_mock``, ``monkeypatch``, ``tmp_path``). Blocks that are not meant to run use
```bash or ```text. ``python -m tests.docs.typecheck`` type-checks the same blocks, each alone.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from openrouter_ext.testing import MockOpenRouter
from tests.docs import typecheck
from tests.docs.blocks import PAGES, ROOT, Block, all_blocks, python_blocks, write_blocks

BLOCKS = all_blocks()


@pytest.fixture(scope="module")
def mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter() as server:
        yield server


def test_the_guides_have_python_examples() -> None:
    guides = {"README.md", "index.md", "quickstart.md", "streaming.md", "errors-and-retries.md"}
    guides |= {"costs.md", "testing.md", "migrating-from-openai.md"}
    assert guides <= {b.page.name for b in BLOCKS}


def test_fences_are_closed_and_labelled() -> None:
    for page in PAGES:
        fences = re.findall(r"^```(.*)$", page.read_text(encoding="utf-8"), re.M)
        assert len(fences) % 2 == 0, f"{page.name}: unbalanced ``` fences"
        openers = fences[::2]
        assert all(o.strip() for o in openers), f"{page.name}: a ``` block without a language"


def test_blocks_are_found_at_their_page_lines() -> None:
    readme = python_blocks(ROOT / "README.md")
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    for block in readme:
        assert lines[block.line - 2] == "```python"
        assert lines[block.line - 1] == block.code.splitlines()[0]
        assert block.padded().splitlines()[block.line - 1] == lines[block.line - 1]
    assert len({b.module for b in BLOCKS}) == len(BLOCKS)


def run_block(block: Block, fixtures: dict[str, object]) -> types.ModuleType:
    """Run one block in a fresh module, then the pytest-example tests it defines."""
    module = types.ModuleType(f"docs_block_{block.module}")
    sys.modules[module.__name__] = module  # for classes (dataclasses, pickling) defined in it
    try:
        # tracebacks point at the page's own file and line numbers
        exec(compile(block.padded(), str(block.page), "exec"), module.__dict__)
        tests = [
            v for k, v in vars(module).items() if k.startswith("test_") and inspect.isfunction(v)
        ]
        assert len(tests) == len(re.findall(r"^def test_", block.code, re.M))
        mock = fixtures["openrouter_mock"]
        for test in tests:
            assert isinstance(mock, MockOpenRouter)
            mock.reset()
            test(**{p: fixtures[p] for p in inspect.signature(test).parameters})
    finally:
        del sys.modules[module.__name__]
    return module


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_block_runs_alone(
    block: Block,
    mock: MockOpenRouter,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock.reset()
    monkeypatch.setenv("OPENROUTER_API_KEY", mock.api_key)
    monkeypatch.setenv("OPENROUTER_BASE_URL", mock.base_url)
    monkeypatch.chdir(tmp_path)
    fixtures = {"openrouter_mock": mock, "monkeypatch": monkeypatch, "tmp_path": tmp_path}
    run_block(block, fixtures)
    assert "Traceback" not in capsys.readouterr().out


def test_a_block_never_sees_the_names_of_an_earlier_one(
    mock: MockOpenRouter, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "```python\nfrom openrouter_ext import OpenRouter\nclient = OpenRouter()\n```\n\n"
        "```python\nclient.models.list()\n```\n",
        encoding="utf-8",
    )
    first, second = python_blocks(page)
    monkeypatch.setenv("OPENROUTER_API_KEY", mock.api_key)
    fixtures: dict[str, object] = {"openrouter_mock": mock}
    assert "client" in vars(run_block(first, fixtures))
    with pytest.raises(NameError, match="'client'") as raised:
        run_block(second, fixtures)
    assert raised.traceback[-1].lineno + 1 == second.line == 7  # the page's own line
    assert not [name for name in sys.modules if name.startswith("docs_block_")]


def test_the_type_gate_reports_a_block_error_at_its_page_line(tmp_path: Path) -> None:
    page = ROOT / "docs" / "typing-gate-probe.md"  # never written: only its name is used
    bad = Block(page, 12, 'count: int = "three"\nprint(count)\n')
    good = Block(page, 30, "total: int = 3\nprint(total)\n")
    files = write_blocks(tmp_path, [bad, good])
    assert sorted(files) == ["docs_typing_gate_probe_L12.py", "docs_typing_gate_probe_L30.py"]
    assert typecheck.check(tmp_path, files) == (
        [
            "docs/typing-gate-probe.md:12: error: Incompatible types in assignment "
            '(expression has type "str", variable has type "int")  [assignment]'
        ],
        [
            "docs/typing-gate-probe.md:12:14: error: Type \"Literal['three']\" is not "
            'assignable to declared type "int"; "Literal[\'three\']" is not assignable to '
            '"int" [reportAssignmentType]'
        ],
    )


@functools.cache
def _chat_request_fields() -> frozenset[str]:
    """The ChatRequest fields of openapi.yaml (parsed once per session: it is 700 kB)."""
    import yaml

    with (ROOT / "openapi.yaml").open("rb") as f:
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return frozenset(spec["components"]["schemas"]["ChatRequest"]["properties"])


@pytest.mark.parametrize(
    ("page", "opening"),
    [("docs/migrating-from-openai.md", "| OpenRouter fields"), ("docs/quickstart.md", "own")],
)
def test_keywords_the_docs_list_are_request_fields_of_the_spec(page: str, opening: str) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    found = re.search(re.escape(opening) + r"\s*\(([^)]*)\)", text)
    assert found, f"{page}: no keyword list after {opening!r}"
    listed = re.findall(r"`(\w+)`", found.group(1))
    assert len(listed) >= 4
    assert set(listed) <= _chat_request_fields(), set(listed) - _chat_request_fields()
    assert "transforms" not in _chat_request_fields()  # so the guide must not list it
