"""Deterministic instances of JSON schemas: the mock's structured outputs and tool arguments.

`instance(schema)` returns the same JSON value every time, valid against `schema` for the
keywords structured outputs use: `type` (one or a list, `null` included), `properties`,
`required`, `additionalProperties`, `minProperties`; `items`, `prefixItems`, `minItems`,
`maxItems`, `uniqueItems`; `enum`, `const`; strings with `minLength`/`maxLength` and the
formats date, date-time, time, email, uri, uuid, ipv4; integers and numbers within
`minimum`/`maximum` (exclusive too) and `multipleOf`; `anyOf`, `oneOf` (the first branch whose
value matches exactly one branch, checked with jsonschema), `allOf` (merged); `$ref` to `$defs`
or `definitions` (JSON pointers into the root). Strings are `mock-<property name>`, numbers 1
and 1.5, booleans true, arrays one item (or `minItems`). Recursive schemas end: past
`MAX_DEPTH` objects keep only required properties, arrays only `minItems` items and unions
prefer a branch without a `$ref`. `pattern` is not generated for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from ._json import as_dict, as_list, is_object

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

MAX_DEPTH: Final = 8
_FORMATS: Final = {
    "date": "2025-01-15", "date-time": "2025-01-15T12:00:00Z", "time": "12:00:00Z",
    "email": "mock@example.com", "uri": "https://example.com/mock",
    "url": "https://example.com/mock", "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "192.0.2.1", "hostname": "example.com",
}  # fmt: skip


def instance(schema: Any, name: str = "value") -> Any:
    """Return a deterministic JSON value that validates against `schema`."""
    return _Gen(schema).value(schema, name, 0, 0)


def _additional(schema: dict[str, Any]) -> Any:
    """Return the schema of additional properties: ``False``, a schema, or ``{}`` (any; also
    for ``true`` and for a malformed value in a caller's schema)."""
    value: Any = schema.get("additionalProperties", True)
    return value if value is False or is_object(value) else {}


class _Gen:
    def __init__(self, root: Any) -> None:
        self.root = root
        self._validator: Validator | None = None

    def resolve(self, schema: Any) -> Any:
        """Follow `$ref`s (siblings kept, the node's own keys win) and merge `allOf`."""
        for _ in range(64):
            node = as_dict(schema)
            ref = None if node is None else node.get("$ref")
            if node is None or not isinstance(ref, str):
                break
            target: Any = self.root
            for part in ref.split("#", 1)[-1].strip("/").split("/"):
                if part:
                    target = target[part.replace("~1", "/").replace("~0", "~")]
            rest = {k: v for k, v in node.items() if k != "$ref"}
            found = as_dict(target)
            schema = {**found, **rest} if found is not None else target
        node = as_dict(schema)
        members = None if node is None else as_list(node.get("allOf"))
        if node is not None and members is not None:
            merged = {k: v for k, v in node.items() if k != "allOf"}
            for member in members:
                piece = as_dict(self.resolve(member))
                if piece is None:
                    continue
                for key, val in piece.items():
                    if key == "properties":
                        merged["properties"] = {**merged.get("properties", {}), **val}
                    elif key == "required":
                        merged["required"] = [*merged.get("required", []), *val]
                    else:
                        merged.setdefault(key, val)
            schema = merged
        return schema

    def value(self, schema: Any, name: str, depth: int, variant: int) -> Any:
        resolved = self.resolve(schema)
        node = as_dict(resolved)
        if resolved is True or node is None:
            return f"mock-{name}" + (f"-{variant}" if variant else "")
        if "const" in node:
            return node["const"]
        enum = as_list(node.get("enum"))
        if enum:
            return enum[variant % len(enum)]
        for keyword in ("oneOf", "anyOf"):
            if as_list(node.get(keyword)):
                return self.branch(node, keyword, name, depth, variant)
        kind: Any = node.get("type")
        kinds = as_list(kind)
        if kinds is not None:
            kind = next((k for k in kinds if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in node else "array" if "items" in node else ""
        if kind == "object":
            return self.object(node, depth, variant)
        if kind == "array":
            return self.array(node, name, depth)
        if kind in ("integer", "number"):
            return _number(node, kind, variant)
        if kind == "boolean":
            return variant % 2 == 0
        if kind == "null":
            return None
        return _string(node, name, variant)

    def branch(self, schema: dict[str, Any], keyword: str, name: str, depth: int,
               variant: int) -> Any:  # fmt: skip
        base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
        branches = list(schema[keyword])
        if depth >= MAX_DEPTH:  # end recursion: branches without a $ref (null, scalars) first
            branches.sort(key=lambda b: isinstance(b, dict) and "$ref" in b)
        else:  # a value rather than null
            branches.sort(key=lambda b: self.resolve(b).get("type") == "null"
                          if isinstance(self.resolve(b), dict) else False)  # fmt: skip
        first: Any = None
        for i, sub in enumerate(branches):
            candidate = self.value({"allOf": [base, sub]} if base else sub, name, depth, variant)
            if i == 0:
                first = candidate
            if keyword == "anyOf" or self.matches(schema, candidate):
                return candidate
        return first

    def matches(self, schema: dict[str, Any], candidate: Any) -> bool:
        """Whether `candidate` is valid against `schema` (refs resolved from the root)."""
        if self._validator is None:
            from jsonschema import Draft202012Validator, validators

            root = as_dict(self.root)
            cls = validators.validator_for(self.root, Draft202012Validator)
            self._validator = cls(root if root is not None else {})
        # types-jsonschema leaves evolve's **kwargs unannotated
        evolved = self._validator.evolve(schema=schema)  # pyright: ignore[reportUnknownMemberType]
        return bool(evolved.is_valid(candidate))

    def object(self, schema: dict[str, Any], depth: int, variant: int) -> dict[str, Any]:
        props: dict[str, Any] = as_dict(schema.get("properties")) or {}  # a caller's schema
        listed: list[Any] = as_list(schema.get("required")) or []  # may be malformed
        required = [r for r in listed if isinstance(r, str)]
        names = [p for p in props if depth < MAX_DEPTH or p in required]
        out = {p: self.value(props[p], p, depth + 1, variant) for p in names}
        extra = _additional(schema)
        for key in required:  # required but not described: from additionalProperties
            if key not in out:
                out[key] = self.value(extra if extra is not False else {}, key, depth + 1, 0)
        want, j = int(schema.get("minProperties", 0)), 0
        while len(out) < want and extra is not False:
            j += 1
            out.setdefault(f"key{j}", self.value(extra, f"key{j}", depth + 1, j))
        return out

    def array(self, schema: dict[str, Any], name: str, depth: int) -> list[Any]:
        prefix: list[Any] = schema.get("prefixItems") or []
        low = int(schema.get("minItems", 0))
        count = max(low, len(prefix), 0 if depth >= MAX_DEPTH else 1)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        items = schema.get("items", {})
        if items is False:
            count = min(count, len(prefix))
        unique = bool(schema.get("uniqueItems"))
        out: list[Any] = []
        for i in range(count):
            sub = prefix[i] if i < len(prefix) else items
            out.append(self.value(sub, name, depth + 1, i if unique else 0))
        return out


def _number(schema: dict[str, Any], kind: str, variant: int) -> int | float:
    def num(key: str) -> float | None:
        v = schema.get(key)
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None

    step = num("multipleOf")
    tiny = step or (1.0 if kind == "integer" else 0.5)
    low, xlow, high, xhigh = num("minimum"), num("exclusiveMinimum"), num("maximum"), num(
        "exclusiveMaximum")  # fmt: skip
    lo = max([v for v in (low, None if xlow is None else xlow + tiny) if v is not None],
             default=None)  # fmt: skip
    hi = min([v for v in (high, None if xhigh is None else xhigh - tiny) if v is not None],
             default=None)  # fmt: skip
    value = (1.0 if kind == "integer" else 1.5) + variant
    if lo is not None and value < lo:
        value = lo + variant
    if hi is not None and value > hi:
        value = hi
        if lo is not None and value < lo:  # a range narrower than one step: its middle
            value = (lo + hi) / 2
    if step:
        value = step * (value // step + (1 if value % step else 0))
        if hi is not None and value > hi:
            value -= step
    if kind == "integer":
        return int(value) if lo is None or int(value) >= lo else int(value) + 1
    return value


def _string(schema: dict[str, Any], name: str, variant: int) -> str:
    fmt = schema.get("format")
    text = _FORMATS.get(fmt) if isinstance(fmt, str) else None
    if text is not None:
        if variant and fmt in ("email", "uri", "url", "hostname"):
            text = text.replace("mock", f"mock{variant}").replace("example", f"example{variant}")
        elif variant and fmt == "date":
            text = f"2025-01-{15 + variant % 14:02d}"
        elif variant and fmt == "date-time":
            text = f"2025-01-{15 + variant % 14:02d}T12:00:00Z"
        return text
    text = f"mock-{name}" + (f"-{variant}" if variant else "")
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    text = text.ljust(low, "x")
    if isinstance(high, int) and len(text) > high:
        text = text[-high:] if variant else text[:high]  # keep the distinguishing suffix
    return text
