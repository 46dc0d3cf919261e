from typing import Literal

ChatFormatGrammarConfigType = Literal["grammar"]

CHAT_FORMAT_GRAMMAR_CONFIG_TYPE_VALUES: set[ChatFormatGrammarConfigType] = {
    "grammar",
}


def check_chat_format_grammar_config_type(value: str) -> ChatFormatGrammarConfigType:
    if value in CHAT_FORMAT_GRAMMAR_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FORMAT_GRAMMAR_CONFIG_TYPE_VALUES!r}"
    )
