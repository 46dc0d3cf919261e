from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_list_tools_item_type import (
    McpListToolsItemType,
    check_mcp_list_tools_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_item_tools_item import McpListToolsItemToolsItem

_LAZY_IMPORTS = (
    ("..models.mcp_list_tools_item_tools_item", "McpListToolsItemToolsItem"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="McpListToolsItem")


@_attrs_define
class McpListToolsItem(APIModel):
    """
    Attributes:
        id (str):
        server_label (str):
        tools (list[McpListToolsItemToolsItem]):
        type (McpListToolsItemType):
        error (None | str | Unset):
    """

    id: str
    server_label: str
    tools: list[McpListToolsItemToolsItem]
    type: McpListToolsItemType
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type: str = self.type

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server_label": server_label,
                "tools": tools,
                "type": type,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        server_label = d.pop("server_label")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = McpListToolsItemToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        type = check_mcp_list_tools_item_type(d.pop("type"))

        error: None | str | Unset = d.pop("error", UNSET)

        mcp_list_tools_item = cls(
            id=id,
            server_label=server_label,
            tools=tools,
            type=type,
            error=error,
        )

        mcp_list_tools_item.additional_properties = d
        return mcp_list_tools_item

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
