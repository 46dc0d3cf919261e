from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
    overload,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.query_analytics_response_data_data_item import (
        QueryAnalyticsResponseDataDataItem,
    )
    from ..models.query_analytics_response_data_metadata import (
        QueryAnalyticsResponseDataMetadata,
    )

_LAZY_IMPORTS = (
    (
        "..models.query_analytics_response_data_data_item",
        "QueryAnalyticsResponseDataDataItem",
    ),
    (
        "..models.query_analytics_response_data_metadata",
        "QueryAnalyticsResponseDataMetadata",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="QueryAnalyticsResponseData")


@_attrs_define
class QueryAnalyticsResponseData(APIModel):
    """
    Attributes:
        data (list[QueryAnalyticsResponseDataDataItem]):
        metadata (QueryAnalyticsResponseDataMetadata):
        cached_at (float | Unset):
        warnings (list[str] | Unset):
    """

    data: list[QueryAnalyticsResponseDataDataItem]
    metadata: QueryAnalyticsResponseDataMetadata
    cached_at: float | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        metadata = self.metadata.to_dict()

        cached_at = self.cached_at

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "metadata": metadata,
            }
        )
        if cached_at is not UNSET:
            field_dict["cachedAt"] = cached_at
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = QueryAnalyticsResponseDataDataItem.from_dict(data_item_data)

            data.append(data_item)

        metadata = QueryAnalyticsResponseDataMetadata.from_dict(d.pop("metadata"))

        cached_at = d.pop("cachedAt", UNSET)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        query_analytics_response_data = cls(
            data=data,
            metadata=metadata,
            cached_at=cached_at,
            warnings=warnings,
        )

        query_analytics_response_data.additional_properties = d
        return query_analytics_response_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(self, key: int) -> QueryAnalyticsResponseDataDataItem: ...
    @overload
    def __getitem__(self, key: slice) -> list[QueryAnalyticsResponseDataDataItem]: ...
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

    def __iter__(self) -> Iterator[QueryAnalyticsResponseDataDataItem]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
