from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_file_search_call_type import (
    OutputItemFileSearchCallType,
    check_output_item_file_search_call_type,
)
from ..types import APIModel

T = TypeVar("T", bound="OutputFileSearchCallItem")


@_attrs_define
class OutputFileSearchCallItem(APIModel):
    """
    Attributes:
        id (str):
        queries (list[str]):
        status (str): Open enum (the API adds values): known values `completed`, `searching`, `in_progress`, `failed`.
        type (OutputItemFileSearchCallType):
    """

    id: str
    queries: list[str]
    status: str
    type: OutputItemFileSearchCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        queries = self.queries

        status = self.status

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "queries": queries,
                "status": status,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        queries = cast(list[str], d.pop("queries"))

        status = d.pop("status")

        type = check_output_item_file_search_call_type(d.pop("type"))

        output_file_search_call_item = cls(
            id=id,
            queries=queries,
            status=status,
            type=type,
        )

        output_file_search_call_item.additional_properties = d
        return output_file_search_call_item

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
