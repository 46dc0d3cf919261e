"""Wire encoding and request checks: JSON bodies, field and parameter names."""

from __future__ import annotations

import inspect
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs

if TYPE_CHECKING:
    from openrouter_ext._lowlevel.operations import Operation

__all__ = [
    "attach_headers",
    "body_fields",
    "check_fields",
    "headers_of",
    "check_params",
    "encode_json",
    "to_wire",
]


def body_fields(model: type[Any]) -> frozenset[str]:
    """Return the wire names of a generated request model's fields."""
    names = (f.name.rstrip("_") for f in attrs.fields(model))
    return frozenset(n for n in names if n != "additional_properties")


_FIELDS_CACHE: dict[type[Any], frozenset[str]] = {}


def check_fields(
    model: type[Any] | None,
    given: Mapping[str, Any],
    *,
    where: str,
    also: tuple[str, ...] = (),
) -> None:
    """Raise TypeError for a keyword the spec does not know, naming the closest valid one.

    ``model`` is the generated request model whose fields are allowed (``None``: no body);
    ``also`` names other allowed keywords (the operation's query parameters).

    Raises:
        TypeError: ``create() got an unexpected keyword argument 'temprature'
            (did you mean 'temperature'?)``; pass unknown wire fields with ``extra_body=``.

    """
    if model is None:
        known: frozenset[str] = frozenset()
    else:
        cached = _FIELDS_CACHE.get(model)
        if cached is None:
            cached = _FIELDS_CACHE[model] = body_fields(model)
        known = cached
    for name in given:
        if name not in known and name not in also:
            options = known | frozenset(also)
            raise TypeError(
                f"{where}() got an unexpected keyword argument {name!r}{_suggest(name, options)}"
                + ("; fields the spec does not know yet go in extra_body={...}" if model else "")
            )


def _suggest(name: str, known: frozenset[str]) -> str:
    import difflib  # only for the error message of a typo

    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_params(op: Operation[Any], given: Mapping[str, Any], *, where: str) -> None:
    """Raise TypeError for a query parameter the operation does not take.

    Raises:
        TypeError: naming the closest valid parameter.

    """
    known = frozenset(inspect.signature(op.build).parameters)
    for name in given:
        if name not in known:
            raise TypeError(
                f"{where}() got an unexpected keyword argument {name!r}{_suggest(name, known)}"
            )


def _wire_default(value: Any) -> Any:
    """``json.dumps`` hook: a generated model becomes its ``to_dict()``; anything else fails."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_encode = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_wire_default
).encode


def encode_json(body: Any) -> bytes:
    """Encode a request body as httpx's ``json=`` would, generated models included.

    The models are converted by the encoder's ``default`` hook as it meets them, so a plain
    body (a long chat history, a batch of embedding inputs) is not walked twice.

    Raises:
        TypeError: a value that is neither JSON nor a generated model.
        ValueError: NaN or an infinite float (not valid JSON).

    """
    return _encode(body).encode("utf-8")


def to_wire(value: Any) -> Any:
    """Turn generated models (anywhere in lists/dicts) into plain JSON-ready values."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in cast("Sequence[Any]", value)]
    if isinstance(value, dict):
        return {k: to_wire(v) for k, v in cast("dict[str, Any]", value).items()}
    return value


def headers_of(result: object) -> Mapping[str, str] | None:
    """Return the response headers kept on a parsed model (``attach_headers``), if any."""
    found: Mapping[str, str] | None = getattr(result, "_or_headers", None)
    return found


def attach_headers(result: object, headers: Mapping[str, str]) -> None:
    """Keep a response's headers on its parsed model (``_request_id``, ``_generation_id``)."""
    try:
        result._or_headers = headers  # type: ignore[attr-defined]  # every model has the slot
    except AttributeError:  # not a generated model: nothing to attach to
        return
