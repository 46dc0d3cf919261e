from typing import Literal

OpenResponsesResultObject = Literal["response"]

OPEN_RESPONSES_RESULT_OBJECT_VALUES: set[OpenResponsesResultObject] = {
    "response",
}


def check_open_responses_result_object(value: str) -> OpenResponsesResultObject:
    if value in OPEN_RESPONSES_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_RESPONSES_RESULT_OBJECT_VALUES!r}"
    )
