from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_request_input_item_content_item_image_url_type import (
    CreateEmbeddingsRequestInputItemContentItemImageUrlType,
    check_create_embeddings_request_input_item_content_item_image_url_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.create_embeddings_request_input_item_content_item_image_url_image_url import (
        CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl,
    )

_LAZY_IMPORTS = (
    (
        "..models.create_embeddings_request_input_item_content_item_image_url_image_url",
        "CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CreateEmbeddingsRequestInputItemContentItemImageUrl")


@_attrs_define
class CreateEmbeddingsRequestInputItemContentItemImageUrl(APIModel):
    """
    Attributes:
        image_url (CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl):
        type (CreateEmbeddingsRequestInputItemContentItemImageUrlType):
    """

    image_url: CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl
    type: CreateEmbeddingsRequestInputItemContentItemImageUrlType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        image_url = self.image_url.to_dict()

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        image_url = (
            CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl.from_dict(
                d.pop("image_url")
            )
        )

        type = check_create_embeddings_request_input_item_content_item_image_url_type(
            d.pop("type")
        )

        create_embeddings_request_input_item_content_item_image_url = cls(
            image_url=image_url,
            type=type,
        )

        create_embeddings_request_input_item_content_item_image_url.additional_properties = d
        return create_embeddings_request_input_item_content_item_image_url

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
