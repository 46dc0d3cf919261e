from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_function_tool_function_type import (
    ChatFunctionToolFunctionType,
    check_chat_function_tool_function_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_content_cache_control import ChatContentCacheControl
    from ..models.chat_function_tool_function_function import (
        ChatFunctionToolFunctionFunction,
    )

_LAZY_IMPORTS = (
    ("..models.chat_content_cache_control", "ChatContentCacheControl"),
    (
        "..models.chat_function_tool_function_function",
        "ChatFunctionToolFunctionFunction",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatFunctionToolFunction")


@_attrs_define
class ChatFunctionToolFunction(APIModel):
    """
    Attributes:
        function (ChatFunctionToolFunctionFunction):
        type (ChatFunctionToolFunctionType):
        cache_control (ChatContentCacheControl | Unset):
    """

    function: ChatFunctionToolFunctionFunction
    type: ChatFunctionToolFunctionType
    cache_control: ChatContentCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        function = self.function.to_dict()

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        function = ChatFunctionToolFunctionFunction.from_dict(d.pop("function"))

        type = check_chat_function_tool_function_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatContentCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = ChatContentCacheControl.from_dict(_cache_control)

        chat_function_tool_function = cls(
            function=function,
            type=type,
            cache_control=cache_control,
        )

        chat_function_tool_function.additional_properties = d
        return chat_function_tool_function

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
