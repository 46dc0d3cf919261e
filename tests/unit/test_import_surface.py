"""The package's import surface is exact for type checkers (issue 18, point 3)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import openrouter_ext

ROOT = Path(__file__).resolve().parents[2]


def test_every_exported_name_resolves_and_an_unknown_one_does_not() -> None:
    for name in openrouter_ext.__all__:
        assert getattr(openrouter_ext, name) is not None
    with pytest.raises(AttributeError, match="OpenRouterr"):
        openrouter_ext.OpenRouterr  # type: ignore[attr-defined]  # noqa: B018


def test_the_openai_sdk_error_names_sit_in_our_tree() -> None:
    assert openrouter_ext.APIError is openrouter_ext.OpenRouterError
    assert issubclass(openrouter_ext.InternalServerError, openrouter_ext.APIStatusError)
    assert openrouter_ext.InternalServerError is openrouter_ext.ServerError


def test_mypy_reports_a_misspelt_name_from_the_package(tmp_path: Path) -> None:
    program = tmp_path / "typo.py"
    program.write_text(
        textwrap.dedent(
            """
            from openrouter_ext import OpenRouterr
            import openrouter_ext

            openrouter_ext.InternalServerErrorr
            ok: type[openrouter_ext.APIError] = openrouter_ext.InternalServerError
            """
        )
    )
    done = subprocess.run(
        # incremental: the repo's mypy cache (make typecheck-mypy wrote it) spares analysing
        # openrouter_ext again; mypy re-checks whatever changed since
        [sys.executable, "-m", "mypy", "--strict", str(program)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1, done.stdout
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, done.stdout
    assert "OpenRouterr" in errors[0] and "InternalServerErrorr" in errors[1]
