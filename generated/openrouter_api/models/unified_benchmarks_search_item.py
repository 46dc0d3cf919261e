from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_search_item_source import (
    UnifiedBenchmarksSearchItemSource,
    check_unified_benchmarks_search_item_source,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.unified_benchmarks_search_run_config import (
        UnifiedBenchmarksSearchRunConfig,
    )

_LAZY_IMPORTS = (
    (
        "..models.unified_benchmarks_search_run_config",
        "UnifiedBenchmarksSearchRunConfig",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="UnifiedBenchmarksSearchItem")


@_attrs_define
class UnifiedBenchmarksSearchItem(APIModel):
    """
    Attributes:
        avg_cost_per_task (float | None):
        avg_latency_per_task_ms (float | None):
        benchmark_type (str): Open enum (the API adds values): known values `search_browsecomp`, `search_hle`,
            `search_dsqa`, `search_widesearch`.
        display_name (str):
        last_run_timestamp (str):
        model_permaslug (str):
        primary_metric (str): Open enum (the API adds values): known values `accuracy`, `f1_by_item`.
        primary_score (float):
        search_engine (str):
        search_surface (str): Open enum (the API adds values): known values `server-tool`, `plugin`.
        source (UnifiedBenchmarksSearchItemSource):
        total_tasks (int):
        run_config (UnifiedBenchmarksSearchRunConfig | Unset):
    """

    avg_cost_per_task: float | None
    avg_latency_per_task_ms: float | None
    benchmark_type: str
    display_name: str
    last_run_timestamp: str
    model_permaslug: str
    primary_metric: str
    primary_score: float
    search_engine: str
    search_surface: str
    source: UnifiedBenchmarksSearchItemSource
    total_tasks: int
    run_config: UnifiedBenchmarksSearchRunConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        avg_cost_per_task: float | None
        avg_cost_per_task = self.avg_cost_per_task

        avg_latency_per_task_ms: float | None
        avg_latency_per_task_ms = self.avg_latency_per_task_ms

        benchmark_type = self.benchmark_type

        display_name = self.display_name

        last_run_timestamp = self.last_run_timestamp

        model_permaslug = self.model_permaslug

        primary_metric = self.primary_metric

        primary_score = self.primary_score

        search_engine = self.search_engine

        search_surface = self.search_surface

        source: str = self.source

        total_tasks = self.total_tasks

        run_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_config, Unset):
            run_config = self.run_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg_cost_per_task": avg_cost_per_task,
                "avg_latency_per_task_ms": avg_latency_per_task_ms,
                "benchmark_type": benchmark_type,
                "display_name": display_name,
                "last_run_timestamp": last_run_timestamp,
                "model_permaslug": model_permaslug,
                "primary_metric": primary_metric,
                "primary_score": primary_score,
                "search_engine": search_engine,
                "search_surface": search_surface,
                "source": source,
                "total_tasks": total_tasks,
            }
        )
        if run_config is not UNSET:
            field_dict["run_config"] = run_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        avg_cost_per_task: float | None = d.pop("avg_cost_per_task")

        avg_latency_per_task_ms: float | None = d.pop("avg_latency_per_task_ms")

        benchmark_type = d.pop("benchmark_type")

        display_name = d.pop("display_name")

        last_run_timestamp = d.pop("last_run_timestamp")

        model_permaslug = d.pop("model_permaslug")

        primary_metric = d.pop("primary_metric")

        primary_score = d.pop("primary_score")

        search_engine = d.pop("search_engine")

        search_surface = d.pop("search_surface")

        source = check_unified_benchmarks_search_item_source(d.pop("source"))

        total_tasks = d.pop("total_tasks")

        _run_config = d.pop("run_config", UNSET)
        run_config: UnifiedBenchmarksSearchRunConfig | Unset
        if isinstance(_run_config, Unset):
            run_config = UNSET
        else:
            run_config = UnifiedBenchmarksSearchRunConfig.from_dict(_run_config)

        unified_benchmarks_search_item = cls(
            avg_cost_per_task=avg_cost_per_task,
            avg_latency_per_task_ms=avg_latency_per_task_ms,
            benchmark_type=benchmark_type,
            display_name=display_name,
            last_run_timestamp=last_run_timestamp,
            model_permaslug=model_permaslug,
            primary_metric=primary_metric,
            primary_score=primary_score,
            search_engine=search_engine,
            search_surface=search_surface,
            source=source,
            total_tasks=total_tasks,
            run_config=run_config,
        )

        unified_benchmarks_search_item.additional_properties = d
        return unified_benchmarks_search_item

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
