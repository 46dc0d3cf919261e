from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_finish_reason_is_type import (
    StopServerToolsWhenFinishReasonIsType,
    check_stop_server_tools_when_finish_reason_is_type,
)
from ..types import APIModel

T = TypeVar("T", bound="StopServerToolsWhenFinishReasonIs")


@_attrs_define
class StopServerToolsWhenFinishReasonIs(APIModel):
    """
    Attributes:
        reason (str):
        type (StopServerToolsWhenFinishReasonIsType):
    """

    reason: str
    type: StopServerToolsWhenFinishReasonIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        type = check_stop_server_tools_when_finish_reason_is_type(d.pop("type"))

        stop_server_tools_when_finish_reason_is = cls(
            reason=reason,
            type=type,
        )

        stop_server_tools_when_finish_reason_is.additional_properties = d
        return stop_server_tools_when_finish_reason_is

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
