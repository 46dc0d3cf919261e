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

from ..models.anthropic_text_block_param_type import (
    AnthropicTextBlockParamType,
    check_anthropic_text_block_param_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_citation_char_location_param import (
        AnthropicCitationCharLocationParam,
    )
    from ..models.anthropic_citation_content_block_location_param import (
        AnthropicCitationContentBlockLocationParam,
    )
    from ..models.anthropic_citation_page_location_param import (
        AnthropicCitationPageLocationParam,
    )
    from ..models.anthropic_citation_search_result_location_param import (
        AnthropicCitationSearchResultLocationParam,
    )
    from ..models.anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    (
        "..models.anthropic_citation_char_location_param",
        "AnthropicCitationCharLocationParam",
    ),
    (
        "..models.anthropic_citation_content_block_location_param",
        "AnthropicCitationContentBlockLocationParam",
    ),
    (
        "..models.anthropic_citation_page_location_param",
        "AnthropicCitationPageLocationParam",
    ),
    (
        "..models.anthropic_citation_search_result_location_param",
        "AnthropicCitationSearchResultLocationParam",
    ),
    (
        "..models.anthropic_citation_web_search_result_location_param",
        "AnthropicCitationWebSearchResultLocationParam",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicTextBlockParam")


@_attrs_define
class AnthropicTextBlockParam(APIModel):
    """
    Attributes:
        text (str):
        type (AnthropicTextBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset):
        citations (list[AnthropicCitationCharLocationParam | AnthropicCitationContentBlockLocationParam |
            AnthropicCitationPageLocationParam | AnthropicCitationSearchResultLocationParam |
            AnthropicCitationWebSearchResultLocationParam] | None | Unset):
    """

    text: str
    type: AnthropicTextBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: (
        list[
            AnthropicCitationCharLocationParam
            | AnthropicCitationContentBlockLocationParam
            | AnthropicCitationPageLocationParam
            | AnthropicCitationSearchResultLocationParam
            | AnthropicCitationWebSearchResultLocationParam
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        text = self.text

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        citations: list[dict[str, Any]] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item: dict[str, Any]
                if isinstance(
                    citations_type_0_item_data, AnthropicCitationCharLocationParam
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(
                    citations_type_0_item_data, AnthropicCitationPageLocationParam
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(
                    citations_type_0_item_data,
                    AnthropicCitationContentBlockLocationParam,
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(
                    citations_type_0_item_data,
                    AnthropicCitationWebSearchResultLocationParam,
                ):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                else:
                    citations_type_0_item = citations_type_0_item_data.to_dict()

                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
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
        text = d.pop("text")

        type = check_anthropic_text_block_param_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        def _parse_citations(
            data: object,
        ) -> (
            list[
                AnthropicCitationCharLocationParam
                | AnthropicCitationContentBlockLocationParam
                | AnthropicCitationPageLocationParam
                | AnthropicCitationSearchResultLocationParam
                | AnthropicCitationWebSearchResultLocationParam
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
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
                        AnthropicCitationCharLocationParam
                        | AnthropicCitationContentBlockLocationParam
                        | AnthropicCitationPageLocationParam
                        | AnthropicCitationSearchResultLocationParam
                        | AnthropicCitationWebSearchResultLocationParam
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            citations_type_0_item_type_0 = (
                                AnthropicCitationCharLocationParam.from_dict(data)
                            )

                            return citations_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            citations_type_0_item_type_1 = (
                                AnthropicCitationPageLocationParam.from_dict(data)
                            )

                            return citations_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            citations_type_0_item_type_2 = (
                                AnthropicCitationContentBlockLocationParam.from_dict(
                                    data
                                )
                            )

                            return citations_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            citations_type_0_item_type_3 = (
                                AnthropicCitationWebSearchResultLocationParam.from_dict(
                                    data
                                )
                            )

                            return citations_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        citations_type_0_item_type_4 = (
                            AnthropicCitationSearchResultLocationParam.from_dict(data)
                        )

                        return citations_type_0_item_type_4

                    citations_type_0_item = _parse_citations_type_0_item(
                        citations_type_0_item_data
                    )

                    citations_type_0.append(citations_type_0_item)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AnthropicCitationCharLocationParam
                    | AnthropicCitationContentBlockLocationParam
                    | AnthropicCitationPageLocationParam
                    | AnthropicCitationSearchResultLocationParam
                    | AnthropicCitationWebSearchResultLocationParam
                ]
                | None
                | Unset,
                data,
            )

        citations = _parse_citations(d.pop("citations", UNSET))

        anthropic_text_block_param = cls(
            text=text,
            type=type,
            cache_control=cache_control,
            citations=citations,
        )

        anthropic_text_block_param.additional_properties = d
        return anthropic_text_block_param

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
