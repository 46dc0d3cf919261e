#!/usr/bin/env python3
"""Report drift between our openapi.yaml and OpenRouter's published OpenAPI spec.

Operations are matched by (method, path); operationIds differ on purpose. For every
operation we cover this compares response statuses, security, parameters, and the
request and 2xx response body schemas (recursively). Every difference gets a kind:

failing (exit status 1 unless listed in the deviations file)
    status          a status declared on one side only
    security        different authentication requirements
    operation       an operation of ours that upstream does not have
    missing_param   a parameter upstream has that we lack
    missing_field   a body field upstream has that we lack
    content_type    a body content type upstream has that we lack
    required        required on one side, optional on the other
    type            different types, nullability or union members
    enum            enum values upstream has that our closed enum lacks

informational (never failing)
    extra_field, extra_param, extra_variant, extra_content_type, enum_open, enum_extra
    (plus the list of upstream operations we do not cover)

Usage: spec_drift.py UPSTREAM_SPEC [--ours openapi.yaml]
       [--deviations scripts/spec_deviations.yaml] [--json] [--failing-only] [--max-depth N]

Paths: ``request.messages[]<role=user>.content``: ``[]`` = array items, ``<k=v>`` = the
union variant whose discriminator k is v, ``.*`` = additionalProperties values.
Exit status: 0 clean, 1 failing differences, 2 unreadable input.

Only stdlib and PyYAML. ``compare(ours, upstream, deviations)`` is the entry point for
tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OURS = ROOT / "openapi.yaml"
DEFAULT_DEVIATIONS = ROOT / "scripts" / "spec_deviations.yaml"
DEFAULT_MAX_DEPTH = 10

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

FAILING_KINDS = frozenset(
    {
        "status",
        "security",
        "operation",
        "missing_param",
        "missing_field",
        "content_type",
        "required",
        "type",
        "enum",
    }
)
INFO_KINDS = frozenset(
    {
        "extra_field",
        "extra_param",
        "extra_variant",
        "extra_content_type",
        "enum_open",
        "enum_extra",
    }
)
KINDS = FAILING_KINDS | INFO_KINDS

_STRUCTURAL = frozenset(
    {
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "allOf",
        "anyOf",
        "oneOf",
        "discriminator",
        "$ref",
    }
)


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file with the C loader when PyYAML has it."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


# --------------------------------------------------------------------------- results


@dataclass
class Difference:
    operation: str
    kind: str
    path: str
    message: str
    # (our component, path inside it) for every component of ours the path runs through
    components: tuple[tuple[str, str], ...] = ()
    deviation: str | None = None

    @property
    def failing(self) -> bool:
        return self.kind in FAILING_KINDS and self.deviation is None

    @property
    def location(self) -> str:
        """Innermost component of ours holding the difference, as ``Schema.path``."""
        if not self.components:
            return ""
        name, rel = self.components[-1]
        return f"{name}.{rel}" if rel else name

    def to_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "kind": self.kind,
            "path": self.path,
            "message": self.message,
            "failing": self.failing,
            "schema_location": self.location or None,
            "components": [f"{name}.{rel}" if rel else name for name, rel in self.components],
            "deviation": self.deviation,
        }


@dataclass(frozen=True)
class Deviation:
    kind: str
    path: str
    reason: str
    operation: str | None = None
    schema: str | None = None

    def _path_matches(self, path: str) -> bool:
        pattern = "".join(
            ".*" if part == "*" else re.escape(part) for part in re.split(r"(\*)", self.path)
        )
        return re.fullmatch(pattern, path) is not None

    def matches(self, diff: Difference) -> bool:
        if diff.kind != self.kind:
            return False
        if self.operation is not None:
            return diff.operation == self.operation and self._path_matches(diff.path)
        return any(name == self.schema and self._path_matches(rel) for name, rel in diff.components)

    def describe(self) -> str:
        where = self.operation if self.operation is not None else f"schema {self.schema}"
        return f"{where} {self.kind} {self.path or '(root)'}"


@dataclass
class OperationResult:
    key: str
    ours_id: str | None
    upstream_id: str | None
    differences: list[Difference] = field(default_factory=list)


@dataclass
class Report:
    operations: list[OperationResult]
    uncovered: list[tuple[str, str, str]]
    unused_deviations: list[Deviation]
    upstream_operation_count: int = 0

    @property
    def differences(self) -> list[Difference]:
        return [d for op in self.operations for d in op.differences]

    @property
    def failing(self) -> list[Difference]:
        return [d for d in self.differences if d.failing]

    @property
    def documented(self) -> list[Difference]:
        return [d for d in self.differences if d.deviation is not None]

    @property
    def ok(self) -> bool:
        return not self.failing

    def summary(self) -> dict[str, int]:
        diffs = self.differences
        return {
            "operations_compared": len(self.operations),
            "upstream_operations": self.upstream_operation_count,
            "uncovered_upstream_operations": len(self.uncovered),
            "differences": len(diffs),
            "failing": len(self.failing),
            "documented_deviations": len(self.documented),
            "informational": sum(1 for d in diffs if d.kind in INFO_KINDS and d.deviation is None),
            "unused_deviations": len(self.unused_deviations),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "operations": [
                {
                    "operation": op.key,
                    "ours_operation_id": op.ours_id,
                    "upstream_operation_id": op.upstream_id,
                    "differences": [d.to_dict() for d in op.differences],
                }
                for op in self.operations
            ],
            "uncovered_operations": [
                {"method": m, "path": p, "operation_id": oid} for m, p, oid in self.uncovered
            ],
            "unused_deviations": [
                {k: v for k, v in vars(dev).items() if v is not None}
                for dev in self.unused_deviations
            ],
        }

    def format_text(self, failing_only: bool = False) -> str:
        lines: list[str] = []
        for op in self.operations:
            diffs = [d for d in op.differences if d.failing or not failing_only]
            if not diffs:
                continue
            ids = f"ours {op.ours_id}, upstream {op.upstream_id}"
            nfail = sum(d.failing for d in diffs)
            lines.append(f"{op.key}  ({ids}) - {nfail} failing, {len(diffs)} differences")
            for kind in sorted({d.kind for d in diffs}, key=_kind_order):
                group = [d for d in diffs if d.kind == kind]
                label = "failing" if kind in FAILING_KINDS else "informational"
                lines.append(f"  {kind} ({label})")
                for d in group:
                    mark = "FAIL" if d.failing else ("dev " if d.deviation else "info")
                    loc = f"  [{d.location}]" if d.location else ""
                    lines.append(f"    {mark} {d.path}: {d.message}{loc}")
                    if d.deviation:
                        lines.append(f"         deviation: {d.deviation}")
            lines.append("")
        if self.uncovered and not failing_only:
            lines.append(f"Upstream operations not covered ({len(self.uncovered)}, informational)")
            lines.extend(f"  {m} {p}  {oid}" for m, p, oid in self.uncovered)
            lines.append("")
        if self.unused_deviations:
            lines.append("Deviations that matched no difference (stale? remove them)")
            lines.extend(f"  {dev.describe()}" for dev in self.unused_deviations)
            lines.append("")
        s = self.summary()
        lines.append(
            f"{s['operations_compared']} operations compared; {s['failing']} failing, "
            f"{s['documented_deviations']} documented deviations, {s['informational']} "
            f"informational; {s['uncovered_upstream_operations']} upstream operations not "
            f"covered; {s['unused_deviations']} unused deviations."
        )
        return "\n".join(lines)


def _kind_order(kind: str) -> tuple[int, str]:
    return (0 if kind in FAILING_KINDS else 1, kind)


# ---------------------------------------------------------------------- deviations


def load_deviations(source: Any) -> list[Deviation]:
    """Build deviations from a file path, a parsed YAML document or a list of entries."""
    if source is None:
        return []
    if isinstance(source, (str, Path)):
        source = load_yaml(source) or []
    if isinstance(source, Mapping):
        source = source.get("deviations") or []
    result: list[Deviation] = []
    for i, entry in enumerate(source):
        if isinstance(entry, Deviation):
            result.append(entry)
            continue
        if not isinstance(entry, Mapping):
            raise ValueError(f"deviation #{i}: expected a mapping, got {entry!r}")
        unknown = set(entry) - {"operation", "schema", "path", "kind", "reason"}
        if unknown:
            raise ValueError(f"deviation #{i}: unknown keys {sorted(unknown)}")
        if ("operation" in entry) == ("schema" in entry):
            raise ValueError(f"deviation #{i}: give exactly one of 'operation' or 'schema'")
        kind = entry.get("kind")
        if kind not in KINDS:
            raise ValueError(f"deviation #{i}: kind {kind!r} is not one of {sorted(KINDS)}")
        reason = str(entry.get("reason") or "").strip()
        if not reason:
            raise ValueError(f"deviation #{i}: 'reason' is required")
        result.append(
            Deviation(
                kind=kind,
                path=str(entry.get("path") or ""),
                reason=reason,
                operation=entry.get("operation"),
                schema=entry.get("schema"),
            )
        )
    return result


# ------------------------------------------------------------------ normalisation


class Spec:
    """An OpenAPI document with local ``$ref`` resolution."""

    def __init__(self, doc: Mapping[str, Any]):
        self.doc = doc

    def resolve(self, ref: str) -> tuple[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported: {ref}")
        node: Any = self.doc
        parts = [p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]
        for part in parts:
            node = node[part]
        return parts[-1], node

    def deref(self, node: Any, limit: int = 20) -> Any:
        """Follow a chain of non-schema ``$ref``s (parameters, responses, bodies)."""
        while isinstance(node, Mapping) and "$ref" in node and limit:
            node = self.resolve(node["$ref"])[1]
            limit -= 1
        return node


@dataclass
class Shape:
    """A schema normalised for comparison.

    ``types`` holds JSON types (``null`` included when nullable); ``None`` means any.
    ``variants`` is set for unions with two or more non-null members.
    """

    types: frozenset[str] | None = None
    enum: frozenset[Any] | None = None
    props: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    addl: Any = None
    variants: list[Shape] | None = None
    discriminator: str | None = None
    refs: tuple[str, ...] = ()

    @property
    def is_any(self) -> bool:
        return self.types is None and not self.variants

    @property
    def nullable(self) -> bool:
        if self.variants:
            return any(v.nullable for v in self.variants) or (
                self.types is not None and "null" in self.types
            )
        return self.types is not None and "null" in self.types

    @property
    def nonnull(self) -> frozenset[str] | None:
        return None if self.types is None else self.types - {"null"}

    @property
    def is_null(self) -> bool:
        return self.types == frozenset({"null"}) and not self.variants


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _own_shape(node: Mapping[str, Any]) -> Shape:
    types: frozenset[str] | None = None
    raw_type = node.get("type")
    if isinstance(raw_type, str):
        types = frozenset({raw_type})
    elif isinstance(raw_type, list):
        types = frozenset(raw_type)
    enum: frozenset[Any] | None = None
    values: list[Any] | None = None
    if "const" in node:
        values = [node["const"]]
    elif isinstance(node.get("enum"), list):
        values = node["enum"]
    if values is not None:
        hashable = [v for v in values if isinstance(v, (str, int, float, bool))]
        enum = frozenset(hashable) if hashable else None
        if types is None:
            types = frozenset(_json_type(v) for v in values)
        if None in values:
            types = types | {"null"}
    props = dict(node.get("properties") or {})
    if types is None:
        if props or "required" in node or "additionalProperties" in node:
            types = frozenset({"object"})
        elif "items" in node:
            types = frozenset({"array"})
    disc = node.get("discriminator")
    return Shape(
        types=types,
        enum=enum,
        props=props,
        required=frozenset(node.get("required") or ()),
        items=node.get("items"),
        addl=node.get("additionalProperties"),
        discriminator=disc.get("propertyName") if isinstance(disc, Mapping) else None,
    )


def _has_info(shape: Shape) -> bool:
    return not shape.is_any or bool(shape.props) or shape.items is not None


def _merge(a: Shape, b: Shape) -> Shape:
    """Conjunction of two shapes (``allOf``)."""
    if a.variants or b.variants:
        union, other = (a, b) if a.variants else (b, a)
        assert union.variants is not None
        if not _has_info(other):
            return replace(union, refs=a.refs + b.refs)
        return replace(
            union, variants=[_merge(v, other) for v in union.variants], refs=a.refs + b.refs
        )
    if a.types is None:
        types = b.types
    elif b.types is None:
        types = a.types
    else:
        types = (a.types & b.types) or a.types
    if a.enum is not None and b.enum is not None:
        enum: frozenset[Any] | None = a.enum & b.enum
    else:
        enum = a.enum if a.enum is not None else b.enum
    props = dict(a.props)
    for name, sub in b.props.items():
        props[name] = {"allOf": [props[name], sub]} if name in props else sub
    items = a.items
    if b.items is not None:
        items = b.items if items is None else {"allOf": [items, b.items]}
    return Shape(
        types=types,
        enum=enum,
        props=props,
        required=a.required | b.required,
        items=items,
        addl=a.addl if a.addl is not None else b.addl,
        discriminator=a.discriminator or b.discriminator,
        refs=a.refs + b.refs,
    )


def normalize(spec: Spec, raw: Any, seen: frozenset[str] = frozenset()) -> Shape:
    """Resolve refs, flatten allOf and fold ``[X, null]`` unions into a nullable X."""
    if not isinstance(raw, Mapping):
        return Shape()  # true / absent: anything
    if "$ref" in raw:
        ref = raw["$ref"]
        name, target = spec.resolve(ref)
        if ref in seen:
            return Shape(refs=(name,))
        shape = normalize(spec, target, seen | {ref})
        shape = replace(shape, refs=(name, *shape.refs))
        siblings = {k: v for k, v in raw.items() if k != "$ref" and k in _STRUCTURAL}
        if siblings:
            shape = _merge(shape, normalize(spec, siblings, seen))
        return shape
    shape = _own_shape(raw)
    for member in raw.get("allOf") or ():
        shape = _merge(shape, normalize(spec, member, seen))
    members = raw.get("oneOf") or raw.get("anyOf")
    if members:
        norm = [normalize(spec, m, seen) for m in members]
        has_null = any(m.is_null for m in norm)
        real = [m for m in norm if not m.is_null and _has_info(m)]
        if not real:
            if has_null and shape.types is not None:
                shape = replace(shape, types=shape.types | {"null"})
            return shape
        if len(real) == 1:
            union = real[0]
        else:
            union = Shape(variants=real, discriminator=shape.discriminator)
        if has_null:
            union = _with_null(union)
        # keywords next to the union (e.g. `type: object` + properties) constrain it too
        own_info = bool(shape.props) or shape.items is not None or shape.enum is not None
        if own_info or (shape.types is not None and not union.variants):
            union = _merge(shape, union)
        return replace(union, refs=shape.refs + union.refs)
    return shape


def _with_null(shape: Shape) -> Shape:
    if shape.variants:
        return replace(shape, types=frozenset({"null"}))
    if shape.types is None:
        return shape
    return replace(shape, types=shape.types | {"null"})


def _split_types(shape: Shape) -> list[Shape]:
    """The non-null alternatives of a shape, one per JSON type or union member."""
    if shape.variants:
        out: list[Shape] = []
        for v in shape.variants:
            out.extend(_split_types(v))
        return out
    nonnull = shape.nonnull
    if nonnull is None:
        return [shape]
    if len(nonnull) <= 1:
        return [replace(shape, types=nonnull)]
    return [
        replace(
            shape,
            types=frozenset({t}),
            enum=None
            if shape.enum is None
            else frozenset(e for e in shape.enum if _json_type(e) == t),
        )
        for t in sorted(nonnull)
    ]


def _primary(shape: Shape) -> str:
    nonnull = shape.nonnull
    if not nonnull:
        return "any"
    return "number" if nonnull == {"integer", "number"} else sorted(nonnull)[0]


def _type_label(types: Iterable[str]) -> str:
    return " | ".join(sorted(types)) or "any"


def _enum_label(values: Iterable[Any], limit: int = 12) -> str:
    items = sorted(map(str, values))
    if len(items) > limit:
        return ", ".join(items[:limit]) + f", ... ({len(items)} values)"
    return ", ".join(items)


# --------------------------------------------------------------------- comparison


class _Comparer:
    def __init__(self, ours: Spec, upstream: Spec, max_depth: int):
        self.ours = ours
        self.up = upstream
        self.max_depth = max_depth
        self.diffs: list[Difference] = []
        self.operation = ""
        self._stack: set[tuple[int, int]] = set()
        self.ignore_nullable = False

    # -- helpers
    def add(self, kind: str, path: str, message: str, comps: tuple[tuple[str, str], ...] = ()):
        rel = tuple((name, _relative(path, base)) for name, base in comps)
        self.diffs.append(Difference(self.operation, kind, path, message, rel))

    def schema(self, o_raw: Any, u_raw: Any, path: str, depth: int, comps: tuple) -> None:
        key = (id(o_raw), id(u_raw))
        if depth > self.max_depth or key in self._stack:
            return
        self._stack.add(key)
        try:
            o = normalize(self.ours, o_raw)
            u = normalize(self.up, u_raw)
            self.shapes(o, u, path, depth, comps)
        finally:
            self._stack.discard(key)

    def shapes(self, o: Shape, u: Shape, path: str, depth: int, comps: tuple) -> None:
        comps = _with_refs(comps, o, path)
        if u.is_any or o.is_any:
            return
        if not self.ignore_nullable:
            if u.nullable and not o.nullable:
                self.add("type", path, "nullable upstream, not nullable here", comps)
            elif o.nullable and not u.nullable:
                self.add("type", path, "nullable here, not nullable upstream", comps)
        ov, uv = _split_types(o), _split_types(u)
        if len(ov) == 1 and len(uv) == 1:
            self.single(ov[0], uv[0], path, depth, comps)
        else:
            self.union(ov, uv, path, depth, comps, u.discriminator or o.discriminator)

    def single(
        self, o: Shape, u: Shape, path: str, depth: int, comps: tuple, skip: str | None = None
    ) -> None:
        comps = _with_refs(comps, o, path)
        ot, ut = o.nonnull, u.nonnull
        if ot is None or ut is None:
            return
        if ot != ut:
            self.add(
                "type", path, f"type {_type_label(ut)} upstream, {_type_label(ot)} here", comps
            )
            return
        self.enums(o, u, path, comps)
        if "object" in ut:
            self.obj(o, u, path, depth, comps, skip)
        if "array" in ut and o.items is not None and u.items is not None:
            self.schema(o.items, u.items, path + "[]", depth + 1, comps)

    def enums(self, o: Shape, u: Shape, path: str, comps: tuple) -> None:
        if u.enum is not None and o.enum is None:
            self.add(
                "enum_open", path, f"enum closed upstream ({_enum_label(u.enum)}), open here", comps
            )
        elif u.enum is None and o.enum is not None:
            self.add(
                "enum", path, f"enum closed here ({_enum_label(o.enum)}), open upstream", comps
            )
        elif u.enum is not None and o.enum is not None:
            if u.enum - o.enum:
                self.add(
                    "enum", path, f"enum values missing here: {_enum_label(u.enum - o.enum)}", comps
                )
            if o.enum - u.enum:
                self.add(
                    "enum_extra",
                    path,
                    f"enum values only here: {_enum_label(o.enum - u.enum)}",
                    comps,
                )

    def obj(
        self, o: Shape, u: Shape, path: str, depth: int, comps: tuple, skip: str | None = None
    ) -> None:
        if u.props and not o.props:
            names = ", ".join(sorted(u.props))
            self.add(
                "missing_field",
                path,
                f"untyped object here; upstream declares {len(u.props)} fields: {names}",
                comps,
            )
            return
        for name, u_sub in u.props.items():
            sub = f"{path}.{name}"
            if name not in o.props:
                self.add("missing_field", sub, "field upstream, missing here", comps)
                continue
            ureq, oreq = name in u.required, name in o.required
            if ureq and not oreq:
                self.add("required", sub, "required upstream, optional here", comps)
            elif oreq and not ureq:
                self.add("required", sub, "required here, optional upstream", comps)
            if name != skip:  # a discriminator: values already matched variant by variant
                self.schema(o.props[name], u_sub, sub, depth + 1, comps)
        for name in o.props:
            if name not in u.props:
                self.add("extra_field", f"{path}.{name}", "field here, not upstream", comps)
        if isinstance(o.addl, Mapping) and isinstance(u.addl, Mapping) and o.addl and u.addl:
            self.schema(o.addl, u.addl, path + ".*", depth + 1, comps)

    def union(
        self,
        ov: list[Shape],
        uv: list[Shape],
        path: str,
        depth: int,
        comps: tuple,
        disc: str | None = None,
    ) -> None:
        ot = {_primary(v) for v in ov} - {"any"}
        ut = {_primary(v) for v in uv} - {"any"}
        if ot != ut:
            self.add(
                "type",
                path,
                f"one of {_type_label(ut)} upstream, one of {_type_label(ot)} here",
                comps,
            )
        for t in sorted(ot & ut):
            os_ = [v for v in ov if _primary(v) == t]
            us = [v for v in uv if _primary(v) == t]
            if t == "object":
                self.objects(os_, us, path, depth, comps, disc)
            elif t == "array":
                self.arrays(os_, us, path, depth, comps)
            else:
                self.single(_merge_scalars(os_), _merge_scalars(us), path, depth, comps)

    def arrays(self, os_: list[Shape], us: list[Shape], path: str, depth: int, comps: tuple):
        if len(os_) == 1 and len(us) == 1:
            self.single(os_[0], us[0], path, depth, comps)
            return
        osig = [self.signature(self.ours, v) for v in os_]
        usig = [self.signature(self.up, v) for v in us]
        unmatched = []
        for u, sig in zip(us, usig, strict=True):
            if sig in osig:
                i = osig.index(sig)
                osig[i] = None  # type: ignore[call-overload]
                self.single(os_[i], u, path, depth, comps)
            else:
                unmatched.append(sig)
        if unmatched:
            self.add(
                "type",
                path,
                f"array variants upstream without a counterpart here: {', '.join(unmatched)}",
                comps,
            )

    def signature(self, spec: Spec, shape: Shape, depth: int = 0) -> str:
        if depth > 3 or shape.types is None:
            return "any"
        t = _primary(shape)
        if t == "array":
            inner = normalize(spec, shape.items)
            parts = sorted({self.signature(spec, v, depth + 1) for v in _split_types(inner)})
            return f"{'|'.join(parts)}[]"
        return t

    def objects(
        self,
        os_: list[Shape],
        us: list[Shape],
        path: str,
        depth: int,
        comps: tuple,
        disc: str | None = None,
    ) -> None:
        if len(os_) == 1 and len(us) == 1:
            self.single(os_[0], us[0], path, depth, comps)
            return
        if len(os_) == 1 and _is_untyped_object(os_[0]):
            names = ", ".join(_variant_name(u) for u in us)
            self.add(
                "missing_field",
                path,
                f"untyped object here; upstream declares {len(us)} object variants: {names}",
                _with_refs(comps, os_[0], path),
            )
            return
        prop = disc or _detect_discriminator(self.up, us) or _detect_discriminator(self.ours, os_)
        ovals = [_variant_values(self.ours, v, prop) for v in os_]
        uvals = [_variant_values(self.up, v, prop) for v in us]
        loose = [i for i, vals in enumerate(ovals) if vals is None]
        matched: set[int] = set()
        absorbed: list[tuple[str, Shape]] = []
        missing: list[str] = []
        for u_vals, u in zip(uvals, us, strict=True):
            if u_vals is None:
                i = _match_unkeyed(os_, loose, u, matched)
                if i is None:
                    missing.append(_variant_name(u))
                else:
                    matched.add(i)
                    self.single(os_[i], u, path, depth, comps)
                continue
            hits = [i for i, vals in enumerate(ovals) if vals is not None and vals & u_vals]
            covered: set[Any] = set()
            for i in hits:
                matched.add(i)
                common = ovals[i] & u_vals  # type: ignore[operator]
                covered |= common
                label = f"{path}<{prop}={_values_label(common)}>"
                self.single(os_[i], u, label, depth, comps, skip=prop)
            rest = u_vals - covered
            if rest and not hits and loose:
                absorbed.append((_values_label(rest), u))
            elif rest:
                missing.append(f"{prop}={_values_label(rest)}")
        if missing:
            self.add(
                "type",
                path,
                f"object variants upstream without a counterpart here: {', '.join(missing)}",
                comps,
            )
        if absorbed:
            catch_all = os_[loose[0]]
            matched.add(loose[0])
            name = catch_all.refs[0] if catch_all.refs else "an untyped object"
            keys = ", ".join(k for k, _ in absorbed)
            self.add(
                "type",
                path,
                f"{len(absorbed)} upstream variants ({prop}={keys}) are one object here ({name})",
                _with_refs(comps, catch_all, path),
            )
            self.single(catch_all, _merge_variants([u for _, u in absorbed]), path, depth, comps)
        for i, vals in enumerate(ovals):
            if i not in matched:
                where = f"{path}<{prop}={_values_label(vals)}>" if vals else path
                self.add(
                    "extra_variant",
                    where,
                    f"object variant {_variant_name(os_[i])} here, not upstream",
                    _with_refs(comps, os_[i], where),
                )


def _with_refs(comps: tuple, shape: Shape, path: str) -> tuple:
    known = {name for name, _ in comps}
    return comps + tuple((name, path) for name in shape.refs if name not in known)


def _relative(path: str, base: str) -> str:
    if path == base:
        return ""
    rest = path[len(base) :]
    return rest[1:] if rest.startswith(".") else rest


def _merge_scalars(shapes: list[Shape]) -> Shape:
    if len(shapes) == 1:
        return shapes[0]
    enum: frozenset[Any] | None = frozenset()
    for s in shapes:
        if s.enum is None:
            enum = None
            break
        enum = enum | s.enum  # type: ignore[operator]
    return replace(shapes[0], enum=enum)


def _variant_values(spec: Spec, shape: Shape, prop: str | None) -> frozenset[Any] | None:
    """The values a variant's discriminator property may take (None: open or absent)."""
    if prop is None or prop not in shape.props:
        return None
    values = normalize(spec, shape.props[prop]).enum
    return values or None


