from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item import (
        FusionAnalysisResultContradictionsItem,
    )
    from ..models.fusion_analysis_result_partial_coverage_item import (
        FusionAnalysisResultPartialCoverageItem,
    )
    from ..models.fusion_analysis_result_unique_insights_item import (
        FusionAnalysisResultUniqueInsightsItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.fusion_analysis_result_contradictions_item",
        "FusionAnalysisResultContradictionsItem",
    ),
    (
        "..models.fusion_analysis_result_partial_coverage_item",
        "FusionAnalysisResultPartialCoverageItem",
    ),
    (
        "..models.fusion_analysis_result_unique_insights_item",
        "FusionAnalysisResultUniqueInsightsItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FusionAnalysisResult")


@_attrs_define
class FusionAnalysisResult(APIModel):
    """
    Attributes:
        blind_spots (list[str]):
        consensus (list[str]):
        contradictions (list[FusionAnalysisResultContradictionsItem]):
        partial_coverage (list[FusionAnalysisResultPartialCoverageItem]):
        unique_insights (list[FusionAnalysisResultUniqueInsightsItem]):
    """

    blind_spots: list[str]
    consensus: list[str]
    contradictions: list[FusionAnalysisResultContradictionsItem]
    partial_coverage: list[FusionAnalysisResultPartialCoverageItem]
    unique_insights: list[FusionAnalysisResultUniqueInsightsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        blind_spots = self.blind_spots

        consensus = self.consensus

        contradictions = []
        for contradictions_item_data in self.contradictions:
            contradictions_item = contradictions_item_data.to_dict()
            contradictions.append(contradictions_item)

        partial_coverage = []
        for partial_coverage_item_data in self.partial_coverage:
            partial_coverage_item = partial_coverage_item_data.to_dict()
            partial_coverage.append(partial_coverage_item)

        unique_insights = []
        for unique_insights_item_data in self.unique_insights:
            unique_insights_item = unique_insights_item_data.to_dict()
            unique_insights.append(unique_insights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blind_spots": blind_spots,
                "consensus": consensus,
                "contradictions": contradictions,
                "partial_coverage": partial_coverage,
                "unique_insights": unique_insights,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        blind_spots = cast(list[str], d.pop("blind_spots"))

        consensus = cast(list[str], d.pop("consensus"))

        contradictions = []
        _contradictions = d.pop("contradictions")
        for contradictions_item_data in _contradictions:
            contradictions_item = FusionAnalysisResultContradictionsItem.from_dict(
                contradictions_item_data
            )

            contradictions.append(contradictions_item)

        partial_coverage = []
        _partial_coverage = d.pop("partial_coverage")
        for partial_coverage_item_data in _partial_coverage:
            partial_coverage_item = FusionAnalysisResultPartialCoverageItem.from_dict(
                partial_coverage_item_data
            )

            partial_coverage.append(partial_coverage_item)

        unique_insights = []
        _unique_insights = d.pop("unique_insights")
        for unique_insights_item_data in _unique_insights:
            unique_insights_item = FusionAnalysisResultUniqueInsightsItem.from_dict(
                unique_insights_item_data
            )

            unique_insights.append(unique_insights_item)

        fusion_analysis_result = cls(
            blind_spots=blind_spots,
            consensus=consensus,
            contradictions=contradictions,
            partial_coverage=partial_coverage,
            unique_insights=unique_insights,
        )

        fusion_analysis_result.additional_properties = d
        return fusion_analysis_result

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
