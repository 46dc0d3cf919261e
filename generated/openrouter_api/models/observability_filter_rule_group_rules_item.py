from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ObservabilityFilterRuleGroupRulesItem")


@_attrs_define
class ObservabilityFilterRuleGroupRulesItem(APIModel):
    """
    Attributes:
        field (str): Open enum (the API adds values): known values `model`, `provider`, `session_id`, `user_id`,
            `api_key_name`, `finish_reason`, `input`, `output`, `total_cost`, `total_tokens`, `prompt_tokens`,
            `completion_tokens`.
        operator (str): Open enum (the API adds values): known values `equals`, `not_equals`, `contains`,
            `not_contains`, `regex`, `starts_with`, `ends_with`, `gt`, `lt`, `gte`, `lte`, `exists`, `not_exists`.
        value (float | str | Unset):
    """

    field: str
    operator: str
    value: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator

        value: float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        operator = d.pop("operator")

        value: float | str | Unset = d.pop("value", UNSET)

        observability_filter_rule_group_rules_item = cls(
            field=field,
            operator=operator,
            value=value,
        )

        observability_filter_rule_group_rules_item.additional_properties = d
        return observability_filter_rule_group_rules_item

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
