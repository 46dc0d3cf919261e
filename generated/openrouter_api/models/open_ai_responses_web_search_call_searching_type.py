from typing import Literal

OpenAIResponsesWebSearchCallSearchingType = Literal[
    "response.web_search_call.searching"
]

OPEN_AI_RESPONSES_WEB_SEARCH_CALL_SEARCHING_TYPE_VALUES: set[
    OpenAIResponsesWebSearchCallSearchingType
] = {
    "response.web_search_call.searching",
}


def check_open_ai_responses_web_search_call_searching_type(
    value: str,
) -> OpenAIResponsesWebSearchCallSearchingType:
    if value in OPEN_AI_RESPONSES_WEB_SEARCH_CALL_SEARCHING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_WEB_SEARCH_CALL_SEARCHING_TYPE_VALUES!r}"
    )
