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
    from ..models.observability_s3_destination_config_headers import (
        ObservabilityS3DestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_s3_destination_config_headers",
        "ObservabilityS3DestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityS3DestinationConfig")


@_attrs_define
class ObservabilityS3DestinationConfig(APIModel):
    """
    Attributes:
        access_key_id (str):
        bucket_name (str):
        secret_access_key (str):
        endpoint (str | Unset):
        headers (ObservabilityS3DestinationConfigHeaders | Unset):
        path_template (str | Unset):  Default: '{prefix}/{date}'.
        prefix (str | Unset):  Default: 'openrouter-traces'.
        region (str | Unset):
        session_token (str | Unset):
    """

    access_key_id: str
    bucket_name: str
    secret_access_key: str
    endpoint: str | Unset = UNSET
    headers: ObservabilityS3DestinationConfigHeaders | Unset = UNSET
    path_template: str | Unset = "{prefix}/{date}"
    prefix: str | Unset = "openrouter-traces"
    region: str | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        access_key_id = self.access_key_id

        bucket_name = self.bucket_name

        secret_access_key = self.secret_access_key

        endpoint = self.endpoint

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        path_template = self.path_template

        prefix = self.prefix

        region = self.region

        session_token = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessKeyId": access_key_id,
                "bucketName": bucket_name,
                "secretAccessKey": secret_access_key,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers
        if path_template is not UNSET:
            field_dict["pathTemplate"] = path_template
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if region is not UNSET:
            field_dict["region"] = region
        if session_token is not UNSET:
            field_dict["sessionToken"] = session_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        access_key_id = d.pop("accessKeyId")

        bucket_name = d.pop("bucketName")

        secret_access_key = d.pop("secretAccessKey")

        endpoint = d.pop("endpoint", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityS3DestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityS3DestinationConfigHeaders.from_dict(_headers)

        path_template = d.pop("pathTemplate", UNSET)

        prefix = d.pop("prefix", UNSET)

        region = d.pop("region", UNSET)

        session_token = d.pop("sessionToken", UNSET)

        observability_s3_destination_config = cls(
            access_key_id=access_key_id,
            bucket_name=bucket_name,
            secret_access_key=secret_access_key,
            endpoint=endpoint,
            headers=headers,
            path_template=path_template,
            prefix=prefix,
            region=region,
            session_token=session_token,
        )

        observability_s3_destination_config.additional_properties = d
        return observability_s3_destination_config

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
