from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="UpsertWorkspaceBudgetRequest")


@_attrs_define
class UpsertWorkspaceBudgetRequest(APIModel):
    """
    Attributes:
        limit_usd (float):
        include_byok_in_budgets (bool | Unset):
    """

    limit_usd: float
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_usd = self.limit_usd

        include_byok_in_budgets = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit_usd": limit_usd,
            }
        )
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit_usd = d.pop("limit_usd")

        include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        upsert_workspace_budget_request = cls(
            limit_usd=limit_usd,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        upsert_workspace_budget_request.additional_properties = d
        return upsert_workspace_budget_request

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
