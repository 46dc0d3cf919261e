from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_delta_event_type import (
    MessagesDeltaEventType,
    check_messages_delta_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.messages_delta_event_delta import MessagesDeltaEventDelta
    from ..models.messages_delta_event_usage import MessagesDeltaEventUsage

_LAZY_IMPORTS = (
    ("..models.messages_delta_event_delta", "MessagesDeltaEventDelta"),
    ("..models.messages_delta_event_usage", "MessagesDeltaEventUsage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesDeltaEvent")


@_attrs_define
class MessagesDeltaEvent(APIModel):
    """
    Attributes:
        delta (MessagesDeltaEventDelta):
        type (MessagesDeltaEventType):
        usage (MessagesDeltaEventUsage):
    """

    delta: MessagesDeltaEventDelta
    type: MessagesDeltaEventType
    usage: MessagesDeltaEventUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        delta = self.delta.to_dict()

        type: str = self.type

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "type": type,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        delta = MessagesDeltaEventDelta.from_dict(d.pop("delta"))

        type = check_messages_delta_event_type(d.pop("type"))

        usage = MessagesDeltaEventUsage.from_dict(d.pop("usage"))

        messages_delta_event = cls(
            delta=delta,
            type=type,
            usage=usage,
        )

        messages_delta_event.additional_properties = d
        return messages_delta_event

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
