from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_image_block_param_type import (
    AnthropicImageBlockParamType,
    check_anthropic_image_block_param_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_base_64_image_source import AnthropicBase64ImageSource
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_url_image_source import AnthropicUrlImageSource

_LAZY_IMPORTS = (
    ("..models.anthropic_base_64_image_source", "AnthropicBase64ImageSource"),
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    ("..models.anthropic_url_image_source", "AnthropicUrlImageSource"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicImageBlockParam")


@_attrs_define
class AnthropicImageBlockParam(APIModel):
    """
    Attributes:
        source (AnthropicBase64ImageSource | AnthropicUrlImageSource):
        type (AnthropicImageBlockParamType):
        cache_control (AnthropicCacheControlDirective | Unset):
    """

    source: AnthropicBase64ImageSource | AnthropicUrlImageSource
    type: AnthropicImageBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        source: dict[str, Any]
        if isinstance(self.source, AnthropicBase64ImageSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
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

        def _parse_source(
            data: object,
        ) -> AnthropicBase64ImageSource | AnthropicUrlImageSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = AnthropicBase64ImageSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = AnthropicUrlImageSource.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source"))

        type = check_anthropic_image_block_param_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        anthropic_image_block_param = cls(
            source=source,
            type=type,
            cache_control=cache_control,
        )

        anthropic_image_block_param.additional_properties = d
        return anthropic_image_block_param

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
