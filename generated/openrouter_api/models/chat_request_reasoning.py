from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_reasoning_summary_verbosity_enum import (
    ChatReasoningSummaryVerbosityEnum,
    check_chat_reasoning_summary_verbosity_enum,
)
from ..models.chat_request_reasoning_effort_type_1 import (
    ChatRequestReasoningEffortType1,
    check_chat_request_reasoning_effort_type_1,
)
from ..models.chat_request_reasoning_effort_type_2_type_1 import (
    ChatRequestReasoningEffortType2Type1,
    check_chat_request_reasoning_effort_type_2_type_1,
)
from ..models.chat_request_reasoning_effort_type_3_type_1 import (
    ChatRequestReasoningEffortType3Type1,
    check_chat_request_reasoning_effort_type_3_type_1,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ChatRequestReasoning")


@_attrs_define
class ChatRequestReasoning(APIModel):
    """
    Attributes:
        effort (ChatRequestReasoningEffortType1 | ChatRequestReasoningEffortType2Type1 |
            ChatRequestReasoningEffortType3Type1 | None | Unset):
        enabled (bool | None | Unset):
        exclude (bool | None | Unset):
        max_tokens (int | None | Unset):
        summary (ChatReasoningSummaryVerbosityEnum | None | Unset):
    """

    effort: (
        ChatRequestReasoningEffortType1
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset
    ) = UNSET
    enabled: bool | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    summary: ChatReasoningSummaryVerbosityEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        elif isinstance(self.effort, str):
            effort = self.effort
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, str):
            summary = self.summary
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_effort(
            data: object,
        ) -> (
            ChatRequestReasoningEffortType1
            | ChatRequestReasoningEffortType2Type1
            | ChatRequestReasoningEffortType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_1 = check_chat_request_reasoning_effort_type_1(data)

                return effort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_2_type_1 = (
                    check_chat_request_reasoning_effort_type_2_type_1(data)
                )

                return effort_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_3_type_1 = (
                    check_chat_request_reasoning_effort_type_3_type_1(data)
                )

                return effort_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChatRequestReasoningEffortType1
                | ChatRequestReasoningEffortType2Type1
                | ChatRequestReasoningEffortType3Type1
                | None
                | Unset,
                data,
            )

        effort = _parse_effort(d.pop("effort", UNSET))

        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        exclude: bool | None | Unset = d.pop("exclude", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        def _parse_summary(
            data: object,
        ) -> ChatReasoningSummaryVerbosityEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_type_0 = check_chat_reasoning_summary_verbosity_enum(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatReasoningSummaryVerbosityEnum | None | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        chat_request_reasoning = cls(
            effort=effort,
            enabled=enabled,
            exclude=exclude,
            max_tokens=max_tokens,
            summary=summary,
        )

        chat_request_reasoning.additional_properties = d
        return chat_request_reasoning

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
