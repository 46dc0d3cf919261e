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
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from ..models.anthropic_unknown_usage_iteration import (
        AnthropicUnknownUsageIteration,
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
    ("..models.anthropic_server_tool_usage", "AnthropicServerToolUsage"),
    ("..models.anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesStartEventMessageUsage")


@_attrs_define
class MessagesStartEventMessageUsage(APIModel):
    """
    Attributes:
        cache_creation (AnthropicCacheCreation | None):
        cache_creation_input_tokens (int | None):
        cache_read_input_tokens (int | None):
        inference_geo (None | str):
        input_tokens (int):
        output_tokens (int):
        output_tokens_details (AnthropicOutputTokensDetails | None):
        server_tool_use (AnthropicServerToolUsage | None):
        service_tier (None | str):
        iterations (list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration |
            AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | Unset):
        speed (None | str | Unset):
    """

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: None | str
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: None | str
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | Unset
    ) = UNSET
    speed: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        cache_creation: dict[str, Any] | None
        if isinstance(self.cache_creation, AnthropicCacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

        cache_creation_input_tokens: int | None
        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens: int | None
        cache_read_input_tokens = self.cache_read_input_tokens

        inference_geo: None | str
        inference_geo = self.inference_geo

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        output_tokens_details: dict[str, Any] | None
        if isinstance(self.output_tokens_details, AnthropicOutputTokensDetails):
            output_tokens_details = self.output_tokens_details.to_dict()
        else:
            output_tokens_details = self.output_tokens_details

        server_tool_use: dict[str, Any] | None
        if isinstance(self.server_tool_use, AnthropicServerToolUsage):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        service_tier: None | str
        service_tier = self.service_tier

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

        speed: None | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_creation": cache_creation,
                "cache_creation_input_tokens": cache_creation_input_tokens,
                "cache_read_input_tokens": cache_read_input_tokens,
                "inference_geo": inference_geo,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "output_tokens_details": output_tokens_details,
                "server_tool_use": server_tool_use,
                "service_tier": service_tier,
            }
        )
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_cache_creation(data: object) -> AnthropicCacheCreation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cache_creation_type_0 = AnthropicCacheCreation.from_dict(data)

                return cache_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicCacheCreation | None, data)

        cache_creation = _parse_cache_creation(d.pop("cache_creation"))

        cache_creation_input_tokens: int | None = d.pop("cache_creation_input_tokens")

        cache_read_input_tokens: int | None = d.pop("cache_read_input_tokens")

        inference_geo: None | str = d.pop("inference_geo")

        input_tokens = d.pop("input_tokens")

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

        def _parse_server_tool_use(data: object) -> AnthropicServerToolUsage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_tool_use_type_0 = AnthropicServerToolUsage.from_dict(data)

                return server_tool_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicServerToolUsage | None, data)

        server_tool_use = _parse_server_tool_use(d.pop("server_tool_use"))

        service_tier: None | str = d.pop("service_tier")

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

        speed: None | str | Unset = d.pop("speed", UNSET)

        messages_start_event_message_usage = cls(
            cache_creation=cache_creation,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            inference_geo=inference_geo,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
            iterations=iterations,
            speed=speed,
        )

        messages_start_event_message_usage.additional_properties = d
        return messages_start_event_message_usage

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
