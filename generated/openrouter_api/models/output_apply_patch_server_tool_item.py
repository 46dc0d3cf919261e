from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_apply_patch_server_tool_item_type import (
    OutputApplyPatchServerToolItemType,
    check_output_apply_patch_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation

_LAZY_IMPORTS = (
    ("..models.apply_patch_create_file_operation", "ApplyPatchCreateFileOperation"),
    ("..models.apply_patch_delete_file_operation", "ApplyPatchDeleteFileOperation"),
    ("..models.apply_patch_update_file_operation", "ApplyPatchUpdateFileOperation"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputApplyPatchServerToolItem")


@_attrs_define
class OutputApplyPatchServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputApplyPatchServerToolItemType):
        call_id (str | Unset):
        id (str | Unset):
        operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation |
            Unset):
    """

    status: str
    type: OutputApplyPatchServerToolItemType
    call_id: str | Unset = UNSET
    id: str | Unset = UNSET
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        status = self.status

        type: str = self.type

        call_id = self.call_id

        id = self.id

        operation: dict[str, Any] | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        elif isinstance(self.operation, ApplyPatchCreateFileOperation):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchUpdateFileOperation):
            operation = self.operation.to_dict()
        else:
            operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_apply_patch_server_tool_item_type(d.pop("type"))

        call_id = d.pop("call_id", UNSET)

        id = d.pop("id", UNSET)

        def _parse_operation(
            data: object,
        ) -> (
            ApplyPatchCreateFileOperation
            | ApplyPatchDeleteFileOperation
            | ApplyPatchUpdateFileOperation
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_apply_patch_call_operation_type_0 = (
                    ApplyPatchCreateFileOperation.from_dict(data)
                )

                return componentsschemas_apply_patch_call_operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_apply_patch_call_operation_type_1 = (
                    ApplyPatchUpdateFileOperation.from_dict(data)
                )

                return componentsschemas_apply_patch_call_operation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_apply_patch_call_operation_type_2 = (
                ApplyPatchDeleteFileOperation.from_dict(data)
            )

            return componentsschemas_apply_patch_call_operation_type_2

        operation = _parse_operation(d.pop("operation", UNSET))

        output_apply_patch_server_tool_item = cls(
            status=status,
            type=type,
            call_id=call_id,
            id=id,
            operation=operation,
        )

        output_apply_patch_server_tool_item.additional_properties = d
        return output_apply_patch_server_tool_item

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
