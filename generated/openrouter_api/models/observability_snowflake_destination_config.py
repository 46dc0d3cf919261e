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
    from ..models.observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_snowflake_destination_config_headers",
        "ObservabilitySnowflakeDestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilitySnowflakeDestinationConfig")


@_attrs_define
class ObservabilitySnowflakeDestinationConfig(APIModel):
    """
    Attributes:
        account (str):
        token (str):
        database (str | Unset):  Default: 'SNOWFLAKE_LEARNING_DB'.
        headers (ObservabilitySnowflakeDestinationConfigHeaders | Unset):
        schema (str | Unset):  Default: 'PUBLIC'.
        table (str | Unset):  Default: 'OPENROUTER_TRACES'.
        warehouse (str | Unset):  Default: 'COMPUTE_WH'.
    """

    account: str
    token: str
    database: str | Unset = "SNOWFLAKE_LEARNING_DB"
    headers: ObservabilitySnowflakeDestinationConfigHeaders | Unset = UNSET
    schema: str | Unset = "PUBLIC"
    table: str | Unset = "OPENROUTER_TRACES"
    warehouse: str | Unset = "COMPUTE_WH"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        account = self.account

        token = self.token

        database = self.database

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        schema = self.schema

        table = self.table

        warehouse = self.warehouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "token": token,
            }
        )
        if database is not UNSET:
            field_dict["database"] = database
        if headers is not UNSET:
            field_dict["headers"] = headers
        if schema is not UNSET:
            field_dict["schema"] = schema
        if table is not UNSET:
            field_dict["table"] = table
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        account = d.pop("account")

        token = d.pop("token")

        database = d.pop("database", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilitySnowflakeDestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilitySnowflakeDestinationConfigHeaders.from_dict(_headers)

        schema = d.pop("schema", UNSET)

        table = d.pop("table", UNSET)

        warehouse = d.pop("warehouse", UNSET)

        observability_snowflake_destination_config = cls(
            account=account,
            token=token,
            database=database,
            headers=headers,
            schema=schema,
            table=table,
            warehouse=warehouse,
        )

        observability_snowflake_destination_config.additional_properties = d
        return observability_snowflake_destination_config

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
