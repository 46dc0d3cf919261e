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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_usage_input_tokens_details import (
        OpenAIResponsesUsageInputTokensDetails,
    )
    from ..models.open_ai_responses_usage_output_tokens_details import (
        OpenAIResponsesUsageOutputTokensDetails,
    )
    from ..models.server_tool_use_details import ServerToolUseDetails
    from ..models.usage_cost_details import UsageCostDetails

_LAZY_IMPORTS = (
    (
        "..models.open_ai_responses_usage_input_tokens_details",
        "OpenAIResponsesUsageInputTokensDetails",
    ),
    (
        "..models.open_ai_responses_usage_output_tokens_details",
        "OpenAIResponsesUsageOutputTokensDetails",
    ),
    ("..models.server_tool_use_details", "ServerToolUseDetails"),
    ("..models.usage_cost_details", "UsageCostDetails"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage(APIModel):
    """
    Attributes:
        input_tokens (int):
        input_tokens_details (OpenAIResponsesUsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (OpenAIResponsesUsageOutputTokensDetails):
        total_tokens (int):
        cost (float | None | Unset):
        cost_details (UsageCostDetails | Unset):
        is_byok (bool | Unset):
        server_tool_use_details (None | ServerToolUseDetails | Unset):
    """

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    cost: float | None | Unset = UNSET
    cost_details: UsageCostDetails | Unset = UNSET
    is_byok: bool | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input_tokens = self.input_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens = self.output_tokens

        output_tokens_details = self.output_tokens_details.to_dict()

        total_tokens = self.total_tokens

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        cost_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_details, Unset):
            cost_details = self.cost_details.to_dict()

        is_byok = self.is_byok

        server_tool_use_details: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use_details, Unset):
            server_tool_use_details = UNSET
        elif isinstance(self.server_tool_use_details, ServerToolUseDetails):
            server_tool_use_details = self.server_tool_use_details.to_dict()
        else:
            server_tool_use_details = self.server_tool_use_details

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
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if server_tool_use_details is not UNSET:
            field_dict["server_tool_use_details"] = server_tool_use_details

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

        cost: float | None | Unset = d.pop("cost", UNSET)

        _cost_details = d.pop("cost_details", UNSET)
        cost_details: UsageCostDetails | Unset
        if isinstance(_cost_details, Unset):
            cost_details = UNSET
        else:
            cost_details = UsageCostDetails.from_dict(_cost_details)

        is_byok = d.pop("is_byok", UNSET)

        def _parse_server_tool_use_details(
            data: object,
        ) -> None | ServerToolUseDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_tool_use_details_type_0 = ServerToolUseDetails.from_dict(data)

                return server_tool_use_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerToolUseDetails | Unset, data)

        server_tool_use_details = _parse_server_tool_use_details(
            d.pop("server_tool_use_details", UNSET)
        )

        usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            server_tool_use_details=server_tool_use_details,
        )

        usage.additional_properties = d
        return usage

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
