from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_image_type import InputImageType, check_input_image_type
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CustomToolCallOutputItemOutputItemInputImage")


@_attrs_define
class CustomToolCallOutputItemOutputItemInputImage(APIModel):
    """
    Attributes:
        detail (str): Open enum (the API adds values): known values `auto`, `high`, `low`, `original`.
        type (InputImageType):
        image_url (None | str | Unset):
    """

    detail: str
    type: InputImageType
    image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        type: str = self.type

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "type": type,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        type = check_input_image_type(d.pop("type"))

        image_url: None | str | Unset = d.pop("image_url", UNSET)

        custom_tool_call_output_item_output_item_input_image = cls(
            detail=detail,
            type=type,
            image_url=image_url,
        )

        custom_tool_call_output_item_output_item_input_image.additional_properties = d
        return custom_tool_call_output_item_output_item_input_image

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
