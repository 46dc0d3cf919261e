from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_tool_call_type import (
    ChatStreamToolCallType,
    check_chat_stream_tool_call_type,
)
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
        function (ChatStreamToolCallFunction | Unset):
        id (str | Unset):
        type (ChatStreamToolCallType | Unset):
    """

    index: int
    function: ChatStreamToolCallFunction | Unset = UNSET
    id: str | Unset = UNSET
    type: ChatStreamToolCallType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        index = self.index

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        id = self.id

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        index = d.pop("index")

        _function = d.pop("function", UNSET)
        function: ChatStreamToolCallFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatStreamToolCallFunction.from_dict(_function)

        id = d.pop("id", UNSET)

        _type = d.pop("type", UNSET)
        type: ChatStreamToolCallType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_chat_stream_tool_call_type(_type)

        chat_stream_tool_call = cls(
            index=index,
            function=function,
            id=id,
            type=type,
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
