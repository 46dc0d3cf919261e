from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_search_result_block_param_type import (
    AnthropicSearchResultBlockParamType,
    check_anthropic_search_result_block_param_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_search_result_block_param_citations import (
        AnthropicSearchResultBlockParamCitations,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    (
        "..models.anthropic_search_result_block_param_citations",
        "AnthropicSearchResultBlockParamCitations",
    ),
    ("..models.anthropic_text_block_param", "AnthropicTextBlockParam"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicSearchResultBlockParam")


@_attrs_define
class AnthropicSearchResultBlockParam(APIModel):
    """
    Attributes:
        content (list[AnthropicTextBlockParam]):
        source (str):
        title (str):
        type (AnthropicSearchResultBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset):
        citations (AnthropicSearchResultBlockParamCitations | Unset):
    """

    content: list[AnthropicTextBlockParam]
    source: str
    title: str
    type: AnthropicSearchResultBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: AnthropicSearchResultBlockParamCitations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        source = self.source

        title = self.title

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        citations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = self.citations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "source": source,
                "title": title,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = AnthropicTextBlockParam.from_dict(content_item_data)

            content.append(content_item)

        source = d.pop("source")

        title = d.pop("title")

        type = check_anthropic_search_result_block_param_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        _citations = d.pop("citations", UNSET)
        citations: AnthropicSearchResultBlockParamCitations | Unset
        if isinstance(_citations, Unset):
            citations = UNSET
        else:
            citations = AnthropicSearchResultBlockParamCitations.from_dict(_citations)

        anthropic_search_result_block_param = cls(
            content=content,
            source=source,
            title=title,
            type=type,
            cache_control=cache_control,
            citations=citations,
        )

        anthropic_search_result_block_param.additional_properties = d
        return anthropic_search_result_block_param

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
