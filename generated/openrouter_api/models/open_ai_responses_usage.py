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
    from ..models.open_ai_responses_usage_input_tokens_details import (
        OpenAIResponsesUsageInputTokensDetails,
    )
    from ..models.open_ai_responses_usage_output_tokens_details import (
        OpenAIResponsesUsageOutputTokensDetails,
    )

_LAZY_IMPORTS = (
    (
        "..models.open_ai_responses_usage_input_tokens_details",
        "OpenAIResponsesUsageInputTokensDetails",
    ),
    (
        "..models.open_ai_responses_usage_output_tokens_details",
        "OpenAIResponsesUsageOutputTokensDetails",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OpenAIResponsesUsage")


@_attrs_define
class OpenAIResponsesUsage(APIModel):
    """
    Attributes:
        input_tokens (int):
        input_tokens_details (OpenAIResponsesUsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (OpenAIResponsesUsageOutputTokensDetails):
        total_tokens (int):
    """

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input_tokens = self.input_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens = self.output_tokens

        output_tokens_details = self.output_tokens_details.to_dict()

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "input_tokens_details": input_tokens_details,
                "output_tokens": output_tokens,
                "output_tokens_details": output_tokens_details,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        input_tokens_details = OpenAIResponsesUsageInputTokensDetails.from_dict(
            d.pop("input_tokens_details")
        )

        output_tokens = d.pop("output_tokens")

        output_tokens_details = OpenAIResponsesUsageOutputTokensDetails.from_dict(
            d.pop("output_tokens_details")
        )

        total_tokens = d.pop("total_tokens")

        open_ai_responses_usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
        )

        open_ai_responses_usage.additional_properties = d
        return open_ai_responses_usage

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
