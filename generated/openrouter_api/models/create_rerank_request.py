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
    from ..models.create_rerank_request_documents_item_variant_1 import (
        CreateRerankRequestDocumentsItemVariant1,
    )
    from ..models.provider_preferences import ProviderPreferences

_LAZY_IMPORTS = (
    (
        "..models.create_rerank_request_documents_item_variant_1",
        "CreateRerankRequestDocumentsItemVariant1",
    ),
    ("..models.provider_preferences", "ProviderPreferences"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CreateRerankRequest")


@_attrs_define
class CreateRerankRequest(APIModel):
    """
    Attributes:
        documents (list[CreateRerankRequestDocumentsItemVariant1 | str]):
        model (str):
        query (str):
        provider (None | ProviderPreferences | Unset):
        top_n (int | Unset):
    """

    documents: list[CreateRerankRequestDocumentsItemVariant1 | str]
    model: str
    query: str
    provider: None | ProviderPreferences | Unset = UNSET
    top_n: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        documents = []
        for documents_item_data in self.documents:
            documents_item: dict[str, Any] | str
            if isinstance(
                documents_item_data, CreateRerankRequestDocumentsItemVariant1
            ):
                documents_item = documents_item_data.to_dict()
            else:
                documents_item = documents_item_data
            documents.append(documents_item)

        model = self.model

        query = self.query

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        top_n = self.top_n

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
                "model": model,
                "query": query,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if top_n is not UNSET:
            field_dict["top_n"] = top_n

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:

            def _parse_documents_item(
                data: object,
            ) -> CreateRerankRequestDocumentsItemVariant1 | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    documents_item_type_1 = (
                        CreateRerankRequestDocumentsItemVariant1.from_dict(data)
                    )

                    return documents_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateRerankRequestDocumentsItemVariant1 | str, data)

            documents_item = _parse_documents_item(documents_item_data)

            documents.append(documents_item)

        model = d.pop("model")

        query = d.pop("query")

        def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ProviderPreferences.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderPreferences | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        top_n = d.pop("top_n", UNSET)

        create_rerank_request = cls(
            documents=documents,
            model=model,
            query=query,
            provider=provider,
            top_n=top_n,
        )

        create_rerank_request.additional_properties = d
        return create_rerank_request

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
