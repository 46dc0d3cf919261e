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

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails

_LAZY_IMPORTS = (
    ("..models.anthropic_container", "AnthropicContainer"),
    ("..models.anthropic_refusal_stop_details", "AnthropicRefusalStopDetails"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesDeltaEventDelta")


@_attrs_define
class MessagesDeltaEventDelta(APIModel):
    """
    Attributes:
        container (AnthropicContainer | None):
        stop_details (AnthropicRefusalStopDetails | None):
        stop_reason (None | str):
        stop_sequence (None | str):
    """

    container: AnthropicContainer | None
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: None | str
    stop_sequence: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        container: dict[str, Any] | None
        if isinstance(self.container, AnthropicContainer):
            container = self.container.to_dict()
        else:
            container = self.container

        stop_details: dict[str, Any] | None
        if isinstance(self.stop_details, AnthropicRefusalStopDetails):
            stop_details = self.stop_details.to_dict()
        else:
            stop_details = self.stop_details

        stop_reason: None | str
        stop_reason = self.stop_reason

        stop_sequence: None | str
        stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "stop_details": stop_details,
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_container(data: object) -> AnthropicContainer | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_0 = AnthropicContainer.from_dict(data)

                return container_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicContainer | None, data)

        container = _parse_container(d.pop("container"))

        def _parse_stop_details(data: object) -> AnthropicRefusalStopDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

                return stop_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicRefusalStopDetails | None, data)

        stop_details = _parse_stop_details(d.pop("stop_details"))

        stop_reason: None | str = d.pop("stop_reason")

        stop_sequence: None | str = d.pop("stop_sequence")

        messages_delta_event_delta = cls(
            container=container,
            stop_details=stop_details,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
        )

        messages_delta_event_delta.additional_properties = d
        return messages_delta_event_delta

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
