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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.embedding import Embedding
    from ..models.embeddings_usage import EmbeddingsUsage

_LAZY_IMPORTS = (
    ("..models.embedding", "Embedding"),
    ("..models.embeddings_usage", "EmbeddingsUsage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="EmbeddingsResponse")


@_attrs_define
class EmbeddingsResponse(APIModel):
    """
    Attributes:
        object (str): "list".
        data (list[Embedding]):
        model (str):
        id (str | Unset):
        usage (EmbeddingsUsage | Unset):
    """

    object: str
    data: list[Embedding]
    model: str
    id: str | Unset = UNSET
    usage: EmbeddingsUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        object = self.object

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        model = self.model

        id = self.id

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object,
                "data": data,
                "model": model,
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
        object = d.pop("object")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Embedding.from_dict(data_item_data)

            data.append(data_item)

        model = d.pop("model")

        id = d.pop("id", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: EmbeddingsUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = EmbeddingsUsage.from_dict(_usage)

        embeddings_response = cls(
            object=object,
            data=data,
            model=model,
            id=id,
            usage=usage,
        )

        embeddings_response.additional_properties = d
        return embeddings_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(self, key: int) -> Embedding: ...
    @overload
    def __getitem__(self, key: slice) -> list[Embedding]: ...
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

    def __iter__(self) -> Iterator[Embedding]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
