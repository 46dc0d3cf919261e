from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="FileSearchServerToolRankingOptions")


@_attrs_define
class FileSearchServerToolRankingOptions(APIModel):
    """
    Attributes:
        ranker (str | Unset): Open enum (the API adds values): known values `auto`, `default-2024-11-15`.
        score_threshold (float | Unset):
    """

    ranker: str | Unset = UNSET
    score_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranker = self.ranker

        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ranker = d.pop("ranker", UNSET)

        score_threshold = d.pop("score_threshold", UNSET)

        file_search_server_tool_ranking_options = cls(
            ranker=ranker,
            score_threshold=score_threshold,
        )

        file_search_server_tool_ranking_options.additional_properties = d
        return file_search_server_tool_ranking_options

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
