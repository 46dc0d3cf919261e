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

from ..models.function_tool_type import FunctionToolType, check_function_tool_type
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0

_LAZY_IMPORTS = (
    ("..models.function_tool_parameters_type_0", "FunctionToolParametersType0"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="BaseResponsesResultToolsItemFunction")


@_attrs_define
class BaseResponsesResultToolsItemFunction(APIModel):
    """
    Attributes:
        name (str):
        parameters (FunctionToolParametersType0 | None):
        type (FunctionToolType):
        description (None | str | Unset):
        strict (bool | None | Unset):
        defer_loading (bool | Unset):
    """

    name: str
    parameters: FunctionToolParametersType0 | None
    type: FunctionToolType
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        parameters: dict[str, Any] | None
        if isinstance(self.parameters, FunctionToolParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        type: str = self.type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parameters": parameters,
                "type": type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_parameters(data: object) -> FunctionToolParametersType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = FunctionToolParametersType0.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionToolParametersType0 | None, data)

        parameters = _parse_parameters(d.pop("parameters"))

        type = check_function_tool_type(d.pop("type"))

        description: None | str | Unset = d.pop("description", UNSET)

        strict: bool | None | Unset = d.pop("strict", UNSET)

        defer_loading = d.pop("defer_loading", UNSET)

        base_responses_result_tools_item_function = cls(
            name=name,
            parameters=parameters,
            type=type,
            description=description,
            strict=strict,
            defer_loading=defer_loading,
        )

        base_responses_result_tools_item_function.additional_properties = d
        return base_responses_result_tools_item_function

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
