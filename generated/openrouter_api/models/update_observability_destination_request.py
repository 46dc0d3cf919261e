from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )
    from ..models.update_observability_destination_request_config import (
        UpdateObservabilityDestinationRequestConfig,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_filter_rules_config_nullable",
        "ObservabilityFilterRulesConfigNullable",
    ),
    (
        "..models.update_observability_destination_request_config",
        "UpdateObservabilityDestinationRequestConfig",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="UpdateObservabilityDestinationRequest")


@_attrs_define
class UpdateObservabilityDestinationRequest(APIModel):
    """
    Attributes:
        api_key_hashes (list[str] | None | Unset):
        broadcast_generation_cost (bool | Unset):
        broadcast_generation_identity (bool | Unset):
        broadcast_generation_request_context (bool | Unset):
        config (UpdateObservabilityDestinationRequestConfig | Unset):
        enabled (bool | Unset):
        filter_rules (None | ObservabilityFilterRulesConfigNullable | Unset):
        name (str | Unset):
        privacy_mode (bool | Unset):
        sampling_rate (float | Unset):
    """

    api_key_hashes: list[str] | None | Unset = UNSET
    broadcast_generation_cost: bool | Unset = UNSET
    broadcast_generation_identity: bool | Unset = UNSET
    broadcast_generation_request_context: bool | Unset = UNSET
    config: UpdateObservabilityDestinationRequestConfig | Unset = UNSET
    enabled: bool | Unset = UNSET
    filter_rules: None | ObservabilityFilterRulesConfigNullable | Unset = UNSET
    name: str | Unset = UNSET
    privacy_mode: bool | Unset = UNSET
    sampling_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        api_key_hashes: list[str] | None | Unset
        if isinstance(self.api_key_hashes, Unset):
            api_key_hashes = UNSET
        elif isinstance(self.api_key_hashes, list):
            api_key_hashes = self.api_key_hashes

        else:
            api_key_hashes = self.api_key_hashes

        broadcast_generation_cost = self.broadcast_generation_cost

        broadcast_generation_identity = self.broadcast_generation_identity

        broadcast_generation_request_context = self.broadcast_generation_request_context

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        enabled = self.enabled

        filter_rules: dict[str, Any] | None | Unset
        if isinstance(self.filter_rules, Unset):
            filter_rules = UNSET
        elif isinstance(self.filter_rules, ObservabilityFilterRulesConfigNullable):
            filter_rules = self.filter_rules.to_dict()
        else:
            filter_rules = self.filter_rules

        name = self.name

        privacy_mode = self.privacy_mode

        sampling_rate = self.sampling_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_hashes is not UNSET:
            field_dict["api_key_hashes"] = api_key_hashes
        if broadcast_generation_cost is not UNSET:
            field_dict["broadcast_generation_cost"] = broadcast_generation_cost
        if broadcast_generation_identity is not UNSET:
            field_dict["broadcast_generation_identity"] = broadcast_generation_identity
        if broadcast_generation_request_context is not UNSET:
            field_dict["broadcast_generation_request_context"] = (
                broadcast_generation_request_context
            )
        if config is not UNSET:
            field_dict["config"] = config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if filter_rules is not UNSET:
            field_dict["filter_rules"] = filter_rules
        if name is not UNSET:
            field_dict["name"] = name
        if privacy_mode is not UNSET:
            field_dict["privacy_mode"] = privacy_mode
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_api_key_hashes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                api_key_hashes_type_0 = cast(list[str], data)

                return api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        api_key_hashes = _parse_api_key_hashes(d.pop("api_key_hashes", UNSET))

        broadcast_generation_cost = d.pop("broadcast_generation_cost", UNSET)

        broadcast_generation_identity = d.pop("broadcast_generation_identity", UNSET)

        broadcast_generation_request_context = d.pop(
            "broadcast_generation_request_context", UNSET
        )

        _config = d.pop("config", UNSET)
        config: UpdateObservabilityDestinationRequestConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = UpdateObservabilityDestinationRequestConfig.from_dict(_config)

        enabled = d.pop("enabled", UNSET)

        def _parse_filter_rules(
            data: object,
        ) -> None | ObservabilityFilterRulesConfigNullable | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_rules_type_0 = ObservabilityFilterRulesConfigNullable.from_dict(
                    data
                )

                return filter_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObservabilityFilterRulesConfigNullable | Unset, data)

        filter_rules = _parse_filter_rules(d.pop("filter_rules", UNSET))

        name = d.pop("name", UNSET)

        privacy_mode = d.pop("privacy_mode", UNSET)

        sampling_rate = d.pop("sampling_rate", UNSET)

        update_observability_destination_request = cls(
            api_key_hashes=api_key_hashes,
            broadcast_generation_cost=broadcast_generation_cost,
            broadcast_generation_identity=broadcast_generation_identity,
            broadcast_generation_request_context=broadcast_generation_request_context,
            config=config,
            enabled=enabled,
            filter_rules=filter_rules,
            name=name,
            privacy_mode=privacy_mode,
            sampling_rate=sampling_rate,
        )

        update_observability_destination_request.additional_properties = d
        return update_observability_destination_request

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
