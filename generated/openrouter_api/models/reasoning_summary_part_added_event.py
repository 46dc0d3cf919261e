from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_reasoning_summary_part_added_event_type import (
    BaseReasoningSummaryPartAddedEventType,
    check_base_reasoning_summary_part_added_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.reasoning_summary_text import ReasoningSummaryText

_LAZY_IMPORTS = (("..models.reasoning_summary_text", "ReasoningSummaryText"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ReasoningSummaryPartAddedEvent")


@_attrs_define
class ReasoningSummaryPartAddedEvent(APIModel):
    """
    Attributes:
        item_id (str):
        output_index (int):
        part (ReasoningSummaryText):
        sequence_number (int):
        summary_index (int):
        type (BaseReasoningSummaryPartAddedEventType):
    """

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    type: BaseReasoningSummaryPartAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        item_id = self.item_id

        output_index = self.output_index

        part = self.part.to_dict()

        sequence_number = self.sequence_number

        summary_index = self.summary_index

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "output_index": output_index,
                "part": part,
                "sequence_number": sequence_number,
                "summary_index": summary_index,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        part = ReasoningSummaryText.from_dict(d.pop("part"))

        sequence_number = d.pop("sequence_number")

        summary_index = d.pop("summary_index")

        type = check_base_reasoning_summary_part_added_event_type(d.pop("type"))

        reasoning_summary_part_added_event = cls(
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            summary_index=summary_index,
            type=type,
        )

        reasoning_summary_part_added_event.additional_properties = d
        return reasoning_summary_part_added_event

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
