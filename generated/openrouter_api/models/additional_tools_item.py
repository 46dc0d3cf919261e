from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_tools_item_role import (
    AdditionalToolsItemRole,
    check_additional_tools_item_role,
)
from ..models.additional_tools_item_type import (
    AdditionalToolsItemType,
    check_additional_tools_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function import (
        AdditionalToolsItemToolsItemFunction,
    )
    from ..models.additional_tools_item_tools_item_variant_28 import (
        AdditionalToolsItemToolsItemVariant28,
    )
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import (
        ApplyPatchServerToolOpenRouter,
    )
    from ..models.bash_server_tool import BashServerTool
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.search_models_server_tool_open_router import (
        SearchModelsServerToolOpenRouter,
    )
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import (
        WebSearchServerToolOpenRouter,
    )

_LAZY_IMPORTS = (
    (
        "..models.additional_tools_item_tools_item_function",
        "AdditionalToolsItemToolsItemFunction",
    ),
    (
        "..models.additional_tools_item_tools_item_variant_28",
        "AdditionalToolsItemToolsItemVariant28",
    ),
    ("..models.advisor_server_tool_open_router", "AdvisorServerToolOpenRouter"),
    ("..models.apply_patch_server_tool", "ApplyPatchServerTool"),
    ("..models.apply_patch_server_tool_open_router", "ApplyPatchServerToolOpenRouter"),
    ("..models.bash_server_tool", "BashServerTool"),
    ("..models.code_interpreter_server_tool", "CodeInterpreterServerTool"),
    ("..models.codex_local_shell_tool", "CodexLocalShellTool"),
    ("..models.computer_use_server_tool", "ComputerUseServerTool"),
    ("..models.custom_tool", "CustomTool"),
    ("..models.datetime_server_tool", "DatetimeServerTool"),
    ("..models.file_search_server_tool", "FileSearchServerTool"),
    ("..models.files_server_tool", "FilesServerTool"),
    ("..models.fusion_server_tool_open_router", "FusionServerToolOpenRouter"),
    ("..models.image_generation_server_tool", "ImageGenerationServerTool"),
    (
        "..models.image_generation_server_tool_open_router",
        "ImageGenerationServerToolOpenRouter",
    ),
    ("..models.legacy_web_search_server_tool", "LegacyWebSearchServerTool"),
    ("..models.mcp_server_tool", "McpServerTool"),
    ("..models.namespace_tool", "NamespaceTool"),
    (
        "..models.preview_20250311_web_search_server_tool",
        "Preview20250311WebSearchServerTool",
    ),
    ("..models.preview_web_search_server_tool", "PreviewWebSearchServerTool"),
    (
        "..models.search_models_server_tool_open_router",
        "SearchModelsServerToolOpenRouter",
    ),
    ("..models.shell_server_tool", "ShellServerTool"),
    ("..models.shell_server_tool_open_router", "ShellServerToolOpenRouter"),
    ("..models.subagent_server_tool_open_router", "SubagentServerToolOpenRouter"),
    ("..models.tool_search_server_tool", "ToolSearchServerTool"),
    ("..models.web_fetch_server_tool", "WebFetchServerTool"),
    ("..models.web_search_server_tool", "WebSearchServerTool"),
    ("..models.web_search_server_tool_open_router", "WebSearchServerToolOpenRouter"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AdditionalToolsItem")


@_attrs_define
class AdditionalToolsItem(APIModel):
    """
    Attributes:
        role (AdditionalToolsItemRole):
        tools (list[AdditionalToolsItemToolsItemFunction | AdditionalToolsItemToolsItemVariant28 |
            AdvisorServerToolOpenRouter | ApplyPatchServerTool | ApplyPatchServerToolOpenRouter | BashServerTool |
            CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool | CustomTool | DatetimeServerTool |
            FileSearchServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerTool |
            ImageGenerationServerToolOpenRouter | LegacyWebSearchServerTool | McpServerTool | NamespaceTool |
            Preview20250311WebSearchServerTool | PreviewWebSearchServerTool | SearchModelsServerToolOpenRouter |
            ShellServerTool | ShellServerToolOpenRouter | SubagentServerToolOpenRouter | ToolSearchServerTool |
            WebFetchServerTool | WebSearchServerTool | WebSearchServerToolOpenRouter]):
        type (AdditionalToolsItemType):
        id (None | str | Unset):
    """

    role: AdditionalToolsItemRole
    tools: list[
        AdditionalToolsItemToolsItemFunction
        | AdditionalToolsItemToolsItemVariant28
        | AdvisorServerToolOpenRouter
        | ApplyPatchServerTool
        | ApplyPatchServerToolOpenRouter
        | BashServerTool
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | DatetimeServerTool
        | FileSearchServerTool
        | FilesServerTool
        | FusionServerToolOpenRouter
        | ImageGenerationServerTool
        | ImageGenerationServerToolOpenRouter
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | SearchModelsServerToolOpenRouter
        | ShellServerTool
        | ShellServerToolOpenRouter
        | SubagentServerToolOpenRouter
        | ToolSearchServerTool
        | WebFetchServerTool
        | WebSearchServerTool
        | WebSearchServerToolOpenRouter
    ]
    type: AdditionalToolsItemType
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        role: str = self.role

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, AdditionalToolsItemToolsItemFunction):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, PreviewWebSearchServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, Preview20250311WebSearchServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LegacyWebSearchServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FileSearchServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerUseServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CodeInterpreterServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, McpServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ImageGenerationServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CodexLocalShellTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ShellServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ApplyPatchServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CustomTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, NamespaceTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, AdvisorServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, SubagentServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, DatetimeServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FilesServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FusionServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, SearchModelsServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebFetchServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ApplyPatchServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BashServerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ShellServerToolOpenRouter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolSearchServerTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type: str = self.type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "tools": tools,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        role = check_additional_tools_item_role(d.pop("role"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
                AdditionalToolsItemToolsItemFunction
                | AdditionalToolsItemToolsItemVariant28
                | AdvisorServerToolOpenRouter
                | ApplyPatchServerTool
                | ApplyPatchServerToolOpenRouter
                | BashServerTool
                | CodeInterpreterServerTool
                | CodexLocalShellTool
                | ComputerUseServerTool
                | CustomTool
                | DatetimeServerTool
                | FileSearchServerTool
                | FilesServerTool
                | FusionServerToolOpenRouter
                | ImageGenerationServerTool
                | ImageGenerationServerToolOpenRouter
                | LegacyWebSearchServerTool
                | McpServerTool
                | NamespaceTool
                | Preview20250311WebSearchServerTool
                | PreviewWebSearchServerTool
                | SearchModelsServerToolOpenRouter
                | ShellServerTool
                | ShellServerToolOpenRouter
                | SubagentServerToolOpenRouter
                | ToolSearchServerTool
                | WebFetchServerTool
                | WebSearchServerTool
                | WebSearchServerToolOpenRouter
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = AdditionalToolsItemToolsItemFunction.from_dict(
                        data
                    )

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

                    return tools_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(
                        data
                    )

                    return tools_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

                    return tools_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_4 = WebSearchServerTool.from_dict(data)

                    return tools_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_5 = FileSearchServerTool.from_dict(data)

                    return tools_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_6 = ComputerUseServerTool.from_dict(data)

                    return tools_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

                    return tools_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_8 = McpServerTool.from_dict(data)

                    return tools_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

                    return tools_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_10 = CodexLocalShellTool.from_dict(data)

                    return tools_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_11 = ShellServerTool.from_dict(data)

                    return tools_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

                    return tools_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_13 = CustomTool.from_dict(data)

                    return tools_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_14 = NamespaceTool.from_dict(data)

                    return tools_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

                    return tools_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(data)

                    return tools_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_17 = DatetimeServerTool.from_dict(data)

                    return tools_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_18 = FilesServerTool.from_dict(data)

                    return tools_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

                    return tools_item_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_20 = ImageGenerationServerToolOpenRouter.from_dict(
                        data
                    )

                    return tools_item_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(
                        data
                    )

                    return tools_item_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_22 = WebFetchServerTool.from_dict(data)

                    return tools_item_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(data)

                    return tools_item_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(data)

                    return tools_item_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_25 = BashServerTool.from_dict(data)

                    return tools_item_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

                    return tools_item_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_27 = ToolSearchServerTool.from_dict(data)

                    return tools_item_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_28 = AdditionalToolsItemToolsItemVariant28.from_dict(
                    data
                )

                return tools_item_type_28

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type = check_additional_tools_item_type(d.pop("type"))

        id: None | str | Unset = d.pop("id", UNSET)

        additional_tools_item = cls(
            role=role,
            tools=tools,
            type=type,
            id=id,
        )

        additional_tools_item.additional_properties = d
        return additional_tools_item

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
