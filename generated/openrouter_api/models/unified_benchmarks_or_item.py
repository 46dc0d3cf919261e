from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_or_item_source import (
    UnifiedBenchmarksORItemSource,
    check_unified_benchmarks_or_item_source,
)
from ..types import APIModel

T = TypeVar("T", bound="UnifiedBenchmarksORItem")


@_attrs_define
class UnifiedBenchmarksORItem(APIModel):
    """
    Attributes:
        accuracy (float):
        accuracy_stddev (float | None):
        avg_cost_per_task (float | None):
        benchmark_type (str): Open enum (the API adds values): known values `gpqa_diamond`,
            `tau_bench_verified_airline`.
        display_name (str):
        last_run_timestamp (str):
        model_permaslug (str):
        source (UnifiedBenchmarksORItemSource):
        total_tasks (int):
    """

    accuracy: float
    accuracy_stddev: float | None
    avg_cost_per_task: float | None
    benchmark_type: str
    display_name: str
    last_run_timestamp: str
    model_permaslug: str
    source: UnifiedBenchmarksORItemSource
    total_tasks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy = self.accuracy

        accuracy_stddev: float | None
        accuracy_stddev = self.accuracy_stddev

        avg_cost_per_task: float | None
        avg_cost_per_task = self.avg_cost_per_task

        benchmark_type = self.benchmark_type

        display_name = self.display_name

        last_run_timestamp = self.last_run_timestamp

        model_permaslug = self.model_permaslug

        source: str = self.source

        total_tasks = self.total_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accuracy": accuracy,
                "accuracy_stddev": accuracy_stddev,
                "avg_cost_per_task": avg_cost_per_task,
                "benchmark_type": benchmark_type,
                "display_name": display_name,
                "last_run_timestamp": last_run_timestamp,
                "model_permaslug": model_permaslug,
                "source": source,
                "total_tasks": total_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accuracy = d.pop("accuracy")

        accuracy_stddev: float | None = d.pop("accuracy_stddev")

        avg_cost_per_task: float | None = d.pop("avg_cost_per_task")

        benchmark_type = d.pop("benchmark_type")

        display_name = d.pop("display_name")

        last_run_timestamp = d.pop("last_run_timestamp")

        model_permaslug = d.pop("model_permaslug")

        source = check_unified_benchmarks_or_item_source(d.pop("source"))

        total_tasks = d.pop("total_tasks")

        unified_benchmarks_or_item = cls(
            accuracy=accuracy,
            accuracy_stddev=accuracy_stddev,
            avg_cost_per_task=avg_cost_per_task,
            benchmark_type=benchmark_type,
            display_name=display_name,
            last_run_timestamp=last_run_timestamp,
            model_permaslug=model_permaslug,
            source=source,
            total_tasks=total_tasks,
        )

        unified_benchmarks_or_item.additional_properties = d
        return unified_benchmarks_or_item

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
