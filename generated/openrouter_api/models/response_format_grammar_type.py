from typing import Literal

ResponseFormatGrammarType = Literal["grammar"]

RESPONSE_FORMAT_GRAMMAR_TYPE_VALUES: set[ResponseFormatGrammarType] = {
    "grammar",
}


def check_response_format_grammar_type(value: str) -> ResponseFormatGrammarType:
    if value in RESPONSE_FORMAT_GRAMMAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_GRAMMAR_TYPE_VALUES!r}"
    )
