from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_citations_delta_type import (
    MessagesContentBlockDeltaEventDeltaCitationsDeltaType,
    check_messages_content_block_delta_event_delta_citations_delta_type,
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


T = TypeVar("T", bound="MessagesContentBlockDeltaEventDeltaCitationsDelta")


@_attrs_define
class MessagesContentBlockDeltaEventDeltaCitationsDelta(APIModel):
    """
    Attributes:
        citation (AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation | AnthropicCitationWebSearchResultLocation):
        type (MessagesContentBlockDeltaEventDeltaCitationsDeltaType):
    """

    citation: (
        AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation
    )
    type: MessagesContentBlockDeltaEventDeltaCitationsDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        citation: dict[str, Any]
        if isinstance(self.citation, AnthropicCitationCharLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, AnthropicCitationPageLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, AnthropicCitationContentBlockLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, AnthropicCitationWebSearchResultLocation):
            citation = self.citation.to_dict()
        else:
            citation = self.citation.to_dict()

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "citation": citation,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_citation(
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
                citation_type_0 = AnthropicCitationCharLocation.from_dict(data)

                return citation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                citation_type_1 = AnthropicCitationPageLocation.from_dict(data)

                return citation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                citation_type_2 = AnthropicCitationContentBlockLocation.from_dict(data)

                return citation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                citation_type_3 = AnthropicCitationWebSearchResultLocation.from_dict(
                    data
                )

                return citation_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            citation_type_4 = AnthropicCitationSearchResultLocation.from_dict(data)

            return citation_type_4

        citation = _parse_citation(d.pop("citation"))

        type = check_messages_content_block_delta_event_delta_citations_delta_type(
            d.pop("type")
        )

        messages_content_block_delta_event_delta_citations_delta = cls(
            citation=citation,
            type=type,
        )

        messages_content_block_delta_event_delta_citations_delta.additional_properties = d
        return messages_content_block_delta_event_delta_citations_delta

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
