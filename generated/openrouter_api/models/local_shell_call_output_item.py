from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_output_item_type import (
    LocalShellCallOutputItemType,
    check_local_shell_call_output_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="LocalShellCallOutputItem")


@_attrs_define
class LocalShellCallOutputItem(APIModel):
    """
    Attributes:
        id (str):
        output (str):
        type (LocalShellCallOutputItemType):
        status (None | str | Unset):
    """

    id: str
    output: str
    type: LocalShellCallOutputItemType
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        output = self.output

        type: str = self.type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "output": output,
                "type": type,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        output = d.pop("output")

        type = check_local_shell_call_output_item_type(d.pop("type"))

        status: None | str | Unset = d.pop("status", UNSET)

        local_shell_call_output_item = cls(
            id=id,
            output=output,
            type=type,
            status=status,
        )

        local_shell_call_output_item.additional_properties = d
        return local_shell_call_output_item

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
