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

from ..models.unified_benchmarks_da_item_source import (
    UnifiedBenchmarksDAItemSource,
    check_unified_benchmarks_da_item_source,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
    from ..models.unified_benchmarks_da_item_tournament_stats import (
        UnifiedBenchmarksDAItemTournamentStats,
    )

_LAZY_IMPORTS = (
    ("..models.unified_benchmark_pricing", "UnifiedBenchmarkPricing"),
    (
        "..models.unified_benchmarks_da_item_tournament_stats",
        "UnifiedBenchmarksDAItemTournamentStats",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="UnifiedBenchmarksDAItem")


@_attrs_define
class UnifiedBenchmarksDAItem(APIModel):
    """
    Attributes:
        arena (str):
        avg_generation_time_ms (float | None):
        category (str):
        display_name (str):
        elo (float):
        model_permaslug (str):
        pricing (None | UnifiedBenchmarkPricing):
        source (UnifiedBenchmarksDAItemSource):
        tournament_stats (UnifiedBenchmarksDAItemTournamentStats):
        win_rate (float):
    """

    arena: str
    avg_generation_time_ms: float | None
    category: str
    display_name: str
    elo: float
    model_permaslug: str
    pricing: None | UnifiedBenchmarkPricing
    source: UnifiedBenchmarksDAItemSource
    tournament_stats: UnifiedBenchmarksDAItemTournamentStats
    win_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        arena = self.arena

        avg_generation_time_ms: float | None
        avg_generation_time_ms = self.avg_generation_time_ms

        category = self.category

        display_name = self.display_name

        elo = self.elo

        model_permaslug = self.model_permaslug

        pricing: dict[str, Any] | None
        if isinstance(self.pricing, UnifiedBenchmarkPricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        source: str = self.source

        tournament_stats = self.tournament_stats.to_dict()

        win_rate = self.win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arena": arena,
                "avg_generation_time_ms": avg_generation_time_ms,
                "category": category,
                "display_name": display_name,
                "elo": elo,
                "model_permaslug": model_permaslug,
                "pricing": pricing,
                "source": source,
                "tournament_stats": tournament_stats,
                "win_rate": win_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        arena = d.pop("arena")

        avg_generation_time_ms: float | None = d.pop("avg_generation_time_ms")

        category = d.pop("category")

        display_name = d.pop("display_name")

        elo = d.pop("elo")

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

        source = check_unified_benchmarks_da_item_source(d.pop("source"))

        tournament_stats = UnifiedBenchmarksDAItemTournamentStats.from_dict(
            d.pop("tournament_stats")
        )

        win_rate = d.pop("win_rate")

        unified_benchmarks_da_item = cls(
            arena=arena,
            avg_generation_time_ms=avg_generation_time_ms,
            category=category,
            display_name=display_name,
            elo=elo,
            model_permaslug=model_permaslug,
            pricing=pricing,
            source=source,
            tournament_stats=tournament_stats,
            win_rate=win_rate,
        )

        unified_benchmarks_da_item.additional_properties = d
        return unified_benchmarks_da_item

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
