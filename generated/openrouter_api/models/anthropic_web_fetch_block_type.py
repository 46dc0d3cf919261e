from typing import Literal

AnthropicWebFetchBlockType = Literal["web_fetch_result"]

ANTHROPIC_WEB_FETCH_BLOCK_TYPE_VALUES: set[AnthropicWebFetchBlockType] = {
    "web_fetch_result",
}


def check_anthropic_web_fetch_block_type(value: str) -> AnthropicWebFetchBlockType:
    if value in ANTHROPIC_WEB_FETCH_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_FETCH_BLOCK_TYPE_VALUES!r}"
    )
