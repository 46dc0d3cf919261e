from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_tool_choice_variant_4_type_type_0 import (
    OpenAIResponsesToolChoiceVariant4TypeType0,
    check_open_ai_responses_tool_choice_variant_4_type_type_0,
)
from ..models.open_ai_responses_tool_choice_variant_4_type_type_1 import (
    OpenAIResponsesToolChoiceVariant4TypeType1,
    check_open_ai_responses_tool_choice_variant_4_type_type_1,
)
from ..types import APIModel

T = TypeVar("T", bound="OpenAIResponsesToolChoiceVariant4")


@_attrs_define
class OpenAIResponsesToolChoiceVariant4(APIModel):
    """
    Attributes:
        type (OpenAIResponsesToolChoiceVariant4TypeType0 | OpenAIResponsesToolChoiceVariant4TypeType1):
    """

    type: (
        OpenAIResponsesToolChoiceVariant4TypeType0
        | OpenAIResponsesToolChoiceVariant4TypeType1
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str
        if isinstance(self.type, str):
            type = self.type
        else:
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type(
            data: object,
        ) -> (
            OpenAIResponsesToolChoiceVariant4TypeType0
            | OpenAIResponsesToolChoiceVariant4TypeType1
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_open_ai_responses_tool_choice_variant_4_type_type_0(
                    data
                )

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            type_type_1 = check_open_ai_responses_tool_choice_variant_4_type_type_1(
                data
            )

            return type_type_1

        type = _parse_type(d.pop("type"))

        open_ai_responses_tool_choice_variant_4 = cls(
            type=type,
        )

        open_ai_responses_tool_choice_variant_4.additional_properties = d
        return open_ai_responses_tool_choice_variant_4

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
