from typing import Literal

MessagesRequestToolsItemAdvisor20260301Name = Literal["advisor"]

MESSAGES_REQUEST_TOOLS_ITEM_ADVISOR_20260301_NAME_VALUES: set[
    MessagesRequestToolsItemAdvisor20260301Name
] = {
    "advisor",
}


def check_messages_request_tools_item_advisor_20260301_name(
    value: str,
) -> MessagesRequestToolsItemAdvisor20260301Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_ADVISOR_20260301_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_ADVISOR_20260301_NAME_VALUES!r}"
    )
