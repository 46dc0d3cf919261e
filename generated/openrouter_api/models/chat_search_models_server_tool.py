from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_search_models_server_tool_type import (
    ChatSearchModelsServerToolType,
    check_chat_search_models_server_tool_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.search_models_server_tool_config import SearchModelsServerToolConfig

_LAZY_IMPORTS = (
    ("..models.search_models_server_tool_config", "SearchModelsServerToolConfig"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatSearchModelsServerTool")


@_attrs_define
class ChatSearchModelsServerTool(APIModel):
    """
    Attributes:
        type (ChatSearchModelsServerToolType):
        parameters (SearchModelsServerToolConfig | Unset):
    """

    type: ChatSearchModelsServerToolType
    parameters: SearchModelsServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = check_chat_search_models_server_tool_type(d.pop("type"))

        _parameters = d.pop("parameters", UNSET)
        parameters: SearchModelsServerToolConfig | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = SearchModelsServerToolConfig.from_dict(_parameters)

        chat_search_models_server_tool = cls(
            type=type,
            parameters=parameters,
        )

        chat_search_models_server_tool.additional_properties = d
        return chat_search_models_server_tool

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
