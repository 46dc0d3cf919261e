from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_file_search_server_tool_item_type import (
    OutputFileSearchServerToolItemType,
    check_output_file_search_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputFileSearchServerToolItem")


@_attrs_define
class OutputFileSearchServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputFileSearchServerToolItemType):
        id (str | Unset):
        queries (list[str] | Unset):
    """

    status: str
    type: OutputFileSearchServerToolItemType
    id: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        id = self.id

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

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
        if queries is not UNSET:
            field_dict["queries"] = queries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_file_search_server_tool_item_type(d.pop("type"))

        id = d.pop("id", UNSET)

        queries = cast(list[str], d.pop("queries", UNSET))

        output_file_search_server_tool_item = cls(
            status=status,
            type=type,
            id=id,
            queries=queries,
        )

        output_file_search_server_tool_item.additional_properties = d
        return output_file_search_server_tool_item

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
