"""Contains some shared types for properties"""

import json
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar

from attrs import define

# openrouter_ext: a field that is absent reads as None, as it does in the API's JSON and in the
# openai SDK. The generator marks absent fields with `Unset`/`UNSET`; here that marker *is*
# None, so no sentinel object can ever appear in a model, its repr or a user's `is None` check,
# and `X | Unset` is `X | None` to a type checker. (Absent and null are the same for a
# response; requests are built from dicts, which keep them apart.)
if TYPE_CHECKING:
    from typing import TypeAlias

    Unset: TypeAlias = None
else:
    Unset = type(None)

UNSET: Unset = None


class APIModel:
    """Base of every generated model: JSON helpers and the response's request id.

    ``to_dict()`` (each model's own) gives the JSON object with wire names, unknown fields
    included; ``to_json()`` and the openai SDK's ``model_dump()`` / ``model_dump_json()``
    are built on it.
    """

    __slots__ = ("_or_headers",)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object (wire names; unknown fields kept)."""
        raise NotImplementedError

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the JSON text of ``to_dict()``."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def model_dump(
        self,
        *,
        mode: str = "json",
        include: set[str] | None = None,
        exclude: set[str] | None = None,
        by_alias: bool = True,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: bool = True,
    ) -> dict[str, Any]:
        """Return ``to_dict()`` under the name code ported from the openai SDK calls.

        The keywords are pydantic's: names are always the wire names (``by_alias``), JSON
        values always (``mode``); null and absent optional fields are already left out, so
        ``exclude_unset`` / ``exclude_defaults`` / ``exclude_none`` leave out the remaining
        top-level nulls; ``include`` / ``exclude`` pick top-level fields.
        """
        data = self.to_dict()
        if include is not None:
            data = {k: v for k, v in data.items() if k in include}
        if exclude is not None:
            data = {k: v for k, v in data.items() if k not in exclude}
        if exclude_none or exclude_unset or exclude_defaults:
            data = {k: v for k, v in data.items() if v is not None}
        return data

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: set[str] | None = None,
        exclude: set[str] | None = None,
        by_alias: bool = True,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: bool = True,
    ) -> str:
        """Return the JSON text of ``model_dump()`` (the openai SDK's name and keywords)."""
        data = self.model_dump(
            include=include,
            exclude=exclude,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        return json.dumps(data, indent=indent, ensure_ascii=False)

    @property
    def _response_headers(self) -> Mapping[str, str] | None:
        """The HTTP headers of the response this object was parsed from (top level only)."""
        return getattr(self, "_or_headers", None)

    @property
    def _request_id(self) -> str | None:
        """The response's ``X-Request-Id`` (else its ``X-Generation-Id``), if it had one."""
        headers = getattr(self, "_or_headers", None)
        if headers is None:
            return None
        return headers.get("x-request-id") or headers.get("x-generation-id")

    @property
    def _generation_id(self) -> str | None:
        """The response's ``X-Generation-Id`` header, if it had one."""
        headers = getattr(self, "_or_headers", None)
        return None if headers is None else headers.get("x-generation-id")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "APIModel",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
