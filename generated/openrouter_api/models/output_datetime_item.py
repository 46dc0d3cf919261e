from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_datetime_item_type import (
    OutputDatetimeItemType,
    check_output_datetime_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputDatetimeItem")


@_attrs_define
class OutputDatetimeItem(APIModel):
    """
    Attributes:
        datetime_ (str):
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        timezone (str):
        type (OutputDatetimeItemType):
        id (str | Unset):
    """

    datetime_: str
    status: str
    timezone: str
    type: OutputDatetimeItemType
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datetime_ = self.datetime_

        status = self.status

        timezone = self.timezone

        type: str = self.type

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datetime": datetime_,
                "status": status,
                "timezone": timezone,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datetime_ = d.pop("datetime")

        status = d.pop("status")

        timezone = d.pop("timezone")

        type = check_output_datetime_item_type(d.pop("type"))

        id = d.pop("id", UNSET)

        output_datetime_item = cls(
            datetime_=datetime_,
            status=status,
            timezone=timezone,
            type=type,
            id=id,
        )

        output_datetime_item.additional_properties = d
        return output_datetime_item

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
