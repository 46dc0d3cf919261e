"""What every resource namespace shares: body building and checks (no IO), the base class.

The namespaces themselves are in ``_async/`` (the sources) and ``_sync/`` (generated).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openrouter_ext._config import CallOptions, call_options
from openrouter_ext._lowlevel import check_fields, model
from openrouter_ext._request_options import split_options

__all__ = [
    "CallOptions",
    "Message",
    "Resource",
    "bool_param",
    "build_body",
    "call_options",
    "prepare",
    "split_model",
]

Message = Mapping[str, Any] | Any


def build_body(
    model_name: str,
    *,
    where: str,
    request: Any,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Merge a request model, keyword fields and ``extra_body`` into the JSON body.

    Keywords are checked against the spec's field names (a typo raises ``TypeError`` that
    names the closest field); values may be plain JSON or generated models, anywhere inside
    (they are not walked here: ``encode_json`` turns them into JSON while encoding).

    Raises:
        TypeError: an unknown keyword, or ``request`` of the wrong type.

    """
    model_cls = model(model_name)
    check_fields(model_cls, fields, where=where)
    if request is not None:
        if not isinstance(request, model_cls):
            raise TypeError(f"request must be a {model_cls.__name__}, got {type(request).__name__}")
        body: dict[str, Any] = request.to_dict()
    else:
        body = {}
    for name, value in fields.items():
        if value is not None:
            body[name] = value  # generated models inside are turned into JSON when encoded
    if extra_body:
        body.update(extra_body)
    return body


def prepare(
    kwargs: Mapping[str, Any],
    where: str,
    request: str | None,
    query: tuple[str, ...] = (),
) -> tuple[CallOptions, dict[str, Any] | None, dict[str, Any]]:
    """Split a method's keyword arguments into call options, the JSON body and the query.

    ``kwargs`` is the method's ``**params`` (copied, then it becomes the body: absent fields
    stay absent, ``None`` is sent as null). Query parameters set to ``None`` are left out.

    Raises:
        TypeError: an unknown keyword (naming the closest field), or a knob of the wrong type.
        ValueError: a knob out of range; nothing is sent.

    """
    params = dict(kwargs)
    call, extra_body = split_options(params)
    found = {name: params.pop(name) for name in query if name in params}
    query_args = {name: value for name, value in found.items() if value is not None}
    if request is None:
        if params:
            check_fields(None, params, where=where, also=query)
        return call, (dict(extra_body) if extra_body else None), query_args
    check_fields(model(request), params, where=where, also=query)
    if extra_body:
        params.update(extra_body)
    return call, params, query_args


def split_model(model: str, slug: str | None) -> tuple[str, str]:
    if slug is not None:
        return model, slug
    author, sep, rest = model.partition("/")
    if not sep or not author or not rest:
        raise ValueError(f"model must look like 'author/slug', got {model!r}")
    return author, rest


def bool_param(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


class Resource:
    """Base of the resource namespaces: holds the client's requester, nothing else of it."""

    def __init__(self, requester: Any) -> None:
        self._requester = requester
