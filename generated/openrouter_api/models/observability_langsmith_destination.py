from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_langsmith_destination_type import (
    ObservabilityLangsmithDestinationType,
    check_observability_langsmith_destination_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.observability_filter_rules_config import (
        ObservabilityFilterRulesConfig,
    )
    from ..models.observability_langsmith_destination_config import (
        ObservabilityLangsmithDestinationConfig,
    )

_LAZY_IMPORTS = (
    ("..models.observability_filter_rules_config", "ObservabilityFilterRulesConfig"),
    (
        "..models.observability_langsmith_destination_config",
        "ObservabilityLangsmithDestinationConfig",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityLangsmithDestination")


@_attrs_define
class ObservabilityLangsmithDestination(APIModel):
    """
    Attributes:
        api_key_hashes (list[str] | None):
        broadcast_generation_cost (bool):
        broadcast_generation_identity (bool):
        broadcast_generation_request_context (bool):
        config (ObservabilityLangsmithDestinationConfig):
        created_at (str):
        enabled (bool):
        filter_rules (None | ObservabilityFilterRulesConfig):
        id (UUID):
        name (None | str):
        privacy_mode (bool):
        sampling_rate (float):
        type (ObservabilityLangsmithDestinationType):
        updated_at (str):
        workspace_id (UUID):
    """

    api_key_hashes: list[str] | None
    broadcast_generation_cost: bool
    broadcast_generation_identity: bool
    broadcast_generation_request_context: bool
    config: ObservabilityLangsmithDestinationConfig
    created_at: str
    enabled: bool
    filter_rules: None | ObservabilityFilterRulesConfig
    id: UUID
    name: None | str
    privacy_mode: bool
    sampling_rate: float
    type: ObservabilityLangsmithDestinationType
    updated_at: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        api_key_hashes: list[str] | None
        if isinstance(self.api_key_hashes, list):
            api_key_hashes = self.api_key_hashes

        else:
            api_key_hashes = self.api_key_hashes

        broadcast_generation_cost = self.broadcast_generation_cost

        broadcast_generation_identity = self.broadcast_generation_identity

        broadcast_generation_request_context = self.broadcast_generation_request_context

        config = self.config.to_dict()

        created_at = self.created_at

        enabled = self.enabled

        filter_rules: dict[str, Any] | None
        if isinstance(self.filter_rules, ObservabilityFilterRulesConfig):
            filter_rules = self.filter_rules.to_dict()
        else:
            filter_rules = self.filter_rules

        id = str(self.id)

        name: None | str
        name = self.name

        privacy_mode = self.privacy_mode

        sampling_rate = self.sampling_rate

        type: str = self.type

        updated_at = self.updated_at

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_hashes": api_key_hashes,
                "broadcast_generation_cost": broadcast_generation_cost,
                "broadcast_generation_identity": broadcast_generation_identity,
                "broadcast_generation_request_context": broadcast_generation_request_context,
                "config": config,
                "created_at": created_at,
                "enabled": enabled,
                "filter_rules": filter_rules,
                "id": id,
                "name": name,
                "privacy_mode": privacy_mode,
                "sampling_rate": sampling_rate,
                "type": type,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_api_key_hashes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                api_key_hashes_type_0 = cast(list[str], data)

                return api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        api_key_hashes = _parse_api_key_hashes(d.pop("api_key_hashes"))

        broadcast_generation_cost = d.pop("broadcast_generation_cost")

        broadcast_generation_identity = d.pop("broadcast_generation_identity")

        broadcast_generation_request_context = d.pop(
            "broadcast_generation_request_context"
        )

        config = ObservabilityLangsmithDestinationConfig.from_dict(d.pop("config"))

        created_at = d.pop("created_at")

        enabled = d.pop("enabled")

        def _parse_filter_rules(data: object) -> None | ObservabilityFilterRulesConfig:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_rules_type_0 = ObservabilityFilterRulesConfig.from_dict(data)

                return filter_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObservabilityFilterRulesConfig, data)

        filter_rules = _parse_filter_rules(d.pop("filter_rules"))

        id = UUID(d.pop("id"))

        name: None | str = d.pop("name")

        privacy_mode = d.pop("privacy_mode")

        sampling_rate = d.pop("sampling_rate")

        type = check_observability_langsmith_destination_type(d.pop("type"))

        updated_at = d.pop("updated_at")

        workspace_id = UUID(d.pop("workspace_id"))

        observability_langsmith_destination = cls(
            api_key_hashes=api_key_hashes,
            broadcast_generation_cost=broadcast_generation_cost,
            broadcast_generation_identity=broadcast_generation_identity,
            broadcast_generation_request_context=broadcast_generation_request_context,
            config=config,
            created_at=created_at,
            enabled=enabled,
            filter_rules=filter_rules,
            id=id,
            name=name,
            privacy_mode=privacy_mode,
            sampling_rate=sampling_rate,
            type=type,
            updated_at=updated_at,
            workspace_id=workspace_id,
        )

        observability_langsmith_destination.additional_properties = d
        return observability_langsmith_destination

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
