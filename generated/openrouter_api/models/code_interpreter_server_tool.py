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

from ..models.code_interpreter_server_tool_type import (
    CodeInterpreterServerToolType,
    check_code_interpreter_server_tool_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.code_interpreter_server_tool_container_auto import (
        CodeInterpreterServerToolContainerAuto,
    )

_LAZY_IMPORTS = (
    (
        "..models.code_interpreter_server_tool_container_auto",
        "CodeInterpreterServerToolContainerAuto",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CodeInterpreterServerTool")


@_attrs_define
class CodeInterpreterServerTool(APIModel):
    """
    Attributes:
        container (CodeInterpreterServerToolContainerAuto | str):
        type (CodeInterpreterServerToolType):
    """

    container: CodeInterpreterServerToolContainerAuto | str
    type: CodeInterpreterServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        container: dict[str, Any] | str
        if isinstance(self.container, CodeInterpreterServerToolContainerAuto):
            container = self.container.to_dict()
        else:
            container = self.container

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_container(
            data: object,
        ) -> CodeInterpreterServerToolContainerAuto | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_1 = CodeInterpreterServerToolContainerAuto.from_dict(
                    data
                )

                return container_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeInterpreterServerToolContainerAuto | str, data)

        container = _parse_container(d.pop("container"))

        type = check_code_interpreter_server_tool_type(d.pop("type"))

        code_interpreter_server_tool = cls(
            container=container,
            type=type,
        )

        code_interpreter_server_tool.additional_properties = d
        return code_interpreter_server_tool

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
