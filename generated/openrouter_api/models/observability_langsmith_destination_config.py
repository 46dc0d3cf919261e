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
    from ..models.observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,
    )

_LAZY_IMPORTS = (
    (
        "..models.observability_langsmith_destination_config_headers",
        "ObservabilityLangsmithDestinationConfigHeaders",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ObservabilityLangsmithDestinationConfig")


@_attrs_define
class ObservabilityLangsmithDestinationConfig(APIModel):
    """
    Attributes:
        api_key (str):
        endpoint (str | Unset):  Default: 'https://api.smith.langchain.com'.
        headers (ObservabilityLangsmithDestinationConfigHeaders | Unset):
        project (str | Unset):  Default: 'main'.
        workspace_id (str | Unset):
    """

    api_key: str
    endpoint: str | Unset = "https://api.smith.langchain.com"
    headers: ObservabilityLangsmithDestinationConfigHeaders | Unset = UNSET
    project: str | Unset = "main"
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        api_key = self.api_key

        endpoint = self.endpoint

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        project = self.project

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers
        if project is not UNSET:
            field_dict["project"] = project
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        endpoint = d.pop("endpoint", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityLangsmithDestinationConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityLangsmithDestinationConfigHeaders.from_dict(_headers)

        project = d.pop("project", UNSET)

        workspace_id = d.pop("workspaceId", UNSET)

        observability_langsmith_destination_config = cls(
            api_key=api_key,
            endpoint=endpoint,
            headers=headers,
            project=project,
            workspace_id=workspace_id,
        )

        observability_langsmith_destination_config.additional_properties = d
        return observability_langsmith_destination_config

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
