from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_item_content_web_search_tool_result_error_error_code import (
    MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode,
    check_messages_message_param_content_item_content_web_search_tool_result_error_error_code,
)
from ..models.messages_message_param_content_item_content_web_search_tool_result_error_type import (
    MessagesMessageParamContentItemContentWebSearchToolResultErrorType,
    check_messages_message_param_content_item_content_web_search_tool_result_error_type,
)
from ..types import APIModel

T = TypeVar("T", bound="MessagesMessageParamContentItemContentWebSearchToolResultError")


@_attrs_define
class MessagesMessageParamContentItemContentWebSearchToolResultError(APIModel):
    """
    Attributes:
        error_code (MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode):
        type (MessagesMessageParamContentItemContentWebSearchToolResultErrorType):
    """

    error_code: MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode
    type: MessagesMessageParamContentItemContentWebSearchToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str = self.error_code

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = check_messages_message_param_content_item_content_web_search_tool_result_error_error_code(
            d.pop("error_code")
        )

        type = check_messages_message_param_content_item_content_web_search_tool_result_error_type(
            d.pop("type")
        )

        messages_message_param_content_item_content_web_search_tool_result_error = cls(
            error_code=error_code,
            type=type,
        )

        messages_message_param_content_item_content_web_search_tool_result_error.additional_properties = d
        return messages_message_param_content_item_content_web_search_tool_result_error

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
