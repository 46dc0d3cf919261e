"""Mechanical rewrites that make an OpenAPI 3.1 document fit openapi-python-client 0.29.1.

Each function takes the whole document, rewrites it in place and returns it; each keeps the
document's facts (fields, types, enums, nullability) and changes only their form, so the
generated client accepts everything the original spec allows. The constructs, and what the
generator does with them, are in OPENROUTER_API.md section 10.6. ``NORMALISATIONS`` is the
order ``derive.py`` applies them in:

1. ``plain_date_times``: ``format: date-time`` / ``date`` dropped, so bodies round-trip as sent.
2. ``binary_responses``: binary media responses (``audio/*``, ``video/mp4``) become
   ``application/octet-stream`` + ``format: binary`` (the generator returns a ``File``); the
   media types upstream documents stay in its ``x-media-types`` (what the API sends).
3. ``one_request_content_type``: a request body keeps one content type (JSON first): with two
   the generated module does not import.
4. ``name_inline_bodies``: inline request bodies and 2xx objects become components named
   ``<OperationId>Request`` / ``<OperationId>Response``.
5. ``flatten_overriding_allof``: an ``allOf`` that re-declares an inherited property becomes one
   flat object (the generator cannot merge differing declarations).
6. ``inline_single_ref_allof``: ``allOf: [{$ref}, {}]`` (one reference, nothing structural
   beside it) becomes the plain ``$ref``.
7. ``nullable_components``: a component typed ``[T, 'null']`` becomes non-null and every use of it
   ``anyOf: [{$ref}, {type: 'null'}]`` (in a union: a ``null`` member).
8. ``name_union_members``: every inline object (or ``allOf``) member of ``anyOf``/``oneOf``
   becomes a named component ``<Context><Tag>``.
9. ``open_enums``: an enum of a response the API keeps growing becomes an open string (or
   integer) whose description lists the known values; union tags stay closed.
10. ``server_parameter_defaults``: a query or header parameter's ``default`` moves to
   ``x-server-default``: it says what the server assumes, and the generator would otherwise
   send it on every call (``GET /models?offset=0&limit=500`` for ``models.list()``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = [
    "NORMALISATIONS",
    "binary_responses",
    "flatten_overriding_allof",
    "inline_single_ref_allof",
    "iter_schemas",
    "name_inline_bodies",
    "name_union_members",
    "nullable_components",
    "one_request_content_type",
    "open_enums",
    "pascal",
    "plain_date_times",
    "server_parameter_defaults",
]

REF_PREFIX = "#/components/schemas/"
NULL = {"type": "null"}

# Keywords that change what a schema accepts; a member without any of them is decoration.
STRUCTURAL = frozenset(
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
        "not",
        "$ref",
        "prefixItems",
        "patternProperties",
        "discriminator",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
    }
)
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONES = ("items", "additionalProperties", "not", "contentSchema")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def pascal(text: str) -> str:
    """``send_chat-completion:request`` / ``sendChatCompletion`` -> ``SendChatCompletion...``."""
    parts = re.split(r"[^A-Za-z0-9]+", text)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def ref_name(ref: str) -> str | None:
    """Return the component name of a local schema reference, else None."""
    return ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else None


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc.setdefault("components", {}).setdefault("schemas", {})


# --------------------------------------------------------------------------- traversal


def _walk_schema(schema: Any, hint: str) -> Iterator[tuple[dict[str, Any], str]]:
    if not isinstance(schema, dict):
        return
    yield schema, hint
    for key in _SCHEMA_MAPS:
        children = schema.get(key)
        if isinstance(children, dict):
            for name, child in children.items():
                yield from _walk_schema(child, hint + pascal(name))
    for key in _SCHEMA_LISTS:
        children = schema.get(key)
        if isinstance(children, list):
            for index, child in enumerate(children):
                # union members are named by name_union_members; tuple items by position
                yield from _walk_schema(child, f"{hint}{index}" if key == "prefixItems" else hint)
    for key in _SCHEMA_ONES:
        child = schema.get(key)
        if isinstance(child, dict):
            yield from _walk_schema(child, hint + ("Item" if key == "items" else pascal(key)))


def _operation_roots(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Yield (schema, name hint, where) of every parameter, body and response schema."""
    for path, item in sorted(doc.get("paths", {}).items()):
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            base = pascal(op.get("operationId") or f"{method} {path}")
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                    yield param["schema"], base + pascal(param.get("name", "")), "request"
            body = op.get("requestBody")
            if isinstance(body, dict):
                for media in body.get("content", {}).values():
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                        yield media["schema"], base + "Body", "request"
            for status, response in op.get("responses", {}).items():
                if not isinstance(response, dict):
                    continue
                for media in response.get("content", {}).values():
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                        yield media["schema"], f"{base}Response{status}", "response"
                for header in response.get("headers", {}).values():
                    if isinstance(header, dict) and isinstance(header.get("schema"), dict):
                        yield header["schema"], f"{base}Header", "response"


