from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.generation_content_error_attempt import GenerationContentErrorAttempt

_LAZY_IMPORTS = (
    ("..models.generation_content_error_attempt", "GenerationContentErrorAttempt"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="GenerationContentError")


@_attrs_define
class GenerationContentError(APIModel):
    """
    Attributes:
        message (None | str):
        previous_errors (list[GenerationContentErrorAttempt]):
        provider_name (None | str):
        raw (None | str):
        status (int | None):
    """

    message: None | str
    previous_errors: list[GenerationContentErrorAttempt]
    provider_name: None | str
    raw: None | str
    status: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        message: None | str
        message = self.message

        previous_errors = []
        for previous_errors_item_data in self.previous_errors:
            previous_errors_item = previous_errors_item_data.to_dict()
            previous_errors.append(previous_errors_item)

        provider_name: None | str
        provider_name = self.provider_name

        raw: None | str
        raw = self.raw

        status: int | None
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "previous_errors": previous_errors,
                "provider_name": provider_name,
                "raw": raw,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        message: None | str = d.pop("message")

        previous_errors = []
        _previous_errors = d.pop("previous_errors")
        for previous_errors_item_data in _previous_errors:
            previous_errors_item = GenerationContentErrorAttempt.from_dict(
                previous_errors_item_data
            )

            previous_errors.append(previous_errors_item)

        provider_name: None | str = d.pop("provider_name")

        raw: None | str = d.pop("raw")

        status: int | None = d.pop("status")

        generation_content_error = cls(
            message=message,
            previous_errors=previous_errors,
            provider_name=provider_name,
            raw=raw,
            status=status,
        )

        generation_content_error.additional_properties = d
        return generation_content_error

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