def _values_label(values: Iterable[Any] | None) -> str:
    return "|".join(sorted(map(str, values or ())))


def _variant_name(shape: Shape) -> str:
    return shape.refs[-1] if shape.refs else "an inline object"


def _is_untyped_object(shape: Shape) -> bool:
    """An object with no declared properties that accepts any keys."""
    return (
        not shape.props
        and shape.nonnull == {"object"}
        and (shape.addl is None or shape.addl is True or shape.addl == {})
    )


def _detect_discriminator(spec: Spec, shapes: list[Shape]) -> str | None:
    """A property every variant has, with an enum, and no value shared by two variants."""
    if len(shapes) < 2:
        return None
    for prop in shapes[0].props:
        values = [_variant_values(spec, s, prop) for s in shapes]
        if any(v is None for v in values):
            continue
        flat = [x for v in values for x in v]  # type: ignore[union-attr]
        if len(flat) == len(set(flat)):
            return prop
    return None


def _match_unkeyed(candidates: list[Shape], loose: list[int], target: Shape, used: set[int]):
    """Pair an upstream variant without a discriminator value with one of ours."""
    free = [i for i in range(len(candidates)) if i not in used]
    for i in free:
        if set(candidates[i].refs) & set(target.refs):
            return i
    for i in free:
        if i in loose:
            return i
    return None


