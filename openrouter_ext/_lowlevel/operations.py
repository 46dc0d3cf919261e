"""The operation table: each wrapped operation's generated request builder and response model.

The generated operation module and models are imported the first time an operation is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from openrouter_ext._costs.usage import Operation as BilledKind
from openrouter_ext._lowlevel.models import model

__all__ = ["Operation"]

T = TypeVar("T")


class _Verbatim:
    """A ready JSON body handed to a generated ``_get_kwargs`` that calls ``body.to_dict()``."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


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
        "authenticated",
        "billed",
        "name",
        "resend_safe",
    )

    def __init__(self, name: str, module: str, response: str, *, resend_safe: bool,
                 request: str | None = None, billed: BilledKind | None = None,
                 authenticated: bool = True) -> None:  # fmt: skip
        self.name = name
        #: Safe to send again after the server may have seen it (reads, deletes).
        self.resend_safe = resend_safe
        #: The kind of usage the answer carries (``"chat"``, ``"embeddings"``), if billed.
        self.billed: BilledKind | None = billed
        #: Sent with the API key (False: the PKCE code exchange).
        self.authenticated = authenticated
        self._module = module
        self._response = response
        self._request = request
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
            parse = self._parse = model(self._response).from_dict
        return parse

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
