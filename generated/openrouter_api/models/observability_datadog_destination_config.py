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
    from ..models.observability_datadog_destination_config_headers import (
        ObservabilityDatadogDestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_datadog_destination_config_headers",
        "ObservabilityDatadogDestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityDatadogDestinationConfig")


@_attrs_define
class ObservabilityDatadogDestinationConfig(APIModel):
    """
    Attributes:
        api_key (str):
        ml_app (str):
        headers (ObservabilityDatadogDestinationConfigHeaders | Unset):
        url (str | Unset):  Default: 'https://api.us5.datadoghq.com'.
    """

    api_key: str
    ml_app: str
    headers: ObservabilityDatadogDestinationConfigHeaders | Unset = UNSET
    url: str | Unset = "https://api.us5.datadoghq.com"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        api_key = self.api_key

        ml_app = self.ml_app

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "mlApp": ml_app,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        ml_app = d.pop("mlApp")

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityDatadogDestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityDatadogDestinationConfigHeaders.from_dict(_headers)

        url = d.pop("url", UNSET)

        observability_datadog_destination_config = cls(
            api_key=api_key,
            ml_app=ml_app,
            headers=headers,
            url=url,
        )

        observability_datadog_destination_config.additional_properties = d
        return observability_datadog_destination_config

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
