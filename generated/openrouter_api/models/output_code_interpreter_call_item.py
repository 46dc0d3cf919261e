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

from ..models.output_item_code_interpreter_call_type import (
    OutputItemCodeInterpreterCallType,
    check_output_item_code_interpreter_call_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_file_output import CodeInterpreterFileOutput
    from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
    from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput

_LAZY_IMPORTS = (
    ("..models.code_interpreter_file_output", "CodeInterpreterFileOutput"),
    ("..models.code_interpreter_image_output", "CodeInterpreterImageOutput"),
    ("..models.code_interpreter_logs_output", "CodeInterpreterLogsOutput"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputCodeInterpreterCallItem")


@_attrs_define
class OutputCodeInterpreterCallItem(APIModel):
    """
    Attributes:
        id (str):
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`,
            `interpreting`, `failed`.
        type (OutputItemCodeInterpreterCallType):
        code (None | str | Unset):
        container_id (str | Unset):
        outputs (list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None |
            Unset):
    """

    id: str
    status: str
    type: OutputItemCodeInterpreterCallType
    code: None | str | Unset = UNSET
    container_id: str | Unset = UNSET
    outputs: (
        list[
            CodeInterpreterFileOutput
            | CodeInterpreterImageOutput
            | CodeInterpreterLogsOutput
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        status = self.status

        type: str = self.type

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        container_id = self.container_id

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item: dict[str, Any]
                if isinstance(outputs_type_0_item_data, CodeInterpreterLogsOutput):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                elif isinstance(outputs_type_0_item_data, CodeInterpreterImageOutput):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                else:
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()

                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        type = check_output_item_code_interpreter_call_type(d.pop("type"))

        code: None | str | Unset = d.pop("code", UNSET)

        container_id = d.pop("container_id", UNSET)

        def _parse_outputs(
            data: object,
        ) -> (
            list[
                CodeInterpreterFileOutput
                | CodeInterpreterImageOutput
                | CodeInterpreterLogsOutput
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:

                    def _parse_outputs_type_0_item(
                        data: object,
                    ) -> (
                        CodeInterpreterFileOutput
                        | CodeInterpreterImageOutput
                        | CodeInterpreterLogsOutput
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            outputs_type_0_item_type_0 = (
                                CodeInterpreterLogsOutput.from_dict(data)
                            )

                            return outputs_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            outputs_type_0_item_type_1 = (
                                CodeInterpreterImageOutput.from_dict(data)
                            )

                            return outputs_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        outputs_type_0_item_type_2 = (
                            CodeInterpreterFileOutput.from_dict(data)
                        )

                        return outputs_type_0_item_type_2

                    outputs_type_0_item = _parse_outputs_type_0_item(
                        outputs_type_0_item_data
                    )

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CodeInterpreterFileOutput
                    | CodeInterpreterImageOutput
                    | CodeInterpreterLogsOutput
                ]
                | None
                | Unset,
                data,
            )

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        output_code_interpreter_call_item = cls(
            id=id,
            status=status,
            type=type,
            code=code,
            container_id=container_id,
            outputs=outputs,
        )

        output_code_interpreter_call_item.additional_properties = d
        return output_code_interpreter_call_item

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
