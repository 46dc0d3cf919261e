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
    from ..models.observability_grafana_destination_config_headers import (
        ObservabilityGrafanaDestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_grafana_destination_config_headers",
        "ObservabilityGrafanaDestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityGrafanaDestinationConfig")


@_attrs_define
class ObservabilityGrafanaDestinationConfig(APIModel):
    """
    Attributes:
        api_key (str):
        instance_id (str):
        base_url (str | Unset):  Default: 'https://otlp-gateway-prod-us-west-0.grafana.net'.
        headers (ObservabilityGrafanaDestinationConfigHeaders | Unset):
    """

    api_key: str
    instance_id: str
    base_url: str | Unset = "https://otlp-gateway-prod-us-west-0.grafana.net"
    headers: ObservabilityGrafanaDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        api_key = self.api_key

        instance_id = self.instance_id

        base_url = self.base_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "instanceId": instance_id,
            }
        )
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        instance_id = d.pop("instanceId")

        base_url = d.pop("baseUrl", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityGrafanaDestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityGrafanaDestinationConfigHeaders.from_dict(_headers)

        observability_grafana_destination_config = cls(
            api_key=api_key,
            instance_id=instance_id,
            base_url=base_url,
            headers=headers,
        )

        observability_grafana_destination_config.additional_properties = d
        return observability_grafana_destination_config

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
