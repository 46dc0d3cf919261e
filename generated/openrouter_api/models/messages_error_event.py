from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_error_event_type import (
    MessagesErrorEventType,
    check_messages_error_event_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.messages_error_event_error import MessagesErrorEventError
    from ..models.open_router_metadata import OpenRouterMetadata

_LAZY_IMPORTS = (
    ("..models.messages_error_event_error", "MessagesErrorEventError"),
    ("..models.open_router_metadata", "OpenRouterMetadata"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesErrorEvent")


@_attrs_define
class MessagesErrorEvent(APIModel):
    """
    Attributes:
        error (MessagesErrorEventError):
        type (MessagesErrorEventType):
        openrouter_metadata (OpenRouterMetadata | Unset):
    """

    error: MessagesErrorEventError
    type: MessagesErrorEventType
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        error = self.error.to_dict()

        type: str = self.type

        openrouter_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = self.openrouter_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "type": type,
            }
        )
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        error = MessagesErrorEventError.from_dict(d.pop("error"))

        type = check_messages_error_event_type(d.pop("type"))

        _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: OpenRouterMetadata | Unset
        if isinstance(_openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        else:
            openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        messages_error_event = cls(
            error=error,
            type=type,
            openrouter_metadata=openrouter_metadata,
        )

        messages_error_event.additional_properties = d
        return messages_error_event

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
