from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_apply_patch_call_item_type import (
    OutputApplyPatchCallItemType,
    check_output_apply_patch_call_item_type,
)
from ..types import APIModel

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


T = TypeVar("T", bound="OutputApplyPatchCallItem")


@_attrs_define
class OutputApplyPatchCallItem(APIModel):
    """
    Attributes:
        call_id (str):
        id (str):
        operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation):
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`.
        type (OutputApplyPatchCallItemType):
    """

    call_id: str
    id: str
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
    )
    status: str
    type: OutputApplyPatchCallItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        call_id = self.call_id

        id = self.id

        operation: dict[str, Any]
        if isinstance(self.operation, ApplyPatchCreateFileOperation):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchUpdateFileOperation):
            operation = self.operation.to_dict()
        else:
            operation = self.operation.to_dict()

        status = self.status

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "operation": operation,
                "status": status,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        def _parse_operation(
            data: object,
        ) -> (
            ApplyPatchCreateFileOperation
            | ApplyPatchDeleteFileOperation
            | ApplyPatchUpdateFileOperation
        ):
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

        operation = _parse_operation(d.pop("operation"))

        status = d.pop("status")

        type = check_output_apply_patch_call_item_type(d.pop("type"))

        output_apply_patch_call_item = cls(
            call_id=call_id,
            id=id,
            operation=operation,
            status=status,
            type=type,
        )

        output_apply_patch_call_item.additional_properties = d
        return output_apply_patch_call_item

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
