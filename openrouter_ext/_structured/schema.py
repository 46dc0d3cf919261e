"""Turn a pydantic model into a strict JSON schema, a ``response_format`` and a tool definition.

pydantic (the ``structured`` extra) is imported inside the functions that need it, never when
this module is imported. The strict-mode rewrite follows openai-python's
``to_strict_json_schema``: every object gets ``additionalProperties: false`` and lists all its
properties as required (optional fields stay nullable), ``$defs`` are kept and made strict too,
a ``$ref`` with sibling keys is inlined, single-entry ``allOf`` is merged and ``default: null``
is dropped. ``oneOf`` (pydantic's discriminated unions) becomes ``anyOf``, the only union
strict mode accepts; the variants stay disjoint through their ``const`` discriminators.
"""

from __future__ import annotations

import copy
import inspect
import re
from collections.abc import Mapping
from typing import Any, Final, cast

from openrouter_ext._params import (
    ChatFormatJsonSchemaConfigParam,
    ChatFunctionToolFunctionFunctionParam,
    ChatFunctionToolFunctionParam,
    ChatJsonSchemaConfigParam,
)

__all__ = [
    "FunctionDefinitionParam",
    "FunctionToolParam",
    "JSONSchemaParam",
    "ResponseFormatJSONSchemaParam",
    "is_pydantic_function",
    "model_of_tool",
    "pydantic_function_tool",
    "require_pydantic",
    "strict_json_schema",
    "to_response_format",
    "to_strict_json_schema",
]

INSTALL_HINT: Final = "pip install 'openrouter-ext[structured]'"
_NAME_OK: Final = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_NAME_BAD_CHARS: Final = re.compile(r"[^a-zA-Z0-9_-]+")


# The request types of the spec (openrouter_ext._params, generated): what these helpers
# return is exactly what ``create(response_format=..., tools=[...])`` takes.
JSONSchemaParam = ChatJsonSchemaConfigParam
ResponseFormatJSONSchemaParam = ChatFormatJsonSchemaConfigParam
FunctionDefinitionParam = ChatFunctionToolFunctionFunctionParam
FunctionToolParam = ChatFunctionToolFunctionParam


def require_pydantic() -> None:
    """Check that pydantic v2 can be imported, or raise an ImportError saying how."""
    try:
        import pydantic
    except ImportError as err:
        raise ImportError(
            f"structured outputs need pydantic>=2.5, which is not installed: {INSTALL_HINT}"
        ) from err
    if not hasattr(pydantic, "TypeAdapter"):
        raise ImportError(
            f"structured outputs need pydantic v2 (found {pydantic.VERSION}): {INSTALL_HINT}"
        )


def _schema_of(model: type[object]) -> dict[str, Any]:
    """Return pydantic's JSON schema of a model class (or of a dataclass / TypedDict)."""
    require_pydantic()
    import pydantic

    if not inspect.isclass(model):
        raise TypeError(f"expected a pydantic model class, got {model!r}")
    if issubclass(model, pydantic.BaseModel):
        schema: dict[str, Any] = model.model_json_schema()
    else:
        try:
            schema = pydantic.TypeAdapter(model).json_schema()
        except pydantic.PydanticUserError as err:  # pragma: no cover - pydantic's own message
            raise TypeError(f"cannot build a JSON schema of {model!r}: {err}") from err
    root = _resolve(schema, schema["$ref"]) if isinstance(schema.get("$ref"), str) else schema
    if root.get("type") != "object":  # a recursive model's root is a $ref to its $defs entry
        raise TypeError(
            f"{model.__name__}: structured outputs need a model whose JSON schema is an object "
            f"(a pydantic BaseModel, a dataclass or a TypedDict); got type {root.get('type')!r}"
        )
    return schema


def to_strict_json_schema(model: type[object]) -> dict[str, Any]:
    """Return the strict-mode JSON schema of a pydantic model class.

    Args:
        model: a pydantic ``BaseModel`` subclass (dataclasses and TypedDicts work too,
            through ``pydantic.TypeAdapter``).

    Returns:
        A new dict (see the module docstring for the rewrite).

    Raises:
        ImportError: pydantic v2 is not installed.
        TypeError: ``model`` is not a class whose schema is a JSON object.

    """
    return strict_json_schema(_schema_of(model))


