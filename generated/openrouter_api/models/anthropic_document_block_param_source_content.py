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

from ..models.anthropic_document_block_param_source_content_type import (
    AnthropicDocumentBlockParamSourceContentType,
    check_anthropic_document_block_param_source_content_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam

_LAZY_IMPORTS = (
    ("..models.anthropic_image_block_param", "AnthropicImageBlockParam"),
    ("..models.anthropic_text_block_param", "AnthropicTextBlockParam"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicDocumentBlockParamSourceContent")


@_attrs_define
class AnthropicDocumentBlockParamSourceContent(APIModel):
    """
    Attributes:
        content (list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str):
        type (AnthropicDocumentBlockParamSourceContentType):
    """

    content: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str
    type: AnthropicDocumentBlockParamSourceContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> AnthropicImageBlockParam | AnthropicTextBlockParam:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0 = (
                                AnthropicTextBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_1 = AnthropicImageBlockParam.from_dict(
                            data
                        )

                        return content_type_1_item_type_1

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str, data
            )

        content = _parse_content(d.pop("content"))

        type = check_anthropic_document_block_param_source_content_type(d.pop("type"))

        anthropic_document_block_param_source_content = cls(
            content=content,
            type=type,
        )

        anthropic_document_block_param_source_content.additional_properties = d
        return anthropic_document_block_param_source_content

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
