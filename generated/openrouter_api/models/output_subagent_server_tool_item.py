from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_subagent_server_tool_item_type import (
    OutputSubagentServerToolItemType,
    check_output_subagent_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputSubagentServerToolItem")


@_attrs_define
class OutputSubagentServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`, `failed`.
        type (OutputSubagentServerToolItemType):
        call_id (str | Unset):
        error (str | Unset):
        id (str | Unset):
        instance_name (str | Unset):
        model (str | Unset):
        name (str | Unset):
        outcome (str | Unset):
        task_description (str | Unset):
        task_name (str | Unset):
    """

    status: str
    type: OutputSubagentServerToolItemType
    call_id: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    outcome: str | Unset = UNSET
    task_description: str | Unset = UNSET
    task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        call_id = self.call_id

        error = self.error

        id = self.id

        instance_name = self.instance_name

        model = self.model

        name = self.name

        outcome = self.outcome

        task_description = self.task_description

        task_name = self.task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if task_description is not UNSET:
            field_dict["task_description"] = task_description
        if task_name is not UNSET:
            field_dict["task_name"] = task_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_subagent_server_tool_item_type(d.pop("type"))

        call_id = d.pop("call_id", UNSET)

        error = d.pop("error", UNSET)

        id = d.pop("id", UNSET)

        instance_name = d.pop("instance_name", UNSET)

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        outcome = d.pop("outcome", UNSET)

        task_description = d.pop("task_description", UNSET)

        task_name = d.pop("task_name", UNSET)

        output_subagent_server_tool_item = cls(
            status=status,
            type=type,
            call_id=call_id,
            error=error,
            id=id,
            instance_name=instance_name,
            model=model,
            name=name,
            outcome=outcome,
            task_description=task_description,
            task_name=task_name,
        )

        output_subagent_server_tool_item.additional_properties = d
        return output_subagent_server_tool_item

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
