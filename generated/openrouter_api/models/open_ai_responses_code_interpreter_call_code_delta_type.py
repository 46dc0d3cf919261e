from typing import Literal

OpenAIResponsesCodeInterpreterCallCodeDeltaType = Literal[
    "response.code_interpreter_call_code.delta"
]

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DELTA_TYPE_VALUES: set[
    OpenAIResponsesCodeInterpreterCallCodeDeltaType
] = {
    "response.code_interpreter_call_code.delta",
}


def check_open_ai_responses_code_interpreter_call_code_delta_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallCodeDeltaType:
    if value in OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DELTA_TYPE_VALUES!r}"
    )