def strict_json_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Return a strict-mode copy of a JSON schema (the input is not changed)."""
    root = copy.deepcopy(dict(schema))
    return _strict(root, path=(), root=root)


def _dict(value: object) -> dict[str, Any] | None:
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def _list(value: object) -> list[Any] | None:
    return cast("list[object]", value) if isinstance(value, list) else None


def _strict(value: object, *, path: tuple[str, ...], root: dict[str, Any]) -> dict[str, Any]:
    node = _dict(value)
    if node is None:
        raise TypeError(f"expected a JSON schema object at {'/'.join(path) or '#'}, got {value!r}")
    for key in ("$defs", "definitions"):
        defs = _dict(node.get(key))
        for name, sub in (defs or {}).items():
            _strict(sub, path=(*path, key, name), root=root)
    if node.get("type") == "object" and "additionalProperties" not in node:
        node["additionalProperties"] = False
    props = _dict(node.get("properties"))
    if props is not None:
        node["required"] = list(props)
        node["properties"] = {
            k: _strict(v, path=(*path, "properties", k), root=root) for k, v in props.items()
        }
    items = _dict(node.get("items"))
    if items is not None:
        node["items"] = _strict(items, path=(*path, "items"), root=root)
    one_of = _list(node.get("oneOf"))
    if one_of is not None:
        del node["oneOf"]
        node.pop("discriminator", None)
        node["anyOf"] = [*(_list(node.get("anyOf")) or []), *one_of]
    any_of = _list(node.get("anyOf"))
    if any_of is not None:
        node["anyOf"] = [
            _strict(v, path=(*path, "anyOf", str(i)), root=root) for i, v in enumerate(any_of)
        ]
    all_of = _list(node.get("allOf"))
    if all_of is not None:
        if len(all_of) == 1:
            node.update(_strict(all_of[0], path=(*path, "allOf", "0"), root=root))
            del node["allOf"]
        else:
            node["allOf"] = [
                _strict(v, path=(*path, "allOf", str(i)), root=root) for i, v in enumerate(all_of)
            ]
    if "default" in node and node["default"] is None:
        del node["default"]
    ref = node.get("$ref")
    if isinstance(ref, str) and len(node) > 1:
        resolved = _resolve(root, ref)
        node.update({**resolved, **node})  # the node's own keys win over the target's
        del node["$ref"]
        return _strict(node, path=path, root=root)  # the inlined target is made strict too
    return node


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"unexpected $ref {ref!r}: only local references (#/...) are supported")
    node: dict[str, Any] | None = root
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if node is None or part not in node:
            raise ValueError(f"$ref {ref!r} does not resolve")
        node = _dict(node[part])
    if node is None:
        raise ValueError(f"$ref {ref!r} does not resolve to a schema object")
    return copy.deepcopy(node)


def _name_for(model: type[object], name: str | None) -> str:
    """Check an explicit name, or derive one from the class name (``a-zA-Z0-9_-``, ≤ 64)."""
    if name is not None:
        if not _NAME_OK.match(name):
            raise ValueError(f"name must match ^[a-zA-Z0-9_-]{{1,64}}$, got {name!r}")
        return name
    derived = _NAME_BAD_CHARS.sub("_", model.__name__).strip("_")[:64]
    return derived or "response"


def to_response_format(
    model: type[object], *, name: str | None = None, strict: bool = True
) -> ResponseFormatJSONSchemaParam:
    """Build a ``response_format`` of type ``json_schema`` from a pydantic model class.

    ``create(..., response_format=to_response_format(Answer))`` asks for JSON that
    ``Answer.model_validate_json`` accepts; ``parse_completion(result, Answer)`` does that.

    Args:
        model: a pydantic ``BaseModel`` subclass (or a dataclass / TypedDict).
        name: the schema's name (``^[a-zA-Z0-9_-]{1,64}$``); defaults to the class name
            with other characters replaced by ``_``.
        strict: send ``strict: true`` and the strict-mode schema (see the module docstring);
            with False the schema is pydantic's own, unchanged.

    Returns:
        ``{"type": "json_schema", "json_schema": {"name", "schema", "strict"}}``, a new dict.

    Raises:
        ImportError: pydantic v2 is not installed (``pip install 'openrouter-ext[structured]'``).
        TypeError: ``model`` is not a class whose schema is a JSON object.
        ValueError: ``name`` has characters the API rejects or is longer than 64.

    """
    schema = to_strict_json_schema(model) if strict else _schema_of(model)
    return {
        "type": "json_schema",
        "json_schema": {"name": _name_for(model, name), "schema": schema, "strict": strict},
    }


class _PydanticFunction(dict[str, Any]):
    """A tool's ``function`` dict that remembers the model it was made from."""

    model: type[object]


def pydantic_function_tool(
    model: type[object], *, name: str | None = None, description: str | None = None
) -> FunctionToolParam:
    """Build a strict chat function tool whose parameters are a pydantic model's schema.

    Pass the tool in ``tools=[...]``; ``parse_completion(result, ..., tools=tools)`` then
    validates each call's arguments into the model (``tool_call.function.parsed_arguments``).

    Args:
        model: a pydantic ``BaseModel`` subclass (or a dataclass / TypedDict).
        name: the function's name (``^[a-zA-Z0-9_-]{1,64}$``); defaults to the class name.
        description: defaults to the class docstring, when it has one.

    Returns:
        ``{"type": "function", "function": {"name", "description", "parameters",
        "strict": True}}``; a plain dict for JSON, whose ``function`` entry also remembers
        ``model``.

    Raises:
        ImportError: pydantic v2 is not installed.
        TypeError: ``model`` is not a class whose schema is a JSON object.
        ValueError: ``name`` has characters the API rejects or is longer than 64.

    """
    function = _PydanticFunction(name=_name_for(model, name))
    doc = description if description is not None else model.__doc__
    if doc:
        function["description"] = inspect.cleandoc(doc)
    function["parameters"] = to_strict_json_schema(model)
    function["strict"] = True
    function.model = model
    return {"type": "function", "function": function}  # type: ignore[typeddict-item]


def is_pydantic_function(function: object) -> bool:
    """Whether a tool's ``function`` dict was made by ``pydantic_function_tool``."""
    return isinstance(function, _PydanticFunction)


def model_of_tool(tool: object) -> type[object] | None:
    """Return the model a ``pydantic_function_tool`` tool was made from, else None."""
    function: object = cast("Mapping[str, object]", tool).get("function") if isinstance(
        tool, Mapping) else None  # fmt: skip
    return function.model if isinstance(function, _PydanticFunction) else None
