#!/usr/bin/env python3
"""List the open (untyped) schemas of the derived spec: what reaches users as a dict or ``Any``.

A schema is *open* when it says nothing about its content:

- ``object``: ``type: object`` (``null`` allowed) with no ``properties``/``patternProperties``
  and ``additionalProperties`` absent, ``true`` or ``{}``: a ``dict[str, Any]`` in the models and
  the request TypedDicts;
- ``any``: no ``type`` at all and nothing else that constrains it (``{}``): ``Any``;
- ``array``: ``type: array`` without ``items``: a ``list[Any]``.

An open schema is *explained* when it carries ``x-openrouter-open: "<reason>"``. The overlay
(``scripts/spec/overlay.yaml``) sets it where the content is genuinely the caller's or the
provider's (a JSON Schema, user-defined key/values, a provider's raw payload); where the shape is
known the overlay types the field instead. A location is *user-facing* when an operation reaches
it (through its parameters, request body or responses, following ``$ref``s).

Usage:
    untyped.py [SPEC] [--all] [--check]

Prints one line per open schema reachable from an operation (``--all``: every one), grouped into
explained (with the reason) and unexplained. ``--check`` exits 1 when a user-facing open schema
is unexplained. Exit status 2: unreadable spec.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = ROOT / "openapi.yaml"
#: The vendor extension that records why a schema is open (set by the overlay, kept in the spec).
OPEN_EXTENSION = "x-openrouter-open"

_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
_COMPOSITION = ("allOf", "anyOf", "oneOf")
_SCHEMA_LISTS = (*_COMPOSITION, "prefixItems")
_SCHEMA_SINGLES = ("items", "not", "contentSchema", "if", "then", "else", "propertyNames")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
#: Keywords that constrain a schema without a ``type`` (so it is not ``Any``).
_CONSTRAINTS = frozenset(
    {
        "$ref",
        "enum",
        "const",
        "not",
        "properties",
        "items",
        "prefixItems",
        "required",
        *_COMPOSITION,
    }
)


@dataclass(frozen=True)
class OpenSchema:
    """One open schema of the spec."""

    pointer: str  # JSON pointer in the derived spec, e.g. #/components/schemas/Model/properties/x
    kind: str  # "object", "any" or "array"
    reason: str | None  # the x-openrouter-open reason, or None when unexplained
    reached_by: frozenset[str]  # subset of {"request", "response"}; empty: no operation uses it

    @property
    def user_facing(self) -> bool:
        """Return whether an operation's request or response reaches this schema."""
        return bool(self.reached_by)


def _escape(name: Any) -> str:
    return str(name).replace("~", "~0").replace("/", "~1")


def _is_empty(value: Any) -> bool:
    return value is True or value == {}


def open_kind(schema: Any) -> str | None:
    """Return the kind of open schema ``schema`` is (``object``, ``any``, ``array``), or None."""
    if schema is True or schema == {}:
        return "any"
    if not isinstance(schema, dict) or any(key in schema for key in _CONSTRAINTS):
        return None
    declared = schema.get("type")
    if declared is None:
        if "additionalProperties" in schema and not _is_empty(schema["additionalProperties"]):
            return None  # an implicit typed map
        return "any"
    types = set(declared) if isinstance(declared, list) else {declared}
    types.discard("null")
    if "object" in types and not schema.get("patternProperties"):
        extra = schema.get("additionalProperties", True)
        if extra is not False and _is_empty(extra):
            return "object"
    if "array" in types and "items" not in schema and "prefixItems" not in schema:
        return "array"
    return None


