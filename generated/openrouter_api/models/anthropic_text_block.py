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

from ..models.anthropic_text_block_type import (
    AnthropicTextBlockType,
    check_anthropic_text_block_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation
    from ..models.anthropic_citation_content_block_location import (
        AnthropicCitationContentBlockLocation,
    )
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation
    from ..models.anthropic_citation_search_result_location import (
        AnthropicCitationSearchResultLocation,
    )
    from ..models.anthropic_citation_web_search_result_location import (
        AnthropicCitationWebSearchResultLocation,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_citation_char_location", "AnthropicCitationCharLocation"),
    (
        "..models.anthropic_citation_content_block_location",
        "AnthropicCitationContentBlockLocation",
    ),
    ("..models.anthropic_citation_page_location", "AnthropicCitationPageLocation"),
    (
        "..models.anthropic_citation_search_result_location",
        "AnthropicCitationSearchResultLocation",
    ),
    (
        "..models.anthropic_citation_web_search_result_location",
        "AnthropicCitationWebSearchResultLocation",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicTextBlock")


@_attrs_define
class AnthropicTextBlock(APIModel):
    """
    Attributes:
        citations (list[AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation |
            AnthropicCitationPageLocation | AnthropicCitationSearchResultLocation |
            AnthropicCitationWebSearchResultLocation] | None):
        text (str):
        type (AnthropicTextBlockType):
    """

    citations: (
        list[
            AnthropicCitationCharLocation
            | AnthropicCitationContentBlockLocation
            | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation
            | AnthropicCitationWebSearchResultLocation
        ]
        | None
    )
    text: str
    type: AnthropicTextBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        citations: list[dict[str, Any]] | None
        if isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item: dict[str, Any]
                if isinstance(
                    citations_type_0_item_data, AnthropicCitationCharLocation
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(
                    citations_type_0_item_data, AnthropicCitationPageLocation
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(
                    citations_type_0_item_data, AnthropicCitationContentBlockLocation
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(
                    citations_type_0_item_data, AnthropicCitationWebSearchResultLocation
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                else:
                    citations_type_0_item = citations_type_0_item_data.to_dict()

                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        text = self.text

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "citations": citations,
                "text": text,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_citations(
            data: object,
        ) -> (
            list[
                AnthropicCitationCharLocation
                | AnthropicCitationContentBlockLocation
                | AnthropicCitationPageLocation
                | AnthropicCitationSearchResultLocation
                | AnthropicCitationWebSearchResultLocation
            ]
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                citations_type_0 = []
                _citations_type_0 = data
                for citations_type_0_item_data in _citations_type_0:

                    def _parse_citations_type_0_item(
                        data: object,
                    ) -> (
                        AnthropicCitationCharLocation
                        | AnthropicCitationContentBlockLocation
                        | AnthropicCitationPageLocation
                        | AnthropicCitationSearchResultLocation
                        | AnthropicCitationWebSearchResultLocation
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_anthropic_text_citation_type_0 = (
                                AnthropicCitationCharLocation.from_dict(data)
                            )

                            return componentsschemas_anthropic_text_citation_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_anthropic_text_citation_type_1 = (
                                AnthropicCitationPageLocation.from_dict(data)
                            )

                            return componentsschemas_anthropic_text_citation_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_anthropic_text_citation_type_2 = (
                                AnthropicCitationContentBlockLocation.from_dict(data)
                            )

                            return componentsschemas_anthropic_text_citation_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_anthropic_text_citation_type_3 = (
                                AnthropicCitationWebSearchResultLocation.from_dict(data)
                            )

                            return componentsschemas_anthropic_text_citation_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_text_citation_type_4 = (
                            AnthropicCitationSearchResultLocation.from_dict(data)
                        )

                        return componentsschemas_anthropic_text_citation_type_4

                    citations_type_0_item = _parse_citations_type_0_item(
                        citations_type_0_item_data
                    )

                    citations_type_0.append(citations_type_0_item)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AnthropicCitationCharLocation
                    | AnthropicCitationContentBlockLocation
                    | AnthropicCitationPageLocation
                    | AnthropicCitationSearchResultLocation
                    | AnthropicCitationWebSearchResultLocation
                ]
                | None,
                data,
            )

        citations = _parse_citations(d.pop("citations"))

        text = d.pop("text")

        type = check_anthropic_text_block_type(d.pop("type"))

        anthropic_text_block = cls(
            citations=citations,
            text=text,
            type=type,
        )

        anthropic_text_block.additional_properties = d
        return anthropic_text_block

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
