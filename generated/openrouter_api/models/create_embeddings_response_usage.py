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
    from ..models.cost_details import CostDetails
    from ..models.create_embeddings_response_usage_prompt_tokens_details import (
        CreateEmbeddingsResponseUsagePromptTokensDetails,
    )

_LAZY_IMPORTS = (
    ("..models.cost_details", "CostDetails"),
    (
        "..models.create_embeddings_response_usage_prompt_tokens_details",
        "CreateEmbeddingsResponseUsagePromptTokensDetails",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CreateEmbeddingsResponseUsage")


@_attrs_define
class CreateEmbeddingsResponseUsage(APIModel):
    """
    Attributes:
        prompt_tokens (int):
        total_tokens (int):
        cost (float | Unset):
        cost_details (CostDetails | None | Unset):
        is_byok (bool | Unset):
        prompt_tokens_details (CreateEmbeddingsResponseUsagePromptTokensDetails | Unset):
    """

    prompt_tokens: int
    total_tokens: int
    cost: float | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: CreateEmbeddingsResponseUsagePromptTokensDetails | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        cost = self.cost

        cost_details: dict[str, Any] | None | Unset
        if isinstance(self.cost_details, Unset):
            cost_details = UNSET
        elif isinstance(self.cost_details, CostDetails):
            cost_details = self.cost_details.to_dict()
        else:
            cost_details = self.cost_details

        is_byok = self.is_byok

        prompt_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens")

        total_tokens = d.pop("total_tokens")

        cost = d.pop("cost", UNSET)

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

        _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: CreateEmbeddingsResponseUsagePromptTokensDetails | Unset
        if isinstance(_prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        else:
            prompt_tokens_details = (
                CreateEmbeddingsResponseUsagePromptTokensDetails.from_dict(
                    _prompt_tokens_details
                )
            )

        create_embeddings_response_usage = cls(
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            prompt_tokens_details=prompt_tokens_details,
        )

        create_embeddings_response_usage.additional_properties = d
        return create_embeddings_response_usage

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
