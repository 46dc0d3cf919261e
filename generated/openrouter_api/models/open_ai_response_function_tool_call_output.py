from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_function_tool_call_output_type import (
    OpenAIResponseFunctionToolCallOutputType,
    check_open_ai_response_function_tool_call_output_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText

_LAZY_IMPORTS = (
    ("..models.input_file", "InputFile"),
    ("..models.input_image", "InputImage"),
    ("..models.input_text", "InputText"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OpenAIResponseFunctionToolCallOutput")


@_attrs_define
class OpenAIResponseFunctionToolCallOutput(APIModel):
    """
    Attributes:
        call_id (str):
        output (list[InputFile | InputImage | InputText] | str):
        type (OpenAIResponseFunctionToolCallOutputType):
        id (None | str | Unset):
        status (None | str | Unset):
    """

    call_id: str
    output: list[InputFile | InputImage | InputText] | str
    type: OpenAIResponseFunctionToolCallOutputType
    id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, InputText):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputImage):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        type: str = self.type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        def _parse_output(
            data: object,
        ) -> list[InputFile | InputImage | InputText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> InputFile | InputImage | InputText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_0 = InputText.from_dict(data)

                            return output_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_1 = InputImage.from_dict(data)

                            return output_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_2 = InputFile.from_dict(data)

                        return output_type_1_item_type_2

                    output_type_1_item = _parse_output_type_1_item(
                        output_type_1_item_data
                    )

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InputFile | InputImage | InputText] | str, data)

        output = _parse_output(d.pop("output"))

        type = check_open_ai_response_function_tool_call_output_type(d.pop("type"))

        id: None | str | Unset = d.pop("id", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        open_ai_response_function_tool_call_output = cls(
            call_id=call_id,
            output=output,
            type=type,
            id=id,
            status=status,
        )

        open_ai_response_function_tool_call_output.additional_properties = d
        return open_ai_response_function_tool_call_output

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
