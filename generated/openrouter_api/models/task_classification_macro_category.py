from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="TaskClassificationMacroCategory")


@_attrs_define
class TaskClassificationMacroCategory(APIModel):
    """
    Attributes:
        key (str):
        label (str):
        token_share (float):
        usage_share (float):
    """

    key: str
    label: str
    token_share: float
    usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        token_share = self.token_share

        usage_share = self.usage_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "token_share": token_share,
                "usage_share": usage_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        token_share = d.pop("token_share")

        usage_share = d.pop("usage_share")

        task_classification_macro_category = cls(
            key=key,
            label=label,
            token_share=token_share,
            usage_share=usage_share,
        )

        task_classification_macro_category.additional_properties = d
        return task_classification_macro_category

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
