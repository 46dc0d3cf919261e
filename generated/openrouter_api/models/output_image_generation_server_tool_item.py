from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_image_generation_server_tool_item_type import (
    OutputImageGenerationServerToolItemType,
    check_output_image_generation_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputImageGenerationServerToolItem")


@_attrs_define
class OutputImageGenerationServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputImageGenerationServerToolItemType):
        id (str | Unset):
        image_b64 (str | Unset):
        image_url (str | Unset):
        prompt (str | Unset):
        result (None | str | Unset):
        revised_prompt (str | Unset):
    """

    status: str
    type: OutputImageGenerationServerToolItemType
    id: str | Unset = UNSET
    image_b64: str | Unset = UNSET
    image_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    result: None | str | Unset = UNSET
    revised_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        id = self.id

        image_b64 = self.image_b64

        image_url = self.image_url

        prompt = self.prompt

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        revised_prompt = self.revised_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if image_b64 is not UNSET:
            field_dict["imageB64"] = image_b64
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if result is not UNSET:
            field_dict["result"] = result
        if revised_prompt is not UNSET:
            field_dict["revisedPrompt"] = revised_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_image_generation_server_tool_item_type(d.pop("type"))

        id = d.pop("id", UNSET)

        image_b64 = d.pop("imageB64", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        prompt = d.pop("prompt", UNSET)

        result: None | str | Unset = d.pop("result", UNSET)

        revised_prompt = d.pop("revisedPrompt", UNSET)

        output_image_generation_server_tool_item = cls(
            status=status,
            type=type,
            id=id,
            image_b64=image_b64,
            image_url=image_url,
            prompt=prompt,
            result=result,
            revised_prompt=revised_prompt,
        )

        output_image_generation_server_tool_item.additional_properties = d
        return output_image_generation_server_tool_item

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
