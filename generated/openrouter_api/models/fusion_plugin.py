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

from ..models.fusion_plugin_id import FusionPluginId, check_fusion_plugin_id
from ..models.fusion_plugin_preset import FusionPluginPreset, check_fusion_plugin_preset
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item import FusionPluginToolsItem

_LAZY_IMPORTS = (("..models.fusion_plugin_tools_item", "FusionPluginToolsItem"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FusionPlugin")


@_attrs_define
class FusionPlugin(APIModel):
    """
    Attributes:
        id (FusionPluginId):
        analysis_models (list[str] | Unset):
        enabled (bool | Unset):
        max_tool_calls (int | Unset):
        model (str | Unset):
        preset (FusionPluginPreset | Unset):
        tools (list[FusionPluginToolsItem] | Unset):
    """

    id: FusionPluginId
    analysis_models: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    preset: FusionPluginPreset | Unset = UNSET
    tools: list[FusionPluginToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: str = self.id

        analysis_models: list[str] | Unset = UNSET
        if not isinstance(self.analysis_models, Unset):
            analysis_models = self.analysis_models

        enabled = self.enabled

        max_tool_calls = self.max_tool_calls

        model = self.model

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if analysis_models is not UNSET:
            field_dict["analysis_models"] = analysis_models
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if model is not UNSET:
            field_dict["model"] = model
        if preset is not UNSET:
            field_dict["preset"] = preset
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = check_fusion_plugin_id(d.pop("id"))

        analysis_models = cast(list[str], d.pop("analysis_models", UNSET))

        enabled = d.pop("enabled", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        model = d.pop("model", UNSET)

        _preset = d.pop("preset", UNSET)
        preset: FusionPluginPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = check_fusion_plugin_preset(_preset)

        _tools = d.pop("tools", UNSET)
        tools: list[FusionPluginToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = FusionPluginToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        fusion_plugin = cls(
            id=id,
            analysis_models=analysis_models,
            enabled=enabled,
            max_tool_calls=max_tool_calls,
            model=model,
            preset=preset,
            tools=tools,
        )

        fusion_plugin.additional_properties = d
        return fusion_plugin

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