def iter_schemas(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Yield every schema node of the document with a PascalCase name hint for its position."""
    for name, schema in list(_schemas(doc).items()):
        yield from _walk_schema(schema, name)
    for root, hint, _ in _operation_roots(doc):
        yield from _walk_schema(root, hint)


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    seen: set[str] = set()
    while "$ref" in schema:
        name = ref_name(schema["$ref"])
        if name is None or name in seen or name not in _schemas(doc):
            break
        seen.add(name)
        schema = _schemas(doc)[name]
    return schema


# ----------------------------------------------------------------------- normalisations


def plain_date_times(doc: dict[str, Any]) -> dict[str, Any]:
    """Drop ``format: date-time`` and ``format: date``: the values stay the strings sent."""
    for schema, _ in iter_schemas(doc):
        if schema.get("format") in ("date-time", "date"):
            del schema["format"]
    return doc


_BINARY = re.compile(r"^(audio|video|image)/|^application/(octet-stream|pdf|zip)$")


def binary_responses(doc: dict[str, Any]) -> dict[str, Any]:
    """Serve binary media responses as ``application/octet-stream`` with a binary string.

    The generator knows ``application/octet-stream`` only; the types upstream documents (the
    ``Content-Type`` the API answers with, ``video/mp4``, ``audio/*``) are kept in the
    extension ``x-media-types``, for response validators and readers of the spec.
    """
    for item in doc.get("paths", {}).values():
        for method in _METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            for response in op.get("responses", {}).values():
                content = response.get("content") if isinstance(response, dict) else None
                if not isinstance(content, dict):
                    continue
                binary = sorted(k for k in content if _BINARY.match(k))
                if not binary:
                    continue
                for media_type in binary:
                    del content[media_type]
                entry: dict[str, Any] = {"schema": {"type": "string", "format": "binary"}}
                sent = [t for t in binary if t != "application/octet-stream"]
                if sent:
                    entry["x-media-types"] = sent
                content["application/octet-stream"] = entry
    return doc


_BODY_PREFERENCE = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")


def one_request_content_type(doc: dict[str, Any]) -> dict[str, Any]:
    """Keep one content type per request body: JSON, else multipart, else the first by name.

    For a body with two content types 0.29.1 writes ``body: A | B | Unset`` without importing
    ``Unset``: the operation module cannot be imported at all.
    """
    for item in doc.get("paths", {}).values():
        for method in _METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            body = op.get("requestBody") if isinstance(op, dict) else None
            content = body.get("content") if isinstance(body, dict) else None
            if not isinstance(content, dict) or len(content) < 2:
                continue
            keep = next((t for t in _BODY_PREFERENCE if t in content), sorted(content)[0])
            body["content"] = {keep: content[keep]}
    return doc


def name_inline_bodies(doc: dict[str, Any]) -> dict[str, Any]:
    """Move inline request bodies and 2xx response objects into components.

    Named ``<OperationId>Request`` and ``<OperationId>Response`` (``Response<status>`` when an
    operation has several 2xx bodies) instead of the generator's ``<OperationId>Body`` and
    ``<OperationId>Response200``: stable names for the seam, that follow the operation.
    """
    components = _schemas(doc)
    for path, item in sorted(doc.get("paths", {}).items()):
        for method in _METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            base = pascal(op.get("operationId") or f"{method} {path}")
            slots: list[tuple[dict[str, Any], str]] = []
            body = op.get("requestBody")
            if isinstance(body, dict):
                slots += [(media, base + "Request") for media in body.get("content", {}).values()]
            ok = sorted(str(s) for s in op.get("responses", {}) if str(s).startswith("2"))
            for status in ok:
                response = op["responses"].get(status) or op["responses"].get(int(status))
                suffix = "Response" if len(ok) == 1 else f"Response{status}"
                content = response.get("content", {}) if isinstance(response, dict) else {}
                slots += [(media, base + suffix) for media in content.values()]
            for media, name in slots:
                schema = media.get("schema") if isinstance(media, dict) else None
                if not isinstance(schema, dict) or "$ref" in schema or "properties" not in schema:
                    continue
                while name in components:
                    name += "Body"
                components[name] = schema
                media["schema"] = {"$ref": REF_PREFIX + name}
    return doc


def _object_parts(doc: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The allOf parts of ``schema``, references resolved and nested allOfs expanded."""
    parts: list[dict[str, Any]] = []
    for member in schema.get("allOf", []):
        target = _resolve(doc, member) if isinstance(member, dict) else None
        if not isinstance(target, dict) or "$ref" in target:
            return None
        if "allOf" in target:
            nested = _object_parts(doc, target)
            if nested is None:
                return None
            parts.extend(nested)
            rest = {k: v for k, v in target.items() if k != "allOf"}
            if rest:
                parts.append(rest)
        else:
            parts.append(target)
    return parts


def _flatten(parts: list[dict[str, Any]], outer: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {"type": "object", "properties": {}}
    required: list[str] = []
    for part in parts:
        if any(k in part for k in ("anyOf", "oneOf")):
            raise ValueError("union inside allOf")
        flat["properties"].update(copy.deepcopy(part.get("properties", {})))
        required.extend(r for r in part.get("required", []) if r not in required)
        if "additionalProperties" in part:
            flat["additionalProperties"] = copy.deepcopy(part["additionalProperties"])
    if required:
        flat["required"] = required
    for key, value in outer.items():
        if key != "allOf":
            flat[key] = value
    return flat


def flatten_overriding_allof(doc: dict[str, Any]) -> dict[str, Any]:
    """Flatten an ``allOf`` whose parts declare the same property (a later part overrides).

    0.29.1 stops at "can't be merged" when an extension re-declares an inherited property
    with another type or nullability; the flat object has the later (more specific) one.
    """
    for schema, _ in list(iter_schemas(doc)):
        if not isinstance(schema.get("allOf"), list) or len(schema["allOf"]) < 2:
            continue
        parts = _object_parts(doc, schema)
        if parts is None:
            continue
        declared: set[str] = set()
        overrides = False
        for part in parts:
            names = set(part.get("properties", {}))
            overrides = overrides or bool(names & declared)
            declared |= names
        if not overrides:
            continue
        try:
            flat = _flatten(parts, schema)
        except ValueError:
            continue
        schema.clear()
        schema.update(flat)
    return doc


def inline_single_ref_allof(doc: dict[str, Any]) -> dict[str, Any]:
    """``allOf: [{$ref: X}, {}]`` -> ``{$ref: X}`` (siblings of a ``$ref`` are valid in 3.1).

    Extra members may only repeat ``required`` names the target already requires; anything
    structural keeps the ``allOf``.
    """
    for schema, _ in list(iter_schemas(doc)):
        members = schema.get("allOf")
        if not isinstance(members, list):
            continue
        refs = [m for m in members if isinstance(m, dict) and "$ref" in m]
        if len(refs) != 1:
            continue
        target = _resolve(doc, refs[0])
        others = [m for m in members if m is not refs[0]]
        if all(_decoration(m, target) for m in others):
            del schema["allOf"]
            schema["$ref"] = refs[0]["$ref"]
    return doc


def _decoration(member: Any, target: dict[str, Any]) -> bool:
    if not isinstance(member, dict):
        return False
    structural = set(member) & STRUCTURAL
    if structural == {"required"}:
        return set(member["required"]) <= set(target.get("required", []))
    return not structural


def _non_null(schema: dict[str, Any]) -> bool:
    """Make a nullable schema non-null; return whether it was nullable.

    Nullable is ``type: [T, 'null']`` or a union of one schema and ``{type: 'null'}``, which
    is replaced by that schema.
    """
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if (
            isinstance(members, list)
            and len(members) == 2
            and NULL in members
            and not set(schema) & (STRUCTURAL - {key})
        ):
            member = next(m for m in members if m != NULL)
            del schema[key]
            schema.update(copy.deepcopy(member))
            _non_null(schema)
            return True
    types = schema.get("type")
    if not isinstance(types, list) or "null" not in types:
        return False
    rest = [t for t in types if t != "null"]
    schema["type"] = rest[0] if len(rest) == 1 else rest
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        schema["enum"] = [v for v in schema["enum"] if v is not None]
    return True


def _non_null_object(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "object"


def nullable_components(doc: dict[str, Any]) -> dict[str, Any]:
    """Make ``type: [T, 'null']`` components non-null and their uses nullable.

    A nullable object component becomes a union the generator names ``<Name>Type0`` and
    processes twice ("duplicate models"); a nullable enum emits one enum class per use.
    A ``$ref`` that is a part of an ``allOf`` whose other part is a non-null object stays a
    plain ``$ref``: that part already excludes null, and an ``anyOf`` part there hides the
    component's properties from the generator and the request types (the Responses API's
    ``reasoning`` lost ``effort``, ``summary``, ``mode`` and ``context``).
    """
    components = _schemas(doc)
    nullable = {name for name, schema in components.items() if _non_null(schema)}
    if not nullable:
        return doc
    refs = {REF_PREFIX + name for name in nullable}
    for schema, _ in list(iter_schemas(doc)):
        parts = schema.get("allOf")
        if isinstance(parts, list) and any(_non_null_object(part) for part in parts):
            for member in parts:
                if isinstance(member, dict) and member.get("$ref") in refs:
                    member["x-nullable-use"] = True  # the object part excludes null
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if isinstance(members, list) and any(
                isinstance(m, dict) and m.get("$ref") in refs for m in members
            ):
                for member in members:
                    if isinstance(member, dict) and member.get("$ref") in refs:
                        member["x-nullable-use"] = True
                if NULL not in members and "discriminator" not in schema:
                    members.append(dict(NULL))
    for schema, _ in list(iter_schemas(doc)):
        if schema.get("$ref") in refs and not schema.pop("x-nullable-use", False):
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            ref = schema["$ref"]
            schema.clear()
            schema.update(siblings)
            schema["anyOf"] = [{"$ref": ref}, dict(NULL)]
    return doc


_TAG_KEYS = ("type", "role", "object", "id", "event", "kind", "method", "status")


def _tag(doc: dict[str, Any], member: dict[str, Any]) -> str | None:
    props: dict[str, Any] = {}
    for part in [member, *member.get("allOf", [])]:
        if isinstance(part, dict):
            props.update(_resolve(doc, part).get("properties", {}))
    for key in _TAG_KEYS:
        prop = props.get(key)
        if isinstance(prop, dict):
            prop = _resolve(doc, prop)
            if "const" in prop:
                return str(prop["const"])
            if isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
                return str(prop["enum"][0])
    return None


def _needs_name(member: Any) -> bool:
    return (
        isinstance(member, dict)
        and "$ref" not in member
        and ("properties" in member or "allOf" in member or member.get("type") == "object")
    )


def name_union_members(doc: dict[str, Any]) -> dict[str, Any]:
    """Move every inline object member of ``anyOf``/``oneOf`` into a named component.

    Named ``<Context><Tag>`` (the member's single-valued ``type``/``role``/... in PascalCase),
    else ``<Context>Variant<index>``. Repeated until no inline member is left, since a moved
    member can hold unions of its own.
    """
    components = _schemas(doc)
    while True:
        moved = 0
        for schema, hint in list(iter_schemas(doc)):
            for key in ("anyOf", "oneOf"):
                members = schema.get(key)
                if not isinstance(members, list):
                    continue
                for index, member in enumerate(members):
                    if not _needs_name(member):
                        continue
                    tag = _tag(doc, member)
                    name = hint + (pascal(tag) if tag else f"Variant{index}")
                    if name in components:
                        name = f"{name}{index}"
                    while name in components:
                        name += "X"
                    components[name] = member
                    members[index] = {"$ref": REF_PREFIX + name}
                    moved += 1
        if not moved:
            return doc


def _reachable_from_responses(doc: dict[str, Any]) -> tuple[list[dict[str, Any]], set[str]]:
    roots = [root for root, _, where in _operation_roots(doc) if where == "response"]
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        for node, _ in _walk_schema(stack.pop(), ""):
            name = ref_name(node.get("$ref", "")) if isinstance(node.get("$ref"), str) else None
            if name and name not in seen and name in _schemas(doc):
                seen.add(name)
                stack.append(_schemas(doc)[name])
    return roots, seen


_UNION_TAGS = ("type", "role", "object", "event", "kind")


def _union_tags(doc: dict[str, Any]) -> set[int]:
    """ids of the schemas of the properties that tell union members apart (kept closed)."""
    tags: set[int] = set()
    for schema, _ in list(iter_schemas(doc)):
        discriminator = schema.get("discriminator")
        keys = set(_UNION_TAGS)
        if isinstance(discriminator, dict) and discriminator.get("propertyName"):
            keys.add(discriminator["propertyName"])
        for union in ("anyOf", "oneOf"):
            for member in schema.get(union) or []:
                if not isinstance(member, dict):
                    continue
                target = _resolve(doc, member)
                for part in [target, *target.get("allOf", [])]:
                    part = _resolve(doc, part) if isinstance(part, dict) else {}
                    for key, prop in part.get("properties", {}).items():
                        if key in keys and isinstance(prop, dict):
                            tags.add(id(prop))
                            tags.add(id(_resolve(doc, prop)))
    return tags


def _open(schema: dict[str, Any]) -> None:
    values = [v for v in schema["enum"] if v is not None]
    kinds = {type(v) for v in values}
    if len(kinds) != 1 or kinds & {dict, list, float}:
        return
    kind = {str: "string", int: "integer", bool: "boolean"}[kinds.pop()]
    nullable = None in schema["enum"] or (
        isinstance(schema.get("type"), list) and "null" in schema["type"]
    )
    del schema["enum"]
    schema["type"] = [kind, "null"] if nullable else kind
    listed = ", ".join(f"`{v}`" for v in values)
    schema["description"] = f"Open enum (the API adds values): known values {listed}."
    schema["x-open-enum"] = values


def open_enums(doc: dict[str, Any]) -> dict[str, Any]:
    """Open the multi-valued enums of responses, so a new value cannot fail a whole body.

    Generated enums (Literal or Enum) reject unknown values while parsing. Every enum with two
    or more values in a schema a response reaches becomes a plain string (integer) whose
    description lists the known values; the values stay in ``x-open-enum``. Request-only
    enums stay closed (typed literals for type checkers), and so do union tags (a property of
    a union member: the generator picks the member by trying each in turn).
    ``x-open-enum: false`` on a schema (from the overlay) keeps it closed.
    """
    roots, names = _reachable_from_responses(doc)
    tags = _union_tags(doc)
    nodes = [n for root in roots for n, _ in _walk_schema(root, "")]
    nodes += [n for name in sorted(names) for n, _ in _walk_schema(_schemas(doc)[name], "")]
    done: set[int] = set()
    for node in nodes:
        if id(node) in done or id(node) in tags or node.get("x-open-enum") is False:
            continue
        done.add(id(node))
        enum = node.get("enum")
        if isinstance(enum, list) and len([v for v in enum if v is not None]) > 1:
            _open(node)
    return doc


def server_parameter_defaults(doc: dict[str, Any]) -> dict[str, Any]:
    """Move query/header parameter defaults to ``x-server-default`` (not sent by the client).

    openapi-python-client makes a parameter's default the default of its keyword, so every
    call would send it; absent and default are the same to the server, and a request that
    says only what the caller said is easier to read, log and cache.
    """
    params: list[Any] = list((doc.get("components") or {}).get("parameters", {}).values())
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        params += item.get("parameters") or []
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                params += op.get("parameters") or []
    for param in params:
        schema = param.get("schema") if isinstance(param, dict) else None
        in_query = param.get("in") in ("query", "header")
        if in_query and isinstance(schema, dict) and "default" in schema:
            schema["x-server-default"] = schema.pop("default")
    return doc


NORMALISATIONS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (
    plain_date_times,
    binary_responses,
    one_request_content_type,
    name_inline_bodies,
    flatten_overriding_allof,
    inline_single_ref_allof,
    nullable_components,
    name_union_members,
    open_enums,
    server_parameter_defaults,
)
