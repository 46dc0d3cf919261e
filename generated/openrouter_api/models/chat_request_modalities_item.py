from typing import Literal

ChatRequestModalitiesItem = Literal["audio", "image", "text"]

CHAT_REQUEST_MODALITIES_ITEM_VALUES: set[ChatRequestModalitiesItem] = {
    "audio",
    "image",
    "text",
}


def check_chat_request_modalities_item(value: str) -> ChatRequestModalitiesItem:
    if value in CHAT_REQUEST_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_MODALITIES_ITEM_VALUES!r}"
    )
