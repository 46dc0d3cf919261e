from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_server_tool_container_auto_type import (
    CodeInterpreterServerToolContainerAutoType,
    check_code_interpreter_server_tool_container_auto_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CodeInterpreterServerToolContainerAuto")


@_attrs_define
class CodeInterpreterServerToolContainerAuto(APIModel):
    """
    Attributes:
        type (CodeInterpreterServerToolContainerAutoType):
        file_ids (list[str] | Unset):
        memory_limit (None | str | Unset): Open enum (the API adds values): known values `1g`, `4g`, `16g`, `64g`.
    """

    type: CodeInterpreterServerToolContainerAutoType
    file_ids: list[str] | Unset = UNSET
    memory_limit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_code_interpreter_server_tool_container_auto_type(d.pop("type"))

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        memory_limit: None | str | Unset = d.pop("memory_limit", UNSET)

        code_interpreter_server_tool_container_auto = cls(
            type=type,
            file_ids=file_ids,
            memory_limit=memory_limit,
        )

        code_interpreter_server_tool_container_auto.additional_properties = d
        return code_interpreter_server_tool_container_auto

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
