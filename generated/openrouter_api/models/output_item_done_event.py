from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_done_event_type import (
    OutputItemDoneEventType,
    check_output_item_done_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage

_LAZY_IMPORTS = (
    ("..models.output_item_apply_patch_call", "OutputItemApplyPatchCall"),
    ("..models.output_item_code_interpreter_call", "OutputItemCodeInterpreterCall"),
    ("..models.output_item_custom_tool_call", "OutputItemCustomToolCall"),
    ("..models.output_item_file_search_call", "OutputItemFileSearchCall"),
    ("..models.output_item_function_call", "OutputItemFunctionCall"),
    ("..models.output_item_image_generation_call", "OutputItemImageGenerationCall"),
    ("..models.output_item_reasoning", "OutputItemReasoning"),
    ("..models.output_item_web_search_call", "OutputItemWebSearchCall"),
    ("..models.output_message", "OutputMessage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputItemDoneEvent")


@_attrs_define
class OutputItemDoneEvent(APIModel):
    """
    Attributes:
        item (OutputItemApplyPatchCall | OutputItemCodeInterpreterCall | OutputItemCustomToolCall |
            OutputItemFileSearchCall | OutputItemFunctionCall | OutputItemImageGenerationCall | OutputItemReasoning |
            OutputItemWebSearchCall | OutputMessage):
        output_index (int):
        sequence_number (int):
        type (OutputItemDoneEventType):
    """

    item: (
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
    )
    output_index: int
    sequence_number: int
    type: OutputItemDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        item: dict[str, Any]
        if isinstance(self.item, OutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemReasoning):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemCustomToolCall):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemWebSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemFileSearchCall):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemImageGenerationCall):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputItemApplyPatchCall):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "output_index": output_index,
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

        def _parse_item(
            data: object,
        ) -> (
            OutputItemApplyPatchCall
            | OutputItemCodeInterpreterCall
            | OutputItemCustomToolCall
            | OutputItemFileSearchCall
            | OutputItemFunctionCall
            | OutputItemImageGenerationCall
            | OutputItemReasoning
            | OutputItemWebSearchCall
            | OutputMessage
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_0 = OutputMessage.from_dict(data)

                return item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_1 = OutputItemReasoning.from_dict(data)

                return item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_2 = OutputItemFunctionCall.from_dict(data)

                return item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_3 = OutputItemCustomToolCall.from_dict(data)

                return item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_4 = OutputItemWebSearchCall.from_dict(data)

                return item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_5 = OutputItemFileSearchCall.from_dict(data)

                return item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_6 = OutputItemImageGenerationCall.from_dict(data)

                return item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_type_7 = OutputItemApplyPatchCall.from_dict(data)

                return item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            item_type_8 = OutputItemCodeInterpreterCall.from_dict(data)

            return item_type_8

        item = _parse_item(d.pop("item"))

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type = check_output_item_done_event_type(d.pop("type"))

        output_item_done_event = cls(
            item=item,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
        )

        output_item_done_event.additional_properties = d
        return output_item_done_event

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
