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
    from ..models.observability_langfuse_destination_config_headers import (
        ObservabilityLangfuseDestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_langfuse_destination_config_headers",
        "ObservabilityLangfuseDestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityLangfuseDestinationConfig")


@_attrs_define
class ObservabilityLangfuseDestinationConfig(APIModel):
    """
    Attributes:
        public_key (str):
        secret_key (str):
        base_url (str | Unset):  Default: 'https://us.cloud.langfuse.com'.
        headers (ObservabilityLangfuseDestinationConfigHeaders | Unset):
    """

    public_key: str
    secret_key: str
    base_url: str | Unset = "https://us.cloud.langfuse.com"
    headers: ObservabilityLangfuseDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        public_key = self.public_key

        secret_key = self.secret_key

        base_url = self.base_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publicKey": public_key,
                "secretKey": secret_key,
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
        public_key = d.pop("publicKey")

        secret_key = d.pop("secretKey")

        base_url = d.pop("baseUrl", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityLangfuseDestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityLangfuseDestinationConfigHeaders.from_dict(_headers)

        observability_langfuse_destination_config = cls(
            public_key=public_key,
            secret_key=secret_key,
            base_url=base_url,
            headers=headers,
        )

        observability_langfuse_destination_config.additional_properties = d
        return observability_langfuse_destination_config

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
