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

from ..models.local_shell_call_item_action_type import (
    LocalShellCallItemActionType,
    check_local_shell_call_item_action_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.local_shell_call_item_action_env import LocalShellCallItemActionEnv

_LAZY_IMPORTS = (
    ("..models.local_shell_call_item_action_env", "LocalShellCallItemActionEnv"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="LocalShellCallItemAction")


@_attrs_define
class LocalShellCallItemAction(APIModel):
    """
    Attributes:
        command (list[str]):
        env (LocalShellCallItemActionEnv):
        type (LocalShellCallItemActionType):
        timeout_ms (int | None | Unset):
        user (None | str | Unset):
        working_directory (None | str | Unset):
    """

    command: list[str]
    env: LocalShellCallItemActionEnv
    type: LocalShellCallItemActionType
    timeout_ms: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        command = self.command

        env = self.env.to_dict()

        type: str = self.type

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "env": env,
                "type": type,
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if user is not UNSET:
            field_dict["user"] = user
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        command = cast(list[str], d.pop("command"))

        env = LocalShellCallItemActionEnv.from_dict(d.pop("env"))

        type = check_local_shell_call_item_action_type(d.pop("type"))

        timeout_ms: int | None | Unset = d.pop("timeout_ms", UNSET)

        user: None | str | Unset = d.pop("user", UNSET)

        working_directory: None | str | Unset = d.pop("working_directory", UNSET)

        local_shell_call_item_action = cls(
            command=command,
            env=env,
            type=type,
            timeout_ms=timeout_ms,
            user=user,
            working_directory=working_directory,
        )

        local_shell_call_item_action.additional_properties = d
        return local_shell_call_item_action

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
