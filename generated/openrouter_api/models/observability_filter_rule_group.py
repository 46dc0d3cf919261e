from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group_rules_item import (
        ObservabilityFilterRuleGroupRulesItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_filter_rule_group_rules_item",
        "ObservabilityFilterRuleGroupRulesItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityFilterRuleGroup")


@_attrs_define
class ObservabilityFilterRuleGroup(APIModel):
    """
    Attributes:
        rules (list[ObservabilityFilterRuleGroupRulesItem]):
        logic (str | Unset): Open enum (the API adds values): known values `and`, `or`. Default: 'and'.
    """

    rules: list[ObservabilityFilterRuleGroupRulesItem]
    logic: str | Unset = "and"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        logic = self.logic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )
        if logic is not UNSET:
            field_dict["logic"] = logic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = ObservabilityFilterRuleGroupRulesItem.from_dict(
                rules_item_data
            )

            rules.append(rules_item)

        logic = d.pop("logic", UNSET)

        observability_filter_rule_group = cls(
            rules=rules,
            logic=logic,
        )

        observability_filter_rule_group.additional_properties = d
        return observability_filter_rule_group

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
