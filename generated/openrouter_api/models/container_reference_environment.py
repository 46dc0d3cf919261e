from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_reference_environment_type import (
    ContainerReferenceEnvironmentType,
    check_container_reference_environment_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ContainerReferenceEnvironment")


@_attrs_define
class ContainerReferenceEnvironment(APIModel):
    """
    Attributes:
        container_id (str):
        type (ContainerReferenceEnvironmentType):
    """

    container_id: str
    type: ContainerReferenceEnvironmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container_id": container_id,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("container_id")

        type = check_container_reference_environment_type(d.pop("type"))

        container_reference_environment = cls(
            container_id=container_id,
            type=type,
        )

        container_reference_environment.additional_properties = d
        return container_reference_environment

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
