from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.compound_filter_filters_item import CompoundFilterFiltersItem

_LAZY_IMPORTS = (
    ("..models.compound_filter_filters_item", "CompoundFilterFiltersItem"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CompoundFilter")


@_attrs_define
class CompoundFilter(APIModel):
    """
    Attributes:
        filters (list[CompoundFilterFiltersItem]):
        type (CompoundFilterType):
    """

    filters: list[CompoundFilterFiltersItem]
    type: CompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = CompoundFilterFiltersItem.from_dict(filters_item_data)

            filters.append(filters_item)

        type = check_compound_filter_type(d.pop("type"))

        compound_filter = cls(
            filters=filters,
            type=type,
        )

        compound_filter.additional_properties = d
        return compound_filter

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
