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

from ..models.chat_content_text_type import (
    ChatContentTextType,
    check_chat_content_text_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_content_cache_control import ChatContentCacheControl
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

_LAZY_IMPORTS = (
    ("..models.chat_content_cache_control", "ChatContentCacheControl"),
    ("..models.prompt_cache_breakpoint", "PromptCacheBreakpoint"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatContentText")


@_attrs_define
class ChatContentText(APIModel):
    """
    Attributes:
        text (str):
        type (ChatContentTextType):
        cache_control (ChatContentCacheControl | Unset):
        prompt_cache_breakpoint (None | PromptCacheBreakpoint | Unset):
    """

    text: str
    type: ChatContentTextType
    cache_control: ChatContentCacheControl | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        text = self.text

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpoint):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        text = d.pop("text")

        type = check_chat_content_text_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatContentCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = ChatContentCacheControl.from_dict(_cache_control)

        def _parse_prompt_cache_breakpoint(
            data: object,
        ) -> None | PromptCacheBreakpoint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_breakpoint_type_0 = PromptCacheBreakpoint.from_dict(data)

                return prompt_cache_breakpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptCacheBreakpoint | Unset, data)

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
            d.pop("prompt_cache_breakpoint", UNSET)
        )

        chat_content_text = cls(
            text=text,
            type=type,
            cache_control=cache_control,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        chat_content_text.additional_properties = d
        return chat_content_text

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
