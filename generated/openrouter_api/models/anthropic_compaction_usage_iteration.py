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

from ..models.anthropic_compaction_usage_iteration_type import (
    AnthropicCompactionUsageIterationType,
    check_anthropic_compaction_usage_iteration_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_iteration_cache_creation import (
        AnthropicIterationCacheCreation,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_iteration_cache_creation", "AnthropicIterationCacheCreation"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicCompactionUsageIteration")


@_attrs_define
class AnthropicCompactionUsageIteration(APIModel):
    """
    Attributes:
        type (AnthropicCompactionUsageIterationType):
        cache_creation (AnthropicIterationCacheCreation | None | Unset):
        cache_creation_input_tokens (int | Unset):
        cache_read_input_tokens (int | Unset):
        input_tokens (int | Unset):
        output_tokens (int | Unset):
    """

    type: AnthropicCompactionUsageIterationType
    cache_creation: AnthropicIterationCacheCreation | None | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        cache_creation: dict[str, Any] | None | Unset
        if isinstance(self.cache_creation, Unset):
            cache_creation = UNSET
        elif isinstance(self.cache_creation, AnthropicIterationCacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = check_anthropic_compaction_usage_iteration_type(d.pop("type"))

        def _parse_cache_creation(
            data: object,
        ) -> AnthropicIterationCacheCreation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cache_creation_type_0 = AnthropicIterationCacheCreation.from_dict(data)

                return cache_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicIterationCacheCreation | None | Unset, data)

        cache_creation = _parse_cache_creation(d.pop("cache_creation", UNSET))

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        anthropic_compaction_usage_iteration = cls(
            type=type,
            cache_creation=cache_creation,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
        )

        anthropic_compaction_usage_iteration.additional_properties = d
        return anthropic_compaction_usage_iteration

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
