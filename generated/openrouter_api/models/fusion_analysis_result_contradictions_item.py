from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.fusion_analysis_result_contradictions_item_stances_item",
        "FusionAnalysisResultContradictionsItemStancesItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FusionAnalysisResultContradictionsItem")


@_attrs_define
class FusionAnalysisResultContradictionsItem(APIModel):
    """
    Attributes:
        stances (list[FusionAnalysisResultContradictionsItemStancesItem]):
        topic (str):
    """

    stances: list[FusionAnalysisResultContradictionsItemStancesItem]
    topic: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        stances = []
        for stances_item_data in self.stances:
            stances_item = stances_item_data.to_dict()
            stances.append(stances_item)

        topic = self.topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stances": stances,
                "topic": topic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        stances = []
        _stances = d.pop("stances")
        for stances_item_data in _stances:
            stances_item = FusionAnalysisResultContradictionsItemStancesItem.from_dict(
                stances_item_data
            )

            stances.append(stances_item)

        topic = d.pop("topic")

        fusion_analysis_result_contradictions_item = cls(
            stances=stances,
            topic=topic,
        )

        fusion_analysis_result_contradictions_item.additional_properties = d
        return fusion_analysis_result_contradictions_item

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
