from typing import Literal

AnthropicCitationSearchResultLocationType = Literal["search_result_location"]

ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_TYPE_VALUES: set[
    AnthropicCitationSearchResultLocationType
] = {
    "search_result_location",
}


def check_anthropic_citation_search_result_location_type(
    value: str,
) -> AnthropicCitationSearchResultLocationType:
    if value in ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_SEARCH_RESULT_LOCATION_TYPE_VALUES!r}"
    )
