from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.observability_newrelic_destination_config_headers import (
        ObservabilityNewrelicDestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_newrelic_destination_config_headers",
        "ObservabilityNewrelicDestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityNewrelicDestinationConfig")


@_attrs_define
class ObservabilityNewrelicDestinationConfig(APIModel):
    """
    Attributes:
        license_key (str):
        headers (ObservabilityNewrelicDestinationConfigHeaders | Unset):
        region (str | Unset): Open enum (the API adds values): known values `us`, `eu`. Default: 'us'.
    """

    license_key: str
    headers: ObservabilityNewrelicDestinationConfigHeaders | Unset = UNSET
    region: str | Unset = "us"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        license_key = self.license_key

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "licenseKey": license_key,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        license_key = d.pop("licenseKey")

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityNewrelicDestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityNewrelicDestinationConfigHeaders.from_dict(_headers)

        region = d.pop("region", UNSET)

        observability_newrelic_destination_config = cls(
            license_key=license_key,
            headers=headers,
            region=region,
        )

        observability_newrelic_destination_config.additional_properties = d
        return observability_newrelic_destination_config

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
