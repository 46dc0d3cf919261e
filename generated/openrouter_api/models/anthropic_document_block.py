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

from ..models.anthropic_document_block_type import (
    AnthropicDocumentBlockType,
    check_anthropic_document_block_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_citations_config import AnthropicCitationsConfig
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource

_LAZY_IMPORTS = (
    ("..models.anthropic_base_64_pdf_source", "AnthropicBase64PdfSource"),
    ("..models.anthropic_citations_config", "AnthropicCitationsConfig"),
    ("..models.anthropic_plain_text_source", "AnthropicPlainTextSource"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicDocumentBlock")


@_attrs_define
class AnthropicDocumentBlock(APIModel):
    """
    Attributes:
        source (AnthropicBase64PdfSource | AnthropicPlainTextSource):
        title (None | str):
        type (AnthropicDocumentBlockType):
        citations (AnthropicCitationsConfig | None | Unset):
    """

    source: AnthropicBase64PdfSource | AnthropicPlainTextSource
    title: None | str
    type: AnthropicDocumentBlockType
    citations: AnthropicCitationsConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        source: dict[str, Any]
        if isinstance(self.source, AnthropicBase64PdfSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        title: None | str
        title = self.title

        type: str = self.type

        citations: dict[str, Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, AnthropicCitationsConfig):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "title": title,
                "type": type,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_source(
            data: object,
        ) -> AnthropicBase64PdfSource | AnthropicPlainTextSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = AnthropicBase64PdfSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = AnthropicPlainTextSource.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source"))

        title: None | str = d.pop("title")

        type = check_anthropic_document_block_type(d.pop("type"))

        def _parse_citations(data: object) -> AnthropicCitationsConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                citations_type_0 = AnthropicCitationsConfig.from_dict(data)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicCitationsConfig | None | Unset, data)

        citations = _parse_citations(d.pop("citations", UNSET))

        anthropic_document_block = cls(
            source=source,
            title=title,
            type=type,
            citations=citations,
        )

        anthropic_document_block.additional_properties = d
        return anthropic_document_block

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
