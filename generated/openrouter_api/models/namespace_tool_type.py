from typing import Literal

NamespaceToolType = Literal["namespace"]

NAMESPACE_TOOL_TYPE_VALUES: set[NamespaceToolType] = {
    "namespace",
}


def check_namespace_tool_type(value: str) -> NamespaceToolType:
    if value in NAMESPACE_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NAMESPACE_TOOL_TYPE_VALUES!r}"
    )
