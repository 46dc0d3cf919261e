from typing import Literal

ChatWebSearchShorthandType = Literal[
    "web_search",
    "web_search_2025_08_26",
    "web_search_preview",
    "web_search_preview_2025_03_11",
]

CHAT_WEB_SEARCH_SHORTHAND_TYPE_VALUES: set[ChatWebSearchShorthandType] = {
    "web_search",
    "web_search_2025_08_26",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_chat_web_search_shorthand_type(value: str) -> ChatWebSearchShorthandType:
    if value in CHAT_WEB_SEARCH_SHORTHAND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_WEB_SEARCH_SHORTHAND_TYPE_VALUES!r}"
    )
