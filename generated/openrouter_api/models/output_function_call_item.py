from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.output_function_call_item_subagent_items_item import (
        OutputFunctionCallItemSubagentItemsItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.output_function_call_item_subagent_items_item",
        "OutputFunctionCallItemSubagentItemsItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputFunctionCallItem")


@_attrs_define
class OutputFunctionCallItem(APIModel):
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
        subagent_id (str | Unset):
        subagent_items (list[OutputFunctionCallItemSubagentItemsItem] | Unset):
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
    subagent_id: str | Unset = UNSET
    subagent_items: list[OutputFunctionCallItemSubagentItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        subagent_id = self.subagent_id

        subagent_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subagent_items, Unset):
            subagent_items = []
            for subagent_items_item_data in self.subagent_items:
                subagent_items_item = subagent_items_item_data.to_dict()
                subagent_items.append(subagent_items_item)

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
        if subagent_id is not UNSET:
            field_dict["subagent_id"] = subagent_id
        if subagent_items is not UNSET:
            field_dict["subagent_items"] = subagent_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        subagent_id = d.pop("subagent_id", UNSET)

        _subagent_items = d.pop("subagent_items", UNSET)
        subagent_items: list[OutputFunctionCallItemSubagentItemsItem] | Unset = UNSET
        if _subagent_items is not UNSET:
            subagent_items = []
            for subagent_items_item_data in _subagent_items:
                subagent_items_item = OutputFunctionCallItemSubagentItemsItem.from_dict(
                    subagent_items_item_data
                )

                subagent_items.append(subagent_items_item)

        output_function_call_item = cls(
            arguments=arguments,
            call_id=call_id,
            name=name,
            type=type,
            id=id,
            namespace=namespace,
            status=status,
            subagent_id=subagent_id,
            subagent_items=subagent_items,
        )

        output_function_call_item.additional_properties = d
        return output_function_call_item

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
