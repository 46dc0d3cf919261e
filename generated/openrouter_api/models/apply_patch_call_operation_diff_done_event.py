from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_operation_diff_done_event_type import (
    ApplyPatchCallOperationDiffDoneEventType,
    check_apply_patch_call_operation_diff_done_event_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ApplyPatchCallOperationDiffDoneEvent")


@_attrs_define
class ApplyPatchCallOperationDiffDoneEvent(APIModel):
    """
    Attributes:
        diff (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (ApplyPatchCallOperationDiffDoneEventType):
    """

    diff: str
    item_id: str
    output_index: int
    sequence_number: int
    type: ApplyPatchCallOperationDiffDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diff = self.diff

        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diff": diff,
                "item_id": item_id,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diff = d.pop("diff")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type = check_apply_patch_call_operation_diff_done_event_type(d.pop("type"))

        apply_patch_call_operation_diff_done_event = cls(
            diff=diff,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
        )

        apply_patch_call_operation_diff_done_event.additional_properties = d
        return apply_patch_call_operation_diff_done_event

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
