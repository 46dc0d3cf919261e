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

from ..models.or_anthropic_server_tool_use_block_type import (
    ORAnthropicServerToolUseBlockType,
    check_or_anthropic_server_tool_use_block_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import (
        AnthropicCodeExecution20250825Caller,
    )
    from ..models.anthropic_code_execution_20260120_caller import (
        AnthropicCodeExecution20260120Caller,
    )
    from ..models.anthropic_direct_caller import AnthropicDirectCaller

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
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ORAnthropicServerToolUseBlock")


@_attrs_define
class ORAnthropicServerToolUseBlock(APIModel):
    """
    Attributes:
        id (str):
        name (str):
        type (ORAnthropicServerToolUseBlockType):
        caller (AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller |
            None | Unset):
        input (Any | Unset):
    """

    id: str
    name: str
    type: ORAnthropicServerToolUseBlockType
    caller: (
        AnthropicCodeExecution20250825Caller
        | AnthropicCodeExecution20260120Caller
        | AnthropicDirectCaller
        | None
        | Unset
    ) = UNSET
    input: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        name = self.name

        type: str = self.type

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, AnthropicDirectCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, AnthropicCodeExecution20250825Caller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, AnthropicCodeExecution20260120Caller):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        input = self.input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if input is not UNSET:
            field_dict["input"] = input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type = check_or_anthropic_server_tool_use_block_type(d.pop("type"))

        def _parse_caller(
            data: object,
        ) -> (
            AnthropicCodeExecution20250825Caller
            | AnthropicCodeExecution20260120Caller
            | AnthropicDirectCaller
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_or_anthropic_nullable_caller_type_0 = (
                    AnthropicDirectCaller.from_dict(data)
                )

                return componentsschemas_or_anthropic_nullable_caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_or_anthropic_nullable_caller_type_1 = (
                    AnthropicCodeExecution20250825Caller.from_dict(data)
                )

                return componentsschemas_or_anthropic_nullable_caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_or_anthropic_nullable_caller_type_2 = (
                    AnthropicCodeExecution20260120Caller.from_dict(data)
                )

                return componentsschemas_or_anthropic_nullable_caller_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AnthropicCodeExecution20250825Caller
                | AnthropicCodeExecution20260120Caller
                | AnthropicDirectCaller
                | None
                | Unset,
                data,
            )

        caller = _parse_caller(d.pop("caller", UNSET))

        input = d.pop("input", UNSET)

        or_anthropic_server_tool_use_block = cls(
            id=id,
            name=name,
            type=type,
            caller=caller,
            input=input,
        )

        or_anthropic_server_tool_use_block.additional_properties = d
        return or_anthropic_server_tool_use_block

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
