from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_response_data_item_object import (
    CreateEmbeddingsResponseDataItemObject,
    check_create_embeddings_response_data_item_object,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CreateEmbeddingsResponseDataItem")


@_attrs_define
class CreateEmbeddingsResponseDataItem(APIModel):
    """
    Attributes:
        embedding (list[float] | str):
        object (CreateEmbeddingsResponseDataItemObject):
        index (int | Unset):
    """

    embedding: list[float] | str
    object: CreateEmbeddingsResponseDataItemObject
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding: list[float] | str
        if isinstance(self.embedding, list):
            embedding = self.embedding

        else:
            embedding = self.embedding

        object: str = self.object

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
                "object": object,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_embedding(data: object) -> list[float] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embedding_type_0 = cast(list[float], data)

                return embedding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | str, data)

        embedding = _parse_embedding(d.pop("embedding"))

        object = check_create_embeddings_response_data_item_object(d.pop("object"))

        index = d.pop("index", UNSET)

        create_embeddings_response_data_item = cls(
            embedding=embedding,
            object=object,
            index=index,
        )

        create_embeddings_response_data_item.additional_properties = d
        return create_embeddings_response_data_item

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
