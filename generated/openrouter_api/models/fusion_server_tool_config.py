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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.fusion_server_tool_config_reasoning import (
        FusionServerToolConfigReasoning,
    )
    from ..models.fusion_server_tool_config_tools_item import (
        FusionServerToolConfigToolsItem,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    ("..models.fusion_server_tool_config_reasoning", "FusionServerToolConfigReasoning"),
    (
        "..models.fusion_server_tool_config_tools_item",
        "FusionServerToolConfigToolsItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FusionServerToolConfig")


@_attrs_define
class FusionServerToolConfig(APIModel):
    """
    Attributes:
        analysis_models (list[str] | Unset):
        cache_control (AnthropicCacheControlDirective | Unset):
        max_completion_tokens (int | Unset):
        max_tool_calls (int | Unset):
        model (str | Unset):
        reasoning (FusionServerToolConfigReasoning | Unset):
        temperature (float | Unset):
        tools (list[FusionServerToolConfigToolsItem] | Unset):
    """

    analysis_models: list[str] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    reasoning: FusionServerToolConfigReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    tools: list[FusionServerToolConfigToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        analysis_models: list[str] | Unset = UNSET
        if not isinstance(self.analysis_models, Unset):
            analysis_models = self.analysis_models

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        max_completion_tokens = self.max_completion_tokens

        max_tool_calls = self.max_tool_calls

        model = self.model

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        temperature = self.temperature

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analysis_models is not UNSET:
            field_dict["analysis_models"] = analysis_models
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        analysis_models = cast(list[str], d.pop("analysis_models", UNSET))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        model = d.pop("model", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: FusionServerToolConfigReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = FusionServerToolConfigReasoning.from_dict(_reasoning)

        temperature = d.pop("temperature", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[FusionServerToolConfigToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = FusionServerToolConfigToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        fusion_server_tool_config = cls(
            analysis_models=analysis_models,
            cache_control=cache_control,
            max_completion_tokens=max_completion_tokens,
            max_tool_calls=max_tool_calls,
            model=model,
            reasoning=reasoning,
            temperature=temperature,
            tools=tools,
        )

        fusion_server_tool_config.additional_properties = d
        return fusion_server_tool_config

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
