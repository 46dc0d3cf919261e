from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_block_type import (
    AnthropicWebFetchBlockType,
    check_anthropic_web_fetch_block_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_document_block import AnthropicDocumentBlock

_LAZY_IMPORTS = (("..models.anthropic_document_block", "AnthropicDocumentBlock"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicWebFetchBlock")


@_attrs_define
class AnthropicWebFetchBlock(APIModel):
    """
    Attributes:
        content (AnthropicDocumentBlock):
        retrieved_at (None | str):
        type (AnthropicWebFetchBlockType):
        url (str):
    """

    content: AnthropicDocumentBlock
    retrieved_at: None | str
    type: AnthropicWebFetchBlockType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = self.content.to_dict()

        retrieved_at: None | str
        retrieved_at = self.retrieved_at

        type: str = self.type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "retrieved_at": retrieved_at,
                "type": type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = AnthropicDocumentBlock.from_dict(d.pop("content"))

        retrieved_at: None | str = d.pop("retrieved_at")

        type = check_anthropic_web_fetch_block_type(d.pop("type"))

        url = d.pop("url")

        anthropic_web_fetch_block = cls(
            content=content,
            retrieved_at=retrieved_at,
            type=type,
            url=url,
        )

        anthropic_web_fetch_block.additional_properties = d
        return anthropic_web_fetch_block

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
