from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_advisor_server_tool_item_type import (
    OutputAdvisorServerToolItemType,
    check_output_advisor_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputAdvisorServerToolItem")


@_attrs_define
class OutputAdvisorServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`, `failed`.
        type (OutputAdvisorServerToolItemType):
        advice (str | Unset):
        error (str | Unset):
        id (str | Unset):
        instance_name (str | Unset):
        model (str | Unset):
        prompt (str | Unset):
    """

    status: str
    type: OutputAdvisorServerToolItemType
    advice: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    model: str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        advice = self.advice

        error = self.error

        id = self.id

        instance_name = self.instance_name

        model = self.model

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if advice is not UNSET:
            field_dict["advice"] = advice
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if model is not UNSET:
            field_dict["model"] = model
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_advisor_server_tool_item_type(d.pop("type"))

        advice = d.pop("advice", UNSET)

        error = d.pop("error", UNSET)

        id = d.pop("id", UNSET)

        instance_name = d.pop("instance_name", UNSET)

        model = d.pop("model", UNSET)

        prompt = d.pop("prompt", UNSET)

        output_advisor_server_tool_item = cls(
            status=status,
            type=type,
            advice=advice,
            error=error,
            id=id,
            instance_name=instance_name,
            model=model,
            prompt=prompt,
        )

        output_advisor_server_tool_item.additional_properties = d
        return output_advisor_server_tool_item

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
