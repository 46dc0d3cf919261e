from typing import Literal

NamespaceFunctionToolType = Literal["function"]

NAMESPACE_FUNCTION_TOOL_TYPE_VALUES: set[NamespaceFunctionToolType] = {
    "function",
}


def check_namespace_function_tool_type(value: str) -> NamespaceFunctionToolType:
    if value in NAMESPACE_FUNCTION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NAMESPACE_FUNCTION_TOOL_TYPE_VALUES!r}"
    )
