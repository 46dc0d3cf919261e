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

from ..models.create_embeddings_request_encoding_format import (
    CreateEmbeddingsRequestEncodingFormat,
    check_create_embeddings_request_encoding_format,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.create_embeddings_request_input_type_4_item import (
        CreateEmbeddingsRequestInputType4Item,
    )
    from ..models.provider_preferences import ProviderPreferences

_LAZY_IMPORTS = (
    (
        "..models.create_embeddings_request_input_type_4_item",
        "CreateEmbeddingsRequestInputType4Item",
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


T = TypeVar("T", bound="CreateEmbeddingsRequest")


@_attrs_define
class CreateEmbeddingsRequest(APIModel):
    """
    Attributes:
        input (list[CreateEmbeddingsRequestInputType4Item] | list[float] | list[list[float]] | list[str] | str):
        model (str):
        dimensions (int | Unset):
        encoding_format (CreateEmbeddingsRequestEncodingFormat | Unset):
        input_type (str | Unset):
        provider (None | ProviderPreferences | Unset):
        user (str | Unset):
    """

    input: (
        list[CreateEmbeddingsRequestInputType4Item]
        | list[float]
        | list[list[float]]
        | list[str]
        | str
    )
    model: str
    dimensions: int | Unset = UNSET
    encoding_format: CreateEmbeddingsRequestEncodingFormat | Unset = UNSET
    input_type: str | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input: list[dict[str, Any]] | list[float] | list[list[float]] | list[str] | str
        if isinstance(self.input, list):
            input = self.input

        elif isinstance(self.input, list):
            input = self.input

        elif isinstance(self.input, list):
            input = []
            for input_type_3_item_data in self.input:
                input_type_3_item = input_type_3_item_data

                input.append(input_type_3_item)

        elif isinstance(self.input, list):
            input = []
            for input_type_4_item_data in self.input:
                input_type_4_item = input_type_4_item_data.to_dict()
                input.append(input_type_4_item)

        else:
            input = self.input

        model = self.model

        dimensions = self.dimensions

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format

        input_type = self.input_type

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input,
                "model": model,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_input(
            data: object,
        ) -> (
            list[CreateEmbeddingsRequestInputType4Item]
            | list[float]
            | list[list[float]]
            | list[str]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_2 = cast(list[float], data)

                return input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_3 = []
                _input_type_3 = data
                for input_type_3_item_data in _input_type_3:
                    input_type_3_item = cast(list[float], input_type_3_item_data)

                    input_type_3.append(input_type_3_item)

                return input_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_4 = []
                _input_type_4 = data
                for input_type_4_item_data in _input_type_4:
                    input_type_4_item = CreateEmbeddingsRequestInputType4Item.from_dict(
                        input_type_4_item_data
                    )

                    input_type_4.append(input_type_4_item)

                return input_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CreateEmbeddingsRequestInputType4Item]
                | list[float]
                | list[list[float]]
                | list[str]
                | str,
                data,
            )

        input = _parse_input(d.pop("input"))

        model = d.pop("model")

        dimensions = d.pop("dimensions", UNSET)

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: CreateEmbeddingsRequestEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = check_create_embeddings_request_encoding_format(
                _encoding_format
            )

        input_type = d.pop("input_type", UNSET)

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

        user = d.pop("user", UNSET)

        create_embeddings_request = cls(
            input=input,
            model=model,
            dimensions=dimensions,
            encoding_format=encoding_format,
            input_type=input_type,
            provider=provider,
            user=user,
        )

        create_embeddings_request.additional_properties = d
        return create_embeddings_request

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
