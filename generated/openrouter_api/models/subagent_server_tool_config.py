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
    from ..models.subagent_nested_tool import SubagentNestedTool
    from ..models.subagent_reasoning import SubagentReasoning

_LAZY_IMPORTS = (
    ("..models.subagent_nested_tool", "SubagentNestedTool"),
    ("..models.subagent_reasoning", "SubagentReasoning"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="SubagentServerToolConfig")


@_attrs_define
class SubagentServerToolConfig(APIModel):
    """
    Attributes:
        inherit_functions (bool | Unset):
        inherited_function_names (list[str] | Unset):
        instructions (str | Unset):
        max_completion_tokens (int | Unset):
        max_tool_calls (int | Unset):
        model (str | Unset):
        name (str | Unset):
        reasoning (SubagentReasoning | Unset):
        temperature (float | Unset):
        tools (list[SubagentNestedTool] | Unset):
    """

    inherit_functions: bool | Unset = UNSET
    inherited_function_names: list[str] | Unset = UNSET
    instructions: str | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    reasoning: SubagentReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    tools: list[SubagentNestedTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        inherit_functions = self.inherit_functions

        inherited_function_names: list[str] | Unset = UNSET
        if not isinstance(self.inherited_function_names, Unset):
            inherited_function_names = self.inherited_function_names

        instructions = self.instructions

        max_completion_tokens = self.max_completion_tokens

        max_tool_calls = self.max_tool_calls

        model = self.model

        name = self.name

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
        if inherit_functions is not UNSET:
            field_dict["inherit_functions"] = inherit_functions
        if inherited_function_names is not UNSET:
            field_dict["inherited_function_names"] = inherited_function_names
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
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
        inherit_functions = d.pop("inherit_functions", UNSET)

        inherited_function_names = cast(
            list[str], d.pop("inherited_function_names", UNSET)
        )

        instructions = d.pop("instructions", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: SubagentReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = SubagentReasoning.from_dict(_reasoning)

        temperature = d.pop("temperature", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[SubagentNestedTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = SubagentNestedTool.from_dict(tools_item_data)

                tools.append(tools_item)

        subagent_server_tool_config = cls(
            inherit_functions=inherit_functions,
            inherited_function_names=inherited_function_names,
            instructions=instructions,
            max_completion_tokens=max_completion_tokens,
            max_tool_calls=max_tool_calls,
            model=model,
            name=name,
            reasoning=reasoning,
            temperature=temperature,
            tools=tools,
        )

        subagent_server_tool_config.additional_properties = d
        return subagent_server_tool_config

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