def _merge_variants(shapes: list[Shape]) -> Shape:
    """One object holding every field of several variants (required = common ones)."""
    alternatives: dict[str, list[Any]] = {}
    for s in shapes:
        for name, sub in s.props.items():
            subs = alternatives.setdefault(name, [])
            if sub not in subs:
                subs.append(sub)
    props = {
        name: subs[0] if len(subs) == 1 else {"anyOf": subs} for name, subs in alternatives.items()
    }
    required = frozenset.intersection(*(s.required for s in shapes))
    return Shape(types=frozenset({"object"}), props=props, required=required)


# --------------------------------------------------------------------- operations


def _norm_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _operations(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping, Mapping]]:
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, Mapping):
                yield method.upper(), path, item, op


def _params(spec: Spec, item: Mapping, op: Mapping) -> dict[tuple[str, str], Mapping]:
    out: dict[tuple[str, str], Mapping] = {}
    for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        param = spec.deref(raw)
        where = param.get("in", "")
        name = param.get("name", "")
        out[(where, name.lower() if where == "header" else name)] = param
    return out


def _security(doc: Mapping, op: Mapping) -> frozenset[frozenset[str]]:
    reqs = op.get("security", doc.get("security") or [])
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}

    def sig(name: str) -> str:
        s = schemes.get(name) or {}
        if s.get("type") == "http":
            return f"http {s.get('scheme', '').lower()}"
        if s.get("type") == "apiKey":
            return f"apiKey {s.get('in')}:{s.get('name')}"
        return str(s.get("type") or name)

    return frozenset(frozenset(sig(n) for n in req) for req in reqs)


