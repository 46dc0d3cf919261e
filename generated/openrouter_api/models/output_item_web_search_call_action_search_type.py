from typing import Literal

OutputItemWebSearchCallActionSearchType = Literal["search"]

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_SEARCH_TYPE_VALUES: set[
    OutputItemWebSearchCallActionSearchType
] = {
    "search",
}


def check_output_item_web_search_call_action_search_type(
    value: str,
) -> OutputItemWebSearchCallActionSearchType:
    if value in OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_SEARCH_TYPE_VALUES!r}"
    )
