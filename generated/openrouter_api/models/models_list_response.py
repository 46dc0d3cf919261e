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
    from ..models.model import Model
    from ..models.models_list_response_links import ModelsListResponseLinks

_LAZY_IMPORTS = (
    ("..models.model", "Model"),
    ("..models.models_list_response_links", "ModelsListResponseLinks"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ModelsListResponse")


@_attrs_define
class ModelsListResponse(APIModel):
    """
    Attributes:
        data (list[Model]):
        links (ModelsListResponseLinks):
        total_count (int):
    """

    data: list[Model]
    links: ModelsListResponseLinks
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data = []
        for componentsschemas_models_list_response_data_item_data in self.data:
            componentsschemas_models_list_response_data_item = (
                componentsschemas_models_list_response_data_item_data.to_dict()
            )
            data.append(componentsschemas_models_list_response_data_item)

        links = self.links.to_dict()

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
                "total_count": total_count,
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
        for componentsschemas_models_list_response_data_item_data in _data:
            componentsschemas_models_list_response_data_item = Model.from_dict(
                componentsschemas_models_list_response_data_item_data
            )

            data.append(componentsschemas_models_list_response_data_item)

        links = ModelsListResponseLinks.from_dict(d.pop("links"))

        total_count = d.pop("total_count")

        models_list_response = cls(
            data=data,
            links=links,
            total_count=total_count,
        )

        models_list_response.additional_properties = d
        return models_list_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(self, key: int) -> Model: ...
    @overload
    def __getitem__(self, key: slice) -> list[Model]: ...
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

    def __iter__(self) -> Iterator[Model]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
