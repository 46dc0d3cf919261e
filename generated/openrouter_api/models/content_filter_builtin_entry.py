from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ContentFilterBuiltinEntry")


@_attrs_define
class ContentFilterBuiltinEntry(APIModel):
    """
    Attributes:
        action (str): Open enum (the API adds values): known values `redact`, `block`, `flag`.
        slug (str): Open enum (the API adds values): known values `email`, `phone`, `ssn`, `credit-card`, `ip-address`,
            `person-name`, `address`, `regex-prompt-injection`.
        label (str | Unset):
        scan_scope (str | Unset): Open enum (the API adds values): known values `user_only`, `all_messages`.
    """

    action: str
    slug: str
    label: str | Unset = UNSET
    scan_scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        slug = self.slug

        label = self.label

        scan_scope = self.scan_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "slug": slug,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if scan_scope is not UNSET:
            field_dict["scan_scope"] = scan_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        slug = d.pop("slug")

        label = d.pop("label", UNSET)

        scan_scope = d.pop("scan_scope", UNSET)

        content_filter_builtin_entry = cls(
            action=action,
            slug=slug,
            label=label,
            scan_scope=scan_scope,
        )

        content_filter_builtin_entry.additional_properties = d
        return content_filter_builtin_entry

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
