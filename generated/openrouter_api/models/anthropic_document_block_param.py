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

from ..models.anthropic_document_block_param_type import (
    AnthropicDocumentBlockParamType,
    check_anthropic_document_block_param_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_document_block_param_citations_type_0 import (
        AnthropicDocumentBlockParamCitationsType0,
    )
    from ..models.anthropic_document_block_param_source_content import (
        AnthropicDocumentBlockParamSourceContent,
    )
    from ..models.anthropic_file_document_source import AnthropicFileDocumentSource
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
    from ..models.anthropic_url_pdf_source import AnthropicUrlPdfSource

_LAZY_IMPORTS = (
    ("..models.anthropic_base_64_pdf_source", "AnthropicBase64PdfSource"),
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    (
        "..models.anthropic_document_block_param_citations_type_0",
        "AnthropicDocumentBlockParamCitationsType0",
    ),
    (
        "..models.anthropic_document_block_param_source_content",
        "AnthropicDocumentBlockParamSourceContent",
    ),
    ("..models.anthropic_file_document_source", "AnthropicFileDocumentSource"),
    ("..models.anthropic_plain_text_source", "AnthropicPlainTextSource"),
    ("..models.anthropic_url_pdf_source", "AnthropicUrlPdfSource"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicDocumentBlockParam")


@_attrs_define
class AnthropicDocumentBlockParam(APIModel):
    """
    Attributes:
        source (AnthropicBase64PdfSource | AnthropicDocumentBlockParamSourceContent | AnthropicFileDocumentSource |
            AnthropicPlainTextSource | AnthropicUrlPdfSource):
        type (AnthropicDocumentBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset):
        citations (AnthropicDocumentBlockParamCitationsType0 | None | Unset):
        context (None | str | Unset):
        title (None | str | Unset):
    """

    source: (
        AnthropicBase64PdfSource
        | AnthropicDocumentBlockParamSourceContent
        | AnthropicFileDocumentSource
        | AnthropicPlainTextSource
        | AnthropicUrlPdfSource
    )
    type: AnthropicDocumentBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: AnthropicDocumentBlockParamCitationsType0 | None | Unset = UNSET
    context: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        source: dict[str, Any]
        if isinstance(self.source, AnthropicBase64PdfSource):
            source = self.source.to_dict()
        elif isinstance(self.source, AnthropicPlainTextSource):
            source = self.source.to_dict()
        elif isinstance(self.source, AnthropicDocumentBlockParamSourceContent):
            source = self.source.to_dict()
        elif isinstance(self.source, AnthropicUrlPdfSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        citations: dict[str, Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, AnthropicDocumentBlockParamCitationsType0):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations
        if context is not UNSET:
            field_dict["context"] = context
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_source(
            data: object,
        ) -> (
            AnthropicBase64PdfSource
            | AnthropicDocumentBlockParamSourceContent
            | AnthropicFileDocumentSource
            | AnthropicPlainTextSource
            | AnthropicUrlPdfSource
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = AnthropicBase64PdfSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = AnthropicPlainTextSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_2 = AnthropicDocumentBlockParamSourceContent.from_dict(data)

                return source_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_3 = AnthropicUrlPdfSource.from_dict(data)

                return source_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_4 = AnthropicFileDocumentSource.from_dict(data)

            return source_type_4

        source = _parse_source(d.pop("source"))

        type = check_anthropic_document_block_param_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        def _parse_citations(
            data: object,
        ) -> AnthropicDocumentBlockParamCitationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                citations_type_0 = AnthropicDocumentBlockParamCitationsType0.from_dict(
                    data
                )

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicDocumentBlockParamCitationsType0 | None | Unset, data)

        citations = _parse_citations(d.pop("citations", UNSET))

        context: None | str | Unset = d.pop("context", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        anthropic_document_block_param = cls(
            source=source,
            type=type,
            cache_control=cache_control,
            citations=citations,
            context=context,
            title=title,
        )

        anthropic_document_block_param.additional_properties = d
        return anthropic_document_block_param

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
