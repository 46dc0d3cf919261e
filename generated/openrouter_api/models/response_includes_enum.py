from typing import Literal

ResponseIncludesEnum = Literal[
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "reasoning.encrypted_content",
]

RESPONSE_INCLUDES_ENUM_VALUES: set[ResponseIncludesEnum] = {
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "reasoning.encrypted_content",
}


def check_response_includes_enum(value: str) -> ResponseIncludesEnum:
    if value in RESPONSE_INCLUDES_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_INCLUDES_ENUM_VALUES!r}"
    )
