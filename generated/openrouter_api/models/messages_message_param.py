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

from ..models.messages_message_param_role import (
    MessagesMessageParamRole,
    check_messages_message_param_role,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import (
        AnthropicSearchResultBlockParam,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_advisor_tool_result_block import (
        MessagesAdvisorToolResultBlock,
    )
    from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock
    from ..models.messages_message_param_content_item_compaction import (
        MessagesMessageParamContentItemCompaction,
    )
    from ..models.messages_message_param_content_item_redacted_thinking import (
        MessagesMessageParamContentItemRedactedThinking,
    )
    from ..models.messages_message_param_content_item_server_tool_use import (
        MessagesMessageParamContentItemServerToolUse,
    )
    from ..models.messages_message_param_content_item_thinking import (
        MessagesMessageParamContentItemThinking,
    )
    from ..models.messages_message_param_content_item_tool_result import (
        MessagesMessageParamContentItemToolResult,
    )
    from ..models.messages_message_param_content_item_tool_use import (
        MessagesMessageParamContentItemToolUse,
    )
    from ..models.messages_message_param_content_item_web_search_tool_result import (
        MessagesMessageParamContentItemWebSearchToolResult,
    )
    from ..models.messages_shell_tool_result_block import MessagesShellToolResultBlock
    from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
    from ..models.messages_tool_removal_block import MessagesToolRemovalBlock

_LAZY_IMPORTS = (
    ("..models.anthropic_document_block_param", "AnthropicDocumentBlockParam"),
    ("..models.anthropic_image_block_param", "AnthropicImageBlockParam"),
    ("..models.anthropic_search_result_block_param", "AnthropicSearchResultBlockParam"),
    ("..models.anthropic_text_block_param", "AnthropicTextBlockParam"),
    ("..models.messages_advisor_tool_result_block", "MessagesAdvisorToolResultBlock"),
    ("..models.messages_bash_tool_result_block", "MessagesBashToolResultBlock"),
    (
        "..models.messages_message_param_content_item_compaction",
        "MessagesMessageParamContentItemCompaction",
    ),
    (
        "..models.messages_message_param_content_item_redacted_thinking",
        "MessagesMessageParamContentItemRedactedThinking",
    ),
    (
        "..models.messages_message_param_content_item_server_tool_use",
        "MessagesMessageParamContentItemServerToolUse",
    ),
    (
        "..models.messages_message_param_content_item_thinking",
        "MessagesMessageParamContentItemThinking",
    ),
    (
        "..models.messages_message_param_content_item_tool_result",
        "MessagesMessageParamContentItemToolResult",
    ),
    (
        "..models.messages_message_param_content_item_tool_use",
        "MessagesMessageParamContentItemToolUse",
    ),
    (
        "..models.messages_message_param_content_item_web_search_tool_result",
        "MessagesMessageParamContentItemWebSearchToolResult",
    ),
    ("..models.messages_shell_tool_result_block", "MessagesShellToolResultBlock"),
    ("..models.messages_tool_addition_block", "MessagesToolAdditionBlock"),
    ("..models.messages_tool_removal_block", "MessagesToolRemovalBlock"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesMessageParam")


@_attrs_define
class MessagesMessageParam(APIModel):
    """
    Attributes:
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam |
            AnthropicTextBlockParam | MessagesAdvisorToolResultBlock | MessagesBashToolResultBlock |
            MessagesMessageParamContentItemCompaction | MessagesMessageParamContentItemRedactedThinking |
            MessagesMessageParamContentItemServerToolUse | MessagesMessageParamContentItemThinking |
            MessagesMessageParamContentItemToolResult | MessagesMessageParamContentItemToolUse |
            MessagesMessageParamContentItemWebSearchToolResult | MessagesShellToolResultBlock | MessagesToolAdditionBlock |
            MessagesToolRemovalBlock] | str):
        role (MessagesMessageParamRole):
    """

    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesAdvisorToolResultBlock
            | MessagesBashToolResultBlock
            | MessagesMessageParamContentItemCompaction
            | MessagesMessageParamContentItemRedactedThinking
            | MessagesMessageParamContentItemServerToolUse
            | MessagesMessageParamContentItemThinking
            | MessagesMessageParamContentItemToolResult
            | MessagesMessageParamContentItemToolUse
            | MessagesMessageParamContentItemWebSearchToolResult
            | MessagesShellToolResultBlock
            | MessagesToolAdditionBlock
            | MessagesToolRemovalBlock
        ]
        | str
    )
    role: MessagesMessageParamRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicDocumentBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, MessagesMessageParamContentItemToolUse
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, MessagesMessageParamContentItemToolResult
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, MessagesMessageParamContentItemThinking
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data,
                    MessagesMessageParamContentItemRedactedThinking,
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data,
                    MessagesMessageParamContentItemServerToolUse,
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data,
                    MessagesMessageParamContentItemWebSearchToolResult,
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, AnthropicSearchResultBlockParam
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, MessagesMessageParamContentItemCompaction
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, MessagesAdvisorToolResultBlock
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, MessagesToolAdditionBlock):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, MessagesToolRemovalBlock):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, MessagesShellToolResultBlock):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            list[
                AnthropicDocumentBlockParam
                | AnthropicImageBlockParam
                | AnthropicSearchResultBlockParam
                | AnthropicTextBlockParam
                | MessagesAdvisorToolResultBlock
                | MessagesBashToolResultBlock
                | MessagesMessageParamContentItemCompaction
                | MessagesMessageParamContentItemRedactedThinking
                | MessagesMessageParamContentItemServerToolUse
                | MessagesMessageParamContentItemThinking
                | MessagesMessageParamContentItemToolResult
                | MessagesMessageParamContentItemToolUse
                | MessagesMessageParamContentItemWebSearchToolResult
                | MessagesShellToolResultBlock
                | MessagesToolAdditionBlock
                | MessagesToolRemovalBlock
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        AnthropicDocumentBlockParam
                        | AnthropicImageBlockParam
                        | AnthropicSearchResultBlockParam
                        | AnthropicTextBlockParam
                        | MessagesAdvisorToolResultBlock
                        | MessagesBashToolResultBlock
                        | MessagesMessageParamContentItemCompaction
                        | MessagesMessageParamContentItemRedactedThinking
                        | MessagesMessageParamContentItemServerToolUse
                        | MessagesMessageParamContentItemThinking
                        | MessagesMessageParamContentItemToolResult
                        | MessagesMessageParamContentItemToolUse
                        | MessagesMessageParamContentItemWebSearchToolResult
                        | MessagesShellToolResultBlock
                        | MessagesToolAdditionBlock
                        | MessagesToolRemovalBlock
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0 = (
                                AnthropicTextBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_1 = (
                                AnthropicImageBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_2 = (
                                AnthropicDocumentBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_3 = (
                                MessagesMessageParamContentItemToolUse.from_dict(data)
                            )

                            return content_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_4 = (
                                MessagesMessageParamContentItemToolResult.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_5 = (
                                MessagesMessageParamContentItemThinking.from_dict(data)
                            )

                            return content_type_1_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_6 = MessagesMessageParamContentItemRedactedThinking.from_dict(
                                data
                            )

                            return content_type_1_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_7 = (
                                MessagesMessageParamContentItemServerToolUse.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_8 = MessagesMessageParamContentItemWebSearchToolResult.from_dict(
                                data
                            )

                            return content_type_1_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_9 = (
                                AnthropicSearchResultBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_10 = (
                                MessagesMessageParamContentItemCompaction.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_11 = (
                                MessagesAdvisorToolResultBlock.from_dict(data)
                            )

                            return content_type_1_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_12 = (
                                MessagesToolAdditionBlock.from_dict(data)
                            )

                            return content_type_1_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_13 = (
                                MessagesToolRemovalBlock.from_dict(data)
                            )

                            return content_type_1_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_14 = (
                                MessagesShellToolResultBlock.from_dict(data)
                            )

                            return content_type_1_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_15 = (
                            MessagesBashToolResultBlock.from_dict(data)
                        )

                        return content_type_1_item_type_15

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AnthropicDocumentBlockParam
                    | AnthropicImageBlockParam
                    | AnthropicSearchResultBlockParam
                    | AnthropicTextBlockParam
                    | MessagesAdvisorToolResultBlock
                    | MessagesBashToolResultBlock
                    | MessagesMessageParamContentItemCompaction
                    | MessagesMessageParamContentItemRedactedThinking
                    | MessagesMessageParamContentItemServerToolUse
                    | MessagesMessageParamContentItemThinking
                    | MessagesMessageParamContentItemToolResult
                    | MessagesMessageParamContentItemToolUse
                    | MessagesMessageParamContentItemWebSearchToolResult
                    | MessagesShellToolResultBlock
                    | MessagesToolAdditionBlock
                    | MessagesToolRemovalBlock
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        role = check_messages_message_param_role(d.pop("role"))

        messages_message_param = cls(
            content=content,
            role=role,
        )

        messages_message_param.additional_properties = d
        return messages_message_param

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
