from typing import Literal

ShellCallOutputContentOutcomeTimeoutType = Literal["timeout"]

SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TIMEOUT_TYPE_VALUES: set[
    ShellCallOutputContentOutcomeTimeoutType
] = {
    "timeout",
}


def check_shell_call_output_content_outcome_timeout_type(
    value: str,
) -> ShellCallOutputContentOutcomeTimeoutType:
    if value in SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TIMEOUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TIMEOUT_TYPE_VALUES!r}"
    )