def walk_schema(schema: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    """Yield ``(pointer, node)`` for ``schema`` and every subschema nested in it."""
    if not isinstance(schema, dict):
        if schema is True:
            yield pointer, schema
        return
    yield pointer, schema
    for key in _SCHEMA_MAPS:
        children = schema.get(key)
        if isinstance(children, dict):
            for name, child in children.items():
                yield from walk_schema(child, f"{pointer}/{key}/{_escape(name)}")
    for key in _SCHEMA_LISTS:
        members = schema.get(key)
        if isinstance(members, list):
            for index, child in enumerate(members):
                yield from walk_schema(child, f"{pointer}/{key}/{index}")
    for key in _SCHEMA_SINGLES:
        if isinstance(schema.get(key), dict):
            yield from walk_schema(schema[key], f"{pointer}/{key}")
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:  # {} is the value type of an open map, not a location
        yield from walk_schema(extra, f"{pointer}/additionalProperties")


def _operation_roots(doc: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """Yield ``(side, pointer, schema)`` for every schema an operation names directly."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        base = f"#/paths/{_escape(path)}"
        shared = item.get("parameters") or []
        for method, op in item.items():
            if method not in _METHODS or not isinstance(op, dict):
                continue
            where = f"{base}/{method}"
            params = [*shared, *(op.get("parameters") or [])]
            for index, param in enumerate(params):
                if isinstance(param, dict) and "schema" in param:
                    yield "request", f"{where}/parameters/{index}/schema", param["schema"]
                elif isinstance(param, dict) and "$ref" in param:
                    yield "request", f"{where}/parameters/{index}", param
            body = op.get("requestBody") or {}
            if "$ref" in body:
                yield "request", f"{where}/requestBody", body
            for media, content in (body.get("content") or {}).items():
                pointer = f"{where}/requestBody/content/{_escape(media)}/schema"
                yield "request", pointer, content.get("schema")
            for status, response in (op.get("responses") or {}).items():
                at = f"{where}/responses/{status}"
                if "$ref" in response:
                    yield "response", at, response
                for media, content in (response.get("content") or {}).items():
                    pointer = f"{at}/content/{_escape(media)}/schema"
                    yield "response", pointer, content.get("schema")
                for name, header in (response.get("headers") or {}).items():
                    if isinstance(header, dict):
                        yield "response", f"{at}/headers/{_escape(name)}", header


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/"):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def reachability(doc: dict[str, Any]) -> dict[str, set[str]]:
    """Return, for each component pointer an operation reaches, the sides that reach it."""
    reached: dict[str, set[str]] = {}
    for side, _pointer, schema in _operation_roots(doc):
        pending = list(_refs(schema))
        while pending:
            ref = pending.pop()
            sides = reached.setdefault(ref, set())
            if side in sides:
                continue
            sides.add(side)
            pending.extend(_refs(_resolve(doc, ref)))
    return reached


def _component_of(pointer: str) -> str:
    parts = pointer.split("/")
    return "/".join(parts[:4]) if pointer.startswith("#/components/") else ""


def find_open_schemas(doc: dict[str, Any]) -> list[OpenSchema]:
    """Return every open schema of ``doc``, in document order (paths, then components)."""
    reached = reachability(doc)
    found: list[OpenSchema] = []

    def visit(root: Any, pointer: str, sides: frozenset[str]) -> None:
        for at, node in walk_schema(root, pointer):
            kind = open_kind(node)
            if kind is None:
                continue
            reason = node.get(OPEN_EXTENSION) if isinstance(node, dict) else None
            text = " ".join(reason.split()) if isinstance(reason, str) and reason.strip() else None
            found.append(OpenSchema(at, kind, text, sides))

    for side, pointer, schema in _operation_roots(doc):
        if not pointer.endswith("/schema"):  # a $ref'd parameter, body or response, or a header
            header_schema = schema.get("schema") if isinstance(schema, dict) else None
            if header_schema is not None:
                visit(header_schema, f"{pointer}/schema", frozenset({side}))
            continue
        visit(schema, pointer, frozenset({side}))
    for section in ("schemas", "parameters", "requestBodies", "responses", "headers"):
        for name, component in ((doc.get("components") or {}).get(section) or {}).items():
            pointer = f"#/components/{section}/{_escape(name)}"
            sides = frozenset(reached.get(pointer, ()))
            if section == "schemas":
                visit(component, pointer, sides)
            elif isinstance(component, dict) and isinstance(component.get("schema"), dict):
                visit(component["schema"], f"{pointer}/schema", sides)
    return found


def render(found: list[OpenSchema], *, include_unreached: bool = False) -> str:
    """Return the report: unexplained open schemas first, then explained ones with reasons."""
    shown = [item for item in found if include_unreached or item.user_facing]
    unexplained = [item for item in shown if item.reason is None]
    explained = [item for item in shown if item.reason is not None]

    def line(item: OpenSchema) -> str:
        sides = "+".join(sorted(item.reached_by)) or "unreached"
        return f"  {item.kind:6} {sides:16} {item.pointer}"

    scope = "" if include_unreached else " reachable from an operation"
    lines = [f"{len(shown)} open schemas{scope} ({OPEN_EXTENSION} records why one is open)"]
    lines.append(f"{len(unexplained)} unexplained:")
    lines += [line(item) for item in unexplained]
    lines.append(f"{len(explained)} explained:")
    for item in explained:
        lines.append(line(item))
        lines.append(f"         why: {item.reason}")
    return "\n".join(lines) + "\n"


def load_spec(path: str | Path) -> Any:
    """Parse a spec file (the C loader when PyYAML has it: the spec is large)."""
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", nargs="?", default=str(DEFAULT_SPEC))
    parser.add_argument("--all", action="store_true", help="include schemas no operation reaches")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a user-facing open schema is unexplained"
    )
    args = parser.parse_args(argv)
    try:
        doc = load_spec(args.spec)
    except (OSError, yaml.YAMLError) as exc:
        print(f"untyped.py: {exc}", file=sys.stderr)
        return 2
    found = find_open_schemas(doc)
    sys.stdout.write(render(found, include_unreached=args.all))
    if args.check and any(item.user_facing and item.reason is None for item in found):
        print(
            f"untyped.py: unexplained open schemas: type them, or record why they are open "
            f"({OPEN_EXTENSION}) in scripts/spec/overlay.yaml",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
