from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_server_tool_engine import (
    ShellServerToolEngine,
    check_shell_server_tool_engine,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.container_auto_environment import ContainerAutoEnvironment
    from ..models.container_reference_environment import ContainerReferenceEnvironment

_LAZY_IMPORTS = (
    ("..models.container_auto_environment", "ContainerAutoEnvironment"),
    ("..models.container_reference_environment", "ContainerReferenceEnvironment"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ShellServerToolConfig")


@_attrs_define
class ShellServerToolConfig(APIModel):
    """
    Attributes:
        engine (ShellServerToolEngine | Unset):
        environment (ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset):
        sleep_after_seconds (int | Unset):
    """

    engine: ShellServerToolEngine | Unset = UNSET
    environment: ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset = (
        UNSET
    )
    sleep_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        environment: dict[str, Any] | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ContainerAutoEnvironment):
            environment = self.environment.to_dict()
        else:
            environment = self.environment.to_dict()

        sleep_after_seconds = self.sleep_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine
        if environment is not UNSET:
            field_dict["environment"] = environment
        if sleep_after_seconds is not UNSET:
            field_dict["sleep_after_seconds"] = sleep_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _engine = d.pop("engine", UNSET)
        engine: ShellServerToolEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_shell_server_tool_engine(_engine)

        def _parse_environment(
            data: object,
        ) -> ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_shell_server_tool_environment_type_0 = (
                    ContainerAutoEnvironment.from_dict(data)
                )

                return componentsschemas_shell_server_tool_environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_shell_server_tool_environment_type_1 = (
                ContainerReferenceEnvironment.from_dict(data)
            )

            return componentsschemas_shell_server_tool_environment_type_1

        environment = _parse_environment(d.pop("environment", UNSET))

        sleep_after_seconds = d.pop("sleep_after_seconds", UNSET)

        shell_server_tool_config = cls(
            engine=engine,
            environment=environment,
            sleep_after_seconds=sleep_after_seconds,
        )

        shell_server_tool_config.additional_properties = d
        return shell_server_tool_config

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
