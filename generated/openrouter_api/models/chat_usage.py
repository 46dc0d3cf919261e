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
    from ..models.chat_usage_completion_tokens_details_type_0 import (
        ChatUsageCompletionTokensDetailsType0,
    )
    from ..models.chat_usage_prompt_tokens_details_type_0 import (
        ChatUsagePromptTokensDetailsType0,
    )
    from ..models.cost_details import CostDetails
    from ..models.server_tool_use_details import ServerToolUseDetails

_LAZY_IMPORTS = (
    (
        "..models.chat_usage_completion_tokens_details_type_0",
        "ChatUsageCompletionTokensDetailsType0",
    ),
    (
        "..models.chat_usage_prompt_tokens_details_type_0",
        "ChatUsagePromptTokensDetailsType0",
    ),
    ("..models.cost_details", "CostDetails"),
    ("..models.server_tool_use_details", "ServerToolUseDetails"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatUsage")


@_attrs_define
class ChatUsage(APIModel):
    """
    Attributes:
        completion_tokens (int):
        prompt_tokens (int):
        total_tokens (int):
        completion_tokens_details (ChatUsageCompletionTokensDetailsType0 | None | Unset):
        cost (float | None | Unset):
        cost_details (CostDetails | None | Unset):
        is_byok (bool | Unset):
        prompt_tokens_details (ChatUsagePromptTokensDetailsType0 | None | Unset):
        server_tool_use_details (None | ServerToolUseDetails | Unset):
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    completion_tokens_details: ChatUsageCompletionTokensDetailsType0 | None | Unset = (
        UNSET
    )
    cost: float | None | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: ChatUsagePromptTokensDetailsType0 | None | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(
            self.completion_tokens_details, ChatUsageCompletionTokensDetailsType0
        ):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        cost_details: dict[str, Any] | None | Unset
        if isinstance(self.cost_details, Unset):
            cost_details = UNSET
        elif isinstance(self.cost_details, CostDetails):
            cost_details = self.cost_details.to_dict()
        else:
            cost_details = self.cost_details

        is_byok = self.is_byok

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(self.prompt_tokens_details, ChatUsagePromptTokensDetailsType0):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

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
                "completion_tokens": completion_tokens,
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            }
        )
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if server_tool_use_details is not UNSET:
            field_dict["server_tool_use_details"] = server_tool_use_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens")

        prompt_tokens = d.pop("prompt_tokens")

        total_tokens = d.pop("total_tokens")

        def _parse_completion_tokens_details(
            data: object,
        ) -> ChatUsageCompletionTokensDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_tokens_details_type_0 = (
                    ChatUsageCompletionTokensDetailsType0.from_dict(data)
                )

                return completion_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatUsageCompletionTokensDetailsType0 | None | Unset, data)

        completion_tokens_details = _parse_completion_tokens_details(
            d.pop("completion_tokens_details", UNSET)
        )

        cost: float | None | Unset = d.pop("cost", UNSET)

        def _parse_cost_details(data: object) -> CostDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_details_type_0 = CostDetails.from_dict(data)

                return cost_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CostDetails | None | Unset, data)

        cost_details = _parse_cost_details(d.pop("cost_details", UNSET))

        is_byok = d.pop("is_byok", UNSET)

        def _parse_prompt_tokens_details(
            data: object,
        ) -> ChatUsagePromptTokensDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_tokens_details_type_0 = (
                    ChatUsagePromptTokensDetailsType0.from_dict(data)
                )

                return prompt_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatUsagePromptTokensDetailsType0 | None | Unset, data)

        prompt_tokens_details = _parse_prompt_tokens_details(
            d.pop("prompt_tokens_details", UNSET)
        )

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

        chat_usage = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            completion_tokens_details=completion_tokens_details,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            prompt_tokens_details=prompt_tokens_details,
            server_tool_use_details=server_tool_use_details,
        )

        chat_usage.additional_properties = d
        return chat_usage

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
