"""The ```python blocks of README.md and docs/*.md: found, named and written out as files.

Used by tests/docs/test_docs.py (each block runs on its own against the mock) and by
``python -m tests.docs.typecheck`` (each block type-checks on its own under ``mypy --strict`` and
pyright strict). Blocks that are not meant to run use ```bash or ```text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.S | re.M)


@dataclass(frozen=True)
class Block:
    """One ```python block: its page, the page line of its first code line, its code."""

    page: Path
    line: int
    code: str

    @property
    def path(self) -> str:
        """The page's path from the repository root (``docs/costs.md``), else its name."""
        inside = self.page.is_relative_to(ROOT)
        return self.page.relative_to(ROOT).as_posix() if inside else self.page.name

    @property
    def id(self) -> str:
        """``README.md:21``, ``docs/costs.md:11``: where the block's code starts."""
        return f"{self.path}:{self.line}"

    @property
    def module(self) -> str:
        """A module name unique to the block: ``docs_costs_L11``."""
        return re.sub(r"\W", "_", self.path.removesuffix(".md")) + f"_L{self.line}"

    def padded(self) -> str:
        """The code after blank lines, so line numbers in errors are the page's own."""
        return "\n" * (self.line - 1) + self.code


def python_blocks(page: Path) -> list[Block]:
    """Return each ```python block of a page, in page order."""
    text = page.read_text(encoding="utf-8")
    return [
        Block(page, text.count("\n", 0, m.start()) + 2, m.group(2))
        for m in FENCE.finditer(text)
        if m.group(1) == "python"
    ]


def all_blocks() -> list[Block]:
    """Every ```python block of README.md and docs/*.md."""
    return [block for page in PAGES for block in python_blocks(page)]


def write_blocks(directory: Path, blocks: list[Block]) -> dict[str, Block]:
    """Write each block to ``<directory>/<module>.py``; return file name -> block."""
    files: dict[str, Block] = {}
    for block in blocks:
        name = f"{block.module}.py"
        assert name not in files, f"two blocks named {name}"
        (directory / name).write_text(block.padded(), encoding="utf-8")
        files[name] = block
    return files
