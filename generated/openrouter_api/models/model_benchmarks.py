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
    from ..models.aa_benchmark_entry import AABenchmarkEntry
    from ..models.da_benchmark_entry import DABenchmarkEntry

_LAZY_IMPORTS = (
    ("..models.aa_benchmark_entry", "AABenchmarkEntry"),
    ("..models.da_benchmark_entry", "DABenchmarkEntry"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ModelBenchmarks")


@_attrs_define
class ModelBenchmarks(APIModel):
    """
    Attributes:
        design_arena (list[DABenchmarkEntry]):
        artificial_analysis (AABenchmarkEntry | Unset):
    """

    design_arena: list[DABenchmarkEntry]
    artificial_analysis: AABenchmarkEntry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        design_arena = []
        for design_arena_item_data in self.design_arena:
            design_arena_item = design_arena_item_data.to_dict()
            design_arena.append(design_arena_item)

        artificial_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artificial_analysis, Unset):
            artificial_analysis = self.artificial_analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "design_arena": design_arena,
            }
        )
        if artificial_analysis is not UNSET:
            field_dict["artificial_analysis"] = artificial_analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        design_arena = []
        _design_arena = d.pop("design_arena")
        for design_arena_item_data in _design_arena:
            design_arena_item = DABenchmarkEntry.from_dict(design_arena_item_data)

            design_arena.append(design_arena_item)

        _artificial_analysis = d.pop("artificial_analysis", UNSET)
        artificial_analysis: AABenchmarkEntry | Unset
        if isinstance(_artificial_analysis, Unset):
            artificial_analysis = UNSET
        else:
            artificial_analysis = AABenchmarkEntry.from_dict(_artificial_analysis)

        model_benchmarks = cls(
            design_arena=design_arena,
            artificial_analysis=artificial_analysis,
        )

        model_benchmarks.additional_properties = d
        return model_benchmarks

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
