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

from ..models.create_embeddings_response_object import (
    CreateEmbeddingsResponseObject,
    check_create_embeddings_response_object,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.create_embeddings_response_data_item import (
        CreateEmbeddingsResponseDataItem,
    )
    from ..models.create_embeddings_response_usage import CreateEmbeddingsResponseUsage

_LAZY_IMPORTS = (
    (
        "..models.create_embeddings_response_data_item",
        "CreateEmbeddingsResponseDataItem",
    ),
    ("..models.create_embeddings_response_usage", "CreateEmbeddingsResponseUsage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CreateEmbeddingsResponse")


@_attrs_define
class CreateEmbeddingsResponse(APIModel):
    """
    Attributes:
        data (list[CreateEmbeddingsResponseDataItem]):
        model (str):
        object (CreateEmbeddingsResponseObject):
        id (str | Unset):
        usage (CreateEmbeddingsResponseUsage | Unset):
    """

    data: list[CreateEmbeddingsResponseDataItem]
    model: str
    object: CreateEmbeddingsResponseObject
    id: str | Unset = UNSET
    usage: CreateEmbeddingsResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        model = self.model

        object: str = self.object

        id = self.id

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "model": model,
                "object": object,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CreateEmbeddingsResponseDataItem.from_dict(data_item_data)

            data.append(data_item)

        model = d.pop("model")

        object = check_create_embeddings_response_object(d.pop("object"))

        id = d.pop("id", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: CreateEmbeddingsResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CreateEmbeddingsResponseUsage.from_dict(_usage)

        create_embeddings_response = cls(
            data=data,
            model=model,
            object=object,
            id=id,
            usage=usage,
        )

        create_embeddings_response.additional_properties = d
        return create_embeddings_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(self, key: int) -> CreateEmbeddingsResponseDataItem: ...
    @overload
    def __getitem__(self, key: slice) -> list[CreateEmbeddingsResponseDataItem]: ...
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

    def __iter__(self) -> Iterator[CreateEmbeddingsResponseDataItem]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
