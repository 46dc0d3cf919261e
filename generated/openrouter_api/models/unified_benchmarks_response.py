from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    overload,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
    from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem

_LAZY_IMPORTS = (
    ("..models.unified_benchmarks_aa_item", "UnifiedBenchmarksAAItem"),
    ("..models.unified_benchmarks_da_item", "UnifiedBenchmarksDAItem"),
    ("..models.unified_benchmarks_meta", "UnifiedBenchmarksMeta"),
    ("..models.unified_benchmarks_or_item", "UnifiedBenchmarksORItem"),
    ("..models.unified_benchmarks_search_item", "UnifiedBenchmarksSearchItem"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="UnifiedBenchmarksResponse")


@_attrs_define
class UnifiedBenchmarksResponse(APIModel):
    """
    Attributes:
        data (list[UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem |
            UnifiedBenchmarksSearchItem]):
        meta (UnifiedBenchmarksMeta):
    """

    data: list[
        UnifiedBenchmarksAAItem
        | UnifiedBenchmarksDAItem
        | UnifiedBenchmarksORItem
        | UnifiedBenchmarksSearchItem
    ]
    meta: UnifiedBenchmarksMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, UnifiedBenchmarksAAItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, UnifiedBenchmarksDAItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, UnifiedBenchmarksORItem):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                UnifiedBenchmarksAAItem
                | UnifiedBenchmarksDAItem
                | UnifiedBenchmarksORItem
                | UnifiedBenchmarksSearchItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = UnifiedBenchmarksAAItem.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_1 = UnifiedBenchmarksDAItem.from_dict(data)

                    return data_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_2 = UnifiedBenchmarksORItem.from_dict(data)

                    return data_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_3 = UnifiedBenchmarksSearchItem.from_dict(data)

                return data_item_type_3

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        meta = UnifiedBenchmarksMeta.from_dict(d.pop("meta"))

        unified_benchmarks_response = cls(
            data=data,
            meta=meta,
        )

        unified_benchmarks_response.additional_properties = d
        return unified_benchmarks_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(
        self, key: int
    ) -> (
        UnifiedBenchmarksAAItem
        | UnifiedBenchmarksDAItem
        | UnifiedBenchmarksORItem
        | UnifiedBenchmarksSearchItem
    ): ...
    @overload
    def __getitem__(
        self, key: slice
    ) -> list[
        UnifiedBenchmarksAAItem
        | UnifiedBenchmarksDAItem
        | UnifiedBenchmarksORItem
        | UnifiedBenchmarksSearchItem
    ]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | slice | str) -> Any:
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(
        self,
    ) -> Iterator[
        UnifiedBenchmarksAAItem
        | UnifiedBenchmarksDAItem
        | UnifiedBenchmarksORItem
        | UnifiedBenchmarksSearchItem
    ]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
