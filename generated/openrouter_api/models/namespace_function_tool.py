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

from ..models.namespace_function_tool_type import (
    NamespaceFunctionToolType,
    check_namespace_function_tool_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.namespace_function_tool_output_schema_type_0 import (
        NamespaceFunctionToolOutputSchemaType0,
    )
    from ..models.namespace_function_tool_parameters_type_0 import (
        NamespaceFunctionToolParametersType0,
    )

_LAZY_IMPORTS = (
    (
        "..models.namespace_function_tool_output_schema_type_0",
        "NamespaceFunctionToolOutputSchemaType0",
    ),
    (
        "..models.namespace_function_tool_parameters_type_0",
        "NamespaceFunctionToolParametersType0",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="NamespaceFunctionTool")


@_attrs_define
class NamespaceFunctionTool(APIModel):
    """
    Attributes:
        name (str):
        type (NamespaceFunctionToolType):
        allowed_callers (list[str] | None | Unset):
        defer_loading (bool | Unset):
        description (None | str | Unset):
        output_schema (NamespaceFunctionToolOutputSchemaType0 | None | Unset):
        parameters (NamespaceFunctionToolParametersType0 | None | Unset):
        strict (bool | None | Unset):
    """

    name: str
    type: NamespaceFunctionToolType
    allowed_callers: list[str] | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    output_schema: NamespaceFunctionToolOutputSchemaType0 | None | Unset = UNSET
    parameters: NamespaceFunctionToolParametersType0 | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        type: str = self.type

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = self.allowed_callers

        else:
            allowed_callers = self.allowed_callers

        defer_loading = self.defer_loading

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, NamespaceFunctionToolOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, NamespaceFunctionToolParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        type = check_namespace_function_tool_type(d.pop("type"))

        def _parse_allowed_callers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = cast(list[str], data)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        defer_loading = d.pop("defer_loading", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        def _parse_output_schema(
            data: object,
        ) -> NamespaceFunctionToolOutputSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = NamespaceFunctionToolOutputSchemaType0.from_dict(
                    data
                )

                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamespaceFunctionToolOutputSchemaType0 | None | Unset, data)

        output_schema = _parse_output_schema(d.pop("output_schema", UNSET))

        def _parse_parameters(
            data: object,
        ) -> NamespaceFunctionToolParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = NamespaceFunctionToolParametersType0.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamespaceFunctionToolParametersType0 | None | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        strict: bool | None | Unset = d.pop("strict", UNSET)

        namespace_function_tool = cls(
            name=name,
            type=type,
            allowed_callers=allowed_callers,
            defer_loading=defer_loading,
            description=description,
            output_schema=output_schema,
            parameters=parameters,
            strict=strict,
        )

        namespace_function_tool.additional_properties = d
        return namespace_function_tool

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
