from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_content_part_done_event_type import (
    BaseContentPartDoneEventType,
    check_base_content_part_done_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText

_LAZY_IMPORTS = (
    ("..models.open_ai_responses_refusal_content", "OpenAIResponsesRefusalContent"),
    ("..models.response_output_text", "ResponseOutputText"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="BaseContentPartDoneEvent")


@_attrs_define
class BaseContentPartDoneEvent(APIModel):
    """
    Attributes:
        content_index (int):
        item_id (str):
        output_index (int):
        part (OpenAIResponsesRefusalContent | ResponseOutputText):
        sequence_number (int):
        type (BaseContentPartDoneEventType):
    """

    content_index: int
    item_id: str
    output_index: int
    part: OpenAIResponsesRefusalContent | ResponseOutputText
    sequence_number: int
    type: BaseContentPartDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content_index = self.content_index

        item_id = self.item_id

        output_index = self.output_index

        part: dict[str, Any]
        if isinstance(self.part, ResponseOutputText):
            part = self.part.to_dict()
        else:
            part = self.part.to_dict()

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_index": content_index,
                "item_id": item_id,
                "output_index": output_index,
                "part": part,
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
        content_index = d.pop("content_index")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        def _parse_part(
            data: object,
        ) -> OpenAIResponsesRefusalContent | ResponseOutputText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_0 = ResponseOutputText.from_dict(data)

                return part_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            part_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

            return part_type_1

        part = _parse_part(d.pop("part"))

        sequence_number = d.pop("sequence_number")

        type = check_base_content_part_done_event_type(d.pop("type"))

        base_content_part_done_event = cls(
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            type=type,
        )

        base_content_part_done_event.additional_properties = d
        return base_content_part_done_event

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
