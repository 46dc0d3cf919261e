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
    from ..models.anthropic_advisor_message_usage_iteration import (
        AnthropicAdvisorMessageUsageIteration,
    )
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_compaction_usage_iteration import (
        AnthropicCompactionUsageIteration,
    )
    from ..models.anthropic_message_usage_iteration import (
        AnthropicMessageUsageIteration,
    )
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_unknown_usage_iteration import (
        AnthropicUnknownUsageIteration,
    )
    from ..models.messages_delta_event_usage_server_tool_use_type_0 import (
        MessagesDeltaEventUsageServerToolUseType0,
    )

_LAZY_IMPORTS = (
    (
        "..models.anthropic_advisor_message_usage_iteration",
        "AnthropicAdvisorMessageUsageIteration",
    ),
    ("..models.anthropic_cache_creation", "AnthropicCacheCreation"),
    (
        "..models.anthropic_compaction_usage_iteration",
        "AnthropicCompactionUsageIteration",
    ),
    ("..models.anthropic_message_usage_iteration", "AnthropicMessageUsageIteration"),
    ("..models.anthropic_output_tokens_details", "AnthropicOutputTokensDetails"),
    ("..models.anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"),
    (
        "..models.messages_delta_event_usage_server_tool_use_type_0",
        "MessagesDeltaEventUsageServerToolUseType0",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesDeltaEventUsage")


@_attrs_define
class MessagesDeltaEventUsage(APIModel):
    """
    Attributes:
        cache_creation_input_tokens (int | None):
        cache_read_input_tokens (int | None):
        input_tokens (int | None):
        output_tokens (int):
        output_tokens_details (AnthropicOutputTokensDetails | None):
        server_tool_use (MessagesDeltaEventUsageServerToolUseType0 | None):
        cache_creation (AnthropicCacheCreation | None | Unset):
        iterations (list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration |
            AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | Unset):
    """

    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    input_tokens: int | None
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: MessagesDeltaEventUsageServerToolUseType0 | None
    cache_creation: AnthropicCacheCreation | None | Unset = UNSET
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        cache_creation_input_tokens: int | None
        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens: int | None
        cache_read_input_tokens = self.cache_read_input_tokens

        input_tokens: int | None
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        output_tokens_details: dict[str, Any] | None
        if isinstance(self.output_tokens_details, AnthropicOutputTokensDetails):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        server_tool_use: dict[str, Any] | None
        if isinstance(self.server_tool_use, MessagesDeltaEventUsageServerToolUseType0):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        cache_creation: dict[str, Any] | None | Unset
        if isinstance(self.cache_creation, Unset):
            cache_creation = UNSET
        elif isinstance(self.cache_creation, AnthropicCacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

        iterations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.iterations, Unset):
            iterations = []
            for iterations_item_data in self.iterations:
                iterations_item: dict[str, Any]
                if isinstance(iterations_item_data, AnthropicCompactionUsageIteration):
                    iterations_item = iterations_item_data.to_dict()
                elif isinstance(iterations_item_data, AnthropicMessageUsageIteration):
                    iterations_item = iterations_item_data.to_dict()
                elif isinstance(
                    iterations_item_data, AnthropicAdvisorMessageUsageIteration
                ):
                    iterations_item = iterations_item_data.to_dict()
                else:
                    iterations_item = iterations_item_data.to_dict()

                iterations.append(iterations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_creation_input_tokens": cache_creation_input_tokens,
                "cache_read_input_tokens": cache_read_input_tokens,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "output_tokens_details": output_tokens_details,
                "server_tool_use": server_tool_use,
            }
        )
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if iterations is not UNSET:
            field_dict["iterations"] = iterations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        cache_creation_input_tokens: int | None = d.pop("cache_creation_input_tokens")

        cache_read_input_tokens: int | None = d.pop("cache_read_input_tokens")

        input_tokens: int | None = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        def _parse_output_tokens_details(
            data: object,
        ) -> AnthropicOutputTokensDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_tokens_details_type_0 = AnthropicOutputTokensDetails.from_dict(
                    data
                )

                return output_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicOutputTokensDetails | None, data)

        output_tokens_details = _parse_output_tokens_details(
            d.pop("output_tokens_details")
        )

        def _parse_server_tool_use(
            data: object,
        ) -> MessagesDeltaEventUsageServerToolUseType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_tool_use_type_0 = (
                    MessagesDeltaEventUsageServerToolUseType0.from_dict(data)
                )

                return server_tool_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesDeltaEventUsageServerToolUseType0 | None, data)

        server_tool_use = _parse_server_tool_use(d.pop("server_tool_use"))

        def _parse_cache_creation(
            data: object,
        ) -> AnthropicCacheCreation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cache_creation_type_0 = AnthropicCacheCreation.from_dict(data)

                return cache_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicCacheCreation | None | Unset, data)

        cache_creation = _parse_cache_creation(d.pop("cache_creation", UNSET))

        _iterations = d.pop("iterations", UNSET)
        iterations: (
            list[
                AnthropicAdvisorMessageUsageIteration
                | AnthropicCompactionUsageIteration
                | AnthropicMessageUsageIteration
                | AnthropicUnknownUsageIteration
            ]
            | Unset
        ) = UNSET
        if _iterations is not UNSET:
            iterations = []
            for iterations_item_data in _iterations:

                def _parse_iterations_item(
                    data: object,
                ) -> (
                    AnthropicAdvisorMessageUsageIteration
                    | AnthropicCompactionUsageIteration
                    | AnthropicMessageUsageIteration
                    | AnthropicUnknownUsageIteration
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_usage_iteration_type_0 = (
                            AnthropicCompactionUsageIteration.from_dict(data)
                        )

                        return componentsschemas_anthropic_usage_iteration_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_usage_iteration_type_1 = (
                            AnthropicMessageUsageIteration.from_dict(data)
                        )

                        return componentsschemas_anthropic_usage_iteration_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_anthropic_usage_iteration_type_2 = (
                            AnthropicAdvisorMessageUsageIteration.from_dict(data)
                        )

                        return componentsschemas_anthropic_usage_iteration_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_anthropic_usage_iteration_type_3 = (
                        AnthropicUnknownUsageIteration.from_dict(data)
                    )

                    return componentsschemas_anthropic_usage_iteration_type_3

                iterations_item = _parse_iterations_item(iterations_item_data)

                iterations.append(iterations_item)

        messages_delta_event_usage = cls(
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
            cache_creation=cache_creation,
            iterations=iterations,
        )

        messages_delta_event_usage.additional_properties = d
        return messages_delta_event_usage

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
