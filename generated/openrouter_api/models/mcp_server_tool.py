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

from ..models.mcp_server_tool_require_approval_type_1 import (
    McpServerToolRequireApprovalType1,
    check_mcp_server_tool_require_approval_type_1,
)
from ..models.mcp_server_tool_require_approval_type_2 import (
    McpServerToolRequireApprovalType2,
    check_mcp_server_tool_require_approval_type_2,
)
from ..models.mcp_server_tool_type import McpServerToolType, check_mcp_server_tool_type
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.mcp_server_tool_allowed_tools_variant_1 import (
        McpServerToolAllowedToolsVariant1,
    )
    from ..models.mcp_server_tool_headers_type_0 import McpServerToolHeadersType0
    from ..models.mcp_server_tool_require_approval_variant_0 import (
        McpServerToolRequireApprovalVariant0,
    )

_LAZY_IMPORTS = (
    (
        "..models.mcp_server_tool_allowed_tools_variant_1",
        "McpServerToolAllowedToolsVariant1",
    ),
    ("..models.mcp_server_tool_headers_type_0", "McpServerToolHeadersType0"),
    (
        "..models.mcp_server_tool_require_approval_variant_0",
        "McpServerToolRequireApprovalVariant0",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="McpServerTool")


@_attrs_define
class McpServerTool(APIModel):
    """
    Attributes:
        server_label (str):
        type (McpServerToolType):
        allowed_tools (list[str] | McpServerToolAllowedToolsVariant1 | None | Unset):
        authorization (str | Unset):
        connector_id (str | Unset): Open enum (the API adds values): known values `connector_dropbox`,
            `connector_gmail`, `connector_googlecalendar`, `connector_googledrive`, `connector_microsoftteams`,
            `connector_outlookcalendar`, `connector_outlookemail`, `connector_sharepoint`.
        headers (McpServerToolHeadersType0 | None | Unset):
        require_approval (McpServerToolRequireApprovalType1 | McpServerToolRequireApprovalType2 |
            McpServerToolRequireApprovalVariant0 | None | Unset):
        server_description (str | Unset):
        server_url (str | Unset):
    """

    server_label: str
    type: McpServerToolType
    allowed_tools: list[str] | McpServerToolAllowedToolsVariant1 | None | Unset = UNSET
    authorization: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    headers: McpServerToolHeadersType0 | None | Unset = UNSET
    require_approval: (
        McpServerToolRequireApprovalType1
        | McpServerToolRequireApprovalType2
        | McpServerToolRequireApprovalVariant0
        | None
        | Unset
    ) = UNSET
    server_description: str | Unset = UNSET
    server_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        server_label = self.server_label

        type: str = self.type

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, McpServerToolAllowedToolsVariant1):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        authorization = self.authorization

        connector_id = self.connector_id

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, McpServerToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, McpServerToolRequireApprovalVariant0):
            require_approval = self.require_approval.to_dict()
        elif isinstance(self.require_approval, str):
            require_approval = self.require_approval
        elif isinstance(self.require_approval, str):
            require_approval = self.require_approval
        else:
            require_approval = self.require_approval

        server_description = self.server_description

        server_url = self.server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_label": server_label,
                "type": type,
            }
        )
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if headers is not UNSET:
            field_dict["headers"] = headers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if server_url is not UNSET:
            field_dict["server_url"] = server_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        server_label = d.pop("server_label")

        type = check_mcp_server_tool_type(d.pop("type"))

        def _parse_allowed_tools(
            data: object,
        ) -> list[str] | McpServerToolAllowedToolsVariant1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0 = cast(list[str], data)

                return allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_1 = McpServerToolAllowedToolsVariant1.from_dict(data)

                return allowed_tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[str] | McpServerToolAllowedToolsVariant1 | None | Unset, data
            )

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        authorization = d.pop("authorization", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        def _parse_headers(data: object) -> McpServerToolHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = McpServerToolHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpServerToolHeadersType0 | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> (
            McpServerToolRequireApprovalType1
            | McpServerToolRequireApprovalType2
            | McpServerToolRequireApprovalVariant0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_0 = (
                    McpServerToolRequireApprovalVariant0.from_dict(data)
                )

                return require_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_1 = check_mcp_server_tool_require_approval_type_1(
                    data
                )

                return require_approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_2 = check_mcp_server_tool_require_approval_type_2(
                    data
                )

                return require_approval_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                McpServerToolRequireApprovalType1
                | McpServerToolRequireApprovalType2
                | McpServerToolRequireApprovalVariant0
                | None
                | Unset,
                data,
            )

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        server_description = d.pop("server_description", UNSET)

        server_url = d.pop("server_url", UNSET)

        mcp_server_tool = cls(
            server_label=server_label,
            type=type,
            allowed_tools=allowed_tools,
            authorization=authorization,
            connector_id=connector_id,
            headers=headers,
            require_approval=require_approval,
            server_description=server_description,
            server_url=server_url,
        )

        mcp_server_tool.additional_properties = d
        return mcp_server_tool

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
