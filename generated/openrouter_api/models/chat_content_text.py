from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_content_text_type import (
    ChatContentTextType,
    check_chat_content_text_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.cache_control import CacheControl
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

_LAZY_IMPORTS = (
    ("..models.cache_control", "CacheControl"),
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
        type (ChatContentTextType):
        text (str):
        cache_control (CacheControl | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpoint | Unset):
    """

    type: ChatContentTextType
    text: str
    cache_control: CacheControl | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        text = self.text

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "text": text,
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
        type = check_chat_content_text_type(d.pop("type"))

        text = d.pop("text")

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(
                _prompt_cache_breakpoint
            )

        chat_content_text = cls(
            type=type,
            text=text,
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
