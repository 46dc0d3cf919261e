from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="MessagesErrorEventError")


@_attrs_define
class MessagesErrorEventError(APIModel):
    """
    Attributes:
        message (str):
        type (str):
        error_type (str | Unset): Open enum (the API adds values): known values `context_length_exceeded`,
            `max_tokens_exceeded`, `token_limit_exceeded`, `string_too_long`, `authentication`, `permission_denied`,
            `payment_required`, `rate_limit_exceeded`, `provider_overloaded`, `provider_unavailable`, `invalid_request`,
            `invalid_prompt`, `not_found`, `precondition_failed`, `payload_too_large`, `unprocessable`,
            `content_policy_violation`, `refusal`, `invalid_image`, `image_too_large`, `image_too_small`,
            `unsupported_image_format`, `image_not_found`, `image_download_failed`, `server`, `timeout`, `unmapped`.
    """

    message: str
    type: str
    error_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type = self.type

        error_type = self.error_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "type": type,
            }
        )
        if error_type is not UNSET:
            field_dict["error_type"] = error_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        type = d.pop("type")

        error_type = d.pop("error_type", UNSET)

        messages_error_event_error = cls(
            message=message,
            type=type,
            error_type=error_type,
        )

        messages_error_event_error.additional_properties = d
        return messages_error_event_error

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
