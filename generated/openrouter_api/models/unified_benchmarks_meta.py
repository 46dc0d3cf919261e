from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_meta_version import (
    UnifiedBenchmarksMetaVersion,
    check_unified_benchmarks_meta_version,
)
from ..types import APIModel

T = TypeVar("T", bound="UnifiedBenchmarksMeta")


@_attrs_define
class UnifiedBenchmarksMeta(APIModel):
    """
    Attributes:
        as_of (str):
        citation (None | str):
        model_count (int):
        source (None | str): Open enum (the API adds values): known values `artificial-analysis`, `design-arena`,
            `openrouter`.
        source_url (None | str):
        task_type (None | str):
        version (UnifiedBenchmarksMetaVersion):
    """

    as_of: str
    citation: None | str
    model_count: int
    source: None | str
    source_url: None | str
    task_type: None | str
    version: UnifiedBenchmarksMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of

        citation: None | str
        citation = self.citation

        model_count = self.model_count

        source: None | str
        source = self.source

        source_url: None | str
        source_url = self.source_url

        task_type: None | str
        task_type = self.task_type

        version: str = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "citation": citation,
                "model_count": model_count,
                "source": source,
                "source_url": source_url,
                "task_type": task_type,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = d.pop("as_of")

        citation: None | str = d.pop("citation")

        model_count = d.pop("model_count")

        source: None | str = d.pop("source")

        source_url: None | str = d.pop("source_url")

        task_type: None | str = d.pop("task_type")

        version = check_unified_benchmarks_meta_version(d.pop("version"))

        unified_benchmarks_meta = cls(
            as_of=as_of,
            citation=citation,
            model_count=model_count,
            source=source,
            source_url=source_url,
            task_type=task_type,
            version=version,
        )

        unified_benchmarks_meta.additional_properties = d
        return unified_benchmarks_meta

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