def _security_label(sec: frozenset[frozenset[str]]) -> str:
    if not sec:
        return "none"
    return " or ".join(" + ".join(sorted(r)) or "anonymous" for r in sorted(sec, key=sorted))


def _content(spec: Spec, node: Any) -> dict[str, Any]:
    node = spec.deref(node) or {}
    return {ct: (media or {}).get("schema") for ct, media in (node.get("content") or {}).items()}


def _body_path(root: str, content_type: str) -> str:
    return root if content_type == "application/json" else f"{root}[{content_type}]"


def _compare_operation(
    c: _Comparer, ours_doc: Mapping, up_doc: Mapping, o_item, o_op, u_item, u_op
) -> None:
    ours, up = c.ours, c.up
    # statuses
    o_resp = {str(k): v for k, v in (o_op.get("responses") or {}).items()}
    u_resp = {str(k): v for k, v in (u_op.get("responses") or {}).items()}
    for code in sorted(set(u_resp) - set(o_resp)):
        c.add("status", f"responses.{code}", "declared upstream, missing here")
    for code in sorted(set(o_resp) - set(u_resp)):
        c.add("status", f"responses.{code}", "declared here, not upstream")
    # security
    o_sec, u_sec = _security(ours_doc, o_op), _security(up_doc, u_op)
    if o_sec != u_sec:
        c.add(
            "security",
            "security",
            f"{_security_label(u_sec)} upstream, {_security_label(o_sec)} here",
        )
    # parameters
    o_params, u_params = _params(ours, o_item, o_op), _params(up, u_item, u_op)
    c.ignore_nullable = True
    for key, u_param in u_params.items():
        path = f"parameters.{key[0]}.{u_param.get('name')}"
        o_param = o_params.get(key)
        if o_param is None:
            c.add("missing_param", path, "parameter upstream, missing here")
            continue
        ureq, oreq = bool(u_param.get("required")), bool(o_param.get("required"))
        if ureq != oreq:
            c.add(
                "required",
                path,
                f"{'required' if ureq else 'optional'} upstream, "
                f"{'required' if oreq else 'optional'} here",
            )
        c.schema(o_param.get("schema"), u_param.get("schema"), path, 0, ())
    for key, o_param in o_params.items():
        if key not in u_params:
            c.add(
                "extra_param",
                f"parameters.{key[0]}.{o_param.get('name')}",
                "parameter here, not upstream",
            )
    c.ignore_nullable = False
    # request body
    o_body, u_body = o_op.get("requestBody"), u_op.get("requestBody")
    if u_body and not o_body:
        c.add("missing_field", "request", "request body upstream, none here")
    elif o_body and not u_body:
        c.add("extra_field", "request", "request body here, none upstream")
    elif o_body and u_body:
        oreq = bool(ours.deref(o_body).get("required"))
        ureq = bool(up.deref(u_body).get("required"))
        if oreq != ureq:
            c.add(
                "required",
                "request",
                f"body {'required' if ureq else 'optional'} upstream, "
                f"{'required' if oreq else 'optional'} here",
            )
        _compare_content(c, _content(ours, o_body), _content(up, u_body), "request")
    # 2xx bodies
    for code in sorted(set(o_resp) & set(u_resp)):
        if code.startswith("2"):
            _compare_content(
                c, _content(ours, o_resp[code]), _content(up, u_resp[code]), f"response.{code}"
            )


