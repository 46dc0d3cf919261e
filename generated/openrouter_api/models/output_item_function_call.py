from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_function_call_status_type_0 import (
    OutputItemFunctionCallStatusType0,
    check_output_item_function_call_status_type_0,
)
from ..models.output_item_function_call_status_type_1 import (
    OutputItemFunctionCallStatusType1,
    check_output_item_function_call_status_type_1,
)
from ..models.output_item_function_call_status_type_2 import (
    OutputItemFunctionCallStatusType2,
    check_output_item_function_call_status_type_2,
)
from ..models.output_item_function_call_type import (
    OutputItemFunctionCallType,
    check_output_item_function_call_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputItemFunctionCall")


@_attrs_define
class OutputItemFunctionCall(APIModel):
    """
    Attributes:
        arguments (str):
        call_id (str):
        name (str):
        type (OutputItemFunctionCallType):
        id (str | Unset):
        namespace (str | Unset):
        status (OutputItemFunctionCallStatusType0 | OutputItemFunctionCallStatusType1 |
            OutputItemFunctionCallStatusType2 | Unset):
    """

    arguments: str
    call_id: str
    name: str
    type: OutputItemFunctionCallType
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: (
        OutputItemFunctionCallStatusType0
        | OutputItemFunctionCallStatusType1
        | OutputItemFunctionCallStatusType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        call_id = self.call_id

        name = self.name

        type: str = self.type

        id = self.id

        namespace = self.namespace

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "call_id": call_id,
                "name": name,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        call_id = d.pop("call_id")

        name = d.pop("name")

        type = check_output_item_function_call_type(d.pop("type"))

        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        def _parse_status(
            data: object,
        ) -> (
            OutputItemFunctionCallStatusType0
            | OutputItemFunctionCallStatusType1
            | OutputItemFunctionCallStatusType2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_output_item_function_call_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_output_item_function_call_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_output_item_function_call_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status", UNSET))

        output_item_function_call = cls(
            arguments=arguments,
            call_id=call_id,
            name=name,
            type=type,
            id=id,
            namespace=namespace,
            status=status,
        )

        output_item_function_call.additional_properties = d
        return output_item_function_call

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
