"""Every Python code block in README.md runs, against the mock server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from openrouter_ext.testing import MockOpenRouter

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_block_runs(
    index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with MockOpenRouter() as mock:
        monkeypatch.setenv("OPENROUTER_API_KEY", mock.api_key)
        monkeypatch.setenv("OPENROUTER_BASE_URL", mock.base_url)
        exec(compile(BLOCKS[index], f"README.md block {index}", "exec"), {"__name__": "__readme__"})
    out = capsys.readouterr().out
    assert "Traceback" not in out
    if "temprature" in BLOCKS[index]:
        assert "did you mean 'temperature'" in out
    if "BudgetExceededError" in BLOCKS[index]:
        assert "refused before sending" in out
    if "print(result.choices[0].message.content" in BLOCKS[index]:
        assert "Mock reply to: Hi" in out
