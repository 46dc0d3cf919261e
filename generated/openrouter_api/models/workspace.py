from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace(APIModel):
    """
    Attributes:
        created_at (str):
        created_by (None | str):
        default_guardrail_id (UUID):
        default_image_model (None | str):
        default_provider_sort (None | str):
        default_text_model (None | str):
        description (None | str):
        id (UUID):
        io_logging_api_key_ids (list[int] | None):
        io_logging_sampling_rate (float):
        is_data_discount_logging_enabled (bool):
        is_observability_broadcast_enabled (bool):
        is_observability_io_logging_enabled (bool):
        name (str):
        slug (str):
        updated_at (None | str):
        include_byok_in_budgets (bool | Unset):
    """

    created_at: str
    created_by: None | str
    default_guardrail_id: UUID
    default_image_model: None | str
    default_provider_sort: None | str
    default_text_model: None | str
    description: None | str
    id: UUID
    io_logging_api_key_ids: list[int] | None
    io_logging_sampling_rate: float
    is_data_discount_logging_enabled: bool
    is_observability_broadcast_enabled: bool
    is_observability_io_logging_enabled: bool
    name: str
    slug: str
    updated_at: None | str
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        created_by: None | str
        created_by = self.created_by

        default_guardrail_id = str(self.default_guardrail_id)

        default_image_model: None | str
        default_image_model = self.default_image_model

        default_provider_sort: None | str
        default_provider_sort = self.default_provider_sort

        default_text_model: None | str
        default_text_model = self.default_text_model

        description: None | str
        description = self.description

        id = str(self.id)

        io_logging_api_key_ids: list[int] | None
        if isinstance(self.io_logging_api_key_ids, list):
            io_logging_api_key_ids = self.io_logging_api_key_ids

        else:
            io_logging_api_key_ids = self.io_logging_api_key_ids

        io_logging_sampling_rate = self.io_logging_sampling_rate

        is_data_discount_logging_enabled = self.is_data_discount_logging_enabled

        is_observability_broadcast_enabled = self.is_observability_broadcast_enabled

        is_observability_io_logging_enabled = self.is_observability_io_logging_enabled

        name = self.name

        slug = self.slug

        updated_at: None | str
        updated_at = self.updated_at

        include_byok_in_budgets = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "default_guardrail_id": default_guardrail_id,
                "default_image_model": default_image_model,
                "default_provider_sort": default_provider_sort,
                "default_text_model": default_text_model,
                "description": description,
                "id": id,
                "io_logging_api_key_ids": io_logging_api_key_ids,
                "io_logging_sampling_rate": io_logging_sampling_rate,
                "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
                "name": name,
                "slug": slug,
                "updated_at": updated_at,
            }
        )
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        created_by: None | str = d.pop("created_by")

        default_guardrail_id = UUID(d.pop("default_guardrail_id"))

        default_image_model: None | str = d.pop("default_image_model")

        default_provider_sort: None | str = d.pop("default_provider_sort")

        default_text_model: None | str = d.pop("default_text_model")

        description: None | str = d.pop("description")

        id = UUID(d.pop("id"))

        def _parse_io_logging_api_key_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                io_logging_api_key_ids_type_0 = cast(list[int], data)

                return io_logging_api_key_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        io_logging_api_key_ids = _parse_io_logging_api_key_ids(
            d.pop("io_logging_api_key_ids")
        )

        io_logging_sampling_rate = d.pop("io_logging_sampling_rate")

        is_data_discount_logging_enabled = d.pop("is_data_discount_logging_enabled")

        is_observability_broadcast_enabled = d.pop("is_observability_broadcast_enabled")

        is_observability_io_logging_enabled = d.pop(
            "is_observability_io_logging_enabled"
        )

        name = d.pop("name")

        slug = d.pop("slug")

        updated_at: None | str = d.pop("updated_at")

        include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        workspace = cls(
            created_at=created_at,
            created_by=created_by,
            default_guardrail_id=default_guardrail_id,
            default_image_model=default_image_model,
            default_provider_sort=default_provider_sort,
            default_text_model=default_text_model,
            description=description,
            id=id,
            io_logging_api_key_ids=io_logging_api_key_ids,
            io_logging_sampling_rate=io_logging_sampling_rate,
            is_data_discount_logging_enabled=is_data_discount_logging_enabled,
            is_observability_broadcast_enabled=is_observability_broadcast_enabled,
            is_observability_io_logging_enabled=is_observability_io_logging_enabled,
            name=name,
            slug=slug,
            updated_at=updated_at,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        workspace.additional_properties = d
        return workspace

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
