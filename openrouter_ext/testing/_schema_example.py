"""Deterministic, schema-valid example values built from the spec's JSON schemas.

`ExampleBuilder(document).build(schema)` walks a schema (local `$ref`s resolved, `allOf`
merged, the first fitting branch of `oneOf`/`anyOf` taken, a discriminator's first mapping
used) and returns the same value every time: required properties always, optional ones down to
`OPTIONAL_DEPTH` levels, one item per array (or `minItems`), the lowest allowed number, the first
enum value, fixed dates and uuids. A branch of a `oneOf` is taken only if the value it gives is
valid against the whole `oneOf` (exactly one branch matches), checked with the spec's validator.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any, Final

from ._json import as_dict, as_list

#: Below this depth optional properties are included; deeper, only required ones.
OPTIONAL_DEPTH: Final = 4
#: Deeper than this, recursion stops: objects get only required fields, arrays are empty.
MAX_DEPTH: Final = 12
FIXED_TIME: Final = "2025-01-01T00:00:00Z"
FIXED_DATE: Final = "2025-01-01"
_NAMESPACE: Final = uuid.UUID("6f1c3c1e-8d0a-4c38-9a57-0e6d2b7e4a10")
_STRING_CANDIDATES: Final = (
    "mock", "mock-1", "mock_1", "2025-01-01", "0" * 64, "https://example.com/mock", "a", "1",
)  # fmt: skip

Schema = Any
Validate = Callable[[Schema, Any], bool]


def mock_uuid(seed: str) -> str:
    """Return a uuid derived from `seed` (the same seed, the same uuid)."""
    return str(uuid.uuid5(_NAMESPACE, seed))


def _always(schema: Schema, value: Any) -> bool:
    return True


class ExampleBuilder:
    """Build example values from schemas of one OpenAPI document.

    Args:
        document: the whole spec (for `#/...` references).
        validate: `validate(schema, value)` says whether `value` fits `schema`; used to pick a
            `oneOf`/`anyOf` branch. Without it the first non-null branch is taken.
    """

    def __init__(self, document: dict[str, Any], validate: Validate | None = None) -> None:
        self.document = document
        self.validate = validate or _always

    def resolve(self, schema: Schema) -> Schema:
        """Follow `$ref`s until a schema without one (siblings of a `$ref` are kept)."""
        seen = 0
        node = as_dict(schema)
        while node is not None and isinstance(node.get("$ref"), str) and seen < 32:
            ref: str = node["$ref"]
            target: Any = self.document
            for part in ref.split("#", 1)[-1].strip("/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            schema = {**target, **siblings} if siblings else target
            node = as_dict(schema)
            seen += 1
        return schema

    def merged(self, schema: Schema) -> Schema:
        """Resolve `schema` and fold its `allOf` members into one schema."""
        schema = self.resolve(schema)
        node = as_dict(schema)
        if node is None or "allOf" not in node:
            return schema
        out: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        props: dict[str, Any] = dict(out.get("properties") or {})
        required: list[str] = list(out.get("required") or [])
        for member in node["allOf"]:
            part = as_dict(self.merged(member))
            if part is None:
                continue
            for key, value in part.items():
                if key == "properties":
                    props.update(value)
                elif key == "required":
                    required += [r for r in value if r not in required]
                elif key not in out:
                    out[key] = value
        if props:
            out["properties"] = props
        if required:
            out["required"] = required
        return out

    def properties(self, schema: Schema) -> dict[str, Any]:
        """Return the properties of an object schema (of its first object branch if a union)."""
        merged = as_dict(self.merged(schema))
        if merged is None:
            return {}
        if "properties" in merged:
            return dict(merged["properties"])
        for keyword in ("anyOf", "oneOf"):
            branches: list[Any] = merged.get(keyword) or []
            for branch in branches:
                found = self.properties(branch)
                if found:
                    return found
        return {}

    def build(self, schema: Schema, name: str = "value", depth: int = 0) -> Any:
        """Return a deterministic value valid against `schema` (`name` seeds strings)."""
        node = as_dict(self.merged(schema))
        if node is None:
            return f"mock-{name}"
        if "const" in node:
            return node["const"]
        enum = as_list(node.get("enum"))
        if enum:
            return next((e for e in enum if e is not None), enum[0])
        for keyword in ("oneOf", "anyOf"):
            if keyword in node:
                return self._branch(node, keyword, name, depth)
        kind: Any = node.get("type")
        listed = as_list(kind)
        if listed is not None:
            kinds = [k for k in listed if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = "object" if "properties" in node else "string"
        return self._typed(node, kind, name, depth)

    def _branch(self, schema: dict[str, Any], keyword: str, name: str, depth: int) -> Any:
        branches: list[Any] = list(schema[keyword])
        disc = as_dict(schema.get("discriminator"))
        mapping = None if disc is None else as_dict(disc.get("mapping"))
        base = {k: v for k, v in schema.items() if k not in (keyword, "discriminator")}
        if disc is not None and mapping:
            tag, ref = next(iter(mapping.items()))
            value = self.build({"allOf": [base, {"$ref": ref}]} if base else {"$ref": ref},
                               name, depth)  # fmt: skip
            tagged = as_dict(value)
            if tagged is not None:
                tagged[disc["propertyName"]] = tag
            return value
        ordered = sorted(branches, key=self._is_null)
        first: Any = None
        for i, branch in enumerate(ordered):
            target = {"allOf": [base, branch]} if base else branch
            value = self.build(target, name, depth)
            if i == 0:
                first = value
            if self.validate(schema, value):
                return value
        return first

    def _is_null(self, schema: Schema) -> bool:
        """Whether `schema` (merged) is `type: null` (such branches are tried last)."""
        node = as_dict(self.merged(schema))
        return node is not None and node.get("type") == "null"

    def _typed(self, schema: dict[str, Any], kind: str, name: str, depth: int) -> Any:
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            low = int(schema.get("minItems", 0))
            count = max(low, 0 if depth >= MAX_DEPTH or schema.get("maxItems") == 0 else 1)
            item = schema.get("items", {})
            return [self.build(item, name, depth + 1) for _ in range(count)]
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(schema, name)

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties") or {}
        listed: list[Any] = schema.get("required") or []
        required = [r for r in listed if isinstance(r, str)]
        names = list(props) if depth < OPTIONAL_DEPTH else [p for p in props if p in required]
        out: dict[str, Any] = {}
        for prop in names:
            if depth >= MAX_DEPTH and prop not in required:
                continue
            out[prop] = self.build(props[prop], prop, depth + 1)
        for prop in required:
            if prop not in out:  # required but not described: anything goes
                out[prop] = f"mock-{prop}"
        return out

    def _string(self, schema: dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return FIXED_TIME
        if fmt == "date":
            return FIXED_DATE
        if fmt == "uuid":
            return mock_uuid(name)
        if fmt in ("uri", "url"):
            return f"https://example.com/{name}"
        if fmt == "email":
            return "mock@example.com"
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        pattern = schema.get("pattern")
        candidates = [f"mock-{name}", *_STRING_CANDIDATES]
        known = schema.get("x-open-enum")  # an open enum: its first known value
        if isinstance(known, list) and known and isinstance(known[0], str):
            candidates.insert(0, known[0])
        if name.endswith("_at") or name in ("date", "timestamp"):  # plain date-times upstream
            candidates.insert(0, FIXED_TIME)
        for text in candidates:
            text = text.ljust(low, "x")
            if high is not None:
                text = text[: int(high)]
            if pattern is None or re.search(pattern, text):
                return text
        return "x" * low


def _number(schema: dict[str, Any], kind: str) -> int | float:
    low = schema.get("minimum")
    exclusive = schema.get("exclusiveMinimum")
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value: float = 1
    if isinstance(low, (int, float)) and not isinstance(low, bool):
        value = max(value, low) if high is None or high >= 1 else low
    if exclusive is True and isinstance(low, (int, float)):
        # OpenAPI 3.0 spelling in a 3.1 spec; Python validators read `true` as the bound 1
        value = max(value, low + 1, 2)
    elif isinstance(exclusive, (int, float)) and not isinstance(exclusive, bool):
        value = max(value, exclusive + 1)
    if isinstance(high, (int, float)) and not isinstance(high, bool) and value > high:
        value = high if "maximum" in schema else high - 1
    step = schema.get("multipleOf")
    if isinstance(step, (int, float)) and step > 0:
        value = step * max(1, round(value / step))
    return int(value) if kind == "integer" else float(value)
