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

from ..models.anthropic_file_list_shape import (
    AnthropicFileListShape,
    check_anthropic_file_list_shape,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_file import AnthropicFile

_LAZY_IMPORTS = (("..models.anthropic_file", "AnthropicFile"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicFileList")


@_attrs_define
class AnthropicFileList(APIModel):
    """
    Attributes:
        field_shape (AnthropicFileListShape):
        data (list[AnthropicFile]):
        first_id (None | str):
        has_more (bool):
        last_id (None | str):
    """

    field_shape: AnthropicFileListShape
    data: list[AnthropicFile]
    first_id: None | str
    has_more: bool
    last_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        field_shape: str = self.field_shape

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        first_id: None | str
        first_id = self.first_id

        has_more = self.has_more

        last_id: None | str
        last_id = self.last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "data": data,
                "first_id": first_id,
                "has_more": has_more,
                "last_id": last_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        field_shape = check_anthropic_file_list_shape(d.pop("_shape"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AnthropicFile.from_dict(data_item_data)

            data.append(data_item)

        first_id: None | str = d.pop("first_id")

        has_more = d.pop("has_more")

        last_id: None | str = d.pop("last_id")

        anthropic_file_list = cls(
            field_shape=field_shape,
            data=data,
            first_id=first_id,
            has_more=has_more,
            last_id=last_id,
        )

        anthropic_file_list.additional_properties = d
        return anthropic_file_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(self, key: int) -> AnthropicFile: ...
    @overload
    def __getitem__(self, key: slice) -> list[AnthropicFile]: ...
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

    def __iter__(self) -> Iterator[AnthropicFile]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
