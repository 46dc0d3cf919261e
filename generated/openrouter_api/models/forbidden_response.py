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
    from ..models.forbidden_response_error_data import ForbiddenResponseErrorData
    from ..models.open_router_metadata import OpenRouterMetadata

_LAZY_IMPORTS = (
    ("..models.forbidden_response_error_data", "ForbiddenResponseErrorData"),
    ("..models.open_router_metadata", "OpenRouterMetadata"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ForbiddenResponse")


@_attrs_define
class ForbiddenResponse(APIModel):
    """
    Attributes:
        error (ForbiddenResponseErrorData):
        openrouter_metadata (None | OpenRouterMetadata | Unset):
        user_id (None | str | Unset):
    """

    error: ForbiddenResponseErrorData
    openrouter_metadata: None | OpenRouterMetadata | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        error = self.error.to_dict()

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(self.openrouter_metadata, OpenRouterMetadata):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        error = ForbiddenResponseErrorData.from_dict(d.pop("error"))

        def _parse_openrouter_metadata(
            data: object,
        ) -> None | OpenRouterMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                openrouter_metadata_type_0 = OpenRouterMetadata.from_dict(data)

                return openrouter_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenRouterMetadata | Unset, data)

        openrouter_metadata = _parse_openrouter_metadata(
            d.pop("openrouter_metadata", UNSET)
        )

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        forbidden_response = cls(
            error=error,
            openrouter_metadata=openrouter_metadata,
            user_id=user_id,
        )

        forbidden_response.additional_properties = d
        return forbidden_response

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
