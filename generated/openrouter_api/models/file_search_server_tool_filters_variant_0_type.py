from typing import Literal

FileSearchServerToolFiltersVariant0Type = Literal["eq", "gt", "gte", "lt", "lte", "ne"]

FILE_SEARCH_SERVER_TOOL_FILTERS_VARIANT_0_TYPE_VALUES: set[
    FileSearchServerToolFiltersVariant0Type
] = {
    "eq",
    "gt",
    "gte",
    "lt",
    "lte",
    "ne",
}


def check_file_search_server_tool_filters_variant_0_type(
    value: str,
) -> FileSearchServerToolFiltersVariant0Type:
    if value in FILE_SEARCH_SERVER_TOOL_FILTERS_VARIANT_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_SERVER_TOOL_FILTERS_VARIANT_0_TYPE_VALUES!r}"
    )
