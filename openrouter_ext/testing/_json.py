"""Typed views of untyped JSON (request bodies, the spec's YAML, JSON schemas).

`isinstance(value, dict)` on a parsed JSON value tells a type checker only `dict[Unknown,
Unknown]`; these helpers say once what parsed JSON holds (string keys, any values), and the
modules of the mock narrow with them instead of repeating casts.
"""

from __future__ import annotations

from typing import Any, TypeGuard


def is_object(value: object) -> TypeGuard[dict[str, Any]]:
    """Say whether `value` is a JSON object (a dict: parsed JSON has string keys)."""
    return isinstance(value, dict)


def is_array(value: object) -> TypeGuard[list[Any]]:
    """Say whether `value` is a JSON array (a list)."""
    return isinstance(value, list)


def as_dict(value: object) -> dict[str, Any] | None:
    """Return `value` if it is a JSON object, else None."""
    return value if is_object(value) else None


def as_list(value: object) -> list[Any] | None:
    """Return `value` if it is a JSON array, else None."""
    return value if is_array(value) else None


def dict_of(value: object) -> dict[str, Any]:
    """Return `value` if it is a JSON object, else a new empty dict."""
    return value if is_object(value) else {}


def dicts_in(value: object) -> list[dict[str, Any]]:
    """Return the JSON objects among the items of `value` if it is an array, else []."""
    return [v for v in as_list(value) or () if is_object(v)]
