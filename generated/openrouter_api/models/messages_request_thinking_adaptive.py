from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_thinking_display import (
    AnthropicThinkingDisplay,
    check_anthropic_thinking_display,
)
from ..models.messages_request_thinking_adaptive_type import (
    MessagesRequestThinkingAdaptiveType,
    check_messages_request_thinking_adaptive_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="MessagesRequestThinkingAdaptive")


@_attrs_define
class MessagesRequestThinkingAdaptive(APIModel):
    """
    Attributes:
        type (MessagesRequestThinkingAdaptiveType):
        display (AnthropicThinkingDisplay | None | Unset):
    """

    type: MessagesRequestThinkingAdaptiveType
    display: AnthropicThinkingDisplay | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, str):
            display = self.display
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_messages_request_thinking_adaptive_type(d.pop("type"))

        def _parse_display(data: object) -> AnthropicThinkingDisplay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_type_0 = check_anthropic_thinking_display(data)

                return display_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicThinkingDisplay | None | Unset, data)

        display = _parse_display(d.pop("display", UNSET))

        messages_request_thinking_adaptive = cls(
            type=type,
            display=display,
        )

        messages_request_thinking_adaptive.additional_properties = d
        return messages_request_thinking_adaptive

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
