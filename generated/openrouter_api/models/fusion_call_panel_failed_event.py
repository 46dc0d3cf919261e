from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_panel_failed_event_type import (
    FusionCallPanelFailedEventType,
    check_fusion_call_panel_failed_event_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="FusionCallPanelFailedEvent")


@_attrs_define
class FusionCallPanelFailedEvent(APIModel):
    """
    Attributes:
        error (str):
        item_id (str):
        model (str):
        output_index (int):
        sequence_number (int):
        type (FusionCallPanelFailedEventType):
        status_code (int | Unset):
    """

    error: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type: FusionCallPanelFailedEventType
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        item_id = self.item_id

        model = self.model

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "item_id": item_id,
                "model": model,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        item_id = d.pop("item_id")

        model = d.pop("model")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type = check_fusion_call_panel_failed_event_type(d.pop("type"))

        status_code = d.pop("status_code", UNSET)

        fusion_call_panel_failed_event = cls(
            error=error,
            item_id=item_id,
            model=model,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
            status_code=status_code,
        )

        fusion_call_panel_failed_event.additional_properties = d
        return fusion_call_panel_failed_event

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
