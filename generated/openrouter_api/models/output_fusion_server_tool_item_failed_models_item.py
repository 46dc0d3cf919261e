from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputFusionServerToolItemFailedModelsItem")


@_attrs_define
class OutputFusionServerToolItemFailedModelsItem(APIModel):
    """
    Attributes:
        error (str):
        model (str):
        status_code (int | Unset):
    """

    error: str
    model: str
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        model = self.model

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "model": model,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        model = d.pop("model")

        status_code = d.pop("status_code", UNSET)

        output_fusion_server_tool_item_failed_models_item = cls(
            error=error,
            model=model,
            status_code=status_code,
        )

        output_fusion_server_tool_item_failed_models_item.additional_properties = d
        return output_fusion_server_tool_item_failed_models_item

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
