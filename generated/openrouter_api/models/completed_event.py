from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completed_event_type import CompletedEventType, check_completed_event_type
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.base_responses_result import BaseResponsesResult

_LAZY_IMPORTS = (("..models.base_responses_result", "BaseResponsesResult"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CompletedEvent")


@_attrs_define
class CompletedEvent(APIModel):
    """
    Attributes:
        response (BaseResponsesResult):
        sequence_number (int):
        type (CompletedEventType):
    """

    response: BaseResponsesResult
    sequence_number: int
    type: CompletedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        response = self.response.to_dict()

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
                "sequence_number": sequence_number,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        response = BaseResponsesResult.from_dict(d.pop("response"))

        sequence_number = d.pop("sequence_number")

        type = check_completed_event_type(d.pop("type"))

        completed_event = cls(
            response=response,
            sequence_number=sequence_number,
            type=type,
        )

        completed_event.additional_properties = d
        return completed_event

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
