"""The operation table: each wrapped operation's generated request builder and response model.

The generated operation module and models are imported the first time an operation is used.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from typing import Any, Generic, Literal, TypeVar

import attrs

from openrouter_ext._costs.usage import Operation as BilledKind
from openrouter_ext._lowlevel.models import model
from openrouter_ext._lowlevel.paging import Paging

__all__ = ["Operation"]

T = TypeVar("T")


class _Verbatim:
    """A ready JSON body handed to a generated ``_get_kwargs`` that calls ``body.to_dict()``."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data

    def to_multipart(self) -> list[tuple[str, Any]]:
        """Return the body as multipart parts (a file upload).

        Bytes, a file object or a ``(filename, content[, type])`` tuple become file parts;
        any other value a text part (JSON unless it is a string).
        """
        parts: list[tuple[str, Any]] = []
        for name, value in self._data.items():
            if isinstance(value, tuple):
                part: tuple[Any, ...] = value  # pyright: ignore[reportUnknownVariableType]
                parts.append((name, part))
            elif isinstance(value, (bytes, bytearray)) or hasattr(value, "read"):
                filename = getattr(value, "name", None) or name
                parts.append((name, (str(filename).rsplit("/", 1)[-1], value)))
            else:
                text = value if isinstance(value, str) else json.dumps(value)
                parts.append((name, (None, text.encode(), "text/plain")))
        return parts


def _first_fit(parsers: tuple[Callable[[Mapping[str, Any]], Any], ...]) -> Callable[..., Any]:
    """Return a parser trying each member's ``from_dict`` in turn (as generated unions do)."""

    def parse(data: Mapping[str, Any]) -> Any:
        error: Exception | None = None
        for parser in parsers:
            try:
                return parser(data)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                error = exc
        assert error is not None
        raise error

    return parse


class Operation(Generic[T]):
    """One wrapped API operation: how to build its request and parse its 2xx body.

    The generated operation module and models are imported the first time they are needed.
    """

    __slots__ = (
        "_build",
        "_module",
        "_parse",
        "_request",
        "_response",
        "_result_keys",
        "authenticated",
        "billed",
        "management",
        "multipart",
        "name",
        "paging",
        "raw",
        "resend_safe",
        "union",
    )

    def __init__(self, name: str, module: str, response: str | None, *, resend_safe: bool,
                 request: str | None = None, billed: BilledKind | None = None,
                 authenticated: bool = True, management: bool = False,
                 raw: Literal["binary", "empty"] | None = None,
                 multipart: bool = False, union: tuple[str, ...] = (),
                 paging: Paging | None = None) -> None:  # fmt: skip
        self.name = name
        #: Safe to send again after the server may have seen it (reads, deletes).
        self.resend_safe = resend_safe
        #: The kind of usage the answer carries (``"chat"``, ``"embeddings"``), if billed.
        self.billed: BilledKind | None = billed
        #: Sent with the API key (False: the PKCE code exchange).
        self.authenticated = authenticated
        #: Needs a management (provisioning) key (``x-openrouter-key: management`` in the spec).
        self.management = management
        #: The 2xx body is not a JSON model: ``"binary"`` (returned as bytes) or ``"empty"``.
        self.raw = raw
        #: The request body is sent as ``multipart/form-data`` (a file upload).
        self.multipart = multipart
        #: The 2xx body is one of these models (a union component): tried in turn.
        self.union = union
        #: How the listing pages (its ``list`` method returns a page), if it is paged.
        self.paging = paging
        self._module = module
        self._response = response
        self._request = request
        self._result_keys: frozenset[str] | None = None
        self._build: Callable[..., dict[str, Any]] | None = None
        self._parse: Callable[[Mapping[str, Any]], T] | None = None

    def __repr__(self) -> str:
        return f"Operation({self.name!r})"

    @property
    def build(self) -> Callable[..., dict[str, Any]]:
        """Return the generated ``_get_kwargs`` of the operation."""
        build = self._build
        if build is None:
            module = importlib.import_module(f"openrouter_api.api.{self._module}")
            build = self._build = module._get_kwargs
        return build

    @property
    def parse(self) -> Callable[[Mapping[str, Any]], T]:
        """Return the generated ``from_dict`` of the 2xx body's model."""
        parse = self._parse
        if parse is None:
            if self.union:
                parse = self._parse = _first_fit(tuple(model(n).from_dict for n in self.union))
            elif self._response is None:
                raise TypeError(f"{self.name} answers with no JSON model ({self.raw})")
            else:
                parse = self._parse = model(self._response).from_dict
        return parse

    def is_result(self, data: Mapping[str, Any]) -> bool:
        """Tell whether a 2xx body with an ``error`` key is this operation's result anyway.

        True when the response model declares ``error`` (a Responses API result, a video
        job) and the body has the model's required fields; an error envelope has neither.
        """
        keys = self._result_keys
        if keys is None:
            names = self.union or ((self._response,) if self._response else ())
            keys = frozenset[str]()
            for name in names:
                fields: dict[str, Any] = {f.name.rstrip("_"): f for f in attrs.fields(model(name))}
                if "error" in fields:  # the model's own error field: its required fields tell
                    required = {n for n, f in fields.items() if f.default is attrs.NOTHING}
                    keys = frozenset(required - {"error"}) or frozenset({"error"})
                    break
            self._result_keys = keys
        return bool(keys) and keys <= data.keys()

    @property
    def request_model(self) -> type[Any] | None:
        """Return the generated model of the request body, if the operation has one."""
        return None if self._request is None else model(self._request)

    def request_kwargs(
        self, *args: Any, body: dict[str, Any] | None = None, **params: Any
    ) -> dict[str, Any]:
        """Return method/url/params/json/headers for this operation from the generated code."""
        clean = {k: v for k, v in params.items() if v is not None}
        if body is not None:
            clean["body"] = _Verbatim(body)
        return self.build(*args, **clean)
