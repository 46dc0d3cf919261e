from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_tool_result_type import (
    AnthropicWebFetchToolResultType,
    check_anthropic_web_fetch_tool_result_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import (
        AnthropicCodeExecution20250825Caller,
    )
    from ..models.anthropic_code_execution_20260120_caller import (
        AnthropicCodeExecution20260120Caller,
    )
    from ..models.anthropic_direct_caller import AnthropicDirectCaller
    from ..models.anthropic_web_fetch_block import AnthropicWebFetchBlock
    from ..models.anthropic_web_fetch_tool_result_error import (
        AnthropicWebFetchToolResultError,
    )

_LAZY_IMPORTS = (
    (
        "..models.anthropic_code_execution_20250825_caller",
        "AnthropicCodeExecution20250825Caller",
    ),
    (
        "..models.anthropic_code_execution_20260120_caller",
        "AnthropicCodeExecution20260120Caller",
    ),
    ("..models.anthropic_direct_caller", "AnthropicDirectCaller"),
    ("..models.anthropic_web_fetch_block", "AnthropicWebFetchBlock"),
    (
        "..models.anthropic_web_fetch_tool_result_error",
        "AnthropicWebFetchToolResultError",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicWebFetchToolResult")


@_attrs_define
class AnthropicWebFetchToolResult(APIModel):
    """
    Attributes:
        caller (AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller):
        content (AnthropicWebFetchBlock | AnthropicWebFetchToolResultError):
        tool_use_id (str):
        type (AnthropicWebFetchToolResultType):
    """

    caller: (
        AnthropicCodeExecution20250825Caller
        | AnthropicCodeExecution20260120Caller
        | AnthropicDirectCaller
    )
    content: AnthropicWebFetchBlock | AnthropicWebFetchToolResultError
    tool_use_id: str
    type: AnthropicWebFetchToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        caller: dict[str, Any]
        if isinstance(self.caller, AnthropicDirectCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, AnthropicCodeExecution20250825Caller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller.to_dict()

        content: dict[str, Any]
        if isinstance(self.content, AnthropicWebFetchToolResultError):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller": caller,
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_caller(
            data: object,
        ) -> (
            AnthropicCodeExecution20250825Caller
            | AnthropicCodeExecution20260120Caller
            | AnthropicDirectCaller
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_caller_type_0 = (
                    AnthropicDirectCaller.from_dict(data)
                )

                return componentsschemas_anthropic_caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_caller_type_1 = (
                    AnthropicCodeExecution20250825Caller.from_dict(data)
                )

                return componentsschemas_anthropic_caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_anthropic_caller_type_2 = (
                AnthropicCodeExecution20260120Caller.from_dict(data)
            )

            return componentsschemas_anthropic_caller_type_2

        caller = _parse_caller(d.pop("caller"))

        def _parse_content(
            data: object,
        ) -> AnthropicWebFetchBlock | AnthropicWebFetchToolResultError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_anthropic_web_fetch_content_type_0 = (
                    AnthropicWebFetchToolResultError.from_dict(data)
                )

                return componentsschemas_anthropic_web_fetch_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_anthropic_web_fetch_content_type_1 = (
                AnthropicWebFetchBlock.from_dict(data)
            )

            return componentsschemas_anthropic_web_fetch_content_type_1

        content = _parse_content(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type = check_anthropic_web_fetch_tool_result_type(d.pop("type"))

        anthropic_web_fetch_tool_result = cls(
            caller=caller,
            content=content,
            tool_use_id=tool_use_id,
            type=type,
        )

        anthropic_web_fetch_tool_result.additional_properties = d
        return anthropic_web_fetch_tool_result

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
