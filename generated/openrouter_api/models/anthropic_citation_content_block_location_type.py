from typing import Literal

AnthropicCitationContentBlockLocationType = Literal["content_block_location"]

ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_TYPE_VALUES: set[
    AnthropicCitationContentBlockLocationType
] = {
    "content_block_location",
}


def check_anthropic_citation_content_block_location_type(
    value: str,
) -> AnthropicCitationContentBlockLocationType:
    if value in ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CITATION_CONTENT_BLOCK_LOCATION_TYPE_VALUES!r}"
    )
