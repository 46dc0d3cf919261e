from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_sort_config_by_type_1 import (
    ProviderSortConfigByType1,
    check_provider_sort_config_by_type_1,
)
from ..models.provider_sort_config_by_type_2_type_1 import (
    ProviderSortConfigByType2Type1,
    check_provider_sort_config_by_type_2_type_1,
)
from ..models.provider_sort_config_by_type_3_type_1 import (
    ProviderSortConfigByType3Type1,
    check_provider_sort_config_by_type_3_type_1,
)
from ..models.provider_sort_config_partition_type_1 import (
    ProviderSortConfigPartitionType1,
    check_provider_sort_config_partition_type_1,
)
from ..models.provider_sort_config_partition_type_2_type_1 import (
    ProviderSortConfigPartitionType2Type1,
    check_provider_sort_config_partition_type_2_type_1,
)
from ..models.provider_sort_config_partition_type_3_type_1 import (
    ProviderSortConfigPartitionType3Type1,
    check_provider_sort_config_partition_type_3_type_1,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ProviderSortConfig")


@_attrs_define
class ProviderSortConfig(APIModel):
    """
    Attributes:
        by (None | ProviderSortConfigByType1 | ProviderSortConfigByType2Type1 | ProviderSortConfigByType3Type1 | Unset):
        partition (None | ProviderSortConfigPartitionType1 | ProviderSortConfigPartitionType2Type1 |
            ProviderSortConfigPartitionType3Type1 | Unset):
    """

    by: (
        None
        | ProviderSortConfigByType1
        | ProviderSortConfigByType2Type1
        | ProviderSortConfigByType3Type1
        | Unset
    ) = UNSET
    partition: (
        None
        | ProviderSortConfigPartitionType1
        | ProviderSortConfigPartitionType2Type1
        | ProviderSortConfigPartitionType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by: None | str | Unset
        if isinstance(self.by, Unset):
            by = UNSET
        elif isinstance(self.by, str):
            by = self.by
        elif isinstance(self.by, str):
            by = self.by
        elif isinstance(self.by, str):
            by = self.by
        else:
            by = self.by

        partition: None | str | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        elif isinstance(self.partition, str):
            partition = self.partition
        elif isinstance(self.partition, str):
            partition = self.partition
        elif isinstance(self.partition, str):
            partition = self.partition
        else:
            partition = self.partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if by is not UNSET:
            field_dict["by"] = by
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_by(
            data: object,
        ) -> (
            None
            | ProviderSortConfigByType1
            | ProviderSortConfigByType2Type1
            | ProviderSortConfigByType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                by_type_1 = check_provider_sort_config_by_type_1(data)

                return by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                by_type_2_type_1 = check_provider_sort_config_by_type_2_type_1(data)

                return by_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                by_type_3_type_1 = check_provider_sort_config_by_type_3_type_1(data)

                return by_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProviderSortConfigByType1
                | ProviderSortConfigByType2Type1
                | ProviderSortConfigByType3Type1
                | Unset,
                data,
            )

        by = _parse_by(d.pop("by", UNSET))

        def _parse_partition(
            data: object,
        ) -> (
            None
            | ProviderSortConfigPartitionType1
            | ProviderSortConfigPartitionType2Type1
            | ProviderSortConfigPartitionType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_type_1 = check_provider_sort_config_partition_type_1(data)

                return partition_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_type_2_type_1 = (
                    check_provider_sort_config_partition_type_2_type_1(data)
                )

                return partition_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_type_3_type_1 = (
                    check_provider_sort_config_partition_type_3_type_1(data)
                )

                return partition_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProviderSortConfigPartitionType1
                | ProviderSortConfigPartitionType2Type1
                | ProviderSortConfigPartitionType3Type1
                | Unset,
                data,
            )

        partition = _parse_partition(d.pop("partition", UNSET))

        provider_sort_config = cls(
            by=by,
            partition=partition,
        )

        provider_sort_config.additional_properties = d
        return provider_sort_config

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
