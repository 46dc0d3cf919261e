"""Griffe extension used by `make docs` (mkdocs.yml): render this package's docstrings as written.

Two things the static reader cannot see or the Markdown renderer does not understand:

- a class docstring completed at import time (``__doc__ = __doc__ + CLIENT_DOC_ARGS`` in
  ``OpenRouter`` and ``AsyncOpenRouter``): the runtime docstring is used instead, with a
  blank line put back before its ``Args:`` section when the summary was a single line;
- Sphinx roles (``:class:`X```, ``:meth:`~a.b.c```): rewritten as Markdown code spans;
- an ``Example:`` section of ``>>>`` lines: renamed ``Examples:``, the Google-style section
  that renders them as code (griffe reads ``Example:`` as a plain admonition).
"""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|meth|func|attr|mod|data|exc|obj):`(~?)([^`]+)`")
_EXAMPLE = re.compile(r"(?m)^(\s*)Example:(\n\s+>>> )")


def _code_span(match: re.Match[str]) -> str:
    short, target = match.group(1), match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if short else target}`"


def _runtime_doc(path: str) -> str | None:
    module_name, _, name = path.rpartition(".")
    try:
        value = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError):
        return None
    doc = inspect.getdoc(value)
    # a one-line docstring + "\n    Args:..." leaves no blank line before the section title
    return None if doc is None else re.sub(r"(?m)(?<=\S)\n(Args:)$", r"\n\n\1", doc)


class DocstringFixes(griffe.Extension):
    """Use runtime-assembled class docstrings and turn Sphinx roles into code spans."""

    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        """Fix one object's docstring once the object tree is complete."""
        if obj.is_class and "__doc__" in obj.members and obj.docstring is not None:
            runtime = _runtime_doc(obj.path)
            if runtime:
                obj.docstring.value = runtime
        if obj.docstring is not None:
            value = _ROLE.sub(_code_span, obj.docstring.value)
            obj.docstring.value = _EXAMPLE.sub(r"\1Examples:\2", value)
