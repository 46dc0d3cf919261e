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
    from ..models.workspace_budget import WorkspaceBudget

_LAZY_IMPORTS = (("..models.workspace_budget", "WorkspaceBudget"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="UpsertWorkspaceBudgetResponse")


@_attrs_define
class UpsertWorkspaceBudgetResponse(APIModel):
    """
    Attributes:
        data (WorkspaceBudget):
        include_byok_in_budgets (bool | Unset):
    """

    data: WorkspaceBudget
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data = self.data.to_dict()

        include_byok_in_budgets = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        data = WorkspaceBudget.from_dict(d.pop("data"))

        include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        upsert_workspace_budget_response = cls(
            data=data,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        upsert_workspace_budget_response.additional_properties = d
        return upsert_workspace_budget_response

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
