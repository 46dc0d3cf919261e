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
    from ..models.mcp_list_tools_item_tools_item_input_schema import (
        McpListToolsItemToolsItemInputSchema,
    )

_LAZY_IMPORTS = (
    (
        "..models.mcp_list_tools_item_tools_item_input_schema",
        "McpListToolsItemToolsItemInputSchema",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="McpListToolsItemToolsItem")


@_attrs_define
class McpListToolsItemToolsItem(APIModel):
    """
    Attributes:
        input_schema (McpListToolsItemToolsItemInputSchema):
        name (str):
        annotations (Any | Unset):
        description (None | str | Unset):
    """

    input_schema: McpListToolsItemToolsItemInputSchema
    name: str
    annotations: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input_schema = self.input_schema.to_dict()

        name = self.name

        annotations = self.annotations

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
                "name": name,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        input_schema = McpListToolsItemToolsItemInputSchema.from_dict(
            d.pop("input_schema")
        )

        name = d.pop("name")

        annotations = d.pop("annotations", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        mcp_list_tools_item_tools_item = cls(
            input_schema=input_schema,
            name=name,
            annotations=annotations,
            description=description,
        )

        mcp_list_tools_item_tools_item.additional_properties = d
        return mcp_list_tools_item_tools_item

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
