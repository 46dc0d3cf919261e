from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_image_generation_call_type import (
    OutputItemImageGenerationCallType,
    check_output_item_image_generation_call_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputImageGenerationCallItem")


@_attrs_define
class OutputImageGenerationCallItem(APIModel):
    """
    Attributes:
        id (str):
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `generating`, `failed`.
        type (OutputItemImageGenerationCallType):
        result (None | str | Unset):
        prompt (str | Unset):
    """

    id: str
    status: str
    type: OutputItemImageGenerationCallType
    result: None | str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        type: str = self.type

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        type = check_output_item_image_generation_call_type(d.pop("type"))

        result: None | str | Unset = d.pop("result", UNSET)

        prompt = d.pop("prompt", UNSET)

        output_image_generation_call_item = cls(
            id=id,
            status=status,
            type=type,
            result=result,
            prompt=prompt,
        )

        output_image_generation_call_item.additional_properties = d
        return output_image_generation_call_item

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
