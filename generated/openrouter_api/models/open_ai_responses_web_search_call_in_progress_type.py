from typing import Literal

OpenAIResponsesWebSearchCallInProgressType = Literal[
    "response.web_search_call.in_progress"
]

OPEN_AI_RESPONSES_WEB_SEARCH_CALL_IN_PROGRESS_TYPE_VALUES: set[
    OpenAIResponsesWebSearchCallInProgressType
] = {
    "response.web_search_call.in_progress",
}


def check_open_ai_responses_web_search_call_in_progress_type(
    value: str,
) -> OpenAIResponsesWebSearchCallInProgressType:
    if value in OPEN_AI_RESPONSES_WEB_SEARCH_CALL_IN_PROGRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_WEB_SEARCH_CALL_IN_PROGRESS_TYPE_VALUES!r}"
    )
