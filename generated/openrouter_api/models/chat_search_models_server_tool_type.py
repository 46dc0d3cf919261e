from typing import Literal

ChatSearchModelsServerToolType = Literal["openrouter:experimental__search_models"]

CHAT_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES: set[ChatSearchModelsServerToolType] = {
    "openrouter:experimental__search_models",
}


def check_chat_search_models_server_tool_type(
    value: str,
) -> ChatSearchModelsServerToolType:
    if value in CHAT_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES!r}"
    )
