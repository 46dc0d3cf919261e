from typing import Literal

AnthropicCitationSearchResultLocationParamType = Literal["search_result_location"]

ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES: set[
    AnthropicCitationSearchResultLocationParamType
] = {
    "search_result_location",
}


def check_anthropic_citation_search_result_location_param_type(
    value: str,
) -> AnthropicCitationSearchResultLocationParamType:
    if value in ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_PARAM_TYPE_VALUES!r}"
    )
