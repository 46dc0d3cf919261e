from typing import Literal

OutputItemWebSearchCallActionFindInPageType = Literal["find_in_page"]

OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_FIND_IN_PAGE_TYPE_VALUES: set[
    OutputItemWebSearchCallActionFindInPageType
] = {
    "find_in_page",
}


def check_output_item_web_search_call_action_find_in_page_type(
    value: str,
) -> OutputItemWebSearchCallActionFindInPageType:
    if value in OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_FIND_IN_PAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_WEB_SEARCH_CALL_ACTION_FIND_IN_PAGE_TYPE_VALUES!r}"
    )
