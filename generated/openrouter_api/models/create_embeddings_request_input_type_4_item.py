from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.content_part_input_audio import ContentPartInputAudio
    from ..models.content_part_input_file import ContentPartInputFile
    from ..models.content_part_input_video import ContentPartInputVideo
    from ..models.create_embeddings_request_input_item_content_item_image_url import (
        CreateEmbeddingsRequestInputItemContentItemImageUrl,
    )
    from ..models.create_embeddings_request_input_item_content_item_text import (
        CreateEmbeddingsRequestInputItemContentItemText,
    )

_LAZY_IMPORTS = (
    ("..models.content_part_input_audio", "ContentPartInputAudio"),
    ("..models.content_part_input_file", "ContentPartInputFile"),
    ("..models.content_part_input_video", "ContentPartInputVideo"),
    (
        "..models.create_embeddings_request_input_item_content_item_image_url",
        "CreateEmbeddingsRequestInputItemContentItemImageUrl",
    ),
    (
        "..models.create_embeddings_request_input_item_content_item_text",
        "CreateEmbeddingsRequestInputItemContentItemText",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CreateEmbeddingsRequestInputType4Item")


@_attrs_define
class CreateEmbeddingsRequestInputType4Item(APIModel):
    """
    Attributes:
        content (list[ContentPartInputAudio | ContentPartInputFile | ContentPartInputVideo |
            CreateEmbeddingsRequestInputItemContentItemImageUrl | CreateEmbeddingsRequestInputItemContentItemText]):
    """

    content: list[
        ContentPartInputAudio
        | ContentPartInputFile
        | ContentPartInputVideo
        | CreateEmbeddingsRequestInputItemContentItemImageUrl
        | CreateEmbeddingsRequestInputItemContentItemText
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(
                content_item_data, CreateEmbeddingsRequestInputItemContentItemText
            ):
                content_item = content_item_data.to_dict()
            elif isinstance(
                content_item_data, CreateEmbeddingsRequestInputItemContentItemImageUrl
            ):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ContentPartInputAudio):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ContentPartInputVideo):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                ContentPartInputAudio
                | ContentPartInputFile
                | ContentPartInputVideo
                | CreateEmbeddingsRequestInputItemContentItemImageUrl
                | CreateEmbeddingsRequestInputItemContentItemText
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = (
                        CreateEmbeddingsRequestInputItemContentItemText.from_dict(data)
                    )

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = (
                        CreateEmbeddingsRequestInputItemContentItemImageUrl.from_dict(
                            data
                        )
                    )

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_2 = ContentPartInputAudio.from_dict(data)

                    return content_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_3 = ContentPartInputVideo.from_dict(data)

                    return content_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_4 = ContentPartInputFile.from_dict(data)

                return content_item_type_4

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        create_embeddings_request_input_type_4_item = cls(
            content=content,
        )

        create_embeddings_request_input_type_4_item.additional_properties = d
        return create_embeddings_request_input_type_4_item

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
