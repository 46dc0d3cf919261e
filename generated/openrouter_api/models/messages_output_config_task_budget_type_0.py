from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_task_budget_type_0_type import (
    MessagesOutputConfigTaskBudgetType0Type,
    check_messages_output_config_task_budget_type_0_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="MessagesOutputConfigTaskBudgetType0")


@_attrs_define
class MessagesOutputConfigTaskBudgetType0(APIModel):
    """
    Attributes:
        total (int):
        type (MessagesOutputConfigTaskBudgetType0Type):
        remaining (int | None | Unset):
    """

    total: int
    type: MessagesOutputConfigTaskBudgetType0Type
    remaining: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        type: str = self.type

        remaining: int | None | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "type": type,
            }
        )
        if remaining is not UNSET:
            field_dict["remaining"] = remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        type = check_messages_output_config_task_budget_type_0_type(d.pop("type"))

        remaining: int | None | Unset = d.pop("remaining", UNSET)

        messages_output_config_task_budget_type_0 = cls(
            total=total,
            type=type,
            remaining=remaining,
        )

        messages_output_config_task_budget_type_0.additional_properties = d
        return messages_output_config_task_budget_type_0

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
