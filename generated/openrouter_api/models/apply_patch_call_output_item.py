from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_output_item_type import (
    ApplyPatchCallOutputItemType,
    check_apply_patch_call_output_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ApplyPatchCallOutputItem")


@_attrs_define
class ApplyPatchCallOutputItem(APIModel):
    """
    Attributes:
        call_id (str):
        status (str): Open enum (the API adds values): known values `completed`, `failed`.
        type (ApplyPatchCallOutputItemType):
        id (None | str | Unset):
        output (None | str | Unset):
    """

    call_id: str
    status: str
    type: ApplyPatchCallOutputItemType
    id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        status = self.status

        type: str = self.type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "status": status,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        status = d.pop("status")

        type = check_apply_patch_call_output_item_type(d.pop("type"))

        id: None | str | Unset = d.pop("id", UNSET)

        output: None | str | Unset = d.pop("output", UNSET)

        apply_patch_call_output_item = cls(
            call_id=call_id,
            status=status,
            type=type,
            id=id,
            output=output,
        )

        apply_patch_call_output_item.additional_properties = d
        return apply_patch_call_output_item

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
