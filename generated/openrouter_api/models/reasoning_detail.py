from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ReasoningDetail")


@_attrs_define
class ReasoningDetail(APIModel):
    """One reasoning block; send it back unmodified on the next turn. `type` is an open set: reasoning.summary (summary),
    reasoning.encrypted (data), reasoning.text (text, signature), reasoning.server_tool_call (tool_name, arguments,
    result).

        Attributes:
            type (str):
            id (None | str | Unset):
            index (int | Unset):
            format (None | str | Unset): unknown, openai-responses-v1, anthropic-claude-v1, google-gemini-v1, ...
            summary (str | Unset):
            data (str | Unset):
            text (None | str | Unset):
            signature (None | str | Unset):
            tool_name (str | Unset):
            arguments (str | Unset):
            result (str | Unset):
            tool_call_id (None | str | Unset):
    """

    type: str
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    format: None | str | Unset = UNSET
    summary: str | Unset = UNSET
    data: str | Unset = UNSET
    text: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    tool_name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    result: str | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        index = self.index

        format: None | str | Unset
        if isinstance(self.format, Unset):
            format = UNSET
        else:
            format = self.format

        summary = self.summary

        data = self.data

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        tool_name = self.tool_name

        arguments = self.arguments

        result = self.result

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if format is not UNSET:
            field_dict["format"] = format
        if summary is not UNSET:
            field_dict["summary"] = summary
        if data is not UNSET:
            field_dict["data"] = data
        if text is not UNSET:
            field_dict["text"] = text
        if signature is not UNSET:
            field_dict["signature"] = signature
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if result is not UNSET:
            field_dict["result"] = result
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type")

        id: None | str | Unset = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        format: None | str | Unset = d.pop("format", UNSET)

        summary = d.pop("summary", UNSET)

        data = d.pop("data", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        signature: None | str | Unset = d.pop("signature", UNSET)

        tool_name = d.pop("tool_name", UNSET)

        arguments = d.pop("arguments", UNSET)

        result = d.pop("result", UNSET)

        tool_call_id: None | str | Unset = d.pop("tool_call_id", UNSET)

        reasoning_detail = cls(
            type=type,
            id=id,
            index=index,
            format=format,
            summary=summary,
            data=data,
            text=text,
            signature=signature,
            tool_name=tool_name,
            arguments=arguments,
            result=result,
            tool_call_id=tool_call_id,
        )

        reasoning_detail.additional_properties = d
        return reasoning_detail

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
