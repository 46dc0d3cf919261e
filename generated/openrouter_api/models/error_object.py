from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.error_object_availability import ErrorObjectAvailability
    from ..models.error_object_metadata_type_0 import ErrorObjectMetadataType0

_LAZY_IMPORTS = (
    ("..models.error_object_availability", "ErrorObjectAvailability"),
    ("..models.error_object_metadata_type_0", "ErrorObjectMetadataType0"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject(APIModel):
    """The error. `code` equals the HTTP status on most errors but is absent on some availability errors and a string on
    some stream errors.

        Attributes:
            message (str):
            code (int | str | Unset):
            metadata (ErrorObjectMetadataType0 | None | Unset): Free-form: error_type, provider_code, provider_name, raw
                (often a JSON string), is_byok, retry_after_seconds, reasons, flagged_input, patterns, previous_errors.
            error_type (str | Unset): Canonical error category (availability errors).
            http_status (int | Unset):
            availability (ErrorObjectAvailability | Unset): Model-availability details (code, retryable, retry_after,
                requested_models, ...).
    """

    message: str
    code: int | str | Unset = UNSET
    metadata: ErrorObjectMetadataType0 | None | Unset = UNSET
    error_type: str | Unset = UNSET
    http_status: int | Unset = UNSET
    availability: ErrorObjectAvailability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        message = self.message

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ErrorObjectMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        error_type = self.error_type

        http_status = self.http_status

        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if http_status is not UNSET:
            field_dict["http_status"] = http_status
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        message = d.pop("message")

        code: int | str | Unset = d.pop("code", UNSET)

        def _parse_metadata(data: object) -> ErrorObjectMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ErrorObjectMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorObjectMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        error_type = d.pop("error_type", UNSET)

        http_status = d.pop("http_status", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: ErrorObjectAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = ErrorObjectAvailability.from_dict(_availability)

        error_object = cls(
            message=message,
            code=code,
            metadata=metadata,
            error_type=error_type,
            http_status=http_status,
            availability=availability,
        )

        error_object.additional_properties = d
        return error_object

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
