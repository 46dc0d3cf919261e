from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_stream_tool_call_function import ChatStreamToolCallFunction

_LAZY_IMPORTS = (
    ("..models.chat_stream_tool_call_function", "ChatStreamToolCallFunction"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatStreamToolCall")


@_attrs_define
class ChatStreamToolCall(APIModel):
    """
    Attributes:
        index (int):
        id (str | Unset):
        type (str | Unset):
        function (ChatStreamToolCallFunction | Unset):
    """

    index: int
    id: str | Unset = UNSET
    type: str | Unset = UNSET
    function: ChatStreamToolCallFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        index = self.index

        id = self.id

        type = self.type

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        index = d.pop("index")

        id = d.pop("id", UNSET)

        type = d.pop("type", UNSET)

        _function = d.pop("function", UNSET)
        function: ChatStreamToolCallFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatStreamToolCallFunction.from_dict(_function)

        chat_stream_tool_call = cls(
            index=index,
            id=id,
            type=type,
            function=function,
        )

        chat_stream_tool_call.additional_properties = d
        return chat_stream_tool_call

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
