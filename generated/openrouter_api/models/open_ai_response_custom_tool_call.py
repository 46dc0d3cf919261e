from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_custom_tool_call_type import (
    OpenAIResponseCustomToolCallType,
    check_open_ai_response_custom_tool_call_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OpenAIResponseCustomToolCall")


@_attrs_define
class OpenAIResponseCustomToolCall(APIModel):
    """
    Attributes:
        call_id (str):
        input (str):
        name (str):
        type (OpenAIResponseCustomToolCallType):
        id (str | Unset):
        namespace (str | Unset):
    """

    call_id: str
    input: str
    name: str
    type: OpenAIResponseCustomToolCallType
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        input = self.input

        name = self.name

        type: str = self.type

        id = self.id

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "input": input,
                "name": name,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        input = d.pop("input")

        name = d.pop("name")

        type = check_open_ai_response_custom_tool_call_type(d.pop("type"))

        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        open_ai_response_custom_tool_call = cls(
            call_id=call_id,
            input=input,
            name=name,
            type=type,
            id=id,
            namespace=namespace,
        )

        open_ai_response_custom_tool_call.additional_properties = d
        return open_ai_response_custom_tool_call

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
