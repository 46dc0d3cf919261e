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
    from ..models.anthropic_unknown_usage_iteration import (
        AnthropicUnknownUsageIteration,
    )
    from ..models.cost_details import CostDetails
    from ..models.image_generation_usage_completion_tokens_details_type_0 import (
        ImageGenerationUsageCompletionTokensDetailsType0,
    )
    from ..models.image_generation_usage_prompt_tokens_details_type_0 import (
        ImageGenerationUsagePromptTokensDetailsType0,
    )
    from ..models.image_generation_usage_server_tool_use_type_0 import (
        ImageGenerationUsageServerToolUseType0,
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
    ("..models.anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"),
    ("..models.cost_details", "CostDetails"),
    (
        "..models.image_generation_usage_completion_tokens_details_type_0",
        "ImageGenerationUsageCompletionTokensDetailsType0",
    ),
    (
        "..models.image_generation_usage_prompt_tokens_details_type_0",
        "ImageGenerationUsagePromptTokensDetailsType0",
    ),
    (
        "..models.image_generation_usage_server_tool_use_type_0",
        "ImageGenerationUsageServerToolUseType0",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenerationUsage")


@_attrs_define
class ImageGenerationUsage(APIModel):
    """
    Attributes:
        completion_tokens (int):
        prompt_tokens (int):
        total_tokens (int):
        cache_creation (AnthropicCacheCreation | None | Unset):
        completion_tokens_details (ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset):
        cost (float | None | Unset):
        cost_details (CostDetails | None | Unset):
        is_byok (bool | Unset):
        iterations (list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration |
            AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | None | Unset):
        prompt_tokens_details (ImageGenerationUsagePromptTokensDetailsType0 | None | Unset):
        server_tool_use (ImageGenerationUsageServerToolUseType0 | None | Unset):
        service_tier (None | str | Unset):
        speed (None | str | Unset):
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    cache_creation: AnthropicCacheCreation | None | Unset = UNSET
    completion_tokens_details: (
        ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset
    ) = UNSET
    cost: float | None | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | None
        | Unset
    ) = UNSET
    prompt_tokens_details: (
        ImageGenerationUsagePromptTokensDetailsType0 | None | Unset
    ) = UNSET
    server_tool_use: ImageGenerationUsageServerToolUseType0 | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    speed: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        cache_creation: dict[str, Any] | None | Unset
        if isinstance(self.cache_creation, Unset):
            cache_creation = UNSET
        elif isinstance(self.cache_creation, AnthropicCacheCreation):
            cache_creation = self.cache_creation.to_dict()
        else:
            cache_creation = self.cache_creation

        completion_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        elif isinstance(
            self.completion_tokens_details,
            ImageGenerationUsageCompletionTokensDetailsType0,
        ):
            completion_tokens_details = self.completion_tokens_details.to_dict()
        else:
            completion_tokens_details = self.completion_tokens_details

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        cost_details: dict[str, Any] | None | Unset
        if isinstance(self.cost_details, Unset):
            cost_details = UNSET
        elif isinstance(self.cost_details, CostDetails):
            cost_details = self.cost_details.to_dict()
        else:
            cost_details = self.cost_details

        is_byok = self.is_byok

        iterations: list[dict[str, Any]] | None | Unset
        if isinstance(self.iterations, Unset):
            iterations = UNSET
        elif isinstance(self.iterations, list):
            iterations = []
            for iterations_type_0_item_data in self.iterations:
                iterations_type_0_item: dict[str, Any]
                if isinstance(
                    iterations_type_0_item_data, AnthropicCompactionUsageIteration
                ):
                    iterations_type_0_item = iterations_type_0_item_data.to_dict()
                elif isinstance(
                    iterations_type_0_item_data, AnthropicMessageUsageIteration
                ):
                    iterations_type_0_item = iterations_type_0_item_data.to_dict()
                elif isinstance(
                    iterations_type_0_item_data, AnthropicAdvisorMessageUsageIteration
                ):
                    iterations_type_0_item = iterations_type_0_item_data.to_dict()
                else:
                    iterations_type_0_item = iterations_type_0_item_data.to_dict()

                iterations.append(iterations_type_0_item)

        else:
            iterations = self.iterations

        prompt_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        elif isinstance(
            self.prompt_tokens_details, ImageGenerationUsagePromptTokensDetailsType0
        ):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
        else:
            prompt_tokens_details = self.prompt_tokens_details

        server_tool_use: dict[str, Any] | None | Unset
        if isinstance(self.server_tool_use, Unset):
            server_tool_use = UNSET
        elif isinstance(self.server_tool_use, ImageGenerationUsageServerToolUseType0):
            server_tool_use = self.server_tool_use.to_dict()
        else:
            server_tool_use = self.server_tool_use

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        speed: None | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            }
        )
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens")

        prompt_tokens = d.pop("prompt_tokens")

        total_tokens = d.pop("total_tokens")

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

        def _parse_completion_tokens_details(
            data: object,
        ) -> ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_tokens_details_type_0 = (
                    ImageGenerationUsageCompletionTokensDetailsType0.from_dict(data)
                )

                return completion_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset, data
            )

        completion_tokens_details = _parse_completion_tokens_details(
            d.pop("completion_tokens_details", UNSET)
        )

        cost: float | None | Unset = d.pop("cost", UNSET)

        def _parse_cost_details(data: object) -> CostDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_details_type_0 = CostDetails.from_dict(data)

                return cost_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CostDetails | None | Unset, data)

        cost_details = _parse_cost_details(d.pop("cost_details", UNSET))

        is_byok = d.pop("is_byok", UNSET)

        def _parse_iterations(
            data: object,
        ) -> (
            list[
                AnthropicAdvisorMessageUsageIteration
                | AnthropicCompactionUsageIteration
                | AnthropicMessageUsageIteration
                | AnthropicUnknownUsageIteration
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                iterations_type_0 = []
                _iterations_type_0 = data
                for iterations_type_0_item_data in _iterations_type_0:

                    def _parse_iterations_type_0_item(
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

                    iterations_type_0_item = _parse_iterations_type_0_item(
                        iterations_type_0_item_data
                    )

                    iterations_type_0.append(iterations_type_0_item)

                return iterations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AnthropicAdvisorMessageUsageIteration
                    | AnthropicCompactionUsageIteration
                    | AnthropicMessageUsageIteration
                    | AnthropicUnknownUsageIteration
                ]
                | None
                | Unset,
                data,
            )

        iterations = _parse_iterations(d.pop("iterations", UNSET))

        def _parse_prompt_tokens_details(
            data: object,
        ) -> ImageGenerationUsagePromptTokensDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_tokens_details_type_0 = (
                    ImageGenerationUsagePromptTokensDetailsType0.from_dict(data)
                )

                return prompt_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ImageGenerationUsagePromptTokensDetailsType0 | None | Unset, data
            )

        prompt_tokens_details = _parse_prompt_tokens_details(
            d.pop("prompt_tokens_details", UNSET)
        )

        def _parse_server_tool_use(
            data: object,
        ) -> ImageGenerationUsageServerToolUseType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_tool_use_type_0 = (
                    ImageGenerationUsageServerToolUseType0.from_dict(data)
                )

                return server_tool_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationUsageServerToolUseType0 | None | Unset, data)

        server_tool_use = _parse_server_tool_use(d.pop("server_tool_use", UNSET))

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        speed: None | str | Unset = d.pop("speed", UNSET)

        image_generation_usage = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            cache_creation=cache_creation,
            completion_tokens_details=completion_tokens_details,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            iterations=iterations,
            prompt_tokens_details=prompt_tokens_details,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
            speed=speed,
        )

        image_generation_usage.additional_properties = d
        return image_generation_usage

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
