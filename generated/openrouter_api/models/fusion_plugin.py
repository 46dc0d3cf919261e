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
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.fusion_plugin_tool import FusionPluginTool

_LAZY_IMPORTS = (("..models.fusion_plugin_tool", "FusionPluginTool"),)
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
        enabled (bool | Unset):
        preset (str | Unset):
        analysis_models (list[str] | Unset):
        model (str | Unset):
        max_tool_calls (int | Unset):
        tools (list[FusionPluginTool] | Unset):
    """

    id: FusionPluginId
    enabled: bool | Unset = UNSET
    preset: str | Unset = UNSET
    analysis_models: list[str] | Unset = UNSET
    model: str | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    tools: list[FusionPluginTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: str = self.id

        enabled = self.enabled

        preset = self.preset

        analysis_models: list[str] | Unset = UNSET
        if not isinstance(self.analysis_models, Unset):
            analysis_models = self.analysis_models

        model = self.model

        max_tool_calls = self.max_tool_calls

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
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if preset is not UNSET:
            field_dict["preset"] = preset
        if analysis_models is not UNSET:
            field_dict["analysis_models"] = analysis_models
        if model is not UNSET:
            field_dict["model"] = model
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = check_fusion_plugin_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        preset = d.pop("preset", UNSET)

        analysis_models = cast(list[str], d.pop("analysis_models", UNSET))

        model = d.pop("model", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[FusionPluginTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = FusionPluginTool.from_dict(tools_item_data)

                tools.append(tools_item)

        fusion_plugin = cls(
            id=id,
            enabled=enabled,
            preset=preset,
            analysis_models=analysis_models,
            model=model,
            max_tool_calls=max_tool_calls,
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
