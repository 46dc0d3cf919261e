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

from ..models.embeddings_request_encoding_format import (
    EmbeddingsRequestEncodingFormat,
    check_embeddings_request_encoding_format,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.embeddings_multimodal_input import EmbeddingsMultimodalInput
    from ..models.provider_preferences import ProviderPreferences

_LAZY_IMPORTS = (
    ("..models.embeddings_multimodal_input", "EmbeddingsMultimodalInput"),
    ("..models.provider_preferences", "ProviderPreferences"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="EmbeddingsRequest")


@_attrs_define
class EmbeddingsRequest(APIModel):
    """
    Attributes:
        model (str):
        input (list[EmbeddingsMultimodalInput] | list[float] | list[list[float]] | list[str] | str):
        encoding_format (EmbeddingsRequestEncodingFormat | Unset):
        dimensions (int | Unset):
        input_type (str | Unset): e.g. search_query or search_document.
        user (str | Unset):
        provider (ProviderPreferences | Unset): Provider routing preferences.
    """

    model: str
    input: (
        list[EmbeddingsMultimodalInput]
        | list[float]
        | list[list[float]]
        | list[str]
        | str
    )
    encoding_format: EmbeddingsRequestEncodingFormat | Unset = UNSET
    dimensions: int | Unset = UNSET
    input_type: str | Unset = UNSET
    user: str | Unset = UNSET
    provider: ProviderPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        model = self.model

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

        encoding_format: str | Unset = UNSET
        if not isinstance(self.encoding_format, Unset):
            encoding_format = self.encoding_format

        dimensions = self.dimensions

        input_type = self.input_type

        user = self.user

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input,
            }
        )
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if user is not UNSET:
            field_dict["user"] = user
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input(
            data: object,
        ) -> (
            list[EmbeddingsMultimodalInput]
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
                    input_type_4_item = EmbeddingsMultimodalInput.from_dict(
                        input_type_4_item_data
                    )

                    input_type_4.append(input_type_4_item)

                return input_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[EmbeddingsMultimodalInput]
                | list[float]
                | list[list[float]]
                | list[str]
                | str,
                data,
            )

        input = _parse_input(d.pop("input"))

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: EmbeddingsRequestEncodingFormat | Unset
        if isinstance(_encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = check_embeddings_request_encoding_format(_encoding_format)

        dimensions = d.pop("dimensions", UNSET)

        input_type = d.pop("input_type", UNSET)

        user = d.pop("user", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: ProviderPreferences | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ProviderPreferences.from_dict(_provider)

        embeddings_request = cls(
            model=model,
            input=input,
            encoding_format=encoding_format,
            dimensions=dimensions,
            input_type=input_type,
            user=user,
            provider=provider,
        )

        embeddings_request.additional_properties = d
        return embeddings_request

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
