from typing import Literal

MessagesRequestToolsItemAdvisor20260301Type = Literal["advisor_20260301"]

MESSAGES_REQUEST_TOOLS_ITEM_ADVISOR_20260301_TYPE_VALUES: set[
    MessagesRequestToolsItemAdvisor20260301Type
] = {
    "advisor_20260301",
}


def check_messages_request_tools_item_advisor_20260301_type(
    value: str,
) -> MessagesRequestToolsItemAdvisor20260301Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_ADVISOR_20260301_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_ADVISOR_20260301_TYPE_VALUES!r}"
    )
