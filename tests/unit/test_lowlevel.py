"""The seam: every generated name it uses exists, and nothing else imports the generated package."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from openrouter_ext import _lowlevel

PACKAGE = Path(_lowlevel.__file__).parent


@pytest.mark.parametrize("name", sorted(_lowlevel.OPERATIONS))
def test_every_operation_builds_with_the_generated_get_kwargs(name: str) -> None:
    op = _lowlevel.OPERATIONS[name]
    params = inspect.signature(op.build).parameters
    positional = [p for p in params.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    args = ["x"] * len(positional)
    required = {
        p.name: "x"
        for p in params.values()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty and p.name != "body"
    }
    body = {"k": "v"} if "body" in params else None
    kwargs = op.request_kwargs(*args, body=body, **required)
    assert kwargs["method"] in {"get", "post", "patch", "delete"}
    assert kwargs["url"].startswith("/")
    if body is not None:
        assert kwargs["json"] == {"k": "v"}
    assert (op.request_model is not None) == ("body" in params)


def test_generated_parsers_and_models_are_present() -> None:
    for model in _lowlevel.MODELS:
        assert callable(model.from_dict)
        assert callable(model.to_dict)
    chunk = _lowlevel.parse_chunk(
        {"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
    )
    assert chunk.choices == []
    assert _lowlevel.body_fields(_lowlevel.ChatRequest) >= {
        "messages",
        "model",
        "provider",
        "plugins",
        "reasoning",
        "stream",
    }


def test_only_the_seam_imports_the_generated_package() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            if any(n == "openrouter_api" or n.startswith("openrouter_api.") for n in names):
                offenders.append(path.relative_to(PACKAGE).as_posix())
    assert sorted(set(offenders)) == ["_lowlevel.py"]
