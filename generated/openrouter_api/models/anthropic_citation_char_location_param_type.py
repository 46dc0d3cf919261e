from typing import Literal

AnthropicCitationCharLocationParamType = Literal["char_location"]

ANTHROPIC_CITATION_CHAR_LOCATION_PARAM_TYPE_VALUES: set[
    AnthropicCitationCharLocationParamType
] = {
    "char_location",
}


def check_anthropic_citation_char_location_param_type(
    value: str,
) -> AnthropicCitationCharLocationParamType:
    if value in ANTHROPIC_CITATION_CHAR_LOCATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_CHAR_LOCATION_PARAM_TYPE_VALUES!r}"
    )
