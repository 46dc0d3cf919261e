from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CreateWorkspaceRequest")


@_attrs_define
class CreateWorkspaceRequest(APIModel):
    """
    Attributes:
        name (str):
        slug (str):
        default_image_model (None | str | Unset):
        default_provider_sort (None | str | Unset):
        default_text_model (None | str | Unset):
        description (None | str | Unset):
        io_logging_api_key_ids (list[int] | None | Unset):
        io_logging_sampling_rate (float | Unset):
        is_data_discount_logging_enabled (bool | Unset):
        is_observability_broadcast_enabled (bool | Unset):
        is_observability_io_logging_enabled (bool | Unset):
    """

    name: str
    slug: str
    default_image_model: None | str | Unset = UNSET
    default_provider_sort: None | str | Unset = UNSET
    default_text_model: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    io_logging_api_key_ids: list[int] | None | Unset = UNSET
    io_logging_sampling_rate: float | Unset = UNSET
    is_data_discount_logging_enabled: bool | Unset = UNSET
    is_observability_broadcast_enabled: bool | Unset = UNSET
    is_observability_io_logging_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        default_image_model: None | str | Unset
        if isinstance(self.default_image_model, Unset):
            default_image_model = UNSET
        else:
            default_image_model = self.default_image_model

        default_provider_sort: None | str | Unset
        if isinstance(self.default_provider_sort, Unset):
            default_provider_sort = UNSET
        else:
            default_provider_sort = self.default_provider_sort

        default_text_model: None | str | Unset
        if isinstance(self.default_text_model, Unset):
            default_text_model = UNSET
        else:
            default_text_model = self.default_text_model

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        io_logging_api_key_ids: list[int] | None | Unset
        if isinstance(self.io_logging_api_key_ids, Unset):
            io_logging_api_key_ids = UNSET
        elif isinstance(self.io_logging_api_key_ids, list):
            io_logging_api_key_ids = self.io_logging_api_key_ids

        else:
            io_logging_api_key_ids = self.io_logging_api_key_ids

        io_logging_sampling_rate = self.io_logging_sampling_rate

        is_data_discount_logging_enabled = self.is_data_discount_logging_enabled

        is_observability_broadcast_enabled = self.is_observability_broadcast_enabled

        is_observability_io_logging_enabled = self.is_observability_io_logging_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
            }
        )
        if default_image_model is not UNSET:
            field_dict["default_image_model"] = default_image_model
        if default_provider_sort is not UNSET:
            field_dict["default_provider_sort"] = default_provider_sort
        if default_text_model is not UNSET:
            field_dict["default_text_model"] = default_text_model
        if description is not UNSET:
            field_dict["description"] = description
        if io_logging_api_key_ids is not UNSET:
            field_dict["io_logging_api_key_ids"] = io_logging_api_key_ids
        if io_logging_sampling_rate is not UNSET:
            field_dict["io_logging_sampling_rate"] = io_logging_sampling_rate
        if is_data_discount_logging_enabled is not UNSET:
            field_dict["is_data_discount_logging_enabled"] = (
                is_data_discount_logging_enabled
            )
        if is_observability_broadcast_enabled is not UNSET:
            field_dict["is_observability_broadcast_enabled"] = (
                is_observability_broadcast_enabled
            )
        if is_observability_io_logging_enabled is not UNSET:
            field_dict["is_observability_io_logging_enabled"] = (
                is_observability_io_logging_enabled
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        default_image_model: None | str | Unset = d.pop("default_image_model", UNSET)

        default_provider_sort: None | str | Unset = d.pop(
            "default_provider_sort", UNSET
        )

        default_text_model: None | str | Unset = d.pop("default_text_model", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        def _parse_io_logging_api_key_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                io_logging_api_key_ids_type_0 = cast(list[int], data)

                return io_logging_api_key_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        io_logging_api_key_ids = _parse_io_logging_api_key_ids(
            d.pop("io_logging_api_key_ids", UNSET)
        )

        io_logging_sampling_rate = d.pop("io_logging_sampling_rate", UNSET)

        is_data_discount_logging_enabled = d.pop(
            "is_data_discount_logging_enabled", UNSET
        )

        is_observability_broadcast_enabled = d.pop(
            "is_observability_broadcast_enabled", UNSET
        )

        is_observability_io_logging_enabled = d.pop(
            "is_observability_io_logging_enabled", UNSET
        )

        create_workspace_request = cls(
            name=name,
            slug=slug,
            default_image_model=default_image_model,
            default_provider_sort=default_provider_sort,
            default_text_model=default_text_model,
            description=description,
            io_logging_api_key_ids=io_logging_api_key_ids,
            io_logging_sampling_rate=io_logging_sampling_rate,
            is_data_discount_logging_enabled=is_data_discount_logging_enabled,
            is_observability_broadcast_enabled=is_observability_broadcast_enabled,
            is_observability_io_logging_enabled=is_observability_io_logging_enabled,
        )

        create_workspace_request.additional_properties = d
        return create_workspace_request

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
