from typing import Literal

OutputItemWebSearchCallActionOpenPageType = Literal["open_page"]

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_OPEN_PAGE_TYPE_VALUES: set[
    OutputItemWebSearchCallActionOpenPageType
] = {
    "open_page",
}


def check_output_item_web_search_call_action_open_page_type(
    value: str,
) -> OutputItemWebSearchCallActionOpenPageType:
    if value in OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_OPEN_PAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_OPEN_PAGE_TYPE_VALUES!r}"
    )
