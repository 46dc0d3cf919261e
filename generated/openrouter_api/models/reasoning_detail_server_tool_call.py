from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_server_tool_call_type import (
    ReasoningDetailServerToolCallType,
    check_reasoning_detail_server_tool_call_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ReasoningDetailServerToolCall")


@_attrs_define
class ReasoningDetailServerToolCall(APIModel):
    """
    Attributes:
        arguments (str):
        result (str):
        tool_name (str):
        type (ReasoningDetailServerToolCallType):
        format (None | str | Unset):
        id (None | str | Unset):
        index (int | Unset):
        tool_call_id (None | str | Unset):
    """

    arguments: str
    result: str
    tool_name: str
    type: ReasoningDetailServerToolCallType
    format: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        result = self.result

        tool_name = self.tool_name

        type: str = self.type

        format: None | str | Unset
        if isinstance(self.format, Unset):
            format = UNSET
        else:
            format = self.format

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        index = self.index

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "result": result,
                "tool_name": tool_name,
                "type": type,
            }
        )
        if format is not UNSET:
            field_dict["format"] = format
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        result = d.pop("result")

        tool_name = d.pop("tool_name")

        type = check_reasoning_detail_server_tool_call_type(d.pop("type"))

        format: None | str | Unset = d.pop("format", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        tool_call_id: None | str | Unset = d.pop("tool_call_id", UNSET)

        reasoning_detail_server_tool_call = cls(
            arguments=arguments,
            result=result,
            tool_name=tool_name,
            type=type,
            format=format,
            id=id,
            index=index,
            tool_call_id=tool_call_id,
        )

        reasoning_detail_server_tool_call.additional_properties = d
        return reasoning_detail_server_tool_call

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
