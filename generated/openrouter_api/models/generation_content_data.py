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

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.generation_content_data_input_variant_0 import (
        GenerationContentDataInputVariant0,
    )
    from ..models.generation_content_data_input_variant_1 import (
        GenerationContentDataInputVariant1,
    )
    from ..models.generation_content_data_output import GenerationContentDataOutput
    from ..models.generation_content_error import GenerationContentError

_LAZY_IMPORTS = (
    (
        "..models.generation_content_data_input_variant_0",
        "GenerationContentDataInputVariant0",
    ),
    (
        "..models.generation_content_data_input_variant_1",
        "GenerationContentDataInputVariant1",
    ),
    ("..models.generation_content_data_output", "GenerationContentDataOutput"),
    ("..models.generation_content_error", "GenerationContentError"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="GenerationContentData")


@_attrs_define
class GenerationContentData(APIModel):
    """
    Attributes:
        error (GenerationContentError | None):
        input (GenerationContentDataInputVariant0 | GenerationContentDataInputVariant1):
        output (GenerationContentDataOutput):
    """

    error: GenerationContentError | None
    input: GenerationContentDataInputVariant0 | GenerationContentDataInputVariant1
    output: GenerationContentDataOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        error: dict[str, Any] | None
        if isinstance(self.error, GenerationContentError):
            error = self.error.to_dict()
        else:
            error = self.error

        input: dict[str, Any]
        if isinstance(self.input, GenerationContentDataInputVariant0):
            input = self.input.to_dict()
        else:
            input = self.input.to_dict()

        output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "input": input,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_error(data: object) -> GenerationContentError | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = GenerationContentError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationContentError | None, data)

        error = _parse_error(d.pop("error"))

        def _parse_input(
            data: object,
        ) -> GenerationContentDataInputVariant0 | GenerationContentDataInputVariant1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = GenerationContentDataInputVariant0.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_type_1 = GenerationContentDataInputVariant1.from_dict(data)

            return input_type_1

        input = _parse_input(d.pop("input"))

        output = GenerationContentDataOutput.from_dict(d.pop("output"))

        generation_content_data = cls(
            error=error,
            input=input,
            output=output,
        )

        generation_content_data.additional_properties = d
        return generation_content_data

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
