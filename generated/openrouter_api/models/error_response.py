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
    from ..models.error_object import ErrorObject
    from ..models.error_response_openrouter_metadata_type_0 import (
        ErrorResponseOpenrouterMetadataType0,
    )

_LAZY_IMPORTS = (
    ("..models.error_object", "ErrorObject"),
    (
        "..models.error_response_openrouter_metadata_type_0",
        "ErrorResponseOpenrouterMetadataType0",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse(APIModel):
    """Error envelope sent with every non-2xx status (and sometimes inside a 200).

    Attributes:
        error (ErrorObject): The error. `code` equals the HTTP status on most errors but is absent on some availability
            errors and a string on some stream errors.
        user_id (None | str | Unset):
        openrouter_metadata (ErrorResponseOpenrouterMetadataType0 | None | Unset):
    """

    error: ErrorObject
    user_id: None | str | Unset = UNSET
    openrouter_metadata: ErrorResponseOpenrouterMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        error = self.error.to_dict()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(self.openrouter_metadata, ErrorResponseOpenrouterMetadataType0):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        error = ErrorObject.from_dict(d.pop("error"))

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        def _parse_openrouter_metadata(
            data: object,
        ) -> ErrorResponseOpenrouterMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                openrouter_metadata_type_0 = (
                    ErrorResponseOpenrouterMetadataType0.from_dict(data)
                )

                return openrouter_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponseOpenrouterMetadataType0 | None | Unset, data)

        openrouter_metadata = _parse_openrouter_metadata(
            d.pop("openrouter_metadata", UNSET)
        )

        error_response = cls(
            error=error,
            user_id=user_id,
            openrouter_metadata=openrouter_metadata,
        )

        error_response.additional_properties = d
        return error_response

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
