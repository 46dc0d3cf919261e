from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.advisor_reasoning import AdvisorReasoning

_LAZY_IMPORTS = (("..models.advisor_reasoning", "AdvisorReasoning"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AdvisorServerToolConfig")


@_attrs_define
class AdvisorServerToolConfig(APIModel):
    """
    Attributes:
        forward_transcript (bool | Unset):
        instructions (str | Unset):
        max_completion_tokens (int | Unset):
        model (str | Unset):
        name (str | Unset):
        reasoning (AdvisorReasoning | Unset):
        stream (bool | Unset):
        temperature (float | Unset):
    """

    forward_transcript: bool | Unset = UNSET
    instructions: str | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    reasoning: AdvisorReasoning | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        forward_transcript = self.forward_transcript

        instructions = self.instructions

        max_completion_tokens = self.max_completion_tokens

        model = self.model

        name = self.name

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        stream = self.stream

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forward_transcript is not UNSET:
            field_dict["forward_transcript"] = forward_transcript
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        forward_transcript = d.pop("forward_transcript", UNSET)

        instructions = d.pop("instructions", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: AdvisorReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = AdvisorReasoning.from_dict(_reasoning)

        stream = d.pop("stream", UNSET)

        temperature = d.pop("temperature", UNSET)

        advisor_server_tool_config = cls(
            forward_transcript=forward_transcript,
            instructions=instructions,
            max_completion_tokens=max_completion_tokens,
            model=model,
            name=name,
            reasoning=reasoning,
            stream=stream,
            temperature=temperature,
        )

        advisor_server_tool_config.additional_properties = d
        return advisor_server_tool_config

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
