from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_web_fetch_server_tool_item_type import (
    OutputWebFetchServerToolItemType,
    check_output_web_fetch_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputWebFetchServerToolItem")


@_attrs_define
class OutputWebFetchServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputWebFetchServerToolItemType):
        content (str | Unset):
        error (str | Unset):
        http_status (int | Unset):
        id (str | Unset):
        title (str | Unset):
        url (str | Unset):
    """

    status: str
    type: OutputWebFetchServerToolItemType
    content: str | Unset = UNSET
    error: str | Unset = UNSET
    http_status: int | Unset = UNSET
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        content = self.content

        error = self.error

        http_status = self.http_status

        id = self.id

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if error is not UNSET:
            field_dict["error"] = error
        if http_status is not UNSET:
            field_dict["httpStatus"] = http_status
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_web_fetch_server_tool_item_type(d.pop("type"))

        content = d.pop("content", UNSET)

        error = d.pop("error", UNSET)

        http_status = d.pop("httpStatus", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        output_web_fetch_server_tool_item = cls(
            status=status,
            type=type,
            content=content,
            error=error,
            http_status=http_status,
            id=id,
            title=title,
            url=url,
        )

        output_web_fetch_server_tool_item.additional_properties = d
        return output_web_fetch_server_tool_item

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