def _sse_payload(spec: Spec, data: Any) -> Any:
    """Return the ``contentSchema`` of an SSE ``data`` field declared as JSON text, or None."""
    data = spec.deref(data)
    if not isinstance(data, Mapping):
        return None
    for member in [data, *data.get("anyOf", ()), *data.get("oneOf", ())]:
        member = spec.deref(member)
        if isinstance(member, Mapping) and "contentSchema" in member:
            return member["contentSchema"]
    return None


def _compare_content(c: _Comparer, o_ct: dict, u_ct: dict, root: str) -> None:
    for ct, u_schema in u_ct.items():
        path = _body_path(root, ct)
        if ct not in o_ct:
            c.add("content_type", path, "content type upstream, missing here")
            continue
        o_schema = o_ct[ct]
        if ct == "text/event-stream":
            u_shape = normalize(c.up, u_schema)
            o_shape = normalize(c.ours, o_schema)
            inner = _sse_payload(c.ours, o_shape.props.get("data"))
            if "data" in u_shape.props and inner is not None:
                # ours: data is text holding JSON (contentSchema) or [DONE]; compare the payload
                c.add(
                    "type",
                    f"{path}.data",
                    "SSE data is text here: a JSON payload (contentSchema) or [DONE]",
                )
                c.schema(inner, u_shape.props["data"], path, 0, ())
                continue
            if "data" in u_shape.props and "data" not in o_shape.props:
                c.add(
                    "type",
                    path,
                    "upstream schema is the SSE event {data: ...}; here the data payload",
                    tuple((name, path) for name in o_shape.refs),
                )
                u_schema = u_shape.props["data"]
        c.schema(o_schema, u_schema, path, 0, ())
    for ct in o_ct:
        if ct not in u_ct:
            c.add("extra_content_type", _body_path(root, ct), "content type here, not upstream")


