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
    from ..models.create_rerank_response_results_item import (
        CreateRerankResponseResultsItem,
    )
    from ..models.create_rerank_response_usage import CreateRerankResponseUsage

_LAZY_IMPORTS = (
    ("..models.create_rerank_response_results_item", "CreateRerankResponseResultsItem"),
    ("..models.create_rerank_response_usage", "CreateRerankResponseUsage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CreateRerankResponse")


@_attrs_define
class CreateRerankResponse(APIModel):
    """
    Attributes:
        model (str):
        results (list[CreateRerankResponseResultsItem]):
        id (str | Unset):
        provider (str | Unset):
        usage (CreateRerankResponseUsage | Unset):
    """

    model: str
    results: list[CreateRerankResponseResultsItem]
    id: str | Unset = UNSET
    provider: str | Unset = UNSET
    usage: CreateRerankResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        model = self.model

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        id = self.id

        provider = self.provider

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "results": results,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        model = d.pop("model")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CreateRerankResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        id = d.pop("id", UNSET)

        provider = d.pop("provider", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: CreateRerankResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CreateRerankResponseUsage.from_dict(_usage)

        create_rerank_response = cls(
            model=model,
            results=results,
            id=id,
            provider=provider,
            usage=usage,
        )

        create_rerank_response.additional_properties = d
        return create_rerank_response

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
