from typing import Literal

CustomToolFormatGrammarType = Literal["grammar"]

CUSTOM_TOOL_FORMAT_GRAMMAR_TYPE_VALUES: set[CustomToolFormatGrammarType] = {
    "grammar",
}


def check_custom_tool_format_grammar_type(value: str) -> CustomToolFormatGrammarType:
    if value in CUSTOM_TOOL_FORMAT_GRAMMAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_FORMAT_GRAMMAR_TYPE_VALUES!r}"
    )
