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

from ..models.unified_benchmarks_aa_item_source import (
    UnifiedBenchmarksAAItemSource,
    check_unified_benchmarks_aa_item_source,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing

_LAZY_IMPORTS = (("..models.unified_benchmark_pricing", "UnifiedBenchmarkPricing"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="UnifiedBenchmarksAAItem")


@_attrs_define
class UnifiedBenchmarksAAItem(APIModel):
    """
    Attributes:
        agentic_index (float | None):
        coding_index (float | None):
        display_name (str):
        intelligence_index (float | None):
        model_permaslug (str):
        pricing (None | UnifiedBenchmarkPricing):
        source (UnifiedBenchmarksAAItemSource):
    """

    agentic_index: float | None
    coding_index: float | None
    display_name: str
    intelligence_index: float | None
    model_permaslug: str
    pricing: None | UnifiedBenchmarkPricing
    source: UnifiedBenchmarksAAItemSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        agentic_index: float | None
        agentic_index = self.agentic_index

        coding_index: float | None
        coding_index = self.coding_index

        display_name = self.display_name

        intelligence_index: float | None
        intelligence_index = self.intelligence_index

        model_permaslug = self.model_permaslug

        pricing: dict[str, Any] | None
        if isinstance(self.pricing, UnifiedBenchmarkPricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        source: str = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentic_index": agentic_index,
                "coding_index": coding_index,
                "display_name": display_name,
                "intelligence_index": intelligence_index,
                "model_permaslug": model_permaslug,
                "pricing": pricing,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        agentic_index: float | None = d.pop("agentic_index")

        coding_index: float | None = d.pop("coding_index")

        display_name = d.pop("display_name")

        intelligence_index: float | None = d.pop("intelligence_index")

        model_permaslug = d.pop("model_permaslug")

        def _parse_pricing(data: object) -> None | UnifiedBenchmarkPricing:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_type_0 = UnifiedBenchmarkPricing.from_dict(data)

                return pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnifiedBenchmarkPricing, data)

        pricing = _parse_pricing(d.pop("pricing"))

        source = check_unified_benchmarks_aa_item_source(d.pop("source"))

        unified_benchmarks_aa_item = cls(
            agentic_index=agentic_index,
            coding_index=coding_index,
            display_name=display_name,
            intelligence_index=intelligence_index,
            model_permaslug=model_permaslug,
            pricing=pricing,
            source=source,
        )

        unified_benchmarks_aa_item.additional_properties = d
        return unified_benchmarks_aa_item

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