def compare(
    ours: Mapping[str, Any],
    upstream: Mapping[str, Any],
    deviations: Any = None,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Report:
    """Compare two parsed OpenAPI documents; ``deviations`` as for :func:`load_deviations`."""
    devs = load_deviations(deviations)
    c = _Comparer(Spec(ours), Spec(upstream), max_depth)
    up_ops = {(m, _norm_path(p)): (p, item, op) for m, p, item, op in _operations(upstream)}
    covered: set[tuple[str, str]] = set()
    results: list[OperationResult] = []
    for method, path, o_item, o_op in _operations(ours):
        key = (method, _norm_path(path))
        label = f"{method} {path}"
        c.operation = label
        start = len(c.diffs)
        match = up_ops.get(key)
        if match is None:
            c.add("operation", "", "operation not in the upstream spec")
            upstream_id = None
        else:
            covered.add(key)
            _, u_item, u_op = match
            upstream_id = u_op.get("operationId")
            _compare_operation(c, ours, upstream, o_item, o_op, u_item, u_op)
        results.append(
            OperationResult(label, o_op.get("operationId"), upstream_id, _dedupe(c.diffs[start:]))
        )
    used: set[int] = set()
    for result in results:
        for diff in result.differences:
            for i, dev in enumerate(devs):
                if dev.matches(diff):
                    diff.deviation = dev.reason
                    used.add(i)
                    break
    uncovered = sorted(
        (m, p, str(op.get("operationId") or ""))
        for (m, np_), (p, _, op) in up_ops.items()
        if (m, np_) not in covered
    )
    unused = [dev for i, dev in enumerate(devs) if i not in used]
    return Report(
        results,
        [(m, p, oid) for m, p, oid in sorted(uncovered, key=lambda t: (t[1], t[0]))],
        unused,
        len(up_ops),
    )


def _dedupe(diffs: list[Difference]) -> list[Difference]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for d in diffs:
        key = (d.kind, d.path, d.message)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


# ---------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", help="OpenRouter's published OpenAPI spec (YAML or JSON)")
    parser.add_argument("--ours", default=str(DEFAULT_OURS), help="our spec (default: %(default)s)")
    parser.add_argument(
        "--deviations",
        default=str(DEFAULT_DEVIATIONS),
        help="intentional deviations (default: %(default)s; 'none' to use none)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--failing-only", action="store_true", help="text: only failing items")
    parser.add_argument("--max-depth", type=int, default=DEFAULT_MAX_DEPTH)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        ours = load_yaml(args.ours)
        upstream = load_yaml(args.upstream)
        devs = None if args.deviations == "none" else load_deviations(args.deviations)
    except (OSError, yaml.YAMLError, ValueError) as exc:
        print(f"spec_drift: {exc}", file=sys.stderr)
        return 2
    report = compare(ours, upstream, devs, max_depth=args.max_depth)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, sort_keys=False))
    else:
        print(report.format_text(failing_only=args.failing_only))
        print(f"({time.perf_counter() - start:.2f} s)")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
