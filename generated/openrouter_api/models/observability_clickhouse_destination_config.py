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
    from ..models.observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_clickhouse_destination_config_headers",
        "ObservabilityClickhouseDestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityClickhouseDestinationConfig")


@_attrs_define
class ObservabilityClickhouseDestinationConfig(APIModel):
    """
    Attributes:
        database (str):
        host (str):
        password (str):
        username (str):
        headers (ObservabilityClickhouseDestinationConfigHeaders | Unset):
        table (str | Unset):  Default: 'OPENROUTER_TRACES'.
    """

    database: str
    host: str
    password: str
    username: str
    headers: ObservabilityClickhouseDestinationConfigHeaders | Unset = UNSET
    table: str | Unset = "OPENROUTER_TRACES"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        database = self.database

        host = self.host

        password = self.password

        username = self.username

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
                "host": host,
                "password": password,
                "username": username,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        database = d.pop("database")

        host = d.pop("host")

        password = d.pop("password")

        username = d.pop("username")

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityClickhouseDestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityClickhouseDestinationConfigHeaders.from_dict(
                _headers
            )

        table = d.pop("table", UNSET)

        observability_clickhouse_destination_config = cls(
            database=database,
            host=host,
            password=password,
            username=username,
            headers=headers,
            table=table,
        )

        observability_clickhouse_destination_config.additional_properties = d
        return observability_clickhouse_destination_config

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
