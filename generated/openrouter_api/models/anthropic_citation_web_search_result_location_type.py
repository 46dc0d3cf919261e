from typing import Literal

AnthropicCitationWebSearchResultLocationType = Literal["web_search_result_location"]

ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_TYPE_VALUES: set[
    AnthropicCitationWebSearchResultLocationType
] = {
    "web_search_result_location",
}


def check_anthropic_citation_web_search_result_location_type(
    value: str,
) -> AnthropicCitationWebSearchResultLocationType:
    if value in ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_WEB_SEARCH_RESULT_LOCATION_TYPE_VALUES!r}"
    )
