from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_function_tool_call_type import (
    OpenAIResponseFunctionToolCallType,
    check_open_ai_response_function_tool_call_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.open_ai_response_function_tool_call_subagent_items_item import (
        OpenAIResponseFunctionToolCallSubagentItemsItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.open_ai_response_function_tool_call_subagent_items_item",
        "OpenAIResponseFunctionToolCallSubagentItemsItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OpenAIResponseFunctionToolCall")


@_attrs_define
class OpenAIResponseFunctionToolCall(APIModel):
    """
    Attributes:
        arguments (str):
        call_id (str):
        name (str):
        type (OpenAIResponseFunctionToolCallType):
        id (str | Unset):
        namespace (str | Unset):
        status (str | Unset): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        subagent_id (str | Unset):
        subagent_items (list[OpenAIResponseFunctionToolCallSubagentItemsItem] | Unset):
    """

    arguments: str
    call_id: str
    name: str
    type: OpenAIResponseFunctionToolCallType
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: str | Unset = UNSET
    subagent_id: str | Unset = UNSET
    subagent_items: list[OpenAIResponseFunctionToolCallSubagentItemsItem] | Unset = (
        UNSET
    )
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

        type = check_open_ai_response_function_tool_call_type(d.pop("type"))

        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        status = d.pop("status", UNSET)

        subagent_id = d.pop("subagent_id", UNSET)

        _subagent_items = d.pop("subagent_items", UNSET)
        subagent_items: (
            list[OpenAIResponseFunctionToolCallSubagentItemsItem] | Unset
        ) = UNSET
        if _subagent_items is not UNSET:
            subagent_items = []
            for subagent_items_item_data in _subagent_items:
                subagent_items_item = (
                    OpenAIResponseFunctionToolCallSubagentItemsItem.from_dict(
                        subagent_items_item_data
                    )
                )

                subagent_items.append(subagent_items_item)

        open_ai_response_function_tool_call = cls(
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

        open_ai_response_function_tool_call.additional_properties = d
        return open_ai_response_function_tool_call

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
