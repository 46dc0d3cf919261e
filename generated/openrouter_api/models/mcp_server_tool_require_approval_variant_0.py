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
    from ..models.mcp_server_tool_require_approval_variant_0_always import (
        McpServerToolRequireApprovalVariant0Always,
    )
    from ..models.mcp_server_tool_require_approval_variant_0_never import (
        McpServerToolRequireApprovalVariant0Never,
    )

_LAZY_IMPORTS = (
    (
        "..models.mcp_server_tool_require_approval_variant_0_always",
        "McpServerToolRequireApprovalVariant0Always",
    ),
    (
        "..models.mcp_server_tool_require_approval_variant_0_never",
        "McpServerToolRequireApprovalVariant0Never",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="McpServerToolRequireApprovalVariant0")


@_attrs_define
class McpServerToolRequireApprovalVariant0(APIModel):
    """
    Attributes:
        always (McpServerToolRequireApprovalVariant0Always | Unset):
        never (McpServerToolRequireApprovalVariant0Never | Unset):
    """

    always: McpServerToolRequireApprovalVariant0Always | Unset = UNSET
    never: McpServerToolRequireApprovalVariant0Never | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        always: dict[str, Any] | Unset = UNSET
        if not isinstance(self.always, Unset):
            always = self.always.to_dict()

        never: dict[str, Any] | Unset = UNSET
        if not isinstance(self.never, Unset):
            never = self.never.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _always = d.pop("always", UNSET)
        always: McpServerToolRequireApprovalVariant0Always | Unset
        if isinstance(_always, Unset):
            always = UNSET
        else:
            always = McpServerToolRequireApprovalVariant0Always.from_dict(_always)

        _never = d.pop("never", UNSET)
        never: McpServerToolRequireApprovalVariant0Never | Unset
        if isinstance(_never, Unset):
            never = UNSET
        else:
            never = McpServerToolRequireApprovalVariant0Never.from_dict(_never)

        mcp_server_tool_require_approval_variant_0 = cls(
            always=always,
            never=never,
        )

        mcp_server_tool_require_approval_variant_0.additional_properties = d
        return mcp_server_tool_require_approval_variant_0

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
